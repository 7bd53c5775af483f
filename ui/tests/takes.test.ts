// Takes of a shot: grouping the visible clips, the cover a stack shows, what the grid
// shows stacked and expanded, and a take's place among its siblings.
import { describe, expect, it } from 'vitest';
import { applyReuse, endRetry, takeOrigin } from '../src/lib/reuse';
import { jobs } from '../src/lib/stores/jobs.svelte';
import { coverOrder, gridEntries, groupShots, hiddenTakes, pickCover, shotId, takePlace } from '../src/lib/takes';
import type { Job } from '../src/lib/types';
import { job } from './helpers';

const ids = (list: readonly { id: string }[]) => list.map((j) => j.id);
/** Four takes of shot "a" (a is the first), newest first as the grid lists them. */
function batch(extra: Partial<Record<'a' | 'b' | 'c' | 'd', Partial<Job>>> = {}): Job[] {
  return (['d', 'c', 'b', 'a'] as const).map((id, i) =>
    job({ id, shot: 'a', minutesAgo: i, completed_at: null, ...extra[id] }),
  );
}

describe('takes', () => {
  it('a clip without a shot (an earlier version) is a shot of its own', () => {
    expect(shotId(job({ id: 'old' }))).toBe('old');
    expect(shotId(job({ id: 'x', shot: 'a' }))).toBe('a');
  });

  it('the cover: a pick over stars, stars over the first finished, completed over newer renders', () => {
    const newestPending = job({ id: 'p', status: 'processing', minutesAgo: 0 });
    const olderDone = job({ id: 'o', status: 'completed', minutesAgo: 5, completed_at: '2026-03-01T11:57:00Z' });
    const newerDone = job({ id: 'n', status: 'completed', minutesAgo: 4, completed_at: '2026-03-01T11:56:00Z' });
    // The first take to finish stays the cover as the others finish: the card does not
    // change its face (or its place) under the pointer while a batch completes.
    expect(pickCover([newestPending, olderDone, newerDone]).id).toBe('n');
    const laterDone = { ...newestPending, status: 'completed' as const, completed_at: '2026-03-01T11:59:00Z' };
    expect(pickCover([laterDone, olderDone, newerDone]).id).toBe('n');
    const starred = { ...olderDone, id: 's', rating: 3 };
    expect(pickCover([newestPending, newerDone, starred]).id).toBe('s');
    const picked = { ...newestPending, id: 'k', flag: 'pick' as const };
    expect(pickCover([starred, newerDone, picked]).id).toBe('k');
    // A rejected take covers only when every take is rejected.
    const rejected = { ...starred, id: 'r', rating: 5, flag: 'reject' as const };
    expect(pickCover([rejected, newestPending]).id).toBe('p');
    expect(pickCover([rejected]).id).toBe('r');
    // Nothing finished: the newest.
    const older = job({ id: 'q', status: 'pending', minutesAgo: 9 });
    expect(pickCover([older, newestPending]).id).toBe('p');
    expect(coverOrder(newestPending, newestPending)).toBe(0);
  });

  it('groups the visible clips into shots, each where its first take is in the view order', () => {
    const loose = job({ id: 'loose', minutesAgo: 2.5 });
    const list = [...batch({ b: { rating: 4 } }), loose];
    list.sort((x, y) => Date.parse(y.created_at!) - Date.parse(x.created_at!));
    expect(ids(list)).toEqual(['d', 'c', 'b', 'loose', 'a']);
    const shots = groupShots(list);
    expect(shots.map((s) => [s.id, s.cover.id, s.takes.length])).toEqual([
      ['a', 'b', 4],
      ['loose', 'loose', 1],
    ]);
    expect(ids(shots[0].takes), 'the view order').toEqual(['d', 'c', 'b', 'a']);
    // A cover further down the view (here the last clip) does not move its shot there.
    const coveredLast = groupShots([...batch({ a: { rating: 5 } }), loose].sort((x, y) => Date.parse(y.created_at!) - Date.parse(x.created_at!)));
    expect(coveredLast.map((s) => [s.id, s.cover.id])).toEqual([
      ['a', 'a'],
      ['loose', 'loose'],
    ]);
  });

  it('an open stack keeps its takes in the view order whatever its cover, the first holding the stack', () => {
    const list = batch();
    const before = gridEntries(list, true, new Set(['a']));
    const after = gridEntries(batch({ b: { rating: 5 } }), true, new Set(['a']));
    expect(ids(before.map((e) => e.job))).toEqual(['d', 'c', 'b', 'a']);
    expect(ids(after.map((e) => e.job)), 'rated: nothing moves').toEqual(['d', 'c', 'b', 'a']);
    expect(after[0].stack?.cover.id).toBe('b');
    expect(after.slice(1).every((e) => e.stack === null)).toBe(true);
  });

  it('the grid: every clip unstacked; one card a shot stacked; its takes in the view order expanded', () => {
    const loose = job({ id: 'loose', minutesAgo: 10 });
    const list = [...batch({ c: { flag: 'pick' } }), loose];
    const flat = gridEntries(list, false, new Set());
    expect(ids(flat.map((e) => e.job))).toEqual(['d', 'c', 'b', 'a', 'loose']);
    expect(flat.every((e) => e.stack === null && !e.inStack)).toBe(true);

    const stacked = gridEntries(list, true, new Set());
    expect(ids(stacked.map((e) => e.job))).toEqual(['c', 'loose']);
    expect(stacked[0].stack?.takes.length).toBe(4);
    expect(stacked[1].stack, 'one take: no stack').toBeNull();
    expect(hiddenTakes(list, stacked)).toEqual(new Set(['d', 'b', 'a']));

    const open = gridEntries(list, true, new Set(['a']));
    expect(ids(open.map((e) => e.job))).toEqual(['d', 'c', 'b', 'a', 'loose']);
    expect(open.map((e) => e.inStack)).toEqual([true, true, true, true, false]);
    expect(open[0].stack?.id).toBe('a');
    expect(hiddenTakes(list, open).size).toBe(0);
  });

  it('only visible clips are grouped: a filter that leaves one take leaves no stack', () => {
    const [, c] = batch();
    expect(gridEntries([c], true, new Set()).map((e) => [e.job.id, e.stack])).toEqual([['c', null]]);
  });

  it("a take's place: numbered oldest first among every take of its shot", () => {
    const all = batch();
    const retry = job({ id: 'e', shot: 'a', take_of: 'c', minutesAgo: -1 });
    const library = [retry, ...all, job({ id: 'other' })];
    const place = takePlace(retry, library)!;
    expect([place.n, place.of]).toEqual([5, 5]);
    expect(ids(place.takes)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(takePlace(all[2], library)!.n).toBe(2);
    expect(takePlace(job({ id: 'alone' }), library)).toBeNull();
  });

  it('a request from the form is a take of the clip it was made from: Edit & retry always, variations while the prompt is that clip\'s', () => {
    const failed = job({ id: 'failed', status: 'failed', prompt: 'a fox', params: { model_slug: 'veo31_fast', prompt: 'a fox', count: 1 } });
    const done = job({ id: 'done', prompt: 'an owl', params: { model_slug: 'veo31_fast', prompt: 'an owl', count: 1 } });
    jobs.upsertMany([failed, done]); // as events bring them
    applyReuse(failed, true);
    expect(takeOrigin(), 'Edit & retry, whatever was changed').toBe('failed');
    expect(takeOrigin('a wolf')).toBe('failed');
    endRetry();
    expect(takeOrigin(), 'a plain generate is a new shot').toBeNull();
    applyReuse(done);
    expect(takeOrigin(), '"Use this prompt" then Generate: a new shot').toBeNull();
    expect(takeOrigin(' an owl '), 'variations of that clip').toBe('done');
    expect(takeOrigin('a heron'), 'another prompt: a new shot').toBeNull();
    jobs.remove('done');
    expect(takeOrigin('an owl'), 'the clip has left the library').toBeNull();
    jobs.remove('failed');
  });
});
