// The merge tray: selected COMPLETED clips in play order. Follows the selection (new picks
// join at the end) but keeps the order the user dragged them into.
import { excludedReasons, moveItem, syncTray, totalDuration } from '../merge';
import type { Job } from '../types';
import { jobs } from './jobs.svelte';
import { selection } from './selection.svelte';

class TrayStore {
  #order = $state.raw<string[]>([]);
  busy = $state(false);

  /** Play order (always in sync with the selection). */
  order = $derived.by(() => {
    void jobs.version;
    return syncTray(this.#order, selection.ids, (id) => jobs.get(id));
  });
  clips = $derived(this.order.map((id) => jobs.get(id)).filter((j): j is Job => !!j));
  total = $derived(totalDuration(this.clips));
  excluded = $derived.by(() => {
    void jobs.version;
    const sel = selection.ids.map((id) => jobs.get(id)).filter((j): j is Job => !!j);
    return excludedReasons(sel);
  });

  move(from: number, to: number): void {
    this.#order = moveItem(this.order, from, to);
  }
  setOrder(ids: string[]): void {
    this.#order = ids;
  }
  /** Taking a clip out of the tray deselects it. */
  remove(id: string): void {
    this.#order = this.order.filter((x) => x !== id);
    selection.replace(selection.ids.filter((x) => x !== id));
  }
}

export const tray = new TrayStore();
