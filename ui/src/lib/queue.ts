// i18n: pending (its words are not in the catalog yet)
// How the render queue reads: an item's state and start time, the pause, the import
// preview's totals, keyboard reordering, and the per-model render estimate. Pure.
import { formatSeconds, parseTime } from './format';
import type { BudgetView, QueuedItem, QueuePause, QueuePreview, RenderEstimate } from './types';

let fmtHm: Intl.DateTimeFormat | null = null;

/** "14:20" (hours and minutes: a start time is an estimate). */
export function formatHm(t: number): string {
  fmtHm ??= new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
  return fmtHm.format(t);
}

/** The line under a queued card: "starts around 14:20", "sending…", the refusal, "paused". */
export function queuedWhen(q: QueuedItem, paused: boolean, now: number = Date.now()): string {
  switch (q.item.state) {
    case 'submitting':
      return 'Sending…';
    case 'refused':
      return q.item.error ? `Refused: ${q.item.error}` : 'Refused by UlazAI';
    default: {
      if (paused) return 'Waiting: the queue is paused';
      const t = parseTime(q.starts_at);
      if (t === null || t <= now + 5000) return 'Starts now';
      return `Starts around ${formatHm(t)}`;
    }
  }
}

/** The state badge: never a server status (the queue's items are not jobs yet). */
export function queuedLabel(q: QueuedItem): string {
  return q.item.state === 'submitting' ? 'Sending' : q.item.state === 'refused' ? 'Refused' : 'Queued';
}

export function creditsText(credits: number | null | undefined): string {
  return credits == null ? 'cost unknown' : `${credits.toLocaleString()} credits`;
}

/** The banner of a paused queue. */
export function pauseText(p: QueuePause): string {
  switch (p.reason) {
    case 'credits':
      return `The queue is paused: not enough credits.${p.message ? ` ${p.message}` : ''} Add credits on ulazai.com, then resume.`;
    case 'key':
      return p.message ?? 'The queue is paused until a working API key is set.';
    default:
      return 'The queue is paused. Nothing new is sent until you resume.';
  }
}

/** "3 prompts" for a list, "3 variations" for variations. */
export function previewCount(p: QueuePreview, n: number = p.items.length): string {
  const [one, many] = p.format === 'variations' ? ['variation', 'variations'] : ['prompt', 'prompts'];
  return `${n} ${n === 1 ? one : many}`;
}

/** The preview's summary: "9 prompts · 9 clips · 225 credits". */
export function previewSummary(p: QueuePreview): string {
  return [previewCount(p), `${p.clips} ${p.clips === 1 ? 'clip' : 'clips'}`, creditsText(p.credits)].join(' · ');
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
  const t = s < 120 ? `${s} s` : `${Math.round(s / 60)} min`;
  return `usually ${t} for this model`;
}

/**
 * A rendering card's estimate from the scheduler's own model ("usually 38 s for this
 * model · about 20 s left"); past the window it says so. `timed` is the card's text for
 * the same window (`jobEstimate`), null when the job is not rendering.
 */
export function cardEstimate(e: RenderEstimate | null | undefined, timed: string | null): string | null {
  if (timed === null) return null;
  const usual = estimateText(e);
  if (!usual || timed.startsWith('taking longer')) return timed;
  return `${usual} · ${timed}`;
}

/**
 * Why "Submit now" cannot send now: the hourly limit is used up until the budget's next
 * free request (its time and wait, said once). Null when a request is left.
 */
export function submitNowBlocked(budget: BudgetView, now: number = Date.now()): string | null {
  const t = parseTime(budget.next_at);
  if (t === null || t <= now) return null;
  const wait = formatSeconds(Math.ceil((t - now) / 1000));
  return `The hourly limit is reached (${budget.used} of ${budget.limit} requests): Submit now is possible at ${formatHm(t)}, in ${wait}.`;
}
