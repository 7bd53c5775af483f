// The grid's sort orders: each comparator, and the store sorting the place in view by the
// order that place remembers.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { changesSpending } from '../src/lib/actions/library-view';
import { compareJobs } from '../src/lib/jobs-core';
import { byLength, byModel, descending, oldestFirst, parseSort, SORT_ORDERS, sortJobs, sortPlace, storyboardOrder } from '../src/lib/sort';
import { jobs } from '../src/lib/stores/jobs.svelte';
import { spending } from '../src/lib/stores/spending.svelte';
import type { Job } from '../src/lib/types';
import { FakeEngine } from './engine';
import { job } from './helpers';

const ids = (list: readonly Job[]) => list.map((j) => j.id);
const newest = (list: Job[]) => [...list].sort(compareJobs);
const line = (list: string | null, n: number) => ({ list, line: n });

describe('sort orders', () => {
  it('newest is the index order itself, oldest its reverse', () => {
    const list = newest([job({ id: 'a', minutesAgo: 1 }), job({ id: 'b', minutesAgo: 3 }), job({ id: 'c', minutesAgo: 2 })]);
    expect(ids(list)).toEqual(['a', 'c', 'b']);
    expect(sortJobs(list, 'newest')).toBe(list);
    expect(ids(sortJobs(list, 'oldest'))).toEqual(['b', 'c', 'a']);
    expect(ids(list), 'the input is left as it was').toEqual(['a', 'c', 'b']);
    expect(ids([...list].sort(oldestFirst))).toEqual(['b', 'c', 'a']);
  });

  it('storyboard order: line order (4 before 10), takes of a line oldest first, then clips from no list, newest first', () => {
    const list = newest([
      job({ id: 'line10', minutesAgo: 9, storyboard: line('storyboard.csv', 10) }),
      job({ id: 'line4-retake', minutesAgo: 1, storyboard: line('storyboard.csv', 4) }),
      job({ id: 'line4', minutesAgo: 8, storyboard: line('storyboard.csv', 4) }),
      job({ id: 'loose-new', minutesAgo: 0 }),
      job({ id: 'loose-old', minutesAgo: 20 }),
      job({ id: 'line2', minutesAgo: 7, storyboard: line('storyboard.csv', 2) }),
    ]);
    expect(ids(sortJobs(list, 'storyboard'))).toEqual(['line2', 'line4', 'line4-retake', 'line10', 'loose-new', 'loose-old']);
  });

  it('storyboard order keeps each list together, pasted first, names in natural order', () => {
    const list = newest([
      job({ id: 'shots10-1', storyboard: line('shots 10.txt', 1) }),
      job({ id: 'shots2-5', storyboard: line('shots 2.txt', 5) }),
      job({ id: 'shots2-1', storyboard: line('shots 2.txt', 1) }),
      job({ id: 'pasted-3', storyboard: line(null, 3) }),
    ]);
    expect(ids([...list].sort(storyboardOrder))).toEqual(['pasted-3', 'shots2-1', 'shots2-5', 'shots10-1']);
  });

  it('model: each model together, by name, newest first within; unknown model last', () => {
    const list = newest([
      job({ id: 'veo-old', model_slug: 'veo31_fast', minutesAgo: 5 }),
      job({ id: 'kling', model_slug: 'kling_3_0', minutesAgo: 4 }),
      job({ id: 'none', model_slug: null, minutesAgo: 0 }),
      job({ id: 'veo-new', model_slug: 'veo31_fast', minutesAgo: 1 }),
    ]);
    expect(ids([...list].sort(byModel))).toEqual(['kling', 'veo-new', 'veo-old', 'none']);
    expect(ids(sortJobs(list, 'model'))).toEqual(['kling', 'veo-new', 'veo-old', 'none']);
  });

  it('length: longest clip first, unknown lengths last (newest first among them)', () => {
    const list = newest([
      job({ id: 'five', clip_seconds: 5, minutesAgo: 1 }),
      job({ id: 'unknown-old', clip_seconds: null, minutesAgo: 9 }),
      job({ id: 'ten', clip_seconds: 10, minutesAgo: 3 }),
      job({ id: 'unknown-new', clip_seconds: null, minutesAgo: 0 }),
      job({ id: 'eight', clip_seconds: 8.2, minutesAgo: 2 }),
    ]);
    expect(ids([...list].sort(byLength))).toEqual(['ten', 'eight', 'five', 'unknown-new', 'unknown-old']);
  });

  it('descending is the hook for any number (e.g. a rating): highest first, ties and blanks newest first', () => {
    const score = new Map([
      ['a', 3],
      ['b', 5],
      ['c', 3],
    ]);
    const list = newest([job({ id: 'a', minutesAgo: 2 }), job({ id: 'b', minutesAgo: 3 }), job({ id: 'c', minutesAgo: 1 }), job({ id: 'd', minutesAgo: 0 })]);
    expect(ids([...list].sort(descending((j) => score.get(j.id))))).toEqual(['b', 'c', 'a', 'd']);
  });

  it('rating: most stars first, unrated clips last, ties newest first', () => {
    const list = newest([
      job({ id: 'three-old', rating: 3, minutesAgo: 5 }),
      job({ id: 'unrated', minutesAgo: 0 }),
      job({ id: 'five', rating: 5, minutesAgo: 4 }),
      job({ id: 'three-new', rating: 3, minutesAgo: 1 }),
    ]);
    expect(ids(sortJobs(list, 'rating'))).toEqual(['five', 'three-new', 'three-old', 'unrated']);
  });

  it('an unknown remembered order reads as newest first; places are named alike everywhere', () => {
    expect(parseSort('storyboard')).toBe('storyboard');
    expect(parseSort('no-such-order')).toBe('newest');
    expect(parseSort(undefined)).toBe('newest');
    expect(SORT_ORDERS.map((o) => o.value)).toEqual(['newest', 'oldest', 'storyboard', 'model', 'length', 'rating']);
    expect([sortPlace('all'), sortPlace('unfiled'), sortPlace({ id: 'f-1' })]).toEqual(['all', 'unfiled', 'folder:f-1']);
  });
});

