// Jobs: start, check, retry, remove, move, open. Jobs reach the grid through job://updated;
// answers are also applied (idempotent upsert) so the UI never waits for an event to show
// what the user just did.
import { focusSoon, PROMPT } from '../dom';
import { call } from '../ipc';
import { renderingText } from '../glossary';
import { takeOrigin } from '../reuse';
import { jobs } from '../stores/jobs.svelte';
import { t } from '../stores/locale.svelte';
import { selection } from '../stores/selection.svelte';
import { takes } from '../stores/takes.svelte';
import { toasts } from '../stores/toasts.svelte';
import { ui } from '../stores/ui.svelte';
import type { FieldError, GenerateParams, Job } from '../types';
import { fail } from './report';

/** What the backend's checks say about the form now (empty: fine). Rejects when it cannot tell. */
export function validateGenerate(params: GenerateParams): Promise<FieldError[]> {
  return call('validate_generate', { params });
}

/**
 * Starts the form's batch and shows its first card (keeping typing focus in the form): an
 * Edit & retry's clips are takes of the failed clip's shot. Rejects with the CommandError,
 * which the form shows next to its fields.
 */
export async function generate(params: GenerateParams): Promise<Job[]> {
  const started = await call('generate', { params, take_of: takeOrigin() });
  jobs.upsertMany(started, true);
  toasts.success(renderingText(started.length));
  if (started[0]) {
    void jobs.reveal(started[0].id);
    ui.focusJob(started[0].id, true, false);
  }
  return started;
}

export async function retryJob(id: string): Promise<void> {
  try {
    const started = await call('retry_job', { id });
    jobs.upsertMany(started, true);
    toasts.success(t('clips-rendering-again', { count: started.length }));
  } catch (e) {
    fail(t('clips-retry-failed'), e);
  }
}

/**
 * "Remove from view": the card goes at once, the removal is made when the toast closes, and
 * Undo brings the card back. Focus that was on the card (or its detail panel) moves to its
 * neighbour in the grid, so it never falls back to the page.
 */
export function removeJob(id: string): void {
  if (!jobs.has(id)) return;
  const visible = takes.ids;
  const at = visible.indexOf(id);
  const neighbour = at < 0 ? null : (visible[at + 1] ?? visible[at - 1] ?? null);
  const focused = document.activeElement;
  const hadFocus = !!focused?.closest(`[data-job-id="${CSS.escape(id)}"]`);
  jobs.hide(id);
  selection.prune((x) => x !== id);
  if (ui.detailId === id) ui.showDetail(null);
  if (hadFocus) {
    if (neighbour) ui.focusJob(neighbour, false, true);
    else {
      ui.openPanel(); // the form, where the panel is a drawer
      void focusSoon(PROMPT);
    }
  }
  toasts.undoable(
    t('clips-removed-from-view'),
    () => {
      jobs.show(id);
      void jobs.reveal(id);
      ui.focusJob(id, true, true);
    },
    () => void commitRemove(id),
  );
}

async function commitRemove(id: string): Promise<void> {
  try {
    await call('remove_job', { id });
    jobs.remove(id);
  } catch (e) {
    jobs.show(id);
    fail(t('clips-remove-failed'), e);
  }
}

export async function moveJobs(ids: string[], folderId: string | null): Promise<void> {
  if (ids.length === 0) return;
  try {
    const moved = await call('move_jobs', { ids, folder_id: folderId });
    jobs.upsertMany(moved, true);
    const folder = folderId === null ? t('clips-unfiled') : (jobs.folders.find((f) => f.id === folderId)?.name ?? t('clips-a-folder'));
    toasts.success(t('clips-moved', { count: ids.length, folder }));
  } catch (e) {
    fail(t('clips-move-failed'), e);
  }
}

export async function openResult(job: Job): Promise<void> {
  try {
    await call('open_result', { id: job.id });
  } catch (e) {
    fail(t('clips-open-failed'), e);
  }
}
