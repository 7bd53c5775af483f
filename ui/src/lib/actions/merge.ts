// Merging the tray's clips, on ulazai.com or on this computer, and cancelling a local merge.
import { focusSoon } from '../dom';
import { call } from '../ipc';
import { jobs } from '../stores/jobs.svelte';
import { localMerge } from '../stores/local-merge.svelte';
import { t } from '../stores/locale.svelte';
import { selection } from '../stores/selection.svelte';
import { settingsForm } from '../stores/settings-form.svelte';
import { toasts } from '../stores/toasts.svelte';
import { tray } from '../stores/tray.svelte';
import { trims } from '../stores/trims.svelte';
import { ui } from '../stores/ui.svelte';
import type { CommandError, MergePlace } from '../types';
import { fail } from './report';

/**
 * Merge the tray in play order. `auto`: on ulazai.com when the web account is connected,
 * else on this computer; `local`: always on this computer (ffmpeg). With trims set, on this
 * computer, unless `ignoreTrims` (the creator chose the server merge, told it cannot trim).
 */
export async function mergeTray(place: MergePlace = 'auto', ignoreTrims = false): Promise<void> {
  const ids = tray.order.slice();
  if (ids.length < 2 || tray.busy || localMerge.running) return;
  tray.busy = true;
  try {
    // Trimmed clips are merged on this computer: the server's merge cannot trim.
    const trimmed = trims.any(ids) && !ignoreTrims;
    const started = await call('merge_clips', {
      clips: ids.map((id) => ({ id, trim: trimmed ? trims.get(id) : null })),
      place: trimmed ? 'local' : place,
    });
    if (started.job) {
      // On the server: the output card is there at once; the tray's work is done.
      jobs.upsert(started.job, true);
      tray.clear();
      void jobs.reveal(started.job.id);
      ui.focusJob(started.job.id, true, true);
      toasts.success(t('merge-started-server', { count: ids.length }));
    } else {
      // On this computer: the tray shows progress and Cancel until merge://progress says done
      // (boot.ts then empties the tray and focuses the output card).
      localMerge.onProgress({ merge_id: started.merge_id, stage: 'downloading', fraction: 0, message: null, job_id: null, stream_copy: null });
      void focusSoon('[data-testid="merge-cancel"]');
      toasts.show(t('merge-started-local', { count: ids.length }));
    }
  } catch (e) {
    const ce = e as CommandError;
    switch (ce.code) {
      case 'ffmpeg_missing':
        localMerge.ffmpeg = { available: false, how_to_install: ce.message };
        break;
      case 'ffmpeg_path':
        showBadFfmpegPath(ce.message);
        break;
      default:
        fail(t('merge-failed'), e);
    }
  } finally {
    tray.busy = false;
  }
}

/** Clear: empties the tray and the selection; Undo puts both back (order included). */
export function clearTray(): void {
  if (localMerge.running || tray.order.length + selection.count === 0) return;
  const restore = tray.clear();
  void focusSoon('[data-testid="job-card"][tabindex="0"], [data-testid="job-grid"], #gen-prompt');
  toasts.undoable(t('merge-cleared'), () => {
    restore();
    void focusSoon('[data-testid="merge-tray-item"][tabindex="0"]');
  });
}

export async function cancelMerge(): Promise<void> {
  const m = localMerge.progress;
  if (!m) return;
  try {
    await call('cancel_merge', { merge_id: m.merge_id });
  } catch (e) {
    fail(t('merge-cancel-failed'), e);
  }
}

/** The ffmpeg chosen in Settings cannot be used: say so beside that setting, and offer to
 *  go there (installing ffmpeg would not help). */
function showBadFfmpegPath(message: string): void {
  settingsForm.refuse('ffmpeg_path', message, undefined);
  toasts.error(message, {
    label: t('merge-open-settings'),
    run: () => ui.openSettings('ffmpeg-path'),
  });
}
