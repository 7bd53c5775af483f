// How a job reads on a card: status label and class, elapsed time, estimate. Pure.
import { formatElapsed, formatEstimate, parseTime } from './format';
import { isOtherStatus } from './jobs-core';
import type { Job } from './types';

export function statusLabel(status: string): string {
  switch (status) {
    case 'pending':
      return 'Waiting';
    case 'processing':
      return 'Rendering';
    case 'completed':
      return 'Completed';
    case 'failed':
      return 'Failed';
    default:
      return status ? status.charAt(0).toUpperCase() + status.slice(1).replaceAll('_', ' ') : 'Unknown';
  }
}

export function statusClass(status: string): string {
  return isOtherStatus(status) ? 'st-other' : `st-${status}`;
}

/**
 * Elapsed time text for the badge: running jobs count up from created_at; finished jobs
 * show how long they took (when both timestamps are known).
 */
export function jobElapsed(job: Job, now: number): string | null {
  const start = parseTime(job.created_at);
  if (start === null) return null;
  if (job.status === 'completed' || job.status === 'failed') {
    const end = parseTime(job.completed_at);
    return end === null ? null : formatElapsed(end - start);
  }
  return formatElapsed(now - start);
}

/** Estimate while rendering, from the model's typical render time. */
export function jobEstimate(job: Job, now: number, typical: [number, number] | null | undefined): string | null {
  if (job.status !== 'pending' && job.status !== 'processing') return null;
  const start = parseTime(job.created_at);
  if (start === null) return null;
  return formatEstimate(now - start, typical);
}

/** A one-line summary for screen readers. */
export function jobSummary(job: Job, modelName: string): string {
  const prompt = (job.prompt ?? '').trim();
  const short = prompt.length > 80 ? `${prompt.slice(0, 80)}…` : prompt;
  return [statusLabel(job.status), modelName, short || 'no prompt'].join(', ');
}

/** A readable mode: "text_to_video" -> "Text to video". */
export function modeLabel(mode: string | null | undefined): string | null {
  if (!mode) return null;
  const s = mode.replaceAll('_', ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}
