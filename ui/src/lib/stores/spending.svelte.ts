// What the library's clips cost, as the engine last said (get_spending): today, this week,
// per folder. The engine computes it over the whole library in this computer's time zone;
// the UI only shows it (it does not hold every clip).
import type { FolderSelector } from '../jobs-core';
import type { PlaceSpending, Spending } from '../types';

/** Is this a Spending answer (a stand-in backend may answer anything)? */
export function isSpending(v: unknown): v is Spending {
  const s = v as Spending | null;
  return !!s && typeof s === 'object' && typeof s.today === 'number' && typeof s.week === 'number' && Array.isArray(s.folders);
}

class SpendingStore {
  current = $state.raw<Spending | null>(null);
  #folders = $derived(new Map((this.current?.folders ?? []).map((f) => [f.folder_id, f])));

  set(v: unknown): void {
    if (isSpending(v)) this.current = v;
  }

  /** Clips and credits of a place (a folder with no clips: none); null before the first answer. */
  of(place: FolderSelector): PlaceSpending | null {
    const s = this.current;
    if (!s) return null;
    if (place === 'all') return s.all;
    if (place === 'unfiled') return s.unfiled;
    const f = this.#folders.get(place.id);
    return f ? { clips: f.clips, credits: f.credits } : { clips: 0, credits: 0 };
  }
}

export const spending = new SpendingStore();
