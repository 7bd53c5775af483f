// A creator's marks on clips, as photo tools have them: P picks, X rejects, U unflags, 1–5 set
// the stars and 0 clears them. Pure: which key does what, what a card's marks say in words,
// and the sentence a screen reader hears after a change.
import { t } from './stores/locale.svelte';
import type { FlagMark, Job } from './types';

export const MAX_STARS = 5;

/** One change of marks, as `set_clip_marks` takes it (a part left out stays as it is). */
export interface MarkChange {
  flag?: FlagMark;
  /** 0 clears the stars. */
  rating?: number;
}

const LETTERS: Record<string, FlagMark> = { p: 'pick', x: 'reject', u: 'unflagged' };

/**
 * The change a key press asks for, or null: P, X, U (either case), 0–5, without Ctrl, Cmd or
 * Alt (Ctrl+0 resets the zoom, Ctrl+X cuts). The caller checks that no text field has focus.
 */
export function markForKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): MarkChange | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const flag = LETTERS[e.key.toLowerCase()];
  if (e.key.length === 1 && flag) return { flag };
  if (/^[0-5]$/.test(e.key)) return { rating: Number(e.key) };
  return null;
}

/** "3 stars", "1 star" (null: no stars). */
export function starsText(rating: number | null | undefined): string | null {
  if (!rating) return null;
  return t('clips-stars', { rating });
}

/** A card's marks in words, for its accessible name: "Picked, 3 stars", "Rejected", "" when none. */
export function marksText(job: Pick<Job, 'flag' | 'rating'>): string {
  const flag = job.flag === 'pick' ? t('clips-marks-picked') : job.flag === 'reject' ? t('clips-marks-rejected') : null;
  const stars = starsText(job.rating);
  if (flag && stars) return t('clips-marks-both', { flag, stars });
  return flag ?? stars ?? '';
}

/** What a screen reader hears after a change of `count` clips: "Picked 2 clips", "1 clip: 4 stars". */
export function markAnnouncement(change: MarkChange, count: number): string {
  const flagged =
    change.flag === 'pick'
      ? t('clips-announce-picked', { count })
      : change.flag === 'reject'
        ? t('clips-announce-rejected', { count })
        : change.flag === 'unflagged'
          ? t('clips-announce-unflagged', { count })
          : null;
  if (change.rating === undefined) return flagged ?? '';
  const stars = starsText(change.rating) ?? t('clips-announce-no-stars');
  return flagged ? t('clips-announce-flag-and-stars', { flagged, stars }) : t('clips-announce-rated', { count, stars });
}
