// Menus for a card: "Move to folder" and the full context menu (right click / ⋯).
import { copyUrl } from './actions/clipboard';
import { moveJobs, openResult, removeJob, retryJob } from './actions/jobs';
import { isUnfiled } from './jobs-core';
import { app } from './stores/app.svelte';
import { jobs } from './stores/jobs.svelte';
import { selection } from './stores/selection.svelte';
import { menu, ui, type MenuItem } from './stores/ui.svelte';
import { firstSafeUrl } from './url';
import type { Job } from './types';

/** The clips an action on `job` applies to: the selection if the job is in it, else the job. */
export function targetIds(job: Job): string[] {
  return selection.has(job.id) && selection.count > 1 ? selection.ids.slice() : [job.id];
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

export function openContextMenu(job: Job, x: number, y: number, returnFocus: HTMLElement | null): void {
  const url = firstSafeUrl(job.result_urls, app.urlPolicy);
  const items: MenuItem[] = [
    { label: 'Show details', run: () => ui.showDetail(job.id) },
    { label: 'Open result', run: () => void openResult(job), disabled: !url },
    { label: 'Copy link', run: () => url && void copyUrl(url), disabled: !url },
  ];
  if (job.status === 'failed') items.push({ label: 'Retry', run: () => void retryJob(job.id), disabled: !job.params });
  const n = targetIds(job).length;
  moveItems(job).forEach((it, i) =>
    items.push({ ...it, label: `Move ${n > 1 ? `${n} clips ` : ''}to ${it.label}`, separatorBefore: i === 0 }),
  );
  items.push({ label: 'Remove from view', run: () => void removeJob(job.id), danger: true, separatorBefore: true });
  menu.open({ x, y, label: 'Clip actions', items, returnFocus });
}
