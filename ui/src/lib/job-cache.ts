// The grid's view as the engine answers it (ids, stacks, covered takes) and a bounded cache
// of job bodies: the UI never holds the whole library, whatever its size. Pure; the
// reactive store (stores/jobs.svelte.ts) wraps both.
import type { JobView } from './bindings/JobView';
import type { JobViewIds } from './bindings/JobViewIds';
import type { StackCard } from './bindings/StackCard';
import type { FlagFilter, ViewFilter } from './jobs-core';
import type { SortOrder } from './sort';
import type { Job } from './types';

/** The engine's query for the grid's view: the whole view (a `limit` other than 0 asks for
 *  its first cards only; `offset` is not read). */
export function viewQuery(
  f: ViewFilter,
  sort: SortOrder,
  hidden: Iterable<string>,
  stack: { expanded: Iterable<string> } | null,
  flag: FlagFilter = f.flag,
): JobView {
  return {
    place: f.folder,
    status: f.status,
    model: f.model,
    text: f.text,
    flag,
    min_stars: f.minStars,
    sort,
    hidden: [...hidden].sort(),
    offset: 0,
    limit: 0,
    stack: stack ? { expanded: [...stack.expanded].sort() } : undefined,
  };
}

/** The view as the grid uses it. */
export interface ViewIds {
  total: number;
  /** How many cards the whole view has: `ids` holds them all, or only the first ones while the
   *  rest is on its way (a view's head is applied first, see stores/jobs `#ask`). */
  cards: number;
  ids: readonly string[];
  /** The cards that hold a stack, by their index in `ids`. */
  stacks: ReadonlyMap<number, StackCard>;
  covered: ReadonlySet<string>;
}

export const EMPTY_VIEW: ViewIds = { total: 0, cards: 0, ids: [], stacks: new Map(), covered: new Set() };

export function fromAnswer(a: JobViewIds): ViewIds {
  return { total: a.total, cards: a.cards, ids: a.ids, stacks: new Map(a.stacks.map((s) => [s.at, s])), covered: new Set(a.covered) };
}

/** Whether `v` holds every card of its view (not only the head). */
export function isWhole(v: ViewIds): boolean {
  return v.ids.length >= v.cards;
}

/**
 * The view without the jobs `gone` names (removed, or out of view until Undo), at once and
 * before the engine's next answer: the cards after them move up, an open stack keeps its
 * other takes, a stack whose card went is a plain card until that answer.
 */
export function withoutIds(v: ViewIds, gone: ReadonlySet<string>): ViewIds {
  if (!v.ids.some((id) => gone.has(id)) && ![...v.covered].some((id) => gone.has(id))) return v;
  const at = new Int32Array(v.ids.length + 1);
  const ids: string[] = [];
  v.ids.forEach((id, i) => {
    at[i] = ids.length;
    if (!gone.has(id)) ids.push(id);
  });
  at[v.ids.length] = ids.length;
  const stacks = new Map<number, StackCard>();
  let total = v.total;
  for (const id of v.ids) if (gone.has(id)) total--;
  for (const id of v.covered) if (gone.has(id)) total--;
  for (const s of v.stacks.values()) {
    if (gone.has(v.ids[s.at])) continue;
    const takes = s.open ? at[s.at + s.takes] - at[s.at] : s.takes;
    if (takes >= 2) stacks.set(at[s.at], { ...s, at: at[s.at], takes });
  }
  const cards = v.cards - (v.ids.length - ids.length);
  return { total, cards, ids, stacks, covered: new Set([...v.covered].filter((id) => !gone.has(id))) };
}

/** Job bodies by id, least recently used first out past `bound`; pinned ids, and bodies
 *  `keep` says (renders still running: their end is announced), never leave. */
export class BodyCache {
  #map = new Map<string, Job>();
  #pins = new Map<string, ReadonlySet<string>>();
  constructor(
    readonly bound: number,
    readonly keep: (job: Job) => boolean = () => false,
  ) {}

  get size(): number {
    return this.#map.size;
  }
  has(id: string): boolean {
    return this.#map.has(id);
  }
  peek(id: string): Job | undefined {
    return this.#map.get(id);
  }
  /** The body, now the most recently used. */
  get(id: string): Job | undefined {
    const job = this.#map.get(id);
    if (job) {
      this.#map.delete(id);
      this.#map.set(id, job);
    }
    return job;
  }
  put(jobs: readonly Job[]): void {
    for (const j of jobs) {
      this.#map.delete(j.id);
      this.#map.set(j.id, j);
    }
    this.#evict();
  }
  delete(id: string): boolean {
    return this.#map.delete(id);
  }
  /** What `owner` (the tray, the detail view, the grid's rows…) keeps: `ids` from now on. */
  pin(owner: string, ids: Iterable<string>): void {
    this.#pins.set(owner, new Set(ids));
    this.#evict();
  }
  pinned(id: string): boolean {
    for (const s of this.#pins.values()) if (s.has(id)) return true;
    return false;
  }
  #evict(): void {
    if (this.#map.size <= this.bound) return;
    for (const [id, job] of this.#map) {
      if (this.#map.size <= this.bound) return;
      if (!this.pinned(id) && !this.keep(job)) this.#map.delete(id);
    }
  }
}

/** Each card index of an open stack's takes, and that stack. */
export function openTakes(stacks: ReadonlyMap<number, StackCard>): Map<number, StackCard> {
  const out = new Map<number, StackCard>();
  for (const s of stacks.values()) if (s.open) for (let i = s.at; i < s.at + s.takes; i++) out.set(i, s);
  return out;
}
