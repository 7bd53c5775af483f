// User actions: call the backend, report with a toast, keep stores in step with answers.
// Jobs reach the grid through job://updated; answers are also applied (idempotent upsert)
// so the UI never waits for an event to show what the user just did.
import { call } from './ipc';
import { describeError } from './errors';
import { app } from './stores/app.svelte';
import { jobs } from './stores/jobs.svelte';
import { media } from './stores/media.svelte';
import { selection } from './stores/selection.svelte';
import { toasts } from './stores/toasts.svelte';
import { tray } from './stores/tray.svelte';
import { ui } from './stores/ui.svelte';
import { safeMediaUrl } from './url';
import type { CommandError, Job, MergePlace } from './types';

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
  const url = safeMediaUrl(raw, app.urlPolicy);
  if (!url) {
    toasts.error('This URL is not a safe https link, so it was not copied.');
    return;
  }
  await copyText(url);
  toasts.success('Link copied');
}

/** Puts text on the clipboard; falls back to a selected, hidden textarea. */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.className = 'visually-hidden';
    document.body.appendChild(ta);
    ta.select();
    document.execCommand('copy');
    ta.remove();
  }
}

/**
 * Merge the tray in play order. `auto`: on ulazai.com when the web account is connected,
 * else on this computer; `local`: always on this computer (ffmpeg).
 */
export async function mergeTray(place: MergePlace = 'auto'): Promise<void> {
  const ids = tray.order.slice();
  if (ids.length < 2 || tray.busy || media.merging) return;
  tray.busy = true;
  try {
    const started = await call('merge_jobs', { ids, place });
    if (started.job) {
      jobs.upsert(started.job);
      selection.clear();
      ui.focusJob(started.job.id, true, false);
      toasts.success(`Merging ${ids.length} clips on ulazai.com — the result appears as a new card`);
    } else {
      media.onMerge({ merge_id: started.merge_id, stage: 'downloading', fraction: 0, message: null, job_id: null, stream_copy: null });
      toasts.show(`Merging ${ids.length} clips on this computer…`);
    }
  } catch (e) {
    const ce = e as CommandError;
    if (ce.code === 'ffmpeg_missing') {
      media.ffmpeg = { available: false, how_to_install: ce.message };
    } else fail("Couldn't merge", e);
  } finally {
    tray.busy = false;
  }
}

export async function cancelMerge(): Promise<void> {
  const m = media.merge;
  if (!m) return;
  try {
    await call('cancel_merge', { merge_id: m.merge_id });
  } catch (e) {
    fail("Couldn't cancel the merge", e);
  }
}

export async function signInWeb(): Promise<void> {
  try {
    media.setSession(await call('sign_in_web'));
  } catch (e) {
    fail("Couldn't open the sign-in window", e);
  }
}

export async function signOutWeb(): Promise<void> {
  try {
    media.setSession(await call('sign_out_web'));
    toasts.show('Web account disconnected');
  } catch (e) {
    fail("Couldn't disconnect", e);
  }
}

export async function pickLibraryDir(): Promise<void> {
  try {
    media.library = await call('pick_library_dir');
    app.settings = await call('get_settings');
  } catch (e) {
    fail("Couldn't change the library folder", e);
  }
}

export async function openLocalFile(id: string): Promise<void> {
  try {
    await call('open_local_file', { id });
  } catch (e) {
    fail("Couldn't open the file", e);
  }
}

export async function revealLocalFile(id: string): Promise<void> {
  try {
    await call('reveal_local_file', { id });
  } catch (e) {
    fail("Couldn't show the file", e);
  }
}

export async function downloadResult(id: string): Promise<void> {
  try {
    await call('download_result', { id });
  } catch (e) {
    fail("Couldn't download", e);
  }
}


export async function copyPath(path: string): Promise<void> {
  await copyText(path);
  toasts.success('File path copied');
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
