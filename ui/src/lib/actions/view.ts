// The grid's view as the engine answers it (crates/ulazai-engine/src/store/view, the same
// rules as lib/jobs-core.ts, lib/sort.ts and lib/takes.ts): the stores ask through here,
// never holding the whole library.
import type { JobView } from '../bindings/JobView';
import type { JobViewIds } from '../bindings/JobViewIds';
import type { JobViewSummary } from '../bindings/JobViewSummary';
import { call } from '../ipc';
import type { Job } from '../types';

/** The whole view as ids (what the grid lays out), its stacks and the takes they cover. */
export function askViewIds(query: JobView): Promise<JobViewIds> {
  return call('get_job_view_ids', { query });
}

/** Counts per place and the models in use, every job but `hidden` counted. */
export function askSummary(hidden: string[]): Promise<JobViewSummary> {
  return call('get_job_view_summary', { hidden });
}

/** Bodies by id (at most 2,000 ids); unknown ids are left out. */
export function askJobs(ids: string[]): Promise<Job[]> {
  return call('get_jobs', { ids });
}

/** The creator's recent prompts containing every word of `query` (reuse.ts promptHistory). */
export function askPromptHistory(query: string, limit: number): Promise<string[]> {
  return call('get_prompt_history', { query, limit }).catch(() => []);
}

/** Every take of a shot in the library, oldest first (what takePlace needs). */
export function askShotTakes(shot: string): Promise<Job[]> {
  return call('get_shot_takes', { shot });
}
