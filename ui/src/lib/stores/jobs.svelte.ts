// The jobs store: the grid's view as the engine answers it (ids in order, stacks, counts) and
// a bounded cache of job bodies (stores/bodies) — never the whole library. A change of the view
// (folder, filters, search, sort, stacking, hide/show) asks the engine at once; a new view
// (folder, filters, search, start-up: the grid goes back to its top) is asked for its first
// cards, what the grid paints, and then for the rest. An event (job://updated, job://removed,
// folder://updated) updates a cached body and asks again, coalesced (one question in flight,
// one queued). An answer to an older question is dropped.
import { askSummary, askViewIds } from '../actions/view';
import type { JobView } from '../bindings/JobView';
import type { JobViewIds } from '../bindings/JobViewIds';
import { EMPTY_VIEW, fromAnswer, isWhole, viewQuery, withoutIds, type ViewIds } from '../job-cache';
import { EMPTY_FILTER, isFiltered, type FlagFilter, type FolderCounts, type FolderSelector, type ViewFilter } from '../jobs-core';
import { parseSort, sortPlace, type SortOrder } from '../sort';
import type { Folder, Job } from '../types';
import { afterPaint, Bodies } from './bodies.svelte';

export { CACHE_BOUND, MAX_IDS } from './bodies.svelte';

/** How long events gather before the view is asked again. */
export const REFRESH_MS = 100;
/** Cards the first answer to a change of the view holds (more than the largest window shows,
 *  its rows around included): the grid paints them while the rest of the view (every id of a
 *  library of 100,000 clips: about 2 MB over IPC) is on its way. */
