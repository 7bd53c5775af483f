// The grid's marquee: a press on empty space starts a rectangle; dragging it selects the
// cards it touches, geometrically over the grid's layout (hitTest), so cards virtualized out
// of the DOM are selected too. Near the top or bottom edge the grid scrolls on its own, and
// the rectangle follows the scroll. The grid component owns the scroller and the layout;
// this owns the drag.
import { hitTest, rectFromPoints, type GridLayout, type Rect } from './grid-layout';
import { marqueeMode } from './selection';
import { selection } from './stores/selection.svelte';

/** What the marquee reads of its grid, at the moment it needs it. */
export interface MarqueeGrid {
  scroller: () => HTMLElement | undefined;
  layout: () => GridLayout;
  /** The ids of the grid's cards, in the layout's order. */
  ids: () => readonly string[];
}

/** Pixels the pointer moves before a press becomes a drag (a click stays a click). */
const DRAG_THRESHOLD = 3;
/** The band along the top and bottom edges that scrolls, and the step per frame. */
const EDGE = 36;
const STEP = 14;

export class GridMarquee {
  #drag = $state.raw<{ x0: number; y0: number; cx: number; cy: number; moved: boolean } | null>(null);
  /** The rectangle drawn, in the scroller's content coordinates (null until it moves). */
  rect = $derived<Rect | null>(
    this.#drag && this.#drag.moved ? rectFromPoints(this.#drag.x0, this.#drag.y0, this.#drag.cx, this.#drag.cy) : null,
  );
  #grid: MarqueeGrid;
  #autoScroll = 0;
  #lastClient = { x: 0, y: 0 };

  constructor(grid: MarqueeGrid) {
    this.#grid = grid;
  }

  #toContent(clientX: number, clientY: number) {
    const s = this.#grid.scroller()!;
    const r = s.getBoundingClientRect();
    return { x: clientX - r.left + s.scrollLeft, y: clientY - r.top + s.scrollTop };
  }

  /** A press on the grid: starts a drag on empty space (not on a card, not the scrollbar). */
  pointerDown = (e: PointerEvent): void => {
    const scroller = this.#grid.scroller();
    if (e.button !== 0 || !scroller) return;
    const t = e.target as HTMLElement;
    if (t.closest('[data-testid="job-card"]')) return;
    const r = scroller.getBoundingClientRect();
    if (e.clientX - r.left >= scroller.clientWidth) return;
    e.preventDefault();
    // Leave any text field so that Ctrl/Cmd+A and Esc act on the grid afterwards.
    if (document.activeElement instanceof HTMLElement && document.activeElement !== document.body) document.activeElement.blur();
    const p = this.#toContent(e.clientX, e.clientY);
    this.#lastClient = { x: e.clientX, y: e.clientY };
    const mode = marqueeMode(e);
    this.#drag = { x0: p.x, y0: p.y, cx: p.x, cy: p.y, moved: false };
    selection.beginMarquee(mode);
    window.addEventListener('pointermove', this.#pointerMove);
    window.addEventListener('pointerup', this.#pointerUp, { once: true });
    window.addEventListener('pointercancel', this.#pointerUp, { once: true });
  };

  /** The grid scrolled: the rectangle's far corner stays under the pointer. */
  follow(): void {
    if (!this.#drag) return;
    const p = this.#toContent(this.#lastClient.x, this.#lastClient.y);
    const d = this.#drag;
    const moved = d.moved || Math.hypot(p.x - d.x0, p.y - d.y0) > DRAG_THRESHOLD;
    this.#drag = { ...d, cx: p.x, cy: p.y, moved };
    if (!moved) return;
    const ids = this.#grid.ids();
    const hits = hitTest(this.#grid.layout(), ids.length, rectFromPoints(d.x0, d.y0, p.x, p.y));
    selection.updateMarquee(hits.map((i) => ids[i]));
  }

  #pointerMove = (e: PointerEvent): void => {
    this.#lastClient = { x: e.clientX, y: e.clientY };
    this.follow();
    const r = this.#grid.scroller()!.getBoundingClientRect();
    const dy = e.clientY < r.top + EDGE ? -1 : e.clientY > r.bottom - EDGE ? 1 : 0;
    if (dy !== 0 && !this.#autoScroll) this.#startAutoScroll();
    if (dy === 0) this.#stopAutoScroll();
  };

  #startAutoScroll(): void {
    const step = () => {
      const scroller = this.#grid.scroller();
      if (!this.#drag || !scroller) return this.#stopAutoScroll();
      const r = scroller.getBoundingClientRect();
      const y = this.#lastClient.y;
      const dy = y < r.top + EDGE ? -STEP : y > r.bottom - EDGE ? STEP : 0;
      if (dy === 0) return this.#stopAutoScroll();
      scroller.scrollTop += dy;
      this.#autoScroll = requestAnimationFrame(step);
    };
    this.#autoScroll = requestAnimationFrame(step);
  }

  #stopAutoScroll(): void {
    if (this.#autoScroll) cancelAnimationFrame(this.#autoScroll);
    this.#autoScroll = 0;
  }

  #pointerUp = (): void => {
    window.removeEventListener('pointermove', this.#pointerMove);
    window.removeEventListener('pointerup', this.#pointerUp);
    window.removeEventListener('pointercancel', this.#pointerUp);
    this.#stopAutoScroll();
    // A plain click on empty space has already cleared the selection (beginMarquee).
    this.#drag = null;
    selection.endMarquee();
  };
}
