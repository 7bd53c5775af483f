// Takes of a shot, pure: the clips of one generate request and the retries, Edit & retries
// and variations made from one of them share a shot (the engine gives each the shot's id).
// Here: the visible clips grouped into shots, each shot's cover (the card a stack shows),
// what the grid shows when stacking, and a take's place among its siblings.
import type { Job } from './types';

/** The shot a clip belongs to: a clip of an earlier version is a shot of its own. */
export function shotId(job: Job): string {
  return job.shot ?? job.id;
}

function time(stamp: string | null): number {
  const t = stamp ? Date.parse(stamp) : NaN;
  return Number.isFinite(t) ? t : -Infinity;
}

/**
 * Which of two takes makes the better cover (negative: `a`): a pick, then one not
 * rejected, then more stars, then a completed one — the first to finish, so that the cover
 * stays put while the rest of a batch finishes — then the newest.
 */
export function coverOrder(a: Job, b: Job): number {
  const rank = (j: Job) => [
    j.flag === 'pick' ? 1 : 0,
    j.flag === 'reject' ? 0 : 1,
    j.rating ?? 0,
    j.status === 'completed' ? 1 : 0,
    j.status === 'completed' ? -time(j.completed_at ?? j.created_at) : 0,
    time(j.created_at),
  ];
  const ra = rank(a);
  const rb = rank(b);
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return rb[i] > ra[i] ? 1 : -1;
  return 0;
}

/** The cover of a shot's takes (the first of equals in the order given). */
export function pickCover(takes: readonly Job[]): Job {
  let best = takes[0];
  for (const t of takes) if (coverOrder(t, best) < 0) best = t;
  return best;
}

export interface Shot {
  id: string;
  cover: Job;
  /** Its visible takes, in the view's order. */
  takes: Job[];
}

/** The visible clips as shots, each where its first take is in `visible` (the view's
 *  order): a new cover (a take rated, a render finished) never moves its shot. */
export function groupShots(visible: readonly Job[]): Shot[] {
  const byShot = new Map<string, Job[]>();
  for (const job of visible) {
    const id = shotId(job);
    const takes = byShot.get(id);
    if (takes) takes.push(job);
    else byShot.set(id, [job]);
  }
  return [...byShot].map(([id, takes]) => ({ id, cover: pickCover(takes), takes }));
}

/** One card of the grid. */
export interface GridEntry {
  job: Job;
  /** The card that holds a stack (two takes or more): its cover when closed, its first
   *  take when open. */
  stack: Shot | null;
  /** A take shown inside an expanded stack (its cover included). */
  inStack: boolean;
}

/**
 * What the grid shows: every visible clip; stacked, one card per shot (its cover), and
 * for an expanded shot all its takes in the view's order (the first holds the stack), so
 * that rating a take or a render finishing moves no card of an open stack.
 */
export function gridEntries(visible: readonly Job[], stacked: boolean, expanded: ReadonlySet<string>): GridEntry[] {
  if (!stacked) return visible.map((job) => ({ job, stack: null, inStack: false }));
  const out: GridEntry[] = [];
  for (const shot of groupShots(visible)) {
    if (shot.takes.length < 2) {
      out.push({ job: shot.cover, stack: null, inStack: false });
      continue;
    }
    if (!expanded.has(shot.id)) {
      out.push({ job: shot.cover, stack: shot, inStack: false });
      continue;
    }
    shot.takes.forEach((t, i) => out.push({ job: t, stack: i === 0 ? shot : null, inStack: true }));
  }
  return out;
}

/** The visible clips a collapsed stack hides (never selected, never acted on). */
export function hiddenTakes(visible: readonly Job[], entries: readonly GridEntry[]): Set<string> {
  if (entries.length === visible.length) return new Set();
  const shown = new Set(entries.map((e) => e.job.id));
  return new Set(visible.filter((j) => !shown.has(j.id)).map((j) => j.id));
}

export interface TakePlace {
  /** 1-based, oldest first. */
  n: number;
  of: number;
  /** Every take of the shot, oldest first (the clip itself included). */
  takes: Job[];
}

/** Where `job` stands among its shot's takes in `all` (the library); null when it has none. */
export function takePlace(job: Job, all: readonly Job[]): TakePlace | null {
  const id = shotId(job);
  const takes = all.filter((j) => shotId(j) === id);
  if (!takes.some((t) => t.id === job.id)) takes.push(job);
  if (takes.length < 2) return null;
  takes.sort((a, b) => time(a.created_at) - time(b.created_at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { n: takes.findIndex((t) => t.id === job.id) + 1, of: takes.length, takes };
}
