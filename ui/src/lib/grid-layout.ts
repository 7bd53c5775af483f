// Geometry of the virtual grid: columns from the available width, where card i sits, and
// which cards a marquee rectangle touches. Pure. Which rows are on screen is decided by
// @tanstack/svelte-virtual (see rowVirtualizerOptions), over this same geometry.

interface LayoutOptions {
  minCardWidth: number;
  gap: number;
  padX: number;
  padY: number;
  /** Height of the text part of a card under the 16:9 preview. */
  infoHeight: number;
}

const DEFAULT_LAYOUT: LayoutOptions = { minCardWidth: 200, gap: 16, padX: 20, padY: 16, infoHeight: 124 };

export interface GridLayout {
  cols: number;
  cardWidth: number;
  cardHeight: number;
  rowHeight: number; // card + gap
  rows: number;
  totalHeight: number;
  opts: LayoutOptions;
}

export function computeLayout(width: number, count: number, opts: LayoutOptions = DEFAULT_LAYOUT): GridLayout {
  const inner = Math.max(0, width - 2 * opts.padX);
  const cols = Math.max(1, Math.floor((inner + opts.gap) / (opts.minCardWidth + opts.gap)));
  const cardWidth = Math.max(1, Math.floor((inner - (cols - 1) * opts.gap) / cols));
  const cardHeight = Math.round((cardWidth * 9) / 16) + opts.infoHeight;
  const rowHeight = cardHeight + opts.gap;
  const rows = Math.ceil(count / cols);
  const totalHeight = rows === 0 ? 0 : 2 * opts.padY + rows * rowHeight - opts.gap;
  return { cols, cardWidth, cardHeight, rowHeight, rows, totalHeight, opts };
}

/**
 * Options for the @tanstack/svelte-virtual row virtualizer: one virtual item per grid row,
 * fixed size (the gap is folded into rowHeight), so item `start` equals rowTop() and the
 * total size equals totalHeight. The component adds getScrollElement.
 */
export function rowVirtualizerOptions(l: GridLayout, overscan = 2) {
  const rowHeight = l.rowHeight;
  return {
    count: l.rows,
    estimateSize: () => rowHeight,
    paddingStart: l.opts.padY,
    paddingEnd: Math.max(0, l.opts.padY - l.opts.gap),
    overscan,
  };
}

export function rowTop(l: GridLayout, row: number): number {
  return l.opts.padY + row * l.rowHeight;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

function cardRect(l: GridLayout, index: number): Rect {
  const row = Math.floor(index / l.cols);
  const col = index % l.cols;
  return { x: l.opts.padX + col * (l.cardWidth + l.opts.gap), y: rowTop(l, row), w: l.cardWidth, h: l.cardHeight };
}

/** Normalise a drag from (x0,y0) to (x1,y1) into a rectangle. */
export function rectFromPoints(x0: number, y0: number, x1: number, y1: number): Rect {
  return { x: Math.min(x0, x1), y: Math.min(y0, y1), w: Math.abs(x1 - x0), h: Math.abs(y1 - y0) };
}

/** Indices of cards the rectangle (content coordinates) intersects. O(cards touched). */
export function hitTest(l: GridLayout, count: number, r: Rect): number[] {
  if (count === 0 || r.w < 0 || r.h < 0) return [];
  const { padX, padY, gap } = l.opts;
  const colW = l.cardWidth + gap;
  const firstRow = Math.max(0, Math.floor((r.y - padY) / l.rowHeight));
  const lastRow = Math.min(l.rows - 1, Math.floor((r.y + r.h - padY) / l.rowHeight));
  const firstCol = Math.max(0, Math.floor((r.x - padX) / colW));
  const lastCol = Math.min(l.cols - 1, Math.floor((r.x + r.w - padX) / colW));
  const out: number[] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    for (let col = firstCol; col <= lastCol; col++) {
      const i = row * l.cols + col;
      if (i >= count) break;
      const c = cardRect(l, i);
      if (c.x < r.x + r.w && c.x + c.w > r.x && c.y < r.y + r.h && c.y + c.h > r.y) out.push(i);
    }
  }
  return out;
}

/** The scrollTop that brings card `index` fully into view (or null if it already is). */
export function scrollToReveal(l: GridLayout, index: number, scrollTop: number, viewportHeight: number): number | null {
  const r = cardRect(l, index);
  if (r.y < scrollTop) return Math.max(0, r.y - l.opts.padY);
  if (r.y + r.h > scrollTop + viewportHeight) return r.y + r.h - viewportHeight + l.opts.padY;
  return null;
}
