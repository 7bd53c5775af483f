// The merge tray: the completed clips the creator chose to merge, in play order. Clips join
// by "Add to merge" (card, menu) or by a selection of several (marquee, Ctrl/Cmd or Space,
// Shift ranges, select all; new picks join at the end). A click that selects one clip to
// look at it, or the double-click that opens it, is not a pick. The tray keeps its clips, in
// the order the user set, until the merge, an explicit Clear (undoable), taking a clip out,
// or un-picking it from the selection it came with (Ctrl+click). A stray Escape, a click on
// empty space or another selection never empties it. It is shown only while it holds clips
// or the selection's picks need a word on why they cannot be merged.
import { excludedReasons, mergePicks, moveItem, totalDuration, trayOrder } from '../merge';
import type { Job } from '../types';
import { jobs } from './jobs.svelte';
import { selection } from './selection.svelte';
import { trims } from './trims.svelte';

/** Selections up to this size have every clip's body asked for; a larger one (select all of a
 *  large library) is read from what is cached, never the whole selection fetched again at
 *  each change of the cache. */
export const ASK_SELECTED = 200;
const getJob = (id: string) => jobs.get(id, selection.count <= ASK_SELECTED);

class TrayStore {
  /** The clips the tray holds, in play order (may name clips since removed or not completed). */
  #kept = $state.raw<string[]>([]);
  busy = $state(false);

  constructor() {
    selection.onSettle((ids) => this.#keep(mergePicks(ids)));
    selection.onUnpick((ids) => this.#drop(ids));
  }

  /** Play order: what the tray keeps, then selected completed clips it does not hold yet. */
  order = $derived(trayOrder(this.#kept, mergePicks(selection.ids), getJob));
  clips = $derived(this.order.map((id) => jobs.get(id)).filter((j): j is Job => !!j));
  total = $derived(totalDuration(this.clips, (j) => trims.length(j)));
  excluded = $derived.by(() => {
    const sel = mergePicks(selection.ids).map(getJob).filter((j): j is Job => !!j);
    return excludedReasons(sel);
  });

  /** Whether the tray is on screen: it holds clips, or says why the picked ones cannot join. */
  shown = $derived(this.order.length > 0 || this.excluded !== null);

  has(id: string): boolean {
    return this.order.includes(id);
  }
  move(from: number, to: number): void {
    this.#kept = moveItem(this.order, from, to);
  }
  /** "Add to merge" on a card: into the tray without touching the selection. */
  add(id: string): void {
    this.#keep([id]);
  }
  /** Taking a clip out of the tray also deselects it (else the selection would add it back). */
  remove(id: string): void {
    if (selection.has(id)) selection.replace(selection.ids.filter((x) => x !== id));
    this.#kept = this.order.filter((x) => x !== id);
    trims.set(id, null);
  }
  /** Empties the tray and the selection (Clear, or a merge that started); returns what puts
   *  both back (for the Undo toast). */
  clear(): () => void {
    const order = this.order.slice();
    const selected = selection.ids.slice();
    selection.clear();
    this.#kept = [];
    const untrim = trims.clear();
    return () => {
      untrim();
      this.#kept = order;
      selection.replace(selected);
    };
  }

  /** Before a delete: returns what puts the clips it brings back (`ids`, on Undo) into the
   *  tray again, those it held in their places and with their trims, beside what joined it
   *  since. */
  remember(): (ids: readonly string[]) => void {
    const before = this.order.slice();
    const trimmed = new Map(before.map((id) => [id, trims.get(id)]));
    return (ids) => {
      const back = new Set(ids);
      const now = new Set(this.order);
      const order = before.filter((id) => back.has(id) || now.has(id));
      const kept = new Set(order);
      this.#kept = [...order, ...this.order.filter((id) => !kept.has(id))];
      for (const id of ids) {
        const trim = trimmed.get(id);
        if (trim) trims.set(id, trim);
      }
    };
  }

  #drop(ids: readonly string[]): void {
    const gone = new Set(ids);
    this.#kept = this.order.filter((x) => !gone.has(x));
    for (const id of ids) trims.set(id, null);
  }

  #keep(ids: readonly string[]): void {
    this.#kept = trayOrder(this.#kept, ids, getJob);
  }
}

export const tray = new TrayStore();
