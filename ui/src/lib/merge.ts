// Merge tray logic: which clips can be merged, their play order, and duration; the tray's
// sentences in the window's language.
import { FluentNumber } from '@fluent/bundle';
import { locale, t } from './stores/locale.svelte';
import type { Job } from './types';

/**
 * The tray's play order: the clips it keeps (still completed, in their order), then selected
 * completed clips it does not hold yet. Returns `kept` itself when nothing changes.
 */
export function trayOrder(kept: readonly string[], selected: readonly string[], get: (id: string) => Job | undefined): string[] {
  const done = (id: string) => get(id)?.status === 'completed';
  const stay = kept.filter(done);
  const staySet = new Set(stay);
  const next = [...stay, ...new Set(selected.filter((id) => done(id) && !staySet.has(id)))];
  return sameOrder(next, kept) ? (kept as string[]) : next;
}

/**
 * The clips a selection picks for the merge: a selection of several (marquee, Ctrl/Cmd or
 * Space toggles, Shift ranges, select all). One selected clip is a clip being looked at.
 */
export function mergePicks(selected: readonly string[]): readonly string[] {
  return selected.length >= 2 ? selected : [];
}

/** Move one item from index `from` to index `to` (clamped). Returns a new array. */
export function moveItem<T>(arr: readonly T[], from: number, to: number): T[] {
  const out = arr.slice();
  if (from < 0 || from >= out.length) return out;
  const target = Math.max(0, Math.min(to, out.length - 1));
  const [it] = out.splice(from, 1);
  out.splice(target, 0, it);
  return out;
}

/**
 * A clip's real length in seconds: the engine's `clip_seconds` (probed from the saved file,
 * else what the server reported). Never the duration asked for: a render may differ.
 */
export function clipDuration(job: Job): number | null {
  const n = job.clip_seconds;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : null;
}

/** Sum of known durations (`length`: a clip's, trims included) and how many clips had none. */
export function totalDuration(
  jobs: readonly Job[],
  length: (job: Job) => number | null = clipDuration,
): { seconds: number; unknown: number } {
  let seconds = 0;
  let unknown = 0;
  for (const j of jobs) {
    const d = length(j);
    if (d === null) unknown++;
    else seconds += d;
  }
  return { seconds, unknown };
}

/** Why selected clips are left out of the merge, grouped: "2 still rendering, 1 failed". */
export function excludedReasons(selected: readonly Job[]): string | null {
  let rendering = 0;
  let failed = 0;
  let other = 0;
  for (const j of selected) {
    if (j.status === 'completed') continue;
    if (j.status === 'failed') failed++;
    else if (j.status === 'pending' || j.status === 'processing') rendering++;
    else other++;
  }
  const parts: string[] = [];
  if (rendering) parts.push(t('merge-excluded-rendering', { count: rendering }));
  if (failed) parts.push(t('merge-excluded-failed', { count: failed }));
  if (other) parts.push(t('merge-excluded-unfinished', { count: other }));
  if (parts.length === 0) return null;
  const list = new Intl.ListFormat(locale.code, { type: 'unit', style: 'short' }).format(parts);
  return t('merge-excluded', { reasons: list });
}

/** Why the Merge button is disabled, or null when it can run. */
export function mergeBlocker(trayCount: number, busy: boolean): string | null {
  if (busy) return t('merge-button-busy');
  if (trayCount === 0) return t('merge-blocked-empty');
  if (trayCount === 1) return t('merge-blocked-one', { min: 2 });
  return null;
}

function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** How to install ffmpeg, per OS (shown when merging on this computer needs it); `how`
 *  speaks the window's language, the commands as they are typed. */
export const FFMPEG_INSTALL: ReadonlyArray<{ readonly os: string; readonly how: string }> = [
  {
    os: 'macOS',
    get how() {
      return t('merge-ffmpeg-macos', { command: 'brew install ffmpeg' }); // i18n-ignore: a command
    },
  },
  {
    os: 'Windows', // i18n-ignore: the name of an OS
    get how() {
      return t('merge-ffmpeg-windows', { command: 'winget install Gyan.FFmpeg' }); // i18n-ignore: a command
    },
  },
  {
    os: 'Linux', // i18n-ignore: the name of an OS
    how: 'sudo apt install ffmpeg (Debian/Ubuntu) · sudo dnf install ffmpeg (Fedora) · sudo pacman -S ffmpeg (Arch)', // i18n-ignore: commands and distributions, no sentence
  },
];

/** A fraction (0–1) as the language writes a whole percentage: "40%", "40 %". */
export function percent(fraction: number): FluentNumber {
  const f = Number.isFinite(fraction) ? Math.max(0, Math.min(1, fraction)) : 0;
  return new FluentNumber(Math.round(f * 100) / 100, { style: 'percent', maximumFractionDigits: 0 });
}

/** The progress line of a local merge: "Fetching clips… 40%". */
export function mergeStageText(stage: string, fraction: number): string {
  return t('merge-stage', { stage, percent: percent(fraction) });
}
