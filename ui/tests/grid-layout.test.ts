import { Virtualizer } from '@tanstack/svelte-virtual';
import { describe, expect, it } from 'vitest';
import { computeLayout, hitTest, rectFromPoints, rowTop, rowVirtualizerOptions, scrollToReveal, type GridLayout } from '../src/lib/grid-layout';

const opts = { minCardWidth: 200, gap: 16, padX: 20, padY: 16, infoHeight: 100 };

describe('virtual grid geometry', () => {
  it('fits columns to the width', () => {
    expect(computeLayout(717, 100, opts).cols).toBe(3);
    expect(computeLayout(1372, 100, opts).cols).toBe(6);
    expect(computeLayout(100, 100, opts).cols).toBe(1);
    const l = computeLayout(717, 10, opts);
    expect(l.rows).toBe(4);
    expect(l.cardHeight).toBe(Math.round((l.cardWidth * 9) / 16) + 100);
    expect(l.totalHeight).toBe(2 * 16 + 4 * l.rowHeight - 16);
    expect(computeLayout(717, 0, opts).totalHeight).toBe(0);
  });
  it('renders only rows near the viewport (DOM proportional to the visible area)', () => {
    const l = computeLayout(1000, 10_000, opts);
    const r = rowsInDom(l, 0, 800);
    expect(r.first).toBe(0);
    expect((r.last - r.first) * l.cols).toBeLessThan(60);
    const mid = rowsInDom(l, l.totalHeight / 2, 800);
    expect(mid.first).toBeGreaterThan(100);
    expect(mid.last - mid.first).toBeLessThanOrEqual(r.last - r.first + 3);
    const end = rowsInDom(l, l.totalHeight - 800, 800);
    expect(end.last).toBe(l.rows);
  });
  it('places virtual rows where the marquee geometry has them (start = rowTop, size = totalHeight)', () => {
    for (const [width, count] of [[717, 10], [1000, 10_000], [1920, 37], [100, 5]]) {
      const l = computeLayout(width, count, opts);
      const v = virtualRows(l, l.totalHeight / 3, 800);
      const items = v.getVirtualItems();
      expect(items.length).toBeGreaterThan(0);
      for (const it of items) {
        expect(it.start).toBe(rowTop(l, it.index));
        expect(it.start).toBe(cardAt(l, it.index * l.cols).y);
      }
      expect(v.getTotalSize()).toBe(l.totalHeight);
    }
  });
  it('hit-tests a marquee rectangle against cards (gaps hit nothing)', () => {
    const l = computeLayout(717, 10, opts); // 3 cols
    const c0 = cardAt(l, 0);
    const c4 = cardAt(l, 4);
    expect(hitTest(l, 10, rectFromPoints(c0.x + 5, c0.y + 5, c4.x + 5, c4.y + 5)).sort()).toEqual([0, 1, 3, 4]);
    // A rectangle entirely inside the gap between columns 0 and 1.
    expect(hitTest(l, 10, { x: c0.x + c0.w + 2, y: c0.y, w: 4, h: 10 })).toEqual([]);
    // Below the last card of a partial last row.
    const last = cardAt(l, 9);
    expect(hitTest(l, 10, { x: last.x + last.w + 30, y: last.y, w: 50, h: 20 })).toEqual([]);
    expect(hitTest(l, 0, { x: 0, y: 0, w: 1000, h: 1000 })).toEqual([]);
    // Dragging from bottom-right to top-left works the same.
    expect(hitTest(l, 10, rectFromPoints(c4.x + 5, c4.y + 5, c0.x + 5, c0.y + 5)).sort()).toEqual([0, 1, 3, 4]);
  });
  it('finds the scroll position that reveals a card', () => {
    const l = computeLayout(717, 100, opts);
    expect(scrollToReveal(l, 0, 0, 800)).toBeNull();
    const far = scrollToReveal(l, 60, 0, 800)!;
    const r = cardAt(l, 60);
    expect(far + 800).toBeGreaterThanOrEqual(r.y + r.h);
    expect(scrollToReveal(l, 0, 5000, 800)).toBe(0);
  });
});

/** Where card `index` sits, as the layout promises: row by row, columns of cardWidth + gap. */
function cardAt(l: GridLayout, index: number) {
  const row = Math.floor(index / l.cols);
  const col = index % l.cols;
  return { x: l.opts.padX + col * (l.cardWidth + l.opts.gap), y: rowTop(l, row), w: l.cardWidth, h: l.cardHeight };
}

/** A DOM-less virtualizer configured like JobGrid's, scrolled to `scrollTop`. */
function virtualRows(l: GridLayout, scrollTop: number, viewportHeight: number) {
  return new Virtualizer<HTMLDivElement, HTMLDivElement>({
    ...rowVirtualizerOptions(l),
    getScrollElement: () => null,
    scrollToFn: () => {},
    observeElementRect: () => {},
    observeElementOffset: () => {},
    initialRect: { width: 1000, height: viewportHeight },
    initialOffset: scrollTop,
  });
}

/** Rows [first, last) the virtualizer puts in the DOM. */
function rowsInDom(l: GridLayout, scrollTop: number, viewportHeight: number) {
  const items = virtualRows(l, scrollTop, viewportHeight).getVirtualItems();
  return { first: items[0].index, last: items[items.length - 1].index + 1 };
}
