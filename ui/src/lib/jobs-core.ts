// Pure job bookkeeping: an index kept newest-first, the view filter and per-folder counts.
// The backend lists every job; which ones the grid shows is decided here, and only here.
// The reactive store (stores/jobs.svelte.ts) wraps this; tests exercise it directly.
import { parseTime } from './format';
import type { Job } from './types';

const KNOWN_STATUSES = ['pending', 'processing', 'completed', 'failed'] as const;
export type StatusFilter = (typeof KNOWN_STATUSES)[number] | 'other' | null;

/** A status outside the four the API names (shown as-is, treated as not finished). */
export function isOtherStatus(status: string): boolean {
  return !(KNOWN_STATUSES as readonly string[]).includes(status);
}
function isTerminal(job: Job): boolean {
  return job.status === 'completed' || job.status === 'failed';
}
/** Still rendering (and still tracked by the server). */
export function isActive(job: Job): boolean {
  return !isTerminal(job) && !job.unknown_to_server;
}

// Jobs are immutable snapshots (each event brings a new object), so a key per object holds.
const keys = new WeakMap<Job, number>();
function sortKey(job: Job): number {
  let k = keys.get(job);
  if (k === undefined) {
    k = parseTime(job.created_at) ?? parseTime(job.updated_at) ?? 0;
    keys.set(job, k);
  }
  return k;
}

/** Newest first; ties broken by id so that the order is total and stable. */
export function compareJobs(a: Job, b: Job): number {
  const d = sortKey(b) - sortKey(a);
  if (d !== 0) return d;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export class JobIndex {
  #byId = new Map<string, Job>();
  #order: Job[] = [];

  get size(): number {
    return this.#order.length;
  }
  get(id: string): Job | undefined {
    return this.#byId.get(id);
  }
  has(id: string): boolean {
    return this.#byId.has(id);
  }
  /** Newest first. Do not mutate. */
  all(): readonly Job[] {
    return this.#order;
  }

  /** Replace everything (initial load). */
  replaceAll(jobs: readonly Job[]): void {
    this.#byId = new Map();
    for (const j of jobs) this.#byId.set(j.id, j);
    this.#order = [...this.#byId.values()].sort(compareJobs);
  }

  /** Insert or replace one job (job://updated). */
  upsert(job: Job): void {
    const prev = this.#byId.get(job.id);
    this.#byId.set(job.id, job);
    if (prev) {
      const at = this.#find(prev);
      if (at >= 0 && compareJobs(prev, job) === 0) {
        this.#order[at] = job;
        return;
      }
      if (at >= 0) this.#order.splice(at, 1);
      else this.#order = this.#order.filter((j) => j.id !== job.id);
    }
    this.#order.splice(this.#insertionPoint(job), 0, job);
  }

  /** Remove one job (job://removed). Returns whether it was known. */
  remove(id: string): boolean {
    const prev = this.#byId.get(id);
    if (!prev) return false;
    this.#byId.delete(id);
    const at = this.#find(prev);
    if (at >= 0) this.#order.splice(at, 1);
    else this.#order = this.#order.filter((j) => j.id !== id);
    return true;
  }

  #insertionPoint(job: Job): number {
    let lo = 0;
    let hi = this.#order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareJobs(this.#order[mid], job) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  #find(job: Job): number {
    const at = this.#insertionPoint(job);
    return this.#order[at]?.id === job.id ? at : -1;
  }
}

/** Which folder the grid shows: every clip, the clips in no (known) folder, or one folder. */
export type FolderSelector = 'all' | 'unfiled' | { id: string };

/** Which flag the grid shows: picks, rejected, unflagged clips (null: any). */
export type FlagFilter = 'picks' | 'rejected' | 'unflagged' | null;

/** The UI's one view filter (the backend lists every job; filtering happens only here). */
export interface ViewFilter {
  folder: FolderSelector;
  status: StatusFilter;
  model: string | null;
  text: string;
  flag: FlagFilter;
  /** At least this many stars (0: any rating). */
  minStars: number;
}
export const EMPTY_FILTER: ViewFilter = { folder: 'all', status: null, model: null, text: '', flag: null, minStars: 0 };

/** Does anything but the folder narrow the view? (what "Clear" clears) */
export function isFiltered(f: ViewFilter): boolean {
  return f.status !== null || f.model !== null || f.text.trim() !== '' || f.flag !== null || f.minStars > 0;
}

/** Does the job's flag and rating pass the filter's? */
export function matchesMarks(job: Job, flag: FlagFilter, minStars: number): boolean {
  if (flag === 'picks' && job.flag !== 'pick') return false;
  if (flag === 'rejected' && job.flag !== 'reject') return false;
  if (flag === 'unflagged' && job.flag != null) return false;
  return minStars <= 0 || (job.rating ?? 0) >= minStars;
}

/** Is the job in "Unfiled"? (no folder, or a folder that no longer exists). */
export function isUnfiled(job: Job, folderIds: ReadonlySet<string>): boolean {
  return job.folder_id === null || !folderIds.has(job.folder_id);
}

function matchesFilter(job: Job, f: ViewFilter, folderIds: ReadonlySet<string>): boolean {
  if (f.folder === 'unfiled') {
    if (!isUnfiled(job, folderIds)) return false;
  } else if (f.folder !== 'all') {
    if (job.folder_id !== f.folder.id) return false;
  }
  if (f.status !== null) {
    if (f.status === 'other' ? !isOtherStatus(job.status) : job.status !== f.status) return false;
  }
  if (f.model !== null && job.model_slug !== f.model) return false;
  if (!matchesMarks(job, f.flag, f.minStars)) return false;
  const q = f.text.trim().toLowerCase();
  if (q !== '') {
    const hay = (job.prompt ?? '').toLowerCase();
    if (!hay.includes(q) && !job.id.toLowerCase().startsWith(q)) return false;
  }
  return true;
}

/** The visible list: filtered, keeping the index's newest-first order (the input itself when nothing filters). */
export function filterJobs(jobs: readonly Job[], f: ViewFilter, folderIds: ReadonlySet<string>): readonly Job[] {
  if (f.folder === 'all' && !isFiltered(f)) return jobs;
  return jobs.filter((j) => matchesFilter(j, f, folderIds));
}

export interface FolderCounts {
  all: number;
  unfiled: number;
  byFolder: Map<string, number>;
}

/** Counts per folder and the models in use, in one pass over the jobs. */
export function summarize(jobs: readonly Job[], folderIds: ReadonlySet<string>): { counts: FolderCounts; models: string[] } {
  const byFolder = new Map<string, number>();
  for (const id of folderIds) byFolder.set(id, 0);
  const slugs = new Set<string>();
  let unfiled = 0;
  for (const j of jobs) {
    if (j.model_slug) slugs.add(j.model_slug);
    if (isUnfiled(j, folderIds)) unfiled++;
    else byFolder.set(j.folder_id!, (byFolder.get(j.folder_id!) ?? 0) + 1);
  }
  return { counts: { all: jobs.length, unfiled, byFolder }, models: [...slugs].sort() };
}