export const HEAD_CARDS = 240;

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
  /** The grid's cards in order (one per closed stack): all of them, or the first ones while
   *  the rest of a new view is on its way (`cards` counts them all). */
  ids = $derived(this.#view.ids);
  /** How many cards the view has (what the grid lays out). */
  cards = $derived(this.#view.cards);
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

  #bodies = new Bodies(() => this.#running > 0);
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
    this.#bodies.track();
    if (this.hidden.has(id)) return undefined;
    return this.#bodies.get(id, ask);
  }
  /** The body when cached (asks for nothing; not reactive). */
  peek(id: string): Job | undefined {
    return this.hidden.has(id) ? undefined : this.#bodies.peek(id);
  }
  /** Known to exist (cached or in view) and not removed from view. */
  has(id: string): boolean {
    return !this.hidden.has(id) && (this.#bodies.has(id) || this.inView(id));
  }
  /** How many bodies are cached (tests, diagnostics). */
  get cached(): number {
    return this.#bodies.size;
  }
  /** Keep `ids` cached for `owner` (tray, compare, detail view, grid rows), asking for the missing. */
  pin(owner: string, ids: readonly string[]): void {
    this.#bodies.pin(owner, ids);
  }
  /** Bodies of `ids` (cached or asked, ≤ MAX_IDS a call), in that order, unknown ones left out;
   *  for actions on more clips than the cache holds. Only cached ones stay cached. */
  async fetch(ids: readonly string[]): Promise<Job[]> {
    const found = await this.#bodies.fetch(ids);
    return ids.map((id) => found.get(id)).filter((j): j is Job => !!j && !this.hidden.has(j.id));
  }
  /** Resolves once the bodies of `ids` are cached (those the engine knows). */
  async ensure(ids: readonly string[]): Promise<void> {
    await this.#bodies.load(ids.filter((id) => !this.hidden.has(id)));
  }

  // ---------- asking the engine ----------

  /** Ask for the view now (a change of the view), the counts too when `summary`; with
   *  `bodies`, the first that many cards' records are fetched before the view is applied, so
   *  that its first frame shows cards rather than placeholders (start-up). With `head`, the
   *  view's first cards are asked and applied first and the rest follows (`#askRest`). */
  async #ask(summary: boolean, bodies = 0, head = false): Promise<void> {
    const seq = ++this.#seq;
    const query = this.query;
    const key = JSON.stringify(query);
    const since = this.#bodies.events;
    const flag = this.filter.flag;
    this.#running++;
    try {
      // benches/footprint reads these marks: the question, its answer, the answer applied.
      performance.mark('view:ask');
      const asked = head ? { ...query, limit: Math.max(HEAD_CARDS, bodies) } : query;
      const [answer, sum] = await Promise.all([askViewIds(asked), summary ? askSummary(query.hidden) : null]);
      performance.mark('view:answer');
      await this.#bodies.load(answer.ids.slice(0, bodies));
      if (sum && seq > this.#summaryApplied) {
        this.#summaryApplied = seq;
        this.counts = { all: sum.all, unfiled: sum.unfiled, byFolder: new Map(Object.entries(sum.by_folder)) };
        const prev = this.models;
        if (prev.length !== sum.models.length || prev.some((m, i) => m !== sum.models[i])) this.models = sum.models;
      }
      if (!this.#apply(seq, key, since, answer)) return;
      performance.mark('view:applied');
      if (isWhole(this.#view)) this.#wholeApplied(seq, flag);
      else void this.#askRest(seq, key, since, query, flag);
    } finally {
      this.#running--;
      this.#bodies.forget();
      this.#settle();
    }
  }
  /** The rest of a view whose first cards are on screen, asked once they are painted (taking
   *  in every id of a large view is a long task of the page: the first frame must not wait for
   *  it). Not asked when another view follows; failed, the view keeps its first cards until
   *  the next answer. */
  async #askRest(seq: number, key: string, since: number, query: JobView, flag: FlagFilter): Promise<void> {
    this.#running++;
    try {
      await afterPaint();
      if (this.#stale(seq, key)) return;
      if (this.#apply(seq, key, since, await askViewIds(query))) {
        performance.mark('view:whole');
        this.#wholeApplied(seq, flag);
      }
    } catch {
      // Asked again at the next change or event.
    } finally {
      this.#running--;
      this.#bodies.forget();
      this.#settle();
    }
  }
  /** Whether question `seq` (for the view `key`) is stale: a newer answer is on screen, or the
   *  view has changed since the question. */
  #stale(seq: number, key: string): boolean {
    return seq < this.#viewApplied || key !== JSON.stringify(this.query);
  }
  /** The answer to question `seq` on screen, unless it is stale. */
  #apply(seq: number, key: string, since: number, answer: JobViewIds): boolean {
    if (this.#stale(seq, key)) return false;
    this.#viewApplied = seq;
    this.#view = withoutIds(fromAnswer(answer), this.#bodies.allGoneSince(since));
    this.#bodies.answered();
    this.loaded = true;
    this.revision++;
    return true;
  }
  /** Every card of the view `seq` is on screen: the rejected ones among them follow. */
  #wholeApplied(seq: number, flag: FlagFilter): void {
    if (flag === 'rejected') this.rejected = [...this.#view.ids, ...this.#view.covered];
    else if (this.#rejectedDue !== undefined) this.#rejectedDue = seq;
    else void this.#askRejected(seq);
  }
  /** The rejected clips in the view just applied ("Delete rejected (N)"): asked after it, so
   *  that the cards never wait for this count. */
  async #askRejected(seq: number): Promise<void> {
    const query = viewQuery(this.filter, this.sort, this.hidden, null, 'rejected');
    const since = this.#bodies.events;
    this.#running++;
    try {
      const answer = await askViewIds(query);
      if (seq !== this.#viewApplied) return; // a newer view asks its own
      this.rejected = answer.ids.concat(answer.covered).filter((id) => !this.#bodies.goneSince(id, since));
    } catch {
      // Kept as it was until the next answer.
    } finally {
      this.#running--;
      this.#bodies.forget();
      this.#settle();
    }
  }
  /** With `head`, a new view (the grid goes back to its top): its first cards come first. */
  #changed(summary = false, head = false): void {
    if (this.#started) void this.#ask(summary, 0, head).catch(() => undefined);
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
      await this.#ask(true, first, true);
      performance.mark('boot:view'); // benches/footprint's start-up trace: the view applied with its first records
      // What the answer's first records did not cover: ids moved up by a job gone
      // meanwhile, or a view whose answer a newer one overtook.
      await this.#bodies.load(this.ids.slice(0, first));
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
    this.#bodies.put(list);
    this.#schedule(now);
  }
  /** Off the library (job://removed, a delete): out of the cache and, at once, of the view. */
  remove(id: string): void {
    this.removeMany([id]);
  }
  removeMany(ids: readonly string[]): void {
    if (ids.length === 0) return;
    this.#bodies.drop(ids);
    if (ids.some((id) => this.hidden.has(id))) this.hidden = new Set([...this.hidden].filter((id) => !ids.includes(id)));
    this.#view = withoutIds(this.#view, new Set(ids));
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
    this.#changed(false, true);
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
    void this.#ask(false, 0, true)
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
