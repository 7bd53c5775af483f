// How a job reads on a card: status label and class, elapsed time, estimate. Pure.
import { formatClipLength, formatEstimate, formatRenderTime, parseTime } from './format';
import { isOtherStatus } from './jobs-core';
import { t } from './stores/locale.svelte';
import type { Job } from './types';

export function statusLabel(status: string): string {
  return t('clips-status', { status: status || 'unknown', raw: readable(status) });
}

/** A service word made readable: "queued_upstream" -> "Queued upstream". */
function readable(word: string): string {
  const s = word.replaceAll('_', ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function statusClass(status: string): string {
  return isOtherStatus(status) ? 'st-other' : `st-${status}`;
}

/**
 * How long the render took, in words (never in a clip length's m:ss): running jobs count
 * up from created_at ("40 s"), a completed one says "Rendered in 1 min 22 s", a failed one
 * "after 40 s" (when both timestamps are known).
 */
export function jobRenderTime(job: Job, now: number): string | null {
  const start = parseTime(job.created_at);
  if (start === null) return null;
  if (job.status === 'completed' || job.status === 'failed') {
    const end = parseTime(job.completed_at);
    if (end === null) return null;
    const took = formatRenderTime(end - start);
    return job.status === 'completed' ? t('clips-rendered-in', { time: took }) : t('clips-failed-after', { time: took });
  }
  return formatRenderTime(now - start);
}

/** The clip's real length ("0:08"), as the engine knows it; null while unknown. */
export function jobLength(job: Job): string | null {
  const secs = job.clip_seconds;
  return typeof secs === 'number' && secs > 0 ? formatClipLength(secs) : null;
}

/** Estimate while rendering, from the model's typical render time. */
export function jobEstimate(job: Job, now: number, typical: [number, number] | null | undefined): string | null {
  if (job.status !== 'pending' && job.status !== 'processing') return null;
  const start = parseTime(job.created_at);
  if (start === null) return null;
  return formatEstimate(now - start, typical);
}

/**
 * How far a render is through its model's usual time (0 to 0.95), for the card's progress
 * bar; null when the usual time is not known or the job is not rendering. An estimate, so it
 * stops short of the end until the render itself ends.
 */
export function renderProgress(job: Job, now: number, typical: readonly [number, number] | null | undefined): number | null {
  if (!typical || (job.status !== 'pending' && job.status !== 'processing')) return null;
  const start = parseTime(job.created_at);
  const usual = Math.max(typical[0], typical[1]);
  if (start === null || !(usual > 0)) return null;
  return Math.min(0.95, Math.max(0, (now - start) / (usual * 1000)));
}

/** A one-line summary for screen readers. */
export function jobSummary(job: Job, modelName: string): string {
  const prompt = (job.prompt ?? '').trim();
  const short = prompt.length > 80 ? `${prompt.slice(0, 80)}…` : prompt;
  return t('clips-summary', { status: statusLabel(job.status), model: modelName, prompt: short || t('clips-summary-no-prompt') });
}

/** A readable mode: "text_to_video" -> "Text to video". */
export function modeLabel(mode: string | null | undefined): string | null {
  if (!mode) return null;
  return t('clips-mode', { mode, raw: readable(mode) });
}
