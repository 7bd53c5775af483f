// Trims of the merge tray's clips: in and out points, snapped to frames, and the lengths
// they leave. Pure but for `formatSecs`, which speaks the window's language. (The cut itself
// is the engine's: ffmpeg, frame-accurate.)
import { FluentNumber } from '@fluent/bundle';
import type { Trim } from './bindings/Trim';
import { t } from './stores/locale.svelte';
import type { Job } from './types';

export type { Trim };

/** Frames per second when the provider does not say (the models render 24 fps). */
export const DEFAULT_FPS = 24;

/** The frame rate the provider reported for the clip, or null when it did not say. */
export function reportedFps(job: Job): number | null {
  const meta = job.provider_meta ?? {};
  for (const key of ['fps', 'frame_rate']) {
    const v = meta[key];
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
    if (Number.isFinite(n) && n >= 1 && n <= 240) return n;
  }
  return null;
}

/** The clip's frame rate, from what the provider reported. */
export function clipFps(job: Job): number {
  return reportedFps(job) ?? DEFAULT_FPS;
}

/** `secs` on the nearest frame boundary, within [0, full]. */
export function snap(secs: number, fps: number, full: number | null): number {
  const max = full ?? Number.POSITIVE_INFINITY;
  const s = Math.round(Math.max(0, Math.min(max, secs)) * fps) / fps;
  return Math.round(Math.min(s, max) * 1000) / 1000;
}

/** How long the clip plays once trimmed (null: its full length is not known). */
export function trimmedLength(full: number | null, trim: Trim | null | undefined): number | null {
  if (!trim) return full;
  const end = trim.out_secs ?? full;
  if (end === null) return null;
  return Math.max(0, Math.round((end - trim.in_secs) * 1000) / 1000);
}

/** No trim left once it keeps the whole clip. */
function normal(trim: Trim): Trim | null {
  return trim.in_secs <= 0 && trim.out_secs === null ? null : trim;
}

/**
 * Set the in point at `at`. An out point at or before it is dropped (the clip then plays
 * to its end); the in point stays at least one frame before the end.
 */
export function withIn(trim: Trim | null, at: number, full: number | null, fps: number): Trim | null {
  let inAt = snap(at, fps, full);
  if (full !== null) inAt = Math.min(inAt, snap(full - 1 / fps, fps, full));
  const out = trim?.out_secs ?? null;
  return normal({ in_secs: inAt, out_secs: out !== null && out > inAt ? out : null });
}

/**
 * Set the out point at `at` (at the clip's end: no out point). Unchanged when `at` is not
 * after the in point: a clip keeps at least one frame.
 */
export function withOut(trim: Trim | null, at: number, full: number | null, fps: number): Trim | null {
  const inAt = trim?.in_secs ?? 0;
  const outAt = snap(at, fps, full);
  if (outAt <= inAt) return trim;
  const atEnd = full !== null && outAt >= full - 0.5 / fps;
  return normal({ in_secs: inAt, out_secs: atEnd ? null : outAt });
}

/** "1.25 s" (as the language writes decimals) — trims are about fractions of a second. */
export function formatSecs(secs: number): string {
  const seconds = new FluentNumber(Math.round(secs * 100) / 100, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });
  return t('trim-seconds', { seconds });
}
