// The jobs store: fed by job://updated (upsert) and job://removed (delete), plus derived
// views (current folder + filters, in the folder's sort order) and counts per folder.
import { EMPTY_FILTER, filterJobs, isFiltered, JobIndex, summarize, type FolderCounts, type FolderSelector, type ViewFilter } from '../jobs-core';
import { parseSort, sortJobs, sortPlace, type SortOrder } from '../sort';
import type { Folder, Job } from '../types';

class JobsStore {
  #index = new JobIndex();
  /** Bumped on every change; deriveds read it to know when to recompute. */
  version = $state(0);
  loaded = $state(false);
  folders = $state.raw<Folder[]>([]);
  filter = $state.raw<ViewFilter>(EMPTY_FILTER);
  /** Removed from view, but still undoable: out of every list until removed or shown again. */
  #hidden = new Set<string>();

  /** All jobs, newest first. */
  all = $derived.by<readonly Job[]>(() => {
    void this.version;
    const all = this.#index.all();
    return this.#hidden.size ? all.filter((j) => !this.#hidden.has(j.id)) : all.slice();
  });
  folderIds = $derived(new Set(this.folders.map((f) => f.id)));
  /** The sort order each place (`all`, `unfiled`, `folder:<id>`) was last given. */
  sortOrders = $state.raw<Partial<Record<string, string>>>({});
  /** The order of the place in view (newest first until one is chosen). */
  sort = $derived<SortOrder>(parseSort(this.sortOrders[sortPlace(this.filter.folder)]));
  visible = $derived(sortJobs(filterJobs(this.all, this.filter, this.folderIds), this.sort));
  visibleIds = $derived(this.visible.map((j) => j.id));
  #summary = $derived(summarize(this.all, this.folderIds));
  counts = $derived<FolderCounts>(this.#summary.counts);
  /** Model slugs present in the jobs (for the filter bar). */
  models = $derived.by(() => {
    const next = this.#summary.models;
    const prev = this.#models;
    if (prev.length === next.length && prev.every((m, i) => m === next[i])) return prev;
    return (this.#models = next);
  });
  #models: string[] = [];
  filtered = $derived(isFiltered(this.filter));

  get(id: string): Job | undefined {
    void this.version;
    return this.#hidden.has(id) ? undefined : this.#index.get(id);
  }
  has(id: string): boolean {
    return !this.#hidden.has(id) && this.#index.has(id);
  }
  get size(): number {
    return this.all.length;
  }

  load(jobs: readonly Job[]): void {
    this.#index.replaceAll(jobs);
    this.loaded = true;
    this.version++;
  }
  upsert(job: Job): void {
    this.#index.upsert(job);
    this.version++;
  }
  upsertMany(jobs: readonly Job[]): void {
    for (const j of jobs) this.#index.upsert(j);
    if (jobs.length) this.version++;
  }
  remove(id: string): void {
    this.#hidden.delete(id);
    if (this.#index.remove(id)) this.version++;
  }
  /** Out of view until `show` (Undo) or `remove`; events keep updating it meanwhile. */
  hide(id: string): void {
    if (!this.#index.has(id) || this.#hidden.has(id)) return;
    this.#hidden.add(id);
    this.version++;
  }
  show(id: string): void {
    if (this.#hidden.delete(id)) this.version++;
  }

  setFolders(folders: Folder[]): void {
    this.folders = folders;
    const f = this.filter.folder;
    if (typeof f === 'object' && !folders.some((x) => x.id === f.id)) this.setFilter({ folder: 'all' });
  }
  upsertFolder(folder: Folder): void {
    const i = this.folders.findIndex((f) => f.id === folder.id);
    this.folders = i < 0 ? [...this.folders, folder] : this.folders.map((f) => (f.id === folder.id ? folder : f));
  }
  removeFolder(id: string): void {
    this.setFolders(this.folders.filter((f) => f.id !== id));
    // The backend moves the cards back to Unfiled and reports them via job://updated;
    // until then they count as Unfiled here too (unknown folder ids are Unfiled).
    this.version++;
  }

  /** Every place's order, as the backend keeps them (anything but a map is ignored). */
  setSortOrders(orders: unknown): void {
    if (orders && typeof orders === 'object' && !Array.isArray(orders)) this.sortOrders = orders as Record<string, string>;
  }
  /** Sort the place in view by `order` (the action remembers it). */
  setSort(order: SortOrder): void {
    this.sortOrders = { ...this.sortOrders, [sortPlace(this.filter.folder)]: order };
  }

  setFilter(patch: Partial<ViewFilter>): void {
    this.filter = { ...this.filter, ...patch };
  }
  /** Make sure `id` is in view: when the folder or filters hide it, show every clip. */
  reveal(id: string): void {
    if (!this.visibleIds.includes(id)) this.filter = EMPTY_FILTER;
  }
  clearFilters(): void {
    this.filter = { ...EMPTY_FILTER, folder: this.filter.folder };
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
