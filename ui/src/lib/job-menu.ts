// Menus for a card: "Move to folder" and the full clip menu (right click, Shift+F10, ⋯).
import { copyPath, copyUrl } from './actions/clipboard';
import { setMarks } from './actions/curation';
import { exportClips } from './actions/clips-out';
import { askDeleteClips, deleteClips } from './actions/delete';
import { moveJobs, openResult, removeJob, retryJob } from './actions/jobs';
import { downloadResult, openLocalFile, revealLocalFile } from './actions/library';
import { MAX_STARS, type MarkChange } from './curation';
import { isUnfiled } from './jobs-core';
import { canReuse, fillFormFrom } from './reuse';
import { app } from './stores/app.svelte';
import { compare } from './stores/compare.svelte';
import { jobs } from './stores/jobs.svelte';
import { actionTargets } from './selection';
import { selection } from './stores/selection.svelte';
import { ASK_SELECTED, tray } from './stores/tray.svelte';
import { t } from './stores/locale.svelte';
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
    { label: t('clips-unfiled'), run: () => void moveJobs(ids, null), checked: isUnfiled(job, jobs.folderIds) },
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
    { label: t('clips-menu-pick'), run: mark({ flag: 'pick' }), keys: 'P', checked: job.flag === 'pick', testid: 'card-pick', separatorBefore: true },
    { label: t('clips-menu-reject'), run: mark({ flag: 'reject' }), keys: 'X', checked: job.flag === 'reject', testid: 'card-reject' },
  ];
  if (job.flag) items.push({ label: t('clips-menu-unflag'), run: mark({ flag: 'unflagged' }), keys: 'U', testid: 'card-unflag' });
  for (let n = 1; n <= MAX_STARS; n++) {
    items.push({ label: t('clips-menu-rate', { rating: n }), run: mark({ rating: n }), keys: String(n), checked: job.rating === n, testid: `card-rate-${n}` });
  }
  if (job.rating) items.push({ label: t('clips-menu-clear-stars'), run: mark({ rating: 0 }), keys: '0', testid: 'card-rate-0' });
  return items;
}

/** "Delete clip…" (its file to the trash, after a question) and, for saved clips, "Remove
 *  from library" (the file stays on disk), for the clips `job` stands for. */
function deleteItems(job: Job): MenuItem[] {
  const ids = targetIds(job);
  const n = ids.length;
  // A large selection is read from what is cached (the menu never fetches every body).
  const saved = ids.some((id) => jobs.get(id, n <= ASK_SELECTED)?.local_file);
  const items: MenuItem[] = [
    { label: t('clips-menu-delete', { count: n }), run: () => void askDeleteClips(ids), keys: t('clips-key-delete'), danger: true, separatorBefore: true, testid: 'card-delete' },
  ];
  if (saved) {
    items.push({ label: t('clips-menu-remove-from-library', { count: n }), run: () => void deleteClips(ids, true), keys: t('clips-key-shift-delete'), testid: 'card-remove-library' });
  }
  return items;
}

export function openMoveMenu(job: Job, anchor: HTMLElement): void {
  const r = anchor.getBoundingClientRect();
  const n = targetIds(job).length;
  menu.open({
    x: r.left,
    y: r.bottom + 4,
    label: t('clips-menu-move', { count: n }),
    items: moveItems(job),
    returnFocus: anchor,
  });
}

/** The clip menu (right click, Shift+F10, the card's "⋯"): every action on the clip. */
export function openContextMenu(job: Job, x: number, y: number, returnFocus: HTMLElement | null): void {
  const url = job.status === 'completed' ? firstSafeUrl(job.result_urls, app.urlPolicy) : null;
  const file = job.local_file;
  const items: MenuItem[] = [{ label: t('clips-menu-details'), run: () => ui.showDetail(job.id), keys: t('clips-key-enter'), testid: 'card-details' }];
  if (file) {
    items.push(
      { label: t('clips-open-file'), run: () => void openLocalFile(job.id), testid: 'card-open-file-menu' },
      { label: t('clips-menu-reveal'), run: () => void revealLocalFile(job.id), testid: 'card-reveal-file' },
      { label: t('clips-menu-copy-path'), run: () => void copyPath(file), testid: 'card-copy-path' },
    );
  } else if (url) {
    items.push({ label: t('clips-save-to-library'), run: () => void downloadResult(job.id), testid: 'card-save-menu' });
  }
  if (url) {
    items.push(
      { label: t('clips-menu-open-browser'), run: () => void openResult(job), testid: 'card-open-result' },
      { label: t('clips-copy-link'), run: () => void copyUrl(url), testid: 'card-copy-link' },
    );
  }
  if (job.status === 'completed' && (file || url)) {
    const all = targetIds(job);
    const ids = all.filter((id) => jobs.get(id, all.length <= ASK_SELECTED)?.status === 'completed');
    items.push({ label: t('clips-menu-export', { count: ids.length }), run: () => void exportClips(ids), testid: 'card-export' });
  }
  if (job.status === 'completed') {
    const inTray = tray.has(job.id);
    items.push({
      label: inTray ? t('clips-menu-take-out-of-merge') : t('clips-add-to-merge'),
      run: () => (inTray ? tray.remove(job.id) : tray.add(job.id)),
      testid: 'card-merge-menu',
    });
  }
  if (targetIds(job).length > 1 && selection.has(job.id)) {
    const c = compare.choice;
    items.push({ label: c.reason ?? t('clips-menu-compare', { count: c.ids.length }), run: () => compare.openSelection(), keys: 'C', disabled: !!c.reason, testid: 'card-compare' });
  }
  if (job.status === 'failed') items.push({ label: t('clips-retry'), run: () => void retryJob(job.id), disabled: !job.params, testid: 'card-retry-menu' });
  if (job.status === 'failed' && canReuse(job)) items.push({ label: t('clips-edit-retry'), run: () => fillFormFrom(job, true), testid: 'card-edit-retry-menu' });
  if (canReuse(job)) items.push({ label: t('clips-use-prompt'), run: () => fillFormFrom(job), testid: 'card-reuse' });
  items.push(...markItems(job));
  const n = targetIds(job).length;
  items.push(...deleteItems(job));
  moveItems(job).forEach((it, i) =>
    items.push({ ...it, label: t('clips-menu-move-to', { count: n, folder: it.label }), separatorBefore: i === 0 }),
  );
  items.push({ label: t('clips-menu-remove-from-view'), run: () => removeJob(job.id), danger: true, separatorBefore: true, testid: 'card-remove' });
  menu.open({ x, y, label: t('clips-menu-title'), items, returnFocus });
}
