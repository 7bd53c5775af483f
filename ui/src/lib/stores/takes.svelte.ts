// Stacking takes in the grid: whether the grid stacks each shot's takes into one card, and
// which stacks are open. Whether to stack is a setting (`stack_takes`, remembered like the
// sort order; actions/library-view); which stacks are open is the session's. The engine
// answers what the grid shows as a result (the jobs store's `ids`, `stacks`, `covered`:
// lib/takes.ts gridEntries' rules).
import { shotId } from '../takes';
import { jobs } from './jobs.svelte';

class TakesStore {
  get stacked(): boolean {
    return jobs.stacked;
  }
  /** The shots whose stack is open. */
  get expanded(): ReadonlySet<string> {
    return jobs.expanded;
  }
  /** The grid's cards, in order. */
  get ids(): readonly string[] {
    return jobs.ids;
  }
  /** Clips of the view a closed stack hides. */
  get hidden(): ReadonlySet<string> {
    return jobs.covered;
  }

  setStacked(on: boolean): void {
    jobs.setStacking(on, on ? jobs.expanded : new Set());
  }
  isOpen(shot: string): boolean {
    return jobs.expanded.has(shot);
  }
  setOpen(shot: string, open: boolean): void {
    if (open === jobs.expanded.has(shot)) return;
    const next = new Set(jobs.expanded);
    if (open) next.add(shot);
    else next.delete(shot);
    jobs.setStacking(jobs.stacked, next);
  }
  /** Bring a clip a closed stack hides into sight (its stack opens). */
  async reveal(id: string): Promise<void> {
    if (!jobs.covered.has(id)) return;
    const [job] = await jobs.fetch([id]);
    if (job) this.setOpen(shotId(job), true);
  }
}

export const takes = new TakesStore();
