// User actions: call the backend, report with a toast, keep stores in step with answers.
// Jobs reach the grid through job://updated; answers are also applied (idempotent upsert)
// so the UI never waits for an event to show what the user just did.
import { call } from './ipc';
import { describeError } from './errors';
import { app } from './stores/app.svelte';
import { jobs } from './stores/jobs.svelte';
import { selection } from './stores/selection.svelte';
import { toasts } from './stores/toasts.svelte';
import { tray } from './stores/tray.svelte';
import { ui } from './stores/ui.svelte';
import { safeMediaUrl } from './url';
import type { CommandError, Job } from './types';

function fail(prefix: string, e: unknown): void {
  toasts.error(`${prefix}: ${describeError(e as CommandError)}`);
}

export async function retryJob(id: string): Promise<void> {
  try {
    const started = await call('retry_job', { id });
    jobs.upsertMany(started);
    toasts.success(started.length === 1 ? 'Retry started' : `${started.length} retries started`);
  } catch (e) {
    fail("Couldn't retry", e);
  }
}

export async function removeJob(id: string): Promise<void> {
  try {
    await call('remove_job', { id });
    jobs.remove(id);
    selection.prune((x) => x !== id);
    if (ui.detailId === id) ui.showDetail(null);
    toasts.show('Removed from view');
  } catch (e) {
    fail("Couldn't remove", e);
  }
}

export async function moveJobs(ids: string[], folderId: string | null): Promise<void> {
  if (ids.length === 0) return;
  try {
    const moved = await call('move_jobs', { ids, folder_id: folderId });
    jobs.upsertMany(moved);
    const name = folderId === null ? 'Unfiled' : (jobs.folders.find((f) => f.id === folderId)?.name ?? 'folder');
    toasts.success(`Moved ${ids.length === 1 ? '1 clip' : `${ids.length} clips`} to ${name}`);
  } catch (e) {
    fail("Couldn't move", e);
  }
}

export async function createFolder(name: string): Promise<string | null> {
  try {
    const f = await call('create_folder', { name });
    jobs.upsertFolder(f);
    toasts.success(`Folder “${f.name}” created`);
    return f.id;
  } catch (e) {
    fail("Couldn't create the folder", e);
    return null;
  }
}

export async function renameFolder(id: string, name: string): Promise<boolean> {
  try {
    jobs.upsertFolder(await call('rename_folder', { id, name }));
    return true;
  } catch (e) {
    fail("Couldn't rename the folder", e);
    return false;
  }
}

export async function deleteFolder(id: string): Promise<void> {
  const name = jobs.folders.find((f) => f.id === id)?.name ?? 'Folder';
  try {
    await call('delete_folder', { id });
    jobs.removeFolder(id);
    toasts.show(`“${name}” deleted — its clips are back in Unfiled`);
  } catch (e) {
    fail("Couldn't delete the folder", e);
  }
}

export async function openResult(job: Job): Promise<void> {
  try {
    await call('open_result', { id: job.id });
  } catch (e) {
    fail("Couldn't open the result", e);
  }
}

export async function copyUrl(raw: string): Promise<void> {
  const url = safeMediaUrl(raw, { demo: app.demo });
  if (!url) {
    toasts.error('This URL is not a safe https link, so it was not copied.');
    return;
  }
  try {
    await navigator.clipboard.writeText(url);
  } catch {
    const ta = document.createElement('textarea');
    ta.value = url;
    ta.setAttribute('readonly', '');
    ta.className = 'visually-hidden';
    document.body.appendChild(ta);
    ta.select();
    document.execCommand('copy');
    ta.remove();
  }
  toasts.success('Link copied');
}

export async function mergeTray(): Promise<void> {
  const ids = tray.order.slice();
  if (ids.length < 2 || tray.busy) return;
  tray.busy = true;
  try {
    const out = await call('merge_jobs', { ids });
    jobs.upsert(out);
    selection.clear();
    ui.focusJob(out.id, true, false);
    toasts.success(`Merging ${ids.length} clips — the result appears as a new card`);
  } catch (e) {
    fail("Couldn't merge", e);
  } finally {
    tray.busy = false;
  }
}

export async function startDemo(): Promise<void> {
  try {
    app.setState(await call('start_demo'));
    await reloadModels(true);
    toasts.success('Demo started — jobs render on a local simulator, no credits used');
  } catch (e) {
    fail("Couldn't start the demo", e);
  }
}

export async function reloadModels(refresh: boolean): Promise<void> {
  try {
    app.models = await call('get_models', { refresh });
    app.modelsError = null;
  } catch (e) {
    app.modelsError = describeError(e as CommandError);
  }
}
