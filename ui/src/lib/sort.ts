// The grid's sort orders: the one list the sort control offers, and how each compares two
// clips. Pure; the jobs store applies the order of the place in view (all clips, Unfiled or
// a folder: each remembers its own) to what the filters leave.
import { compareJobs, type FolderSelector } from './jobs-core';
import { t } from './stores/locale.svelte';
import type { Job } from './types';

export type Comparator = (a: Job, b: Job) => number;

/** Newest first: the jobs index's own order (ties broken by id, so the order is total). */
export const newestFirst: Comparator = compareJobs;
export const oldestFirst: Comparator = (a, b) => compareJobs(b, a);

/**
 * Highest `key` first; clips without one after those with one; ties newest first. A new
 * order on a number is one line in SORT_ORDERS with this (e.g. a rating, when clips have one).
 */
export function descending(key: (job: Job) => number | null | undefined): Comparator {
  return (a, b) => {
    const x = key(a);
    const y = key(b);
    const hasX = typeof x === 'number' && Number.isFinite(x);
    const hasY = typeof y === 'number' && Number.isFinite(y);
    if (hasX !== hasY) return hasX ? -1 : 1;
    if (hasX && hasY && x !== y) return y - x;
    return compareJobs(a, b);
  };
}

const isDigit = (c: string) => c >= '0' && c <= '9';
const ALNUM = /^[\p{Alphabetic}\p{N}]$/u;
/** Spaces and punctuation, then ASCII digits, then letters and other numerals. */
const rank = (c: string) => (isDigit(c) ? 1 : ALNUM.test(c) ? 2 : 0);
function compareCodePoints(a: string, b: string): number {
  const x = [...a].map((c) => c.codePointAt(0)!);
  const y = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/**
 * Names in natural order, the one rule the UI and the engine's view share
 * (`compare_names` in crates/ulazai-engine/src/store/view/order.rs): a run of ASCII digits
 * is one number ("shots 2" before "shots 10"; leading zeros do not count); other
 * characters one by one, spaces and punctuation before digits before letters, letters by
 * their lowercase form (case does not tell names apart); a name that starts another comes
 * first. It agrees with `Intl.Collator(numeric, base)` on names of ASCII letters, digits
 * and spaces; unlike it, accents count and punctuation goes by code point.
 */
export function compareNames(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let i = 0;
  let j = 0;
  for (;;) {
    if (i >= x.length || j >= y.length) return (i < x.length ? 1 : 0) - (j < y.length ? 1 : 0);
    const c = x[i];
    const d = y[j];
    if (isDigit(c) && isDigit(d)) {
      let i2 = i;
      let j2 = j;
      while (i2 < x.length && isDigit(x[i2])) i2++;
      while (j2 < y.length && isDigit(y[j2])) j2++;
      const m = x.slice(i, i2).join('').replace(/^0+/, '');
      const n = y.slice(j, j2).join('').replace(/^0+/, '');
      if (m.length !== n.length) return m.length - n.length;
      if (m !== n) return m < n ? -1 : 1;
      i = i2;
      j = j2;
      continue;
    }
    const r = rank(c) - rank(d);
    if (r !== 0) return r;
    const l = compareCodePoints(c.toLowerCase(), d.toLowerCase());
    if (l !== 0) return l;
    i++;
    j++;
  }
}

const byName = { compare: compareNames };

/**
 * The line order of an imported list: "storyboard.csv, line 4" before line 10, a list's
 * takes of one line oldest first; lists by name ("shots 2" before "shots 10"), a pasted
 * list first; clips from no list after those from one, newest first.
 */
export const storyboardOrder: Comparator = (a, b) => {
  const p = a.storyboard;
  const q = b.storyboard;
  if (!p || !q) return p ? -1 : q ? 1 : compareJobs(a, b);
  if ((p.list ?? null) !== (q.list ?? null)) {
    if (p.list == null) return -1;
    if (q.list == null) return 1;
    const d = byName.compare(p.list, q.list);
    if (d !== 0) return d;
  }
  if (p.line !== q.line) return p.line - q.line;
  return oldestFirst(a, b);
};

/** Clips of one model together (models by name), newest first within; unknown model last. */
export const byModel: Comparator = (a, b) => {
  const x = a.model_slug ?? a.params?.model_slug ?? null;
  const y = b.model_slug ?? b.params?.model_slug ?? null;
  if (x !== y) {
    if (x === null) return 1;
    if (y === null) return -1;
    const d = byName.compare(x, y);
    if (d !== 0) return d;
  }
  return compareJobs(a, b);
};

/** Longest clip first (its real length, as the engine knows it); unknown lengths last. */
export const byLength: Comparator = descending((j) => (j.clip_seconds != null && j.clip_seconds > 0 ? j.clip_seconds : null));

/** Every order the grid offers, in the control's order. `compare: null`: the index's order.
 *  `label()`: its name in the window's language. */
export const SORT_ORDERS = [
  { value: 'newest', label: () => t('filters-sort-newest'), compare: null },
  { value: 'oldest', label: () => t('filters-sort-oldest'), compare: oldestFirst },
  { value: 'storyboard', label: () => t('filters-sort-storyboard'), compare: storyboardOrder },
  { value: 'model', label: () => t('filters-sort-model'), compare: byModel },
  { value: 'length', label: () => t('filters-sort-length'), compare: byLength },
  { value: 'rating', label: () => t('filters-sort-rating'), compare: descending((j) => j.rating) },
] as const satisfies readonly { value: string; label: () => string; compare: Comparator | null }[];

export type SortOrder = (typeof SORT_ORDERS)[number]['value'];
export const DEFAULT_SORT: SortOrder = 'newest';

/** A remembered order's name as an order (an unknown or missing one: newest first). */
export function parseSort(value: string | null | undefined): SortOrder {
  return SORT_ORDERS.find((o) => o.value === value)?.value ?? DEFAULT_SORT;
}

export function sortLabel(order: SortOrder): string {
  return (SORT_ORDERS.find((o) => o.value === order) ?? SORT_ORDERS[0]).label();
}

/** Where a sort order is remembered: all clips, Unfiled, or one folder. */
export function sortPlace(folder: FolderSelector): string {
  return typeof folder === 'string' ? folder : `folder:${folder.id}`;
}

/** `jobs` (newest first, as the index keeps them) in `order`; the input itself for newest. */
export function sortJobs(jobs: readonly Job[], order: SortOrder): readonly Job[] {
  const compare = SORT_ORDERS.find((o) => o.value === order)?.compare ?? null;
  return compare === null ? jobs : [...jobs].sort(compare);
}
