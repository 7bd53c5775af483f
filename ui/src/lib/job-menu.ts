// i18n: pending (its words are not in the catalog yet)
// Menus for a card: "Move to folder" and the full clip menu (right click, Shift+F10, ⋯).
import { copyPath, copyUrl } from './actions/clipboard';
import { setMarks } from './actions/curation';
import { exportClips } from './actions/clips-out';
import { askDeleteClips, deleteClips } from './actions/delete';
import { moveJobs, openResult, removeJob, retryJob } from './actions/jobs';
import { downloadResult, openLocalFile, revealLocalFile } from './actions/library';
import { MAX_STARS, starsText, type MarkChange } from './curation';
import { isUnfiled } from './jobs-core';
import { canReuse, fillFormFrom } from './reuse';
import { app } from './stores/app.svelte';
import { compare } from './stores/compare.svelte';
import { jobs } from './stores/jobs.svelte';
import { actionTargets } from './selection';
import { selection } from './stores/selection.svelte';
import { tray } from './stores/tray.svelte';
import { menu, ui, type MenuItem } from './stores/ui.svelte';
import { firstSafeUrl } from './url';
import type { Job } from './types';

/** The clips an action on `job` applies to: the selection if the job is in it, else the job. */
export function targetIds(job: Job): string[] {
  return actionTargets(selection.ids, job.id);
}

function moveItems(job: Job): MenuItem[] {
  const ids = targetIds(job);
  const items: MenuItem[] = [
    { label: 'Unfiled', run: () => void moveJobs(ids, null), checked: isUnfiled(job, jobs.folderIds) },
  ];
  for (const f of jobs.folders) {
    items.push({ label: f.name, run: () => void moveJobs(ids, f.id), checked: job.folder_id === f.id });
  }
  return items;
}

/** Pick / reject / unflag and the stars, with their keys, for the clips `job` stands for. */
function markItems(job: Job): MenuItem[] {
  const ids = targetIds(job);
  const mark = (change: MarkChange) => () => void setMarks(ids, change);
  const items: MenuItem[] = [
    { label: 'Pick', run: mark({ flag: 'pick' }), keys: 'P', checked: job.flag === 'pick', testid: 'card-pick', separatorBefore: true },
    { label: 'Reject', run: mark({ flag: 'reject' }), keys: 'X', checked: job.flag === 'reject', testid: 'card-reject' },
  ];
  if (job.flag) items.push({ label: 'Unflag', run: mark({ flag: 'unflagged' }), keys: 'U', testid: 'card-unflag' });
  for (let n = 1; n <= MAX_STARS; n++) {
    items.push({ label: `Rate ${starsText(n)}`, run: mark({ rating: n }), keys: String(n), checked: job.rating === n, testid: `card-rate-${n}` });
  }
  if (job.rating) items.push({ label: 'Clear the stars', run: mark({ rating: 0 }), keys: '0', testid: 'card-rate-0' });
  return items;
}

/** "Delete clip…" (its file to the trash, after a question) and, for saved clips, "Remove
 *  from library" (the file stays on disk), for the clips `job` stands for. */
function deleteItems(job: Job): MenuItem[] {
  const ids = targetIds(job);
  const n = ids.length;
  const saved = ids.some((id) => jobs.get(id)?.local_file);
  const items: MenuItem[] = [
    { label: n > 1 ? `Delete ${n} clips…` : 'Delete clip…', run: () => void askDeleteClips(ids), keys: 'Del', danger: true, separatorBefore: true, testid: 'card-delete' },
  ];
  if (saved) {
    items.push({ label: n > 1 ? `Remove ${n} clips from library` : 'Remove from library', run: () => void deleteClips(ids, true), keys: 'Shift+Del', testid: 'card-remove-library' });
  }
  return items;
}

export function openMoveMenu(job: Job, anchor: HTMLElement): void {
  const r = anchor.getBoundingClientRect();
  const n = targetIds(job).length;
  menu.open({
    x: r.left,
    y: r.bottom + 4,
    label: n > 1 ? `Move ${n} clips to` : 'Move to',
    items: moveItems(job),
    returnFocus: anchor,
  });
}

/** The clip menu (right click, Shift+F10, the card's "⋯"): every action on the clip. */
export function openContextMenu(job: Job, x: number, y: number, returnFocus: HTMLElement | null): void {
  const url = job.status === 'completed' ? firstSafeUrl(job.result_urls, app.urlPolicy) : null;
  const file = job.local_file;
  const items: MenuItem[] = [{ label: 'Show details', run: () => ui.showDetail(job.id), keys: 'Enter', testid: 'card-details' }];
  if (file) {
    items.push(
      { label: 'Open file', run: () => void openLocalFile(job.id), testid: 'card-open-file-menu' },
      { label: 'Show in folder', run: () => void revealLocalFile(job.id), testid: 'card-reveal-file' },
      { label: 'Copy file path', run: () => void copyPath(file), testid: 'card-copy-path' },
    );
  } else if (url) {
    items.push({ label: 'Save into the library', run: () => void downloadResult(job.id), testid: 'card-save-menu' });
  }
  if (url) {
    items.push(
      { label: 'Open in browser', run: () => void openResult(job), testid: 'card-open-result' },
      { label: 'Copy link', run: () => void copyUrl(url), testid: 'card-copy-link' },
    );
  }
  if (job.status === 'completed' && (file || url)) {
    const ids = targetIds(job).filter((id) => jobs.get(id)?.status === 'completed');
    items.push({ label: ids.length > 1 ? `Export ${ids.length} clips…` : 'Export…', run: () => void exportClips(ids), testid: 'card-export' });
  }
  if (job.status === 'completed') {
    const inTray = tray.has(job.id);
    items.push({
      label: inTray ? 'Take out of the merge' : 'Add to merge',
      run: () => (inTray ? tray.remove(job.id) : tray.add(job.id)),
      testid: 'card-merge-menu',
    });
  }
  if (targetIds(job).length > 1 && selection.has(job.id)) {
    const c = compare.choice;
    items.push({ label: c.reason ?? `Compare ${c.ids.length} clips`, run: () => compare.openSelection(), keys: 'C', disabled: !!c.reason, testid: 'card-compare' });
  }
  if (job.status === 'failed') items.push({ label: 'Retry', run: () => void retryJob(job.id), disabled: !job.params, testid: 'card-retry-menu' });
  if (job.status === 'failed' && canReuse(job)) items.push({ label: 'Edit & retry', run: () => fillFormFrom(job, true), testid: 'card-edit-retry-menu' });
  if (canReuse(job)) items.push({ label: 'Use this prompt', run: () => fillFormFrom(job), testid: 'card-reuse' });
  items.push(...markItems(job));
  const n = targetIds(job).length;
  items.push(...deleteItems(job));
  moveItems(job).forEach((it, i) =>
    items.push({ ...it, label: `Move ${n > 1 ? `${n} clips ` : ''}to ${it.label}`, separatorBefore: i === 0 }),
  );
  items.push({ label: 'Remove from view', run: () => removeJob(job.id), danger: true, separatorBefore: true, testid: 'card-remove' });
  menu.open({ x, y, label: 'Clip actions', items, returnFocus });
}
