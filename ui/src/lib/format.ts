// Numbers, times, durations, estimates and sizes as the window's language writes them:
// `Intl` for the language in use (locale store), and the catalog (format.ftl) for the
// words around them ("in 5 min", "about 20–35 s left"). Every function reads the
// language when it runs, so text made in a component follows a change of language.
import { locale, t } from './stores/locale.svelte';
import { PSEUDO, SOURCE } from './i18n';

/** Parse an RFC 3339 timestamp; null when missing or unreadable. */
export function parseTime(s: string | null | undefined): number | null {
  if (!s) return null;
  const at = Date.parse(s);
  return Number.isNaN(at) ? null : at;
}

/** The `Intl` locale for the window's language. English follows the system's English
 *  (en-GB keeps its 24-hour clock); the pseudo-locale writes as English does. */
export function intlLocale(): string {
  const code = locale.code;
  if (code === PSEUDO) return SOURCE;
  if (code === SOURCE && typeof navigator !== 'undefined') {
    const system = navigator.language;
    if (system?.toLowerCase().startsWith('en-') && Intl.DateTimeFormat.supportedLocalesOf(system).length > 0) return system;
  }
  return code;
}

// Intl formatters are expensive to create; make each once per language and options
// (thousands of cards use them).
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.ListFormat>();
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.ListFormat>(
  kind: string,
  options: object,
  make: (lang: string) => F,
): F {
  const lang = intlLocale();
  const key = `${kind}|${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key) as F | undefined;
  if (!f) cache.set(key, (f = make(lang)));
  return f;
}
const dateFormat = (o: Intl.DateTimeFormatOptions) => cached('d', o, (l) => new Intl.DateTimeFormat(l, o));
const numberFormat = (o: Intl.NumberFormatOptions) => cached('n', o, (l) => new Intl.NumberFormat(l, o));

/** "0:07", "1:05", "12:00", "1:02:03" from milliseconds (negative -> 0): a clock, the
 *  same in every language. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  if (h > 0) return `${h}:${String(m).padStart(2, '0')}:${ss}`;
  return `${m}:${ss}`;
}

/** "45 s", "2 min", "1 h 5 min" — for human durations in seconds, as the language writes
 *  them ("1 Min. 5 s", "1分5秒"). */
export function formatSeconds(sec: number): string {
  const s = Math.max(0, Math.round(sec));
  if (s < 60) return t('format-duration-seconds', { seconds: s });
  if (s < 3600) {
    const m = Math.floor(s / 60);
    const r = s % 60;
    return r === 0 || m >= 10 ? t('format-duration-minutes', { minutes: m }) : t('format-duration-minutes-seconds', { minutes: m, seconds: r });
  }
  const h = Math.floor(s / 3600);
  const m = Math.round((s % 3600) / 60);
  return m === 0 ? t('format-duration-hours', { hours: h }) : t('format-duration-hours-minutes', { hours: h, minutes: m });
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
    return t('format-estimate-left', { time: a === b ? formatSeconds(a) : rangeText(a, b) });
  }
  if (el <= hi) return t('format-estimate-soon');
  return t('format-estimate-longer', { typical: rangeText(lo, hi) });
}

function rangeText(a: number, b: number): string {
  if (b < 120) return t('format-range-seconds', { from: a, to: b });
  return t('format-range', { from: formatSeconds(a), to: formatSeconds(b) });
}

/** "typically 30–45 s" for the generate form. */
export function formatTypical(typical: readonly [number, number] | null | undefined): string | null {
  if (!typical) return null;
  return t('format-typical', { typical: rangeText(Math.min(...typical), Math.max(...typical)) });
}

/** Short date-time: "14:02" today, "Mar 3, 14:02" this year, else "Mar 3, 2025, 14:02"
 *  (each language's order and words: "3. März, 14:02", "3月3日 14:02"). */
export function formatTimestamp(s: string | null | undefined, now: number = Date.now()): string | null {
  const at = parseTime(s);
  if (at === null) return null;
  const d = new Date(at);
  const n = new Date(now);
  const clock = { hour: '2-digit', minute: '2-digit' } as const;
  const sameYear = d.getFullYear() === n.getFullYear();
  if (sameYear && d.getMonth() === n.getMonth() && d.getDate() === n.getDate()) return dateFormat(clock).format(d);
  const day = sameYear ? ({ month: 'short', day: 'numeric' } as const) : ({ month: 'short', day: 'numeric', year: 'numeric' } as const);
  return dateFormat({ ...day, ...clock }).format(d);
}

/** Clock time with seconds, for "next retry at 14:05:32". */
export function formatClock(s: string | null | undefined): string | null {
  const at = parseTime(s);
  if (at === null) return null;
  return dateFormat({ hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(at);
}

/** "in 23 s" / "in 2 min" / "now" until a timestamp. */
export function formatCountdown(target: string | null | undefined, now: number = Date.now()): string | null {
  const at = parseTime(target);
  if (at === null) return null;
  const sec = Math.ceil((at - now) / 1000);
  if (sec <= 0) return t('format-countdown-now');
  return t('format-countdown-in', { time: formatSeconds(sec) });
}

/** "2 minutes ago", "yesterday", "in 3 hours", as the language says it (the largest
 *  whole unit; under a minute: seconds). */
export function formatRelative(s: string | null | undefined, now: number = Date.now()): string | null {
  const at = parseTime(s);
  if (at === null) return null;
  const sec = Math.round((at - now) / 1000);
  const abs = Math.abs(sec);
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    abs < 60 ? [sec, 'second'] : abs < 3600 ? [Math.trunc(sec / 60), 'minute'] : abs < 86_400 ? [Math.trunc(sec / 3600), 'hour'] : [Math.trunc(sec / 86_400), 'day'];
  const o = { numeric: 'auto' } as const;
  return cached('r', o, (l) => new Intl.RelativeTimeFormat(l, o)).format(value, unit);
}

/** "A, B and C" (or "A, B or C") as the language joins a list. */
export function formatList(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const o = { style: 'long', type } as const;
  return cached('l', o, (l) => new Intl.ListFormat(l, o)).format(items);
}

/** A count or amount with the language's digit grouping and decimal mark ("1,234.5",
 *  "1.234,5"); at most `maxDigits` decimals (default 0: a whole number). */
export function formatNumber(n: number, maxDigits = 0): string {
  return numberFormat({ maximumFractionDigits: maxDigits }).format(n);
}

/** Credits as an amount ("1,250", "1.250"; fractions to two places). */
export function formatCredits(n: number): string {
  return formatNumber(n, 2);
}

/** A file size in binary units as the language writes the number: "850 KB", "1.5 GB",
 *  "1,5 GB" (one decimal below 10, none above; bytes whole). */
export function formatFileSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'] as const;
  let v = Math.max(0, bytes);
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  const digits = i === 0 || v >= 10 ? 0 : 1;
  return t('format-file-size', { size: formatNumber(v, digits), unit: units[i] });
}
