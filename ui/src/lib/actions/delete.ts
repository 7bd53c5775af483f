// i18n: pending (its words are not in the catalog yet)
// Deleting clips for real: their files to the system trash, or off the library only (files
// kept), one clip, a selection, the rejected clips in view, or a folder's clips. A question
// first (stores/confirm), then one command; the toast that follows offers Undo, which brings
// the cards and the files back.
import { focusSoon, PROMPT } from '../dom';
import { call } from '../ipc';
import { plural } from '../format';
import { confirm } from '../stores/confirm.svelte';
import { jobs } from '../stores/jobs.svelte';
import { selection } from '../stores/selection.svelte';
import { toasts } from '../stores/toasts.svelte';
import { ui } from '../stores/ui.svelte';
import type { Deleted, Folder } from '../types';
import { fail } from './report';

/** The cards of a delete leave the store, the selection and the details; focus that was on
 *  one of them moves to the clip after them in the grid (else the prompt). */
function cardsGone(ids: readonly string[]): void {
  const gone = new Set(ids);
  const visible = jobs.visibleIds;
  const focusedId = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-job-id]')?.dataset.jobId;
  const last = Math.max(-1, ...visible.map((id, i) => (gone.has(id) ? i : -1)));
  const neighbour = visible.slice(last + 1).find((id) => !gone.has(id)) ?? [...visible].reverse().find((id) => !gone.has(id)) ?? null;
  for (const id of ids) jobs.remove(id);
  selection.prune((x) => !gone.has(x));
  if (ui.detailId && gone.has(ui.detailId)) ui.showDetail(null);
  if (focusedId && gone.has(focusedId)) {
    if (neighbour) ui.focusJob(neighbour, false, true);
    else void focusSoon(PROMPT);
  }
}

/** The toast after a delete, with Undo while the delete is held. */
function told(done: Deleted, keepFiles: boolean): void {
  const n = done.removed.length;
  if (done.problem) toasts.error(`${plural(done.kept.length, 'clip')} kept: ${done.problem}`);
  if (n === 0) return;
  const what = keepFiles
    ? `${plural(n, 'clip')} removed from the library — the ${n === 1 ? 'file stays' : 'files stay'} on disk`
    : done.trashed > 0
      ? `${plural(n, 'clip')} deleted — ${done.trashed === 1 ? 'its file is' : `${done.trashed} files are`} in the trash`
      : `${plural(n, 'clip')} deleted`;
  if (done.undo > 0) toasts.undoable(what, () => void undoDelete(done.undo));
  else toasts.show(what);
}

/** Delete `ids` now (no question): files to the trash, or kept with `keepFiles`. */
export async function deleteClips(ids: readonly string[], keepFiles: boolean): Promise<Deleted | null> {
  if (ids.length === 0) return null;
  try {
    const done = await call('delete_clips', { ids: [...ids], keep_files: keepFiles });
    cardsGone(done.removed);
    told(done, keepFiles);
    return done;
  } catch (e) {
    fail(keepFiles ? "Couldn't remove the clips from the library" : "Couldn't delete", e);
    return null;
  }
}

/** Undo a delete: the cards (and files) come back, the first one in view. */
export async function undoDelete(undo: number): Promise<void> {
  try {
    const back = await call('undo_delete', { undo });
    jobs.upsertMany(back.jobs);
    if (back.jobs[0]) {
      jobs.reveal(back.jobs[0].id);
      ui.focusJob(back.jobs[0].id, true, true);
    }
    if (back.problem) toasts.error(back.problem);
    else toasts.success(`${plural(back.jobs.length, 'clip')} restored`);
  } catch (e) {
    fail("Couldn't undo the delete", e);
  }
}

/** "Delete clip…": asks first (to the trash, or off the library only), then deletes. */
export async function askDeleteClips(ids: readonly string[], rejected = false): Promise<void> {
  const n = ids.length;
  if (n === 0) return;
  const saved = ids.filter((id) => jobs.get(id)?.local_file).length;
  const them = n === 1 ? 'this clip leaves' : `these ${n} clips leave`;
  const choice = await confirm.ask({
    title: rejected ? `Delete ${plural(n, 'rejected clip')}?` : n === 1 ? 'Delete this clip?' : `Delete ${n} clips?`,
    message:
      saved > 0
        ? `${saved === 1 ? 'Its saved file goes' : `${saved} saved files go`} to the system trash, and ${them} the library. You can undo this right after.`
        : `${n === 1 ? 'It has' : 'They have'} no saved file: ${them} the library. You can undo this right after.`,
    choices: [
      ...(saved > 0 ? [{ value: 'keep' as const, label: 'Remove from library, keep files', testid: 'confirm-keep-files' }] : []),
      { value: 'trash' as const, label: saved > 0 ? 'Move to trash' : 'Delete', danger: true, testid: 'confirm-trash' },
    ],
  });
  if (choice) await deleteClips(ids, choice === 'keep');
}

/** The rejected clips among the clips in view (the place and filters in use). */
export function rejectedInView(): string[] {
  return jobs.visible.filter((j) => j.flag === 'reject').map((j) => j.id);
}

/** Deleting a folder asks what becomes of its clips: back to Unfiled, or to the trash too. */
export async function askDeleteFolder(folder: Folder): Promise<void> {
  const n = jobs.counts.byFolder.get(folder.id) ?? 0;
  const choice = await confirm.ask({
    title: `Delete the folder “${folder.name}”?`,
    message:
      n === 0
        ? 'The folder is empty.'
        : `It holds ${plural(n, 'clip')}. Move ${n === 1 ? 'it' : 'them'} back to Unfiled, or delete ${n === 1 ? 'it' : 'them'} with the folder (saved files go to the system trash; you can undo that right after).`,
    choices:
      n === 0
        ? [{ value: 'unfile' as const, label: 'Delete folder', danger: true, testid: 'confirm-folder-unfile' }]
        : [
            { value: 'unfile' as const, label: `Keep the clips in Unfiled`, testid: 'confirm-folder-unfile' },
            { value: 'trash' as const, label: `Delete ${plural(n, 'clip')} too`, danger: true, testid: 'confirm-folder-trash' },
          ],
  });
  if (!choice) return;
  try {
    const done = await call('delete_folder', { id: folder.id, clips: choice });
    jobs.removeFolder(folder.id);
    if (choice === 'trash') {
      cardsGone(done.removed);
      told(done, false);
    } else {
      toasts.show(n ? `“${folder.name}” deleted — its clips are back in Unfiled` : `“${folder.name}” deleted`);
    }
  } catch (e) {
    fail("Couldn't delete the folder", e);
  }
}
