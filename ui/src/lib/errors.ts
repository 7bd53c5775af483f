// i18n: pending (its words are not in the catalog yet)
// Turn a CommandError into a sentence for the user. The backend always writes one (what
// happened and what to do, a rate limit's wait included), so the UI shows it as it is; it
// only words an error itself when the sentence is missing, and then names the clock time
// of a rate limit's retry (the local time is the page's to tell). The UI tells errors apart
// by their `ErrorCode` (generated from Rust), in a `switch`, never by comparing strings.
import { formatSeconds } from './format';
import type { CommandError } from './types';

/** What went wrong, for a banner, toast or the form's error box. */
export function describeError(e: CommandError, now: number = Date.now()): string {
  const own = e.message.trim();
  if (own) return own;
  switch (e.code) {
    case 'rate_limited':
      if (e.retry_after_secs !== null && e.retry_after_secs > 0) {
        const at = new Date(now + e.retry_after_secs * 1000).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
        return `UlazAI's rate limit was reached. You can try again at ${at}, in ${formatSeconds(e.retry_after_secs)}.`;
      }
      return "UlazAI's rate limit was reached. Wait a few minutes, then try again.";
    case 'insufficient_credits':
      return 'Not enough credits for this batch. Add credits on ulazai.com, or lower the count.';
    default:
      return `Something went wrong (${e.code}).`;
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
