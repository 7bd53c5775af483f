// Stacking takes in the grid: whether the grid stacks each shot's takes into one card, which
// stacks are open, and what the grid shows as a result (lib/takes.ts decides). Whether to
// stack is a setting (`stack_takes`, remembered like the sort order; actions/library-view);
// which stacks are open is the session's.
import { gridEntries, hiddenTakes, shotId, type GridEntry } from '../takes';
import { jobs } from './jobs.svelte';

class TakesStore {
  stacked = $state(false);
  /** The shots whose stack is open. */
  expanded = $state.raw<ReadonlySet<string>>(new Set());
  /** The grid's cards, in order. */
  entries = $derived<GridEntry[]>(gridEntries(jobs.visible, this.stacked, this.expanded));
  ids = $derived(this.entries.map((e) => e.job.id));
  /** Visible clips a closed stack hides. */
  hidden = $derived(hiddenTakes(jobs.visible, this.entries));

  setStacked(on: boolean): void {
    this.stacked = on;
    if (!on) this.expanded = new Set();
  }
  isOpen(shot: string): boolean {
    return this.expanded.has(shot);
  }
  setOpen(shot: string, open: boolean): void {
    if (open === this.expanded.has(shot)) return;
    const next = new Set(this.expanded);
    if (open) next.add(shot);
    else next.delete(shot);
    this.expanded = next;
  }
  /** Bring a clip a closed stack hides into sight (its stack opens). */
  reveal(id: string): void {
    const job = jobs.get(id);
    if (job && this.hidden.has(id)) this.setOpen(shotId(job), true);
  }
}

export const takes = new TakesStore();
