// The compare view's arithmetic, pure: which selected clips it can show (two to four finished
// ones) or why not, how their panes are laid out, and the one transport's time: frame steps,
// clamping, and where each clip stands (a shorter clip holds its last frame).
import { t } from './stores/locale.svelte';
import { DEFAULT_FPS, reportedFps, snap } from './trim';
import type { Job } from './types';

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

/** The clips the compare view would show for a selection, or why it cannot open. */
export interface CompareChoice {
  /** Finished, playable clips of the selection, in the order they were selected. */
  ids: string[];
  /** Null when the view can open; else the sentence a disabled Compare shows. */
  reason: string | null;
}

/**
 * Of the `selected` clips, those the view compares: finished ones with something to play.
 * Others in the selection are left out; the view opens with two to four.
 */
export function compareChoice(
  selected: readonly string[],
  get: (id: string) => Job | undefined,
  playable: (job: Job) => boolean,
): CompareChoice {
  const ids = selected.filter((id) => {
    const job = get(id);
    return !!job && job.status === 'completed' && playable(job);
  });
  const others = selected.length - ids.length;
  let reason: string | null = null;
  if (ids.length > MAX_COMPARE) reason = t('compare-too-many', { max: MAX_COMPARE, count: ids.length });
  else if (ids.length < MIN_COMPARE && selected.length >= MIN_COMPARE)
    reason = t('compare-not-ready', { min: MIN_COMPARE, max: MAX_COMPARE, others, selected: selected.length });
  else if (ids.length < MIN_COMPARE) reason = t('compare-select', { min: MIN_COMPARE, max: MAX_COMPARE });
  return { ids, reason };
}

/** Panes in columns and rows: 2 side by side, 3 in a row, 4 as 2 × 2. */
export function compareLayout(count: number): { cols: number; rows: number } {
  if (count <= 1) return { cols: 1, rows: 1 };
  if (count === 4) return { cols: 2, rows: 2 };
  return { cols: count, rows: 1 };
}

/**
 * The transport's frame rate: the finest the clips report (a step is then never more than one
 * frame of any of them), or 24 fps, assumed, when none says.
 */
export function compareFps(jobs: readonly Job[]): { fps: number; assumed: boolean } {
  const known = jobs.map(reportedFps).filter((n): n is number => n !== null);
  return known.length ? { fps: Math.max(...known), assumed: false } : { fps: DEFAULT_FPS, assumed: true };
}

/** Where the transport can go: the longest clip's length (null while none is known). */
export function transportEnd(durations: readonly (number | null | undefined)[]): number | null {
  const known = durations.filter((d): d is number => typeof d === 'number' && Number.isFinite(d) && d > 0);
  return known.length ? Math.max(...known) : null;
}

/** `t` on a frame boundary, within [0, end]. */
export function clampTime(t: number, fps: number, end: number | null): number {
  return snap(Number.isFinite(t) ? t : 0, fps, end);
}

/** One key's move of the transport. */
export type TransportMove =
  | { kind: 'toggle' }
  | { kind: 'step'; frames: number; unit: 'frame' | 'second' }
  | { kind: 'seek'; to: 'start' | 'end' };

/**
 * The transport move a key asks for, or null: Space plays or pauses; `,` / `.` and ← / → step
 * one frame (Shift+← / → one second); Home and End go to the start and the end. Not with
 * Ctrl, Cmd or Alt.
 */
export function transportKey(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>): TransportMove | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case ' ':
      return { kind: 'toggle' };
    case ',':
    case '<':
      return { kind: 'step', frames: -1, unit: 'frame' };
    case '.':
    case '>':
      return { kind: 'step', frames: 1, unit: 'frame' };
    case 'ArrowLeft':
      return { kind: 'step', frames: -1, unit: e.shiftKey ? 'second' : 'frame' };
    case 'ArrowRight':
      return { kind: 'step', frames: 1, unit: e.shiftKey ? 'second' : 'frame' };
    case 'Home':
      return { kind: 'seek', to: 'start' };
    case 'End':
      return { kind: 'seek', to: 'end' };
    default:
      return null;
  }
}

/** The transport after a step of `frames` (frames, or seconds when `unit` says), on a frame, clamped. */
export function stepTime(t: number, frames: number, unit: 'frame' | 'second', fps: number, end: number | null): number {
  const by = unit === 'second' ? frames : frames / fps;
  // From the frame `t` is on, so that repeated steps never drift between frames.
  return clampTime(Math.round(clampTime(t, fps, end) * fps) / fps + by, fps, end);
}

/** Where a clip `duration` long stands when the transport is at `t`: a shorter one holds its last frame. */
export function paneTime(t: number, duration: number | null | undefined): number {
  return typeof duration === 'number' && Number.isFinite(duration) && duration > 0 ? Math.min(t, duration) : t;
}

/** Whether a playing clip at `current` has drifted from the transport `t` by more than `tolerance` seconds. */
export function outOfStep(t: number, current: number, duration: number | null | undefined, tolerance: number): boolean {
  return Math.abs(paneTime(t, duration) - current) > tolerance;
}

/** The frame the transport is on, counted from 1 (what the position line says). */
export function frameNumber(t: number, fps: number): number {
  return Math.round(t * fps) + 1;
}

/** The pane whose clip leads playback: the longest (it plays to the transport's end). */
export function leaderIndex(durations: readonly (number | null | undefined)[]): number {
  let best = 0;
  let len = -1;
  durations.forEach((d, i) => {
    const n = typeof d === 'number' && Number.isFinite(d) ? d : -1;
    if (n > len) {
      best = i;
      len = n;
    }
  });
  return best;
}

/** Past this many seconds apart, a playing clip is sought to the transport rather than nudged. */
export const SEEK_DRIFT = 0.25;

/**
 * The playback rate that brings a playing clip back in step with the transport, `drift`
 * seconds ahead of it (positive: the clip is behind): 1 within a frame; up to 1.5 (or down
 * to 0.5) beyond, closing the gap in about half a second. Seeking a playing clip stalls it in
 * WebKit, so small drifts are nudged and only large ones ({@link SEEK_DRIFT}) sought.
 */
export function catchUpRate(drift: number, fps: number): number {
  if (!Number.isFinite(drift) || Math.abs(drift) <= 1 / fps) return 1;
  return Math.round((1 + Math.max(-0.5, Math.min(0.5, drift * 2))) * 100) / 100;
}
