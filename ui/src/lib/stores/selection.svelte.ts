// Selection of cards: an ordered set of ids with marquee, toggle, range, select-all-visible.
// Whoever follows the selection (the merge tray) hears each settled selection: every change
// outside a marquee drag, the selection when a marquee starts and when it ends; and hears
// which clips the creator un-picked from a selection of several (Ctrl/Space toggle, Ctrl+marquee).
import { applyMarquee, pruneIds, rangeIds, toggleIds, type MarqueeMode } from '../selection';

class SelectionStore {
  ids = $state.raw<string[]>([]);
  /** Last card clicked/toggled: the anchor for Shift ranges. */
  anchor = $state<string | null>(null);
  set = $derived(new Set(this.ids));
  count = $derived(this.ids.length);
  #marqueeBase: string[] | null = null;
  #marqueeMode: MarqueeMode = 'replace';
  #listeners: Array<(ids: readonly string[]) => void> = [];
  #unpickListeners: Array<(ids: readonly string[]) => void> = [];

  /** Hear every settled selection (the one before a change and the one after it). */
  onSettle(listener: (ids: readonly string[]) => void): void {
    this.#listeners.push(listener);
  }
  /** Hear the ids a toggle took out of a selection of several clips. */
  onUnpick(listener: (ids: readonly string[]) => void): void {
    this.#unpickListeners.push(listener);
  }
  #unpicked(before: readonly string[], after: readonly string[]): void {
    if (before.length < 2) return;
    const kept = new Set(after);
    const gone = before.filter((id) => !kept.has(id));
    if (gone.length) for (const l of this.#unpickListeners) l(gone);
  }
  #settle(ids: readonly string[]): void {
    for (const l of this.#listeners) l(ids);
  }
  /** Every change goes through here: listeners hear the selection before and after it. */
  #set(next: string[]): void {
    if (next === this.ids) return;
    this.#settle(this.ids);
    this.ids = next;
    this.#settle(next);
  }

  has(id: string): boolean {
    return this.set.has(id);
  }
  replace(ids: readonly string[]): void {
    this.#set([...new Set(ids)]);
  }
  only(id: string): void {
    this.#set([id]);
    this.anchor = id;
  }
  toggle(id: string): void {
    const before = this.ids;
    this.#set(toggleIds(this.ids, [id]));
    this.#unpicked(before, this.ids);
    this.anchor = id;
  }
  add(ids: readonly string[]): void {
    this.#set(applyMarquee(this.ids, ids, 'add'));
  }
  /** Shift+click: select the range from the anchor to `id` (added to the current set when `additive`). */
  range(visible: readonly string[], id: string, additive: boolean): void {
    const r = rangeIds(visible, this.anchor, id);
    this.#set(additive ? applyMarquee(this.ids, r, 'add') : r);
    if (this.anchor === null) this.anchor = id;
  }
  clear(): void {
    if (this.ids.length) this.#set([]);
    this.anchor = null;
  }
  selectAll(visible: readonly string[]): void {
    this.#set([...visible]);
  }
  /** Drop ids that no longer exist (job removed). */
  prune(exists: (id: string) => boolean): void {
    this.#set(pruneIds(this.ids, exists));
  }

  beginMarquee(mode: MarqueeMode): void {
    this.#settle(this.ids);
    this.#marqueeBase = mode === 'replace' ? [] : this.ids.slice();
    this.#marqueeMode = mode;
    if (mode === 'replace') this.ids = [];
  }
  /** While dragging: the selection follows the marquee, unsettled (nothing is kept yet). */
  updateMarquee(hits: readonly string[]): void {
    if (this.#marqueeBase === null) return;
    const next = applyMarquee(this.#marqueeBase, hits, this.#marqueeMode);
    if (next.length !== this.ids.length || next.some((x, i) => x !== this.ids[i])) this.ids = next;
  }
  endMarquee(): void {
    if (this.#marqueeBase === null) return;
    const base = this.#marqueeBase;
    this.#marqueeBase = null;
    this.#settle(this.ids);
    if (this.#marqueeMode === 'toggle') this.#unpicked(base, this.ids);
  }
  get marqueeActive(): boolean {
    return this.#marqueeBase !== null;
  }
}

export const selection = new SelectionStore();
