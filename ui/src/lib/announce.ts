// The sentence a screen reader hears when a render ends: "Finished: ‹prompt›" or
// "Failed: ‹reason›", with the model's display name (never its slug). Pure.
import { isActive } from './jobs-core';
import type { Urgency } from './stores/announcer.svelte';
import { t } from './stores/locale.svelte';
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
  const model = merged ? t('clips-announce-merged-clip') : modelName(next.model_slug);
  const prompt = short(next.prompt);
  if (next.status === 'completed') {
    const what = prompt || (merged ? t('clips-announce-merged-clip') : t('clips-announce-no-prompt'));
    const text = model && model !== what ? t('clips-announce-finished-model', { what, model }) : t('clips-announce-finished', { what });
    return { text, urgency: 'polite' };
  }
  const reason = short(next.error_message).replace(/[.!]+$/, '') || t('clips-announce-no-reason');
  const about = model && prompt ? t('clips-announce-about-both', { model, prompt }) : prompt ? t('clips-announce-about-prompt', { prompt }) : model;
  const sentence = about ? t('clips-announce-failed-about', { reason, about }) : t('clips-announce-failed', { reason });
  const text = next.credits_refunded ? t('clips-announce-with-refund', { sentence }) : sentence;
  return { text, urgency: 'assertive' };
}