describe('the jobs store asks for the place in view in its own order', () => {
  const engine = new FakeEngine();
  beforeAll(() => jobs.start(0));
  beforeEach(async () => {
    jobs.setSortOrders({});
    engine.folders = [{ id: 'f1', name: 'One', remote_id: null, created_at: '' }];
    jobs.setFolders(engine.folders);
    jobs.setFilter({ folder: 'all', status: null, model: null, text: '' });
    const list = [
      job({ id: 'a', minutesAgo: 3, folder_id: 'f1', storyboard: line('s.csv', 2) }),
      job({ id: 'b', minutesAgo: 2, folder_id: 'f1', storyboard: line('s.csv', 1) }),
      job({ id: 'c', minutesAgo: 1 }),
    ];
    engine.set(list);
    jobs.upsertMany(list);
    await jobs.settled();
  });

  it('each place keeps its order; a folder with none is newest first', async () => {
    expect(jobs.sort).toBe('newest');
    expect(jobs.ids).toEqual(['c', 'b', 'a']);
    jobs.setSort('oldest');
    await jobs.settled();
    expect(jobs.ids).toEqual(['a', 'b', 'c']);
    jobs.selectFolder({ id: 'f1' });
    expect(jobs.sort, 'the folder has its own order').toBe('newest');
    jobs.setSort('storyboard');
    await jobs.settled();
    expect(jobs.ids).toEqual(['b', 'a']);
    jobs.selectFolder('all');
    expect(jobs.sort).toBe('oldest');
    expect(jobs.sortOrders).toEqual({ all: 'oldest', 'folder:f1': 'storyboard' });
  });

  it('orders read at start are applied; an answer that is not a map is ignored', async () => {
    jobs.setSortOrders({ all: 'storyboard' });
    await jobs.settled();
    expect(jobs.ids).toEqual(['b', 'a', 'c']);
    jobs.setSortOrders([]);
    jobs.setSortOrders(null);
    expect(jobs.sort).toBe('storyboard');
  });

  it('filters still apply under any order', async () => {
    jobs.setSort('storyboard');
    jobs.setFilter({ text: 'nothing matches this' });
    await jobs.settled();
    expect(jobs.ids).toEqual([]);
  });
});

describe('spending', () => {
  it('only a change of charge, refund or folder asks the engine again', () => {
    const a = job({ id: 'a' });
    expect(changesSpending(undefined, a)).toBe(true);
    expect(changesSpending(a, { ...a, status: 'processing' })).toBe(false);
    expect(changesSpending(a, { ...a, credits_refunded: true })).toBe(true);
    expect(changesSpending(a, { ...a, credits_charged: 250 })).toBe(true);
    expect(changesSpending(a, { ...a, folder_id: 'f1' })).toBe(true);
  });

  it('a place without clips has none; an answer that is not spending is ignored', () => {
    spending.set({
      today: 300,
      week: 700,
      all: { clips: 4, credits: 700 },
      unfiled: { clips: 1, credits: 100 },
      folders: [{ folder_id: 'f1', clips: 3, credits: 600 }],
      day_ends_at: '2026-12-07T00:00:00+00:00',
      week_from: '2026-11-30',
    });
    expect(spending.of('all')).toEqual({ clips: 4, credits: 700 });
    expect(spending.of('unfiled')).toEqual({ clips: 1, credits: 100 });
    expect(spending.of({ id: 'f1' })).toEqual({ clips: 3, credits: 600 });
    expect(spending.of({ id: 'empty' })).toEqual({ clips: 0, credits: 0 });
    spending.set([]);
    expect(spending.current?.today).toBe(300);
  });
});
