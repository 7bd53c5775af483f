// DEV ONLY — the engine's view commands over the mock's jobs, by the UI's own pure rules
// (the engine is parity-tested against the same functions: tests/view-parity.test.ts).
import type { JobView } from '../src/lib/bindings/JobView';
import type { JobViewIds } from '../src/lib/bindings/JobViewIds';
import type { JobViewSummary } from '../src/lib/bindings/JobViewSummary';
import { compareJobs, filterJobs, summarize, type ViewFilter } from '../src/lib/jobs-core';
import { promptHistory } from '../src/lib/reuse';
import { sortJobs } from '../src/lib/sort';
import { gridEntries, shotId } from '../src/lib/takes';
import type { Folder, Job } from '../src/lib/types';

function index(all: Iterable<Job>, hidden: readonly string[]): Job[] {
  const out = new Set(hidden);
  return [...all].filter((j) => !out.has(j.id)).sort(compareJobs);
}

export function viewIds(all: Iterable<Job>, folders: readonly Folder[], q: JobView): JobViewIds {
  const filter: ViewFilter = { folder: q.place, status: q.status, model: q.model, text: q.text, flag: q.flag, minStars: q.min_stars };
  const visible = sortJobs(filterJobs(index(all, q.hidden), filter, new Set(folders.map((f) => f.id))), q.sort);
  const entries = gridEntries(visible, !!q.stack, new Set(q.stack?.expanded ?? []));
  const ids = entries.map((e) => e.job.id);
  const stacks = entries.flatMap((e, at) =>
    e.stack ? [{ at, shot: e.stack.id, cover: e.stack.cover.id, takes: e.stack.takes.length, open: e.inStack }] : [],
  );
  const shown = new Set(ids);
  const whole = { total: visible.length, cards: ids.length, ids, stacks, covered: visible.filter((j) => !shown.has(j.id)).map((j) => j.id) };
  return headOf(whole, q.limit);
}

/** The first `limit` cards of a view (0: all of them), as the engine's `JobViewIds::head`:
 *  the stacks among them, every covered take, the counts of the whole view. */
export function headOf(v: JobViewIds, limit: number): JobViewIds {
  if (limit <= 0 || v.ids.length <= limit) return v;
  return { ...v, ids: v.ids.slice(0, limit), stacks: v.stacks.filter((s) => s.at < limit) };
}

export function viewSummary(all: Iterable<Job>, folders: readonly Folder[], hidden: readonly string[]): JobViewSummary {
  const { counts, models } = summarize(index(all, hidden), new Set(folders.map((f) => f.id)));
  return { all: counts.all, unfiled: counts.unfiled, by_folder: Object.fromEntries(counts.byFolder), models };
}

export function promptsOf(all: Iterable<Job>, query: string, limit: number): string[] {
  return promptHistory(index(all, []), query, limit);
}

/** Every job of the shot, oldest first (created_at, then id). */
export function shotTakes(all: Iterable<Job>, shot: string): Job[] {
  const time = (j: Job) => {
    const t = j.created_at ? Date.parse(j.created_at) : NaN;
    return Number.isFinite(t) ? t : -Infinity;
  };
  return [...all].filter((j) => shotId(j) === shot).sort((a, b) => time(a) - time(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
