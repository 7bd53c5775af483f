// The compare view: which clips it shows while open, and what it would show for the selection
// now (or why it cannot open), for the tray's Compare button, the clip menu and the C key.
import { compareChoice } from '../compare';
import { playableUrl } from '../url';
import { app } from './app.svelte';
import { jobs } from './jobs.svelte';
import { selection } from './selection.svelte';
import { toasts } from './toasts.svelte';
import { ASK_SELECTED } from './tray.svelte';

class CompareStore {
  /** The clips on show, in pane order; null while the view is closed. */
  ids = $state.raw<string[] | null>(null);

  /** What Compare would open for the selection now. */
  choice = $derived(
    compareChoice(selection.ids, (id) => jobs.get(id, selection.count <= ASK_SELECTED), (job) => !!playableUrl(job, app.urlPolicy)),
  );

  get open(): boolean {
    return this.ids !== null;
  }

  /** Opens the view on the selection; when it cannot, says why in a toast and answers false. */
  openSelection(): boolean {
    const { ids, reason } = this.choice;
    if (reason) {
      toasts.show(reason);
      return false;
    }
    this.ids = ids;
    return true;
  }

  close(): void {
    this.ids = null;
  }
}

export const compare = new CompareStore();
