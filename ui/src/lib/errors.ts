// Turn a CommandError into a sentence for the user. The backend always writes one (what
// happened and what to do, a rate limit's wait included), so the UI shows it as it is; it
// only words an error itself when the sentence is missing, and then names the clock time
// of a rate limit's retry (the local time is the page's to tell). The UI tells errors apart
// by their `ErrorCode` (generated from Rust), in a `switch`, never by comparing strings.
import { formatSeconds } from './format';
import { locale, t } from './stores/locale.svelte';
import type { CommandError } from './types';

/** What went wrong, for a banner, toast or the form's error box. */
export function describeError(e: CommandError, now: number = Date.now()): string {
  const own = e.message.trim();
  if (own) return own;
  switch (e.code) {
    case 'rate_limited':
      if (e.retry_after_secs !== null && e.retry_after_secs > 0) {
        const at = new Date(now + e.retry_after_secs * 1000).toLocaleTimeString(locale.code, { hour: '2-digit', minute: '2-digit' });
        return t('errors-ui-rate-limited-at', { time: at, wait: formatSeconds(e.retry_after_secs) });
      }
      return t('errors-ui-rate-limited');
    case 'insufficient_credits':
      return t('errors-ui-credits');
    default:
      return t('errors-ui-unknown', { code: e.code });
  }
}

/** Is this error about credits (402)? The form then offers to add some. */
export function isCreditsError(e: CommandError): boolean {
  switch (e.code) {
    case 'insufficient_credits':
      return true;
    default:
      return false;
  }
}
