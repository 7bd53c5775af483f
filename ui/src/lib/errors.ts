// Turn a CommandError into a clear, specific sentence for the user. The engine already
// writes user-facing messages (what happened + what to do, a rate limit's wait included);
// the UI falls back to its own words, and the clock time of a retry, when one is empty.
import { formatSeconds } from './format';
import type { CommandError } from './types';

const FALLBACK: Record<string, string> = {
  insufficient_credits: 'Not enough credits for this batch. Add credits on ulazai.com, or lower the count.',
  rate_limited: "UlazAI's rate limit was reached. Wait a few minutes, then try again.",
  unauthorized: 'UlazAI did not accept your API key. Open Settings to fix it.',
  no_credentials: 'No API key is set. Add your UlazAI API key in Settings.',
  network: "Can't reach UlazAI right now. Nothing you typed was lost; try again when you're back online.",
  server: 'UlazAI had a problem on its side. Try again in a moment.',
  keyring_unavailable: 'The system keyring is not available.',
  validation: 'Some fields need attention.',
};

/** What went wrong, for a banner, toast or the form's error box. */
export function describeError(e: CommandError, now: number = Date.now()): string {
  const own = e.message.trim();
  // The engine's rate-limit sentence names the wait; without it the UI says the wait, once.
  if (!own && e.code === 'rate_limited' && e.retry_after_secs !== null && e.retry_after_secs > 0) {
    const at = new Date(now + e.retry_after_secs * 1000).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
    return `UlazAI's rate limit was reached. You can try again at ${at}, in ${formatSeconds(e.retry_after_secs)}.`;
  }
  return own || FALLBACK[e.code] || `Something went wrong (${e.code}).`;
}

/** Is this error about credits (402)? */
export function isCreditsError(e: CommandError): boolean {
  return e.code === 'insufficient_credits';
}
