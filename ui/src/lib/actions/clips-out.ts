// Clips leaving the app as files: "Export selected…" into a folder the creator picks
// (export://progress reports), and dragging saved clips out of the window.
import { call } from '../ipc';
import { plural } from '../format';
import { toasts } from '../stores/toasts.svelte';
import { fail } from './report';

/** Pick a folder, copy the clips there (saving first those not in the library yet). */
export async function exportClips(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  try {
    const dir = await call('export_clips', { ids });
    if (dir !== null) toasts.success(`Exported ${plural(ids.length, 'clip')} to ${dir}`);
  } catch (e) {
    fail("Couldn't export", e);
  }
}
