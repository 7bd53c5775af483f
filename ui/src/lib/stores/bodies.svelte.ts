// The bodies of the jobs the UI shows, for the jobs store (stores/jobs): a bounded cache
// (job-cache's BodyCache) filled from the engine by id, the ids wanted in one frame asked
// together, and the order of events kept: a body an event brought, or a job an event removed,
// wins over the answer to a question asked before that event.
import { askJobs } from '../actions/view';
import { BodyCache } from '../job-cache';
import { isActive } from '../jobs-core';
import type { Job } from '../types';

/** Bodies the cache holds at most (pinned ones aside). */
export const CACHE_BOUND = 1_500;
/** Ids per get_jobs call, at most. */
export const MAX_IDS = 2_000;

const nextFrame: (f: () => void) => void =
  typeof requestAnimationFrame === 'function' ? (f) => requestAnimationFrame(() => f()) : (f) => setTimeout(f, 16);
/** Resolves once the next frame has been painted (a frame's callbacks run before its paint;
 *  the task after them, after it). */
export const afterPaint = (): Promise<void> => new Promise((r) => nextFrame(() => setTimeout(r, 0)));

export class Bodies {
  #cache = new BodyCache(CACHE_BOUND, isActive);
  /** Bumped when the cache changes: `track` follows it. */
  #version = $state(0);
  #queue = new Set<string>();
  #loading = new Set<string>();
  /** Asked once since the last view answer: not asked again until the next one (no loop
   *  when more is wanted than the cache holds). */
  #asked = new Set<string>();
  #flushing = false;
  /** Events seen; which event last touched or removed an id (while questions run). */
  #events = 0;
  #touched = new Map<string, number>();
  #gone = new Map<string, number>();

  /** `viewAsking`: whether a question about the view is in flight (its answer may be older
   *  than an event, so events are remembered until it is in). */
  constructor(private readonly viewAsking: () => boolean) {}

  /** Makes the reactive reader follow the cache. */
  track(): void {
    void this.#version;
  }
  /** How many events have been seen (a question notes it when asked). */
  get events(): number {
    return this.#events;
  }
  get size(): number {
    return this.#cache.size;
  }
  has(id: string): boolean {
    return this.#cache.has(id);
  }
  peek(id: string): Job | undefined {
    return this.#cache.peek(id);
  }
  /** The body (now the most recently used), else undefined; with `ask`, it is asked for with
   *  the others of the frame. */
  get(id: string, ask: boolean): Job | undefined {
    const job = this.#cache.get(id);
    if (!job && ask) this.#want(id);
    return job;
  }
  /** Keep `ids` cached for `owner`, asking for the missing. */
  pin(owner: string, ids: readonly string[]): void {
    this.#cache.pin(owner, ids);
    for (const id of ids) if (!this.#cache.has(id)) this.#want(id, true);
  }
  /** Bodies of `ids` (cached or asked, ≤ MAX_IDS a call), by id; only cached ones stay cached. */
  async fetch(ids: readonly string[]): Promise<Map<string, Job>> {
    const found = new Map<string, Job>();
    const missing: string[] = [];
    for (const id of ids) {
      const j = this.#cache.get(id);
      if (j) found.set(id, j);
      else missing.push(id);
    }
    for (let i = 0; i < missing.length; i += MAX_IDS) {
      for (const j of await askJobs(missing.slice(i, i + MAX_IDS))) found.set(j.id, j);
    }
    return found;
  }
  /** Resolves once the bodies of `ids` that are not cached have been asked and answered. */
  async load(ids: readonly string[]): Promise<void> {
    const missing = ids.filter((id) => !this.#cache.has(id));
    for (let i = 0; i < missing.length; i += MAX_IDS) await this.#load(missing.slice(i, i + MAX_IDS));
  }

  /** Bodies an event or an action's answer brought (newer than any fetch). */
  put(list: readonly Job[]): void {
    this.#events++;
    for (const j of list) this.#touched.set(j.id, this.#events);
    this.#cache.put(list);
    this.#version++;
  }
  /** Jobs an event removed from the library. */
  drop(ids: readonly string[]): void {
    this.#events++;
    for (const id of ids) {
      this.#gone.set(id, this.#events);
      this.#cache.delete(id);
    }
    this.#version++;
  }
  /** Whether `id` was removed after event `since`. */
  goneSince(id: string, since: number): boolean {
    return (this.#gone.get(id) ?? -1) > since;
  }
  /** The ids removed after event `since`. */
  allGoneSince(since: number): Set<string> {
    return new Set([...this.#gone].filter(([, n]) => n > since).map(([id]) => id));
  }
  /** A view answer is on screen: what it needs may be asked again. */
  answered(): void {
    this.#asked.clear();
  }
  /** With nothing in flight, no answer can be older than an event any more. */
  forget(): void {
    if (this.#loading.size === 0 && !this.viewAsking()) {
      this.#touched.clear();
      this.#gone.clear();
    }
  }

  #want(id: string, again = false): void {
    if (this.#loading.has(id) || (!again && this.#asked.has(id))) return;
    this.#asked.add(id);
    this.#queue.add(id);
    if (this.#flushing) return;
    this.#flushing = true;
    nextFrame(() => {
      this.#flushing = false;
      const ids = [...this.#queue];
      this.#queue.clear();
      for (let i = 0; i < ids.length; i += MAX_IDS) void this.#load(ids.slice(i, i + MAX_IDS));
    });
  }
  async #load(ids: string[]): Promise<void> {
    const since = this.#events;
    for (const id of ids) this.#loading.add(id);
    try {
      const got = await askJobs(ids);
      // An event since the question began is at least as new as the answer: it wins.
      const fresh = got.filter((j) => (this.#touched.get(j.id) ?? -1) <= since && !this.goneSince(j.id, since));
      if (fresh.length) {
        this.#cache.put(fresh);
        this.#version++;
      }
    } catch {
      // Left out: the card stays a placeholder until the next answer asks again.
    } finally {
      for (const id of ids) this.#loading.delete(id);
      this.forget();
    }
  }
}
