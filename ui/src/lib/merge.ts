// i18n: pending (its words are not in the catalog yet)
// Merge tray logic: which clips can be merged, their play order, and duration. Pure.
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
  if (rendering) parts.push(`${rendering} still rendering`);
  if (failed) parts.push(`${failed} failed`);
  if (other) parts.push(`${other} not finished`);
  if (parts.length === 0) return null;
  return `${parts.join(', ')} — only completed clips can be merged`;
}

/** Why the Merge button is disabled, or null when it can run. */
export function mergeBlocker(trayCount: number, busy: boolean): string | null {
  if (busy) return 'Merging…';
  if (trayCount === 0) return 'Select completed clips to merge';
  if (trayCount === 1) return 'Select at least 2 completed clips';
  return null;
}

function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** How to install ffmpeg, per OS (shown when merging on this computer needs it). */
export const FFMPEG_INSTALL: ReadonlyArray<{ os: string; how: string }> = [
  { os: 'macOS', how: 'brew install ffmpeg (Homebrew), then restart UlazAI Studio' },
  { os: 'Windows', how: 'winget install Gyan.FFmpeg (or download it from ffmpeg.org and add its bin folder to PATH), then restart' },
  { os: 'Linux', how: 'sudo apt install ffmpeg (Debian/Ubuntu) · sudo dnf install ffmpeg (Fedora) · sudo pacman -S ffmpeg (Arch)' },
];

/** The progress line of a local merge: "Downloading clips… 40%". */
export function mergeStageText(stage: string, fraction: number): string {
  const pct = `${Math.round(Math.max(0, Math.min(1, fraction)) * 100)}%`;
  switch (stage) {
    case 'downloading':
      return `Fetching clips… ${pct}`;
    case 'merging':
      return `Joining clips… ${pct}`;
    case 'done':
      return 'Merged';
    case 'cancelled':
      return 'Cancelled';
    default:
      return 'Failed';
  }
}
