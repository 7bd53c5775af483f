// Selection of cards: an ordered set of ids with marquee, toggle, range, select-all-visible.
import { applyMarquee, pruneIds, rangeIds, toggleIds, type MarqueeMode } from '../selection';

class SelectionStore {
  ids = $state.raw<string[]>([]);
  /** Last card clicked/toggled: the anchor for Shift ranges. */
  anchor = $state<string | null>(null);
  set = $derived(new Set(this.ids));
  count = $derived(this.ids.length);
  #marqueeBase: string[] | null = null;
  #marqueeMode: MarqueeMode = 'replace';

  has(id: string): boolean {
    return this.set.has(id);
  }
  replace(ids: readonly string[]): void {
    this.ids = [...new Set(ids)];
  }
  only(id: string): void {
    this.ids = [id];
    this.anchor = id;
  }
  toggle(id: string): void {
    this.ids = toggleIds(this.ids, [id]);
    this.anchor = id;
  }
  add(ids: readonly string[]): void {
    this.ids = applyMarquee(this.ids, ids, 'add');
  }
  /** Shift+click: select the range from the anchor to `id` (added to the current set when `additive`). */
  range(visible: readonly string[], id: string, additive: boolean): void {
    const r = rangeIds(visible, this.anchor, id);
    this.ids = additive ? applyMarquee(this.ids, r, 'add') : r;
    if (this.anchor === null) this.anchor = id;
  }
  clear(): void {
    if (this.ids.length) this.ids = [];
    this.anchor = null;
  }
  selectAll(visible: readonly string[]): void {
    this.ids = [...visible];
  }
  /** Drop ids that no longer exist (job removed). */
  prune(exists: (id: string) => boolean): void {
    const next = pruneIds(this.ids, exists);
    if (next !== this.ids) this.ids = next;
  }

  beginMarquee(mode: MarqueeMode): void {
    this.#marqueeBase = mode === 'replace' ? [] : this.ids.slice();
    this.#marqueeMode = mode;
    if (mode === 'replace') this.ids = [];
  }
  updateMarquee(hits: readonly string[]): void {
    if (this.#marqueeBase === null) return;
    const next = applyMarquee(this.#marqueeBase, hits, this.#marqueeMode);
    if (next.length !== this.ids.length || next.some((x, i) => x !== this.ids[i])) this.ids = next;
  }
  endMarquee(): void {
    this.#marqueeBase = null;
  }
  get marqueeActive(): boolean {
    return this.#marqueeBase !== null;
  }
}

export const selection = new SelectionStore();
