// How the render queue reads: an item's state and start time, the pause, the import
// preview's totals, keyboard reordering, and the per-model render estimate. Pure.
import { formatSeconds, parseTime } from './format';
import { clipsText, creditsText } from './glossary';
import { locale, t } from './stores/locale.svelte';
import { SOURCE } from './i18n';
import type { BudgetView, QueuedItem, QueuePause, QueuePreview, RenderEstimate } from './types';

let fmtHm: { code: string; fmt: Intl.DateTimeFormat } | null = null;

/** "14:20" (hours and minutes: a start time is an estimate), as the window's language
 *  writes a time (English: as the system does). */
export function formatHm(time: number): string {
  const code = locale.code;
  if (fmtHm?.code !== code) {
    const tag = code === SOURCE ? undefined : Intl.DateTimeFormat.supportedLocalesOf(code).length ? code : undefined;
    fmtHm = { code, fmt: new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit' }) };
  }
  return fmtHm.fmt.format(time);
}

/** The line under a queued card: "starts around 14:20", "sending…", the refusal, "paused". */
export function queuedWhen(q: QueuedItem, paused: boolean, now: number = Date.now()): string {
  switch (q.item.state) {
    case 'submitting':
      return t('queue-when-sending');
    case 'refused':
      return q.item.error ? t('queue-when-refused', { error: q.item.error }) : t('queue-when-refused-unknown');
    default: {
      if (paused) return t('queue-when-paused');
      const at = parseTime(q.starts_at);
      if (at === null || at <= now + 5000) return t('queue-when-now');
      return t('queue-when-around', { time: formatHm(at) });
    }
  }
}

/** The state badge: never a server status (the queue's items are not jobs yet). */
export function queuedLabel(q: QueuedItem): string {
  return t('queue-state', { state: q.item.state });
}

export { creditsText };

/** The banner of a paused queue. */
export function pauseText(p: QueuePause): string {
  switch (p.reason) {
    case 'credits':
      return p.message ? t('queue-paused-credits-message', { message: p.message }) : t('queue-paused-credits');
    case 'key':
      return p.message ?? t('queue-paused-key');
    default:
      return t('queue-paused-user');
  }
}

/** "3 prompts" for a list, "3 variations" for variations. */
export function previewCount(p: QueuePreview, n: number = p.items.length): string {
  return p.format === 'variations' ? t('queue-count-variations', { count: n }) : t('queue-count-prompts', { count: n });
}

/** The preview's summary: "9 prompts · 9 clips · 225 credits". */
export function previewSummary(p: QueuePreview): string {
  return [previewCount(p), clipsText(p.clips), creditsText(p.credits)].join(' · ');
}

/**
 * Where a keyboard move takes the item at `index` of `len`: ArrowUp/Down (or Left/Right,
 * the list runs across) one step, Home/End to an end. Null when the key is not a move (or it goes nowhere).
 */
export function keyboardMove(key: string, index: number, len: number): number | null {
  const back = key === 'ArrowUp' || key === 'ArrowLeft';
  const on = key === 'ArrowDown' || key === 'ArrowRight';
  const to = back ? index - 1 : on ? index + 1 : key === 'Home' ? 0 : key === 'End' ? len - 1 : null;
  if (to === null || to < 0 || to >= len || to === index) return null;
  return to;
}

/** What a card says about a model's render time: "usually 38 s for this model". */
export function estimateText(e: RenderEstimate | null | undefined): string | null {
  if (!e || e.typical_secs <= 0) return null;
  const s = e.typical_secs;
  return s < 120 ? t('queue-usually-seconds', { seconds: s }) : t('queue-usually-minutes', { minutes: Math.round(s / 60) });
}

/**
 * A rendering card's estimate from the scheduler's own model ("usually 38 s for this
 * model · about 20 s left"); past the window it says so. `timed` is the card's text for
 * the same window (`jobEstimate`), null when the job is not rendering.
 */
export function cardEstimate(e: RenderEstimate | null | undefined, timed: string | null): string | null {
  if (timed === null) return null;
  const usual = estimateText(e);
  // The late estimate names the usual time itself.
  if (!usual || isLateEstimate(timed)) return timed;
  return `${usual} · ${timed}`;
}

/**
 * Why "Submit now" cannot send now: the hourly limit is used up until the budget's next
 * free request (its time and wait, said once). Null when a request is left.
 */
export function submitNowBlocked(budget: BudgetView, now: number = Date.now()): string | null {
  const at = parseTime(budget.next_at);
  if (at === null || at <= now) return null;
  const wait = formatSeconds(Math.ceil((at - now) / 1000));
  return t('queue-submit-blocked', { used: budget.used, limit: budget.limit, time: formatHm(at), wait });
}

/** Is `text` the late estimate (`format-estimate-longer`) in the window's language? Its
 *  words around the usual time, whatever that time is. */
function isLateEstimate(text: string): boolean {
  const [before, after = ''] = t('format-estimate-longer', { typical: '\u0000' }).split('\u0000');
  return (before + after).length > 0 && text.startsWith(before) && text.endsWith(after);
}
