// Deleting clips for real: their files to the system trash, or off the library only (files
// kept), one clip, a selection, the rejected clips in view, or a folder's clips. A question
// first (stores/confirm), then one command; the toast that follows offers Undo, which brings
// the cards and the files back.
import { focusSoon, PROMPT } from '../dom';
import { call } from '../ipc';
import { confirm } from '../stores/confirm.svelte';
import { jobs } from '../stores/jobs.svelte';
import { t } from '../stores/locale.svelte';
import { selection } from '../stores/selection.svelte';
import { toasts } from '../stores/toasts.svelte';
import { tray } from '../stores/tray.svelte';
import { ui } from '../stores/ui.svelte';
import type { Deleted, Folder } from '../types';
import { fail } from './report';

/** The cards of a delete leave the store, the selection and the details; focus that was on
 *  one of them moves to the clip after them in the grid (else the prompt). */
function cardsGone(ids: readonly string[]): void {
  const gone = new Set(ids);
  const visible = jobs.ids;
  const focusedId = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-job-id]')?.dataset.jobId;
  const last = Math.max(-1, ...visible.map((id, i) => (gone.has(id) ? i : -1)));
  const neighbour = visible.slice(last + 1).find((id) => !gone.has(id)) ?? [...visible].reverse().find((id) => !gone.has(id)) ?? null;
  jobs.removeMany(ids);
  selection.prune((x) => !gone.has(x));
  if (ui.detailId && gone.has(ui.detailId)) ui.showDetail(null);
  if (focusedId && gone.has(focusedId)) {
    if (neighbour) ui.focusJob(neighbour, false, true);
    else {
      ui.openPanel(); // the form, where the panel is a drawer
      void focusSoon(PROMPT);
    }
  }
}

/** The toast after a delete, with Undo while the delete is held; `putBack`: what puts the
 *  clips back into the merge tray (`tray.remember()` before the delete). */
function told(done: Deleted, keepFiles: boolean, putBack: (ids: readonly string[]) => void): void {
  const n = done.removed.length;
  if (done.problem) toasts.error(t('delete-kept', { count: done.kept.length, problem: done.problem }));
  if (n === 0) return;
  const what = keepFiles
    ? t('delete-removed-files-kept', { count: n })
    : done.trashed > 0
      ? t('delete-deleted-trashed', { count: n, trashed: done.trashed })
      : t('delete-deleted', { count: n });
  if (done.undo > 0) toasts.undoable(what, () => void undoDelete(done.undo, putBack));
  else toasts.show(what);
}

/** Delete `ids` now (no question): files to the trash, or kept with `keepFiles`. */
export async function deleteClips(ids: readonly string[], keepFiles: boolean): Promise<Deleted | null> {
  if (ids.length === 0) return null;
  const putBack = tray.remember();
  try {
    const done = await call('delete_clips', { ids: [...ids], keep_files: keepFiles });
    cardsGone(done.removed);
    told(done, keepFiles, putBack);
    return done;
  } catch (e) {
    fail(keepFiles ? t('delete-remove-failed') : t('delete-failed'), e);
    return null;
  }
}

/** Undo a delete: the cards (and files) come back, the first one in view, and the clips the
 *  merge tray held to their places in it. */
async function undoDelete(undo: number, putBack: (ids: readonly string[]) => void): Promise<void> {
  try {
    const back = await call('undo_delete', { undo });
    jobs.upsertMany(back.jobs, true);
    putBack(back.jobs.map((j) => j.id));
    if (back.jobs[0]) {
      void jobs.reveal(back.jobs[0].id);
      ui.focusJob(back.jobs[0].id, true, true);
    }
    if (back.problem) toasts.error(back.problem);
    else toasts.success(t('delete-restored', { count: back.jobs.length }));
  } catch (e) {
    fail(t('delete-undo-failed'), e);
  }
}

/** "Delete clip…": asks first (to the trash, or off the library only), then deletes. */
export async function askDeleteClips(ids: readonly string[], rejected = false): Promise<void> {
  const n = ids.length;
  if (n === 0) return;
  // A large selection's bodies are not all cached: asked (in batches) only for this count.
  const saved = (await jobs.fetch(ids).catch(() => [])).filter((j) => j.local_file).length;
  const choice = await confirm.ask({
    title: rejected ? t('delete-rejected-title', { count: n }) : t('delete-clips-title', { count: n }),
    message: saved > 0 ? t('delete-clips-message-saved', { count: n, saved }) : t('delete-clips-message-unsaved', { count: n }),
    choices: [
      ...(saved > 0 ? [{ value: 'keep' as const, label: t('delete-keep-files'), testid: 'confirm-keep-files' }] : []),
      { value: 'trash' as const, label: saved > 0 ? t('delete-move-to-trash') : t('delete-delete'), danger: true, testid: 'confirm-trash' },
    ],
  });
  if (choice) await deleteClips(ids, choice === 'keep');
}

/** The rejected clips among the clips in view (the place and filters in use), as the engine
 *  answers them with the view. */
export function rejectedInView(): readonly string[] {
  return jobs.rejected;
}

/** Deleting a folder asks what becomes of its clips: back to Unfiled, or to the trash too. */
export async function askDeleteFolder(folder: Folder): Promise<void> {
  // The counts as the engine answers every change so far (a clip moved into the folder a
  // moment ago, its counts still on their way, would make the folder read "empty").
  await jobs.settled();
  const n = jobs.counts.byFolder.get(folder.id) ?? 0;
  const choice = await confirm.ask({
    title: t('delete-folder-title', { name: folder.name }),
    message: n === 0 ? t('delete-folder-empty') : t('delete-folder-message', { count: n }),
    choices:
      n === 0
        ? [{ value: 'unfile' as const, label: t('delete-folder'), danger: true, testid: 'confirm-folder-unfile' }]
        : [
            { value: 'unfile' as const, label: t('delete-folder-keep-clips'), testid: 'confirm-folder-unfile' },
            { value: 'trash' as const, label: t('delete-folder-with-clips', { count: n }), danger: true, testid: 'confirm-folder-trash' },
          ],
  });
  if (!choice) return;
  const putBack = tray.remember();
  try {
    const done = await call('delete_folder', { id: folder.id, clips: choice });
    jobs.removeFolder(folder.id);
    if (choice === 'trash') {
      cardsGone(done.removed);
      told(done, false, putBack);
    } else {
      toasts.show(n ? t('delete-folder-done-unfiled', { name: folder.name }) : t('delete-folder-done', { name: folder.name }));
    }
  } catch (e) {
    fail(t('delete-folder-failed'), e);
  }
}
