// The jobs store: the grid's view as the engine answers it (ids in order, stacks, counts) and
// a bounded cache of job bodies — never the whole library. A change of the view
// (folder, filters, search, sort, stacking, hide/show) asks the engine at once; an event
// (job://updated, job://removed, folder://updated) updates a cached body and asks again,
// coalesced (one question in flight, one queued). An answer to an older question is dropped.
import { askJobs, askSummary, askViewIds } from '../actions/view';
import { BodyCache, EMPTY_VIEW, fromAnswer, viewQuery, withoutIds, type ViewIds } from '../job-cache';
import { EMPTY_FILTER, isActive, isFiltered, type FolderCounts, type FolderSelector, type ViewFilter } from '../jobs-core';
import { parseSort, sortPlace, type SortOrder } from '../sort';
import type { Folder, Job } from '../types';

/** Bodies the cache holds at most (pinned ones aside). */
export const CACHE_BOUND = 1_500;
/** Ids per get_jobs call, at most. */
export const MAX_IDS = 2_000;
/** How long events gather before the view is asked again. */
export const REFRESH_MS = 100;

const nextFrame: (f: () => void) => void =
  typeof requestAnimationFrame === 'function' ? (f) => requestAnimationFrame(() => f()) : (f) => setTimeout(f, 16);

class JobsStore {
  loaded = $state(false);
  folders = $state.raw<Folder[]>([]);
  filter = $state.raw<ViewFilter>(EMPTY_FILTER);
  folderIds = $derived(new Set(this.folders.map((f) => f.id)));
  /** The sort order each place (`all`, `unfiled`, `folder:<id>`) was last given. */
  sortOrders = $state.raw<Partial<Record<string, string>>>({});
  /** The order of the place in view (newest first until one is chosen). */
  sort = $derived<SortOrder>(parseSort(this.sortOrders[sortPlace(this.filter.folder)]));
  filtered = $derived(isFiltered(this.filter));
  /** Whether the grid stacks each shot's takes, and which stacks are open (stores/takes). */
  stacked = $state(false);
  expanded = $state.raw<ReadonlySet<string>>(new Set());
  /** Removed from view, but still undoable: out of every list until removed or shown again. */
  hidden = $state.raw<ReadonlySet<string>>(new Set());
  /** The engine's question for the view in use. */
  query = $derived(viewQuery(this.filter, this.sort, this.hidden, this.stacked ? { expanded: this.expanded } : null));

