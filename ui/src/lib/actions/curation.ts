// Marks on clips: pick / reject and stars, on one clip or the selection in one call. The
// answer is applied at once (the same jobs also arrive as job://updated) and the change is
// told to screen readers, politely.
import { markAnnouncement, type MarkChange } from '../curation';
import { call } from '../ipc';
import { announcer } from '../stores/announcer.svelte';
import { jobs } from '../stores/jobs.svelte';
import { t } from '../stores/locale.svelte';
import { fail } from './report';

export async function setMarks(ids: readonly string[], change: MarkChange): Promise<boolean> {
  if (ids.length === 0) return false;
  try {
    const marked = await call('set_clip_marks', {
      ids: [...ids],
      flag: change.flag ?? null,
      rating: change.rating ?? null,
    });
    jobs.upsertMany(marked, true);
    announcer.say(markAnnouncement(change, ids.length), 'polite');
    return true;
  } catch (e) {
    fail(t('clips-mark-failed'), e);
    return false;
  }
}
