// The merge tray's trims (in/out points per clip), the length the trim editor read for a
// clip the engine has none for, and which clip's trim editor is open.
import { trimmedLength, type Trim } from '../trim';
import { clipDuration } from '../merge';
import type { Job } from '../types';

class TrimStore {
  #trims = $state.raw<Record<string, Trim>>({});
  /** Lengths the trim editor read from its player, for clips the engine has no length for. */
  #lengths = $state.raw<Record<string, number>>({});
  /** The clip whose trim editor is open. */
  editing = $state<string | null>(null);

  get(id: string): Trim | null {
    return this.#trims[id] ?? null;
  }
  set(id: string, trim: Trim | null): void {
    const next = { ...this.#trims };
    if (trim) next[id] = trim;
    else delete next[id];
    this.#trims = next;
  }
  setLength(id: string, secs: number): void {
    if (Number.isFinite(secs) && secs > 0 && this.#lengths[id] !== secs) this.#lengths = { ...this.#lengths, [id]: secs };
  }
  /** The clip's full length: the engine's (one figure everywhere), else the editor's. */
  fullLength(job: Job): number | null {
    return clipDuration(job) ?? this.#lengths[job.id] ?? null;
  }
  /** What the clip plays in the merge. */
  length(job: Job): number | null {
    return trimmedLength(this.fullLength(job), this.get(job.id));
  }
  /** Is any of `ids` trimmed? (Then the merge is made on this computer.) */
  any(ids: readonly string[]): boolean {
    return ids.some((id) => id in this.#trims);
  }
  /** Drop every trim; returns what puts them back. */
  clear(): () => void {
    const kept = this.#trims;
    this.#trims = {};
    this.editing = null;
    return () => (this.#trims = kept);
  }
}

export const trims = new TrimStore();
