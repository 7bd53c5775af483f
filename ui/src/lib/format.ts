// i18n: pending (its words are not in the catalog yet)
// Time, duration and estimate formatting for cards and the detail panel. Pure functions.

/** Parse an RFC 3339 timestamp; null when missing or unreadable. */
export function parseTime(s: string | null | undefined): number | null {
  if (!s) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : t;
}

/** "0:07", "1:05", "12:00", "1:02:03" from milliseconds (negative -> 0). */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  if (h > 0) return `${h}:${String(m).padStart(2, '0')}:${ss}`;
  return `${m}:${ss}`;
}

/** "45 s", "2 min", "1 h 5 min" — for human durations in seconds. */
export function formatSeconds(sec: number): string {
  const s = Math.max(0, Math.round(sec));
  if (s < 60) return `${s} s`;
  if (s < 3600) {
    const m = Math.floor(s / 60);
    const r = s % 60;
    return r === 0 || m >= 10 ? `${m} min` : `${m} min ${r} s`;
  }
  const h = Math.floor(s / 3600);
  const m = Math.round((s % 3600) / 60);
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/**
 * A clip's length as video apps show it: "0:08", "1:30" (to the nearest second; a clip
 * shorter than that reads "0:01", never "0:00"). Only ever for a clip's length — a render
 * time is said in words ([`formatRenderTime`]).
 */
export function formatClipLength(sec: number): string {
  const s = Number.isFinite(sec) && sec > 0 ? Math.max(1, Math.round(sec)) : 0;
  return formatElapsed(s * 1000);
}

/** How long a render took or has taken so far, in words: "40 s", "1 min 22 s". */
export function formatRenderTime(ms: number): string {
  return formatSeconds(ms / 1000);
}

/**
 * The estimate shown while a job renders, from the model's typical render time.
 * - before the low bound: "about 20–35 s left"
 * - between the bounds: "finishing soon"
 * - past the high bound: "taking longer than usual (typically 30–45 s)"
 * Returns null when the model has no typical time.
 */
export function formatEstimate(elapsedMs: number, typical: readonly [number, number] | null | undefined): string | null {
  if (!typical) return null;
  const [lo, hi] = typical[0] <= typical[1] ? typical : [typical[1], typical[0]];
  const el = Math.max(0, elapsedMs / 1000);
  if (el < lo) {
    const a = Math.ceil(lo - el);
    const b = Math.ceil(hi - el);
    return a === b ? `about ${formatSeconds(a)} left` : `about ${rangeText(a, b)} left`;
  }
  if (el <= hi) return 'finishing soon';
  return `taking longer than usual (typically ${rangeText(lo, hi)})`;
}

function rangeText(a: number, b: number): string {
  if (b < 120) return `${a}–${b} s`;
  return `${formatSeconds(a)}–${formatSeconds(b)}`;
}

/** "typically 30–45 s" for the generate form. */
export function formatTypical(typical: readonly [number, number] | null | undefined): string | null {
  if (!typical) return null;
  return `typically ${rangeText(Math.min(...typical), Math.max(...typical))}`;
}

// Intl formatters are expensive to create; make each once (thousands of cards use them).
let fmtTime: Intl.DateTimeFormat | null = null;
let fmtClock: Intl.DateTimeFormat | null = null;
let fmtDate: Intl.DateTimeFormat | null = null;
let fmtDateYear: Intl.DateTimeFormat | null = null;

/** Short date-time: "14:02" today, "Mar 3, 14:02" this year, else "Mar 3, 2025, 14:02". */
export function formatTimestamp(s: string | null | undefined, now: number = Date.now()): string | null {
  const t = parseTime(s);
  if (t === null) return null;
  const d = new Date(t);
  const n = new Date(now);
  fmtTime ??= new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
  const time = fmtTime.format(d);
  const sameYear = d.getFullYear() === n.getFullYear();
  if (sameYear && d.getMonth() === n.getMonth() && d.getDate() === n.getDate()) return time;
  fmtDate ??= new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
  fmtDateYear ??= new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', year: 'numeric' });
  return `${(sameYear ? fmtDate : fmtDateYear).format(d)}, ${time}`;
}

/** Clock time with seconds, for "next retry at 14:05:32". */
export function formatClock(s: string | null | undefined): string | null {
  const t = parseTime(s);
  if (t === null) return null;
  fmtClock ??= new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return fmtClock.format(t);
}

/** "in 23 s" / "in 2 min" / "now" until a timestamp. */
export function formatCountdown(target: string | null | undefined, now: number = Date.now()): string | null {
  const t = parseTime(target);
  if (t === null) return null;
  const sec = Math.ceil((t - now) / 1000);
  if (sec <= 0) return 'now';
  return `in ${formatSeconds(sec)}`;
}

/** "1 clip" / "3 clips". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}
