// Clips leaving the app as files: "Export selected…" into a folder the creator picks
// (export://progress reports), and dragging saved clips out of the window.
import { call } from '../ipc';
import { jobs } from '../stores/jobs.svelte';
import { t } from '../stores/locale.svelte';
import { toasts } from '../stores/toasts.svelte';
import { downloadResult } from './library';
import { fail } from './report';

/** Pick a folder, copy the clips there (saving first those not in the library yet). */
export async function exportClips(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  try {
    const dir = await call('export_clips', { ids });
    if (dir !== null) toasts.success(t('merge-exported', { count: ids.length, dir }));
  } catch (e) {
    fail(t('merge-export-failed'), e);
  }
}

/**
 * The pointer left the window while dragging cards: hand the saved clips to the OS as
 * files (the mouse button is still down, so the drag goes on outside). Clips not in the
 * library yet are saved now (progress on their cards) and can be dragged once saved.
 * Answers whether an OS drag started.
 */
export async function dragOut(ids: string[]): Promise<boolean> {
  // The drag's clips are on screen (cached): no question to the engine then.
  const bodies = await jobs.fetch(ids);
  const saved = bodies.filter((j) => !!j.local_file).map((j) => j.id);
  const unsaved = bodies.filter((j) => !j.local_file && j.status === 'completed').map((j) => j.id);
  for (const id of unsaved) void downloadResult(id);
  if (unsaved.length) toasts.show(t('merge-drag-saving', { count: unsaved.length }));
  if (saved.length === 0) return false;
  try {
    await call('drag_out_clips', { ids: saved });
    return true;
  } catch (e) {
    fail(t('merge-drag-failed'), e);
    return false;
  }
}
