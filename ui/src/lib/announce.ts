// i18n: pending (its words are not in the catalog yet)
// The sentence a screen reader hears when a render ends: "Finished: ‹prompt›" or
// "Failed: ‹reason›", with the model's display name (never its slug). Pure.
import { isActive } from './jobs-core';
import type { Urgency } from './stores/announcer.svelte';
import type { Job } from './types';

const PROMPT_CHARS = 80;

function short(text: string | null | undefined): string {
  const t = (text ?? '').trim().replace(/\s+/g, ' ');
  return t.length > PROMPT_CHARS ? `${t.slice(0, PROMPT_CHARS)}…` : t;
}

/**
 * What to announce when `next` replaces `prev` (a job://updated event): only the moment a
 * render seen running ends, so each render is announced once. `modelName` answers a display
 * name, or null when the app does not know it (the model is then left out).
 */
export function renderAnnouncement(
  prev: Job | undefined,
  next: Job,
  modelName: (slug: string | null) => string | null,
): { text: string; urgency: Urgency } | null {
  if (!prev || !isActive(prev) || (next.status !== 'completed' && next.status !== 'failed')) return null;
  const merged = next.origin === 'merge' || next.origin === 'local_merge';
  const model = merged ? 'merged clip' : modelName(next.model_slug);
  const prompt = short(next.prompt);
  if (next.status === 'completed') {
    const what = prompt || (merged ? 'merged clip' : 'clip without a prompt');
    return { text: `Finished: ${what}${model && model !== what ? ` (${model})` : ''}`, urgency: 'polite' };
  }
  const reason = short(next.error_message).replace(/[.!]+$/, '') || 'no reason given';
  const about = [model, prompt && `“${prompt}”`].filter(Boolean).join(', ');
  const refund = next.credits_refunded ? ' Credits refunded.' : '';
  return { text: `Failed: ${reason}${about ? ` (${about})` : ''}.${refund}`, urgency: 'assertive' };
}
