// How the library is seen: what its clips cost (the engine's figures, asked again shortly
// after a clip's charge, refund or folder changes, and when the day ends), the grid's
// sort order, remembered per place across restarts, and whether takes are stacked
// (remembered too).
import { call } from '../ipc';
import { sortPlace, type SortOrder } from '../sort';
import { jobs } from '../stores/jobs.svelte';
import { t } from '../stores/locale.svelte';
import { spending } from '../stores/spending.svelte';
import { takes } from '../stores/takes.svelte';
import { saveSettings } from './settings';
import type { Job } from '../types';
import { fail } from './report';

/** Sort the place in view (all clips, Unfiled or a folder) and remember it there. */
export async function chooseSort(order: SortOrder): Promise<void> {
  const place = sortPlace(jobs.filter.folder);
  jobs.setSort(order);
  try {
    jobs.setSortOrders(await call('set_sort_order', { place, order }));
  } catch (e) {
    fail(t('filters-sort-failed'), e);
  }
}

/** Stack each shot's takes into one card (or not), and remember it. */
export function stackTakes(on: boolean): void {
  takes.setStacked(on);
  void saveSettings({ stack_takes: on });
}

/** The figures now; the next look is set for the end of the day (a new day starts at 0). */
export async function loadSpending(): Promise<void> {
  try {
    spending.set(await call('get_spending'));
  } catch {
    // No engine yet (starting, switching): the next change asks again.
    return;
  }
  const ends = Date.parse(spending.current?.day_ends_at ?? '');
  if (Number.isFinite(ends)) {
    clearTimeout(dayTimer);
    // At most 6 h ahead: after a sleep the timer may fire late, never days late.
    const wait = Math.min(Math.max(ends - Date.now(), 0) + 1000, 6 * 3600_000);
    dayTimer = setTimeout(() => void loadSpending(), wait);
  }
}
let dayTimer: ReturnType<typeof setTimeout> | undefined;
let soon: ReturnType<typeof setTimeout> | null = null;

/** Ask again shortly (changes come in bursts while renders finish: one look per burst). */
export function scheduleSpending(): void {
  soon ??= setTimeout(() => {
    soon = null;
    void loadSpending();
  }, 400);
}

/** Does this change of a job change what the clips cost, or where? (`prev` undefined: new.) */
export function changesSpending(prev: Job | undefined, next: Job | null): boolean {
  if (!prev || !next) return true;
  return prev.credits_charged !== next.credits_charged || prev.credits_refunded !== next.credits_refunded || prev.folder_id !== next.folder_id;
}