  #view = $state.raw<ViewIds>(EMPTY_VIEW);
  /** The grid's cards in order (one per closed stack). */
  ids = $derived(this.#view.ids);
  /** How many clips the view holds (a closed stack's takes included). */
  total = $derived(this.#view.total);
  stacks = $derived(this.#view.stacks);
  /** Clips of the view a closed stack hides. */
  covered = $derived(this.#view.covered);
  #position = $derived(new Map(this.#view.ids.map((id, i) => [id, i])));
  /** The rejected clips in view (a closed stack's takes included). */
  rejected = $state.raw<readonly string[]>([]);
  /** Bumped each time an answer is applied (the grid's data-view-revision). */
  revision = $state(0);
  counts = $state.raw<FolderCounts>({ all: 0, unfiled: 0, byFolder: new Map() });
  /** Model slugs present in the library (for the filter bar). */
  models = $state.raw<string[]>([]);

  #cache = new BodyCache(CACHE_BOUND, isActive);
  /** Bumped when the cache changes: get() follows it. */
  #bodies = $state(0);
  #queue = new Set<string>();
  #loading = new Set<string>();
  /** Asked once since the last answer: not asked again until the next one (no loop when
   *  more is wanted than the cache holds). */
  #asked = new Set<string>();
  #flushing = false;
  /** Events seen; which event last touched an id (while fetches run). */
  #events = 0;
  #touched = new Map<string, number>();
  #gone = new Map<string, number>();
  #seq = 0;
  #viewApplied = 0;
  #summaryApplied = 0;
  #running = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #refreshing = false;
  /** The search box's question in flight, and the text typed since (see `search`). */
  #searching = false;
  #typed: string | null = null;
  #queued = false;
  #idle: Array<() => void> = [];
  /** Before start(), changes (folders, orders, stacking read at start-up) ask nothing. */
  #started = false;
  /** The rejected clips' question held during start-up until the first cards' bodies have
   *  come (it reads the whole view too, and the engine answers one question at a time):
   *  `undefined` once started (asked at once), `null` while starting with none due, else
   *  the view it is due for. */
  #rejectedDue: number | null | undefined = undefined;

  get size(): number {
    return this.counts.all;
  }
  /** The card's index in `ids` (-1: none). */
  indexOf(id: string): number {
    return this.#position.get(id) ?? -1;
  }
  /** In the view: a card, or a take a closed stack hides. */
  inView(id: string): boolean {
    return this.#position.has(id) || this.covered.has(id);
  }

  /** The body when cached, else undefined (and, unless `ask` is false, it is asked for with the
   *  others of the frame). Reactive: it follows the cache. */
  get(id: string, ask = true): Job | undefined {
    void this.#bodies;
    if (this.hidden.has(id)) return undefined;
    const job = this.#cache.get(id);
    if (!job && ask) this.#want(id);
    return job;
  }
  /** The body when cached (asks for nothing; not reactive). */
  peek(id: string): Job | undefined {
    return this.hidden.has(id) ? undefined : this.#cache.peek(id);
  }
  /** Known to exist (cached or in view) and not removed from view. */
  has(id: string): boolean {
    return !this.hidden.has(id) && (this.#cache.has(id) || this.inView(id));
  }
  /** How many bodies are cached (tests, diagnostics). */
  get cached(): number {
    return this.#cache.size;
  }
  /** Keep `ids` cached for `owner` (tray, compare, detail view, grid rows), asking for the missing. */
  pin(owner: string, ids: readonly string[]): void {
    this.#cache.pin(owner, ids);
    for (const id of ids) if (!this.#cache.has(id)) this.#want(id, true);
  }
  /** Bodies of `ids` (cached or asked, ≤ MAX_IDS a call), in that order, unknown ones left out;
   *  for actions on more clips than the cache holds. Only cached ones stay cached. */
  async fetch(ids: readonly string[]): Promise<Job[]> {
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
    return ids.map((id) => found.get(id)).filter((j): j is Job => !!j && !this.hidden.has(j.id));
  }

  /** Resolves once the bodies of `ids` are cached (those the engine knows). */
  async ensure(ids: readonly string[]): Promise<void> {
    const missing = ids.filter((id) => !this.#cache.has(id) && !this.hidden.has(id));
    for (let i = 0; i < missing.length; i += MAX_IDS) await this.#load(missing.slice(i, i + MAX_IDS));
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
      const fresh = got.filter((j) => (this.#touched.get(j.id) ?? -1) <= since && (this.#gone.get(j.id) ?? -1) <= since);
      if (fresh.length) {
        this.#cache.put(fresh);
        this.#bodies++;
      }
    } catch {
      // Left out: the card stays a placeholder until the next answer asks again.
    } finally {
      for (const id of ids) this.#loading.delete(id);
      this.#forget();
    }
  }
  /** With nothing in flight, no answer can be older than an event any more. */
  #forget(): void {
    if (this.#loading.size === 0 && this.#running === 0) {
      this.#touched.clear();
      this.#gone.clear();
    }
  }

  // ---------- asking the engine ----------

  /** Ask for the view now (a change of the view), the counts too when `summary`; with
   *  `bodies`, the first that many cards' records are fetched before the view is applied, so
   *  that its first frame shows cards rather than placeholders (start-up). */
  async #ask(summary: boolean, bodies = 0): Promise<void> {
    const seq = ++this.#seq;
    const query = this.query;
    const key = JSON.stringify(query);
    const since = this.#events;
    const flag = this.filter.flag;
    this.#running++;
    try {
      // benches/footprint reads these marks: the question, its answer, the answer applied.
      performance.mark('view:ask');
      const [answer, sum] = await Promise.all([askViewIds(query), summary ? askSummary(query.hidden) : null]);
      performance.mark('view:answer');
      const first = answer.ids.slice(0, bodies).filter((id) => !this.#cache.has(id));
      if (first.length) await this.#load(first);
      if (sum && seq > this.#summaryApplied) {
        this.#summaryApplied = seq;
        this.counts = { all: sum.all, unfiled: sum.unfiled, byFolder: new Map(Object.entries(sum.by_folder)) };
        const prev = this.models;
        if (prev.length !== sum.models.length || prev.some((m, i) => m !== sum.models[i])) this.models = sum.models;
      }
      // Stale: a newer answer is on screen, or the view has changed since the question.
      if (seq < this.#viewApplied || key !== JSON.stringify(this.query)) return;
      this.#viewApplied = seq;
      const gone = new Set([...this.#gone].filter(([, n]) => n > since).map(([id]) => id));
      const view = withoutIds(fromAnswer(answer), gone);
      this.#view = view;
      if (flag === 'rejected') this.rejected = [...view.ids, ...view.covered];
      else if (this.#rejectedDue !== undefined) this.#rejectedDue = seq;
      else void this.#askRejected(seq);
      this.#asked.clear();
      this.loaded = true;
      this.revision++;
      performance.mark('view:applied');
    } finally {
      this.#running--;
      this.#forget();
      this.#settle();
    }
  }
  /** The rejected clips in the view just applied ("Delete rejected (N)"): asked after it, so
   *  that the cards never wait for this count. */
  async #askRejected(seq: number): Promise<void> {
    const query = viewQuery(this.filter, this.sort, this.hidden, null, 'rejected');
    const since = this.#events;
    this.#running++;
    try {
      const answer = await askViewIds(query);
      if (seq !== this.#viewApplied) return; // a newer view asks its own
      this.rejected = answer.ids.concat(answer.covered).filter((id) => (this.#gone.get(id) ?? -1) <= since);
    } catch {
      // Kept as it was until the next answer.
    } finally {
      this.#running--;
      this.#forget();
      this.#settle();
    }
  }
  #changed(summary = false): void {
    if (this.#started) void this.#ask(summary).catch(() => undefined);
  }
  /** After events: ask again once they have gathered; one question in flight, one queued. */
  #schedule(now = false): void {
    if (!this.#started) return;
    if (now) {
      if (this.#timer) clearTimeout(this.#timer);
      this.#timer = null;
      void this.#refresh();
      return;
    }
    this.#timer ??= setTimeout(() => {
      this.#timer = null;
      void this.#refresh();
    }, REFRESH_MS);
  }
  async #refresh(): Promise<void> {
    if (this.#refreshing) {
      this.#queued = true;
      return;
    }
    this.#refreshing = true;
    try {
      await this.#ask(true);
    } catch {
      // The next event asks again.
    } finally {
      this.#refreshing = false;
    }
    if (this.#queued) {
      this.#queued = false;
      await this.#refresh();
    }
    this.#settle();
  }
  #settle(): void {
    if (this.#timer || this.#running > 0 || this.#refreshing || this.#typed !== null) return;
    const idle = this.#idle;
    this.#idle = [];
    for (const f of idle) f();
  }
  /** Resolves once no question is waiting or in flight (the view answers every change so far). */
  settled(): Promise<void> {
    return new Promise((resolve) => {
      this.#idle.push(resolve);
      this.#settle();
    });
  }

  /** Start-up (after subscribing): the first view and counts, then `first` cards' bodies. */
  async start(first: number): Promise<void> {
    this.#started = true;
    this.#rejectedDue = null;
    try {
      await this.#ask(true, first);
      performance.mark('boot:view'); // benches/footprint's start-up trace: the view applied with its first records
      // What the answer's first records did not cover: ids moved up by a job gone
      // meanwhile, or a view whose answer a newer one overtook.
      const ids = this.ids.slice(0, first).filter((id) => !this.#cache.has(id));
      if (ids.length) await this.#load(ids);
    } finally {
      const due = this.#rejectedDue;
      this.#rejectedDue = undefined;
      if (due != null) void this.#askRejected(due);
    }
  }
  /** Start-up failed: nothing to wait for. */
  failed(): void {
    this.loaded = true;
  }

  // ---------- events and answers ----------

  /** A job as an event or an action's answer has it: cached (it is newer than any fetch). */
  upsert(job: Job, now = false): void {
    this.upsertMany([job], now);
  }
  /** `now`: an action's answer (what the user just did): the view is asked at once, not after
   *  events have gathered. */
  upsertMany(list: readonly Job[], now = false): void {
    if (list.length === 0) return;
    this.#events++;
    for (const j of list) this.#touched.set(j.id, this.#events);
    this.#cache.put(list);
    this.#bodies++;
    this.#schedule(now);
  }
  /** Off the library (job://removed, a delete): out of the cache and, at once, of the view. */
  remove(id: string): void {
    this.removeMany([id]);
  }
  removeMany(ids: readonly string[]): void {
    if (ids.length === 0) return;
    this.#events++;
    for (const id of ids) {
      this.#gone.set(id, this.#events);
      this.#cache.delete(id);
    }
    if (ids.some((id) => this.hidden.has(id))) this.hidden = new Set([...this.hidden].filter((id) => !ids.includes(id)));
    this.#view = withoutIds(this.#view, new Set(ids));
    this.#bodies++;
    this.#schedule();
  }
  /** Out of view until `show` (Undo) or `remove`; events keep updating it meanwhile. */
  hide(id: string): void {
    if (this.hidden.has(id)) return;
    this.hidden = new Set([...this.hidden, id]);
    this.#view = withoutIds(this.#view, new Set([id]));
    this.#changed(true);
  }
  show(id: string): void {
    if (!this.hidden.has(id)) return;
    this.hidden = new Set([...this.hidden].filter((x) => x !== id));
    this.#changed(true);
  }

  setFolders(folders: Folder[]): void {
    this.folders = folders;
    const f = this.filter.folder;
    if (typeof f === 'object' && !folders.some((x) => x.id === f.id)) this.filter = { ...this.filter, folder: 'all' };
    this.#changed(true);
  }
  /** folder://updated, or a folder made or renamed here. */
  upsertFolder(folder: Folder): void {
    const i = this.folders.findIndex((f) => f.id === folder.id);
    this.folders = i < 0 ? [...this.folders, folder] : this.folders.map((f) => (f.id === folder.id ? folder : f));
    this.#schedule();
  }
  removeFolder(id: string): void {
    // The backend moves the cards back to Unfiled and reports them via job://updated.
    this.setFolders(this.folders.filter((f) => f.id !== id));
  }

  /** Every place's order, as the backend keeps them (anything but a map is ignored). */
  setSortOrders(orders: unknown): void {
    if (orders && typeof orders === 'object' && !Array.isArray(orders)) {
      this.sortOrders = orders as Record<string, string>;
      this.#changed();
    }
  }
  /** Sort the place in view by `order` (the action remembers it). */
  setSort(order: SortOrder): void {
    this.sortOrders = { ...this.sortOrders, [sortPlace(this.filter.folder)]: order };
    this.#changed();
  }
  /** Stacking on or off, and the open stacks (stores/takes). */
  setStacking(stacked: boolean, expanded: ReadonlySet<string>): void {
    if (stacked === this.stacked && expanded === this.expanded) return;
    this.stacked = stacked;
    this.expanded = expanded;
    this.#changed();
  }

  setFilter(patch: Partial<ViewFilter>): void {
    if ('text' in patch) this.#typed = null; // a text still waiting is no longer wanted
    this.filter = { ...this.filter, ...patch };
    this.#changed();
  }
  /** The search box's text as it is typed: asked at once when no search is in flight; while
   *  one is, only the latest text waits, and is asked as soon as it is answered. No fixed
   *  typing pause, and never more than one question behind the box. */
  search(text: string): void {
    if (this.#searching) {
      this.#typed = text;
      return;
    }
    if (text === this.filter.text) return; // the same view: nothing to ask or scroll back
    this.filter = { ...this.filter, text };
    if (!this.#started) return;
    this.#searching = true;
    void this.#ask(false)
      .catch(() => undefined)
      .finally(() => {
        this.#searching = false;
        const next = this.#typed;
        this.#typed = null;
        if (next !== null) this.search(next);
        this.#settle();
      });
  }
  /** Make sure `id` is in view once the view answers what was done so far: when the folder or
   *  filters hide it, show every clip. */
  async reveal(id: string): Promise<void> {
    await this.settled();
    if (!this.inView(id) && (this.filtered || this.filter.folder !== 'all')) this.setFilter(EMPTY_FILTER);
  }
  clearFilters(): void {
    this.setFilter({ ...EMPTY_FILTER, folder: this.filter.folder });
  }
  selectFolder(folder: FolderSelector): void {
    this.setFilter({ folder });
  }
  isFolderSelected(folder: FolderSelector): boolean {
    const f = this.filter.folder;
    if (typeof folder === 'string' || typeof f === 'string') return f === folder;
    return f.id === folder.id;
  }
}

export const jobs = new JobsStore();
