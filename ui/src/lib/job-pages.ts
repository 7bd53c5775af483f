// The job list after the first screenful: the pages after a cursor, one at a time,
// each after a pause (a painted frame). Jobs that events have changed or removed since the
// loading began are never taken from a page: their event is at least as new as any page.
import type { Job } from './types';

export interface JobPageAnswer {
  jobs: Job[];
  next: string | null;
}

export interface PageSource {
  /** The page after the job `after` (rejects when that job is gone). */
  page: (after: string) => Promise<JobPageAnswer>;
  /** Every job in one answer: when a cursor was removed meanwhile. */
  all: () => Promise<Job[]>;
  /** Into the store. */
  apply: (jobs: Job[]) => void;
  /** Ids events have touched since the loading began (kept up to date by the caller). */
  touched: ReadonlySet<string>;
  /** Before each page (let the screen paint). */
  pause: () => Promise<void>;
}

export async function loadPages(after: string, src: PageSource): Promise<void> {
  const fresh = (list: readonly Job[]) => list.filter((j) => !src.touched.has(j.id));
  try {
    let next: string | null = after;
    while (next) {
      await src.pause();
      const page: JobPageAnswer = await src.page(next);
      src.apply(fresh(page.jobs));
      next = page.next;
    }
  } catch {
    src.apply(fresh(await src.all().catch(() => [])));
  }
}
