// The jobs store over the engine's view (a fake engine with the same rules): the view's ids
// and counts come from answers, an answer to an older question is dropped, events update a
// cached body and ask again once, and the body cache stays bounded whatever is scrolled past.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_BOUND, HEAD_CARDS, jobs, MAX_IDS } from '../src/lib/stores/jobs.svelte';
import { compare } from '../src/lib/stores/compare.svelte';
import { selection } from '../src/lib/stores/selection.svelte';
import { takes } from '../src/lib/stores/takes.svelte';
import { tray } from '../src/lib/stores/tray.svelte';
import type { Job } from '../src/lib/types';
import type { JobView } from '../src/lib/bindings/JobView';
import { FakeEngine, settle } from './engine';
import { job } from './helpers';

const engine = new FakeEngine();
const f1 = { id: 'f1', name: 'One', remote_id: null, created_at: '' };

beforeAll(async () => {
  await jobs.start(0);
});
beforeEach(async () => {
  engine.hold = false;
  engine.releaseAll();
  engine.folders = [f1];
  engine.set([]);
  takes.setStacked(false);
  jobs.setSortOrders({});
  jobs.setFolders([f1]);
  jobs.setFilter({ folder: 'all', status: null, model: null, text: '', flag: null, minStars: 0 });
  await jobs.settled();
  engine.calls = [];
});

/** The library changes in the engine, and its events reach the store. */
function library(list: Job[]): void {
  engine.set(list);
  jobs.upsertMany(list);
}

describe('the view, as the engine answers it', () => {
  it('ids newest first, counts, folder and search filters; a remove leaves the view at once', async () => {
    library([
      job({ id: 'a', folder_id: 'f1', minutesAgo: 3 }),
      job({ id: 'b', status: 'failed', minutesAgo: 2, model_slug: 'veo31_fast' }),
      job({ id: 'c', folder_id: 'f1', prompt: 'sunset', minutesAgo: 1 }),
    ]);
    await jobs.settled();
    expect(jobs.ids).toEqual(['c', 'b', 'a']);
    expect(jobs.total).toBe(3);
    expect(jobs.size).toBe(3);
    expect([jobs.counts.unfiled, jobs.counts.byFolder.get('f1')]).toEqual([1, 2]);
    expect(jobs.models).toEqual(['kling_3_0', 'veo31_fast']);
    jobs.selectFolder({ id: 'f1' });
    jobs.setFilter({ text: 'sun' });
    await jobs.settled();
    expect(jobs.ids).toEqual(['c']);
    jobs.clearFilters();
    await jobs.settled();
    expect(jobs.ids).toEqual(['c', 'a']);
    engine.jobs.delete('c');
    jobs.remove('c'); // job://removed
    expect(jobs.ids, 'before the engine answers again').toEqual(['a']);
    await jobs.settled();
    expect(jobs.ids).toEqual(['a']);
    expect(jobs.counts.all).toBe(2);
  });

  it('each place keeps its sort order, asked of the engine', async () => {
    library([job({ id: 'a', minutesAgo: 3, folder_id: 'f1' }), job({ id: 'b', minutesAgo: 2, folder_id: 'f1' }), job({ id: 'c', minutesAgo: 1 })]);
    jobs.setSort('oldest');
    await jobs.settled();
    expect(jobs.ids).toEqual(['a', 'b', 'c']);
    jobs.selectFolder({ id: 'f1' });
    await jobs.settled();
    expect(jobs.sort).toBe('newest');
    expect(jobs.ids).toEqual(['b', 'a']);
    expect(engine.calls[engine.calls.length - 1]?.args.query).toMatchObject({ place: { id: 'f1' }, sort: 'newest', offset: 0, limit: 0 });
  });

  it('an answer to an older question is dropped', async () => {
    library([job({ id: 'a', prompt: 'a fox' }), job({ id: 'b', prompt: 'an owl' })]);
    await jobs.settled();
    engine.hold = true;
    jobs.setFilter({ text: 'fox' });
    jobs.setFilter({ text: 'owl' });
    const [oldView, newView] = engine.held('get_job_view_ids');
    newView(); // the newer question answers first…
    await settle(0);
    expect(jobs.ids).toEqual(['b']);
    const revision = jobs.revision;
    oldView(); // …then the older one: dropped
    await settle(0);
    engine.hold = false;
    engine.releaseAll();
    await jobs.settled();
    expect(jobs.ids).toEqual(['b']);
    expect(jobs.revision).toBe(revision);
  });

  it('events update a cached body and ask again once, coalesced', async () => {
    const a = job({ id: 'a', status: 'processing' });
    library([a, job({ id: 'b' })]);
    await jobs.settled();
    engine.calls = [];
    for (const status of ['processing', 'completed', 'completed'] as const) {
      const next = { ...a, status, updated_at: new Date().toISOString() };
      engine.jobs.set('a', next);
      jobs.upsert(next);
    }
    expect(jobs.get('a')?.status, 'the cached body, at once').toBe('completed');
    await jobs.settled();
    const views = engine.calls.filter((c) => c.cmd === 'get_job_view_ids' && (c.args.query as { flag: string | null }).flag !== 'rejected');
    expect(views.length, 'one question for three events').toBe(1);
    expect(engine.count('get_job_view_summary')).toBe(1);
  });

  it('a body not cached reads as missing (the grid shows a placeholder) and is asked for, with the others of the frame', async () => {
    const list = Array.from({ length: 50 }, (_, i) => job({ id: `p${i}`, minutesAgo: i }));
    engine.set(list); // in the engine only: no event brought them
    jobs.setSort('newest');
    jobs.selectFolder('all');
    jobs.setFilter({ text: 'a cat' });
    await jobs.settled();
    expect(jobs.ids.length).toBe(50);
    engine.calls = [];
    expect(jobs.ids.slice(0, 20).map((id) => jobs.get(id))).toEqual(Array(20).fill(undefined));
    await settle();
    expect(engine.count('get_jobs')).toBe(1);
    expect(jobs.get('p0')?.id).toBe('p0');
    expect(jobs.get('p19')?.id).toBe('p19');
    expect(jobs.peek('p30'), 'only what was asked').toBeUndefined();
  });
});

describe('the body cache', () => {
  const N = 10_000;
  const list = Array.from({ length: N }, (_, i) => job({ id: `s${String(i).padStart(5, '0')}`, minutesAgo: i, status: 'completed' }));

  it('never holds more than its bound while the grid scrolls through 10,000 clips; pinned clips stay', async () => {
    engine.set(list);
    jobs.setFilter({ text: 'cat' }); // a new view of the engine's clips
    await jobs.settled();
    expect(jobs.ids.length).toBe(N);
    jobs.pin('tray', [jobs.ids[3]]);
    await settle();
    let most = 0;
    for (let top = 0; top < N; top += 240) {
      jobs.pin('grid', jobs.ids.slice(top, top + 60)); // the rows in the DOM
      await settle(20);
      most = Math.max(most, jobs.cached);
      expect(jobs.peek(jobs.ids[top]), `row at ${top} filled`).toBeDefined();
    }
    expect(most).toBeLessThanOrEqual(CACHE_BOUND);
    expect(most, 'the cache did fill').toBeGreaterThan(CACHE_BOUND - 100);
    expect(jobs.peek(jobs.ids[3]), 'the pinned clip').toBeDefined();
    expect(jobs.peek(jobs.ids[60]), 'a clip scrolled past long ago').toBeUndefined();
    jobs.pin('tray', []);
    jobs.pin('grid', []);
  });

  it('an action on more clips than the cache holds fetches them in batches', async () => {
    engine.set(list);
    engine.calls = [];
    const got = await jobs.fetch(list.slice(0, 4_500).map((j) => j.id));
    expect(got.length).toBe(4_500);
    const batches = engine.calls.filter((c) => c.cmd === 'get_jobs').map((c) => (c.args.ids as string[]).length);
    expect(Math.max(...batches)).toBeLessThanOrEqual(MAX_IDS);
    expect(jobs.cached).toBeLessThanOrEqual(CACHE_BOUND);
  });

  it('selecting every clip of a large view asks for no body of it (the tray reads what is cached)', async () => {
    engine.set(list);
    jobs.setFilter({ text: 'a cat' });
    await jobs.settled();
    await settle();
    engine.calls = [];
    selection.replace(jobs.ids); // Ctrl+A
    void tray.order;
    void compare.choice;
    await settle();
    jobs.upsert({ ...list[0], rating: 2 }); // the cache changes: the tray's order is derived again
    void tray.order;
    await jobs.settled();
    await settle();
    const asked = engine.calls.filter((c) => c.cmd === 'get_jobs').reduce((n, c) => n + (c.args.ids as string[]).length, 0);
    expect(asked).toBeLessThan(100);
    selection.clear();
  });

  it('a body an event brought while a fetch ran is not overwritten by that fetch', async () => {
    const a = job({ id: 'race', status: 'processing' });
    engine.set([a]);
    jobs.selectFolder('unfiled');
    await jobs.settled();
    engine.hold = true;
    void jobs.get('race'); // asked…
    await settle();
    const done = { ...a, status: 'completed' };
    jobs.upsert(done); // …an event meanwhile…
    engine.hold = false;
    engine.releaseAll(); // …then the older answer
    await settle();
    expect(jobs.peek('race')?.status).toBe('completed');
  });
});

describe('removed from view (undoable) and stacks', () => {
  it('a hidden clip leaves the view and the counts until shown again', async () => {
    library([job({ id: 'a', folder_id: 'f1' }), job({ id: 'b' })]);
    await jobs.settled();
    jobs.hide('a');
    expect(jobs.ids).not.toContain('a');
    expect(jobs.get('a')).toBeUndefined();
    await jobs.settled();
    expect(jobs.counts.byFolder.get('f1')).toBe(0);
    jobs.upsert({ ...job({ id: 'a', folder_id: 'f1' }), status: 'failed' }); // an event meanwhile
    jobs.show('a'); // Undo
    await jobs.settled();
    expect(jobs.ids).toContain('a');
    expect(jobs.get('a')?.status).toBe('failed');
    expect(jobs.counts.byFolder.get('f1')).toBe(1);
  });

  it('stacked: one card a shot, the takes it covers; an open stack lists them', async () => {
    library([job({ id: 't1', shot: 's', minutesAgo: 3 }), job({ id: 't2', shot: 's', minutesAgo: 2 }), job({ id: 'x', minutesAgo: 1 })]);
    takes.setStacked(true);
    await jobs.settled();
    expect(jobs.ids.length).toBe(2);
    expect(jobs.total).toBe(3);
    const stack = jobs.stacks.get(1)!;
    expect(stack).toMatchObject({ shot: 's', takes: 2, open: false });
    expect(jobs.covered.size).toBe(1);
    takes.setOpen('s', true);
    await jobs.settled();
    expect(jobs.ids).toEqual(['x', 't2', 't1']);
    expect(jobs.covered.size).toBe(0);
  });

  it('the rejected clips in view are asked after the view ("Delete rejected (N)")', async () => {
    library([job({ id: 'r1', flag: 'reject', prompt: 'a fox' }), job({ id: 'r2', flag: 'reject' }), job({ id: 'ok', prompt: 'a fox' })]);
    await jobs.settled();
    expect([...jobs.rejected].sort()).toEqual(['r1', 'r2']);
    jobs.setFilter({ text: 'fox' });
    await jobs.settled();
    expect(jobs.rejected).toEqual(['r1']);
  });

  it('reveal clears the filters only when the clip is not in the view', async () => {
    library([job({ id: 'a', prompt: 'a fox' }), job({ id: 'b', prompt: 'an owl' })]);
    jobs.setFilter({ text: 'fox' });
    await jobs.reveal('a');
    expect(jobs.filter.text).toBe('fox');
    await jobs.reveal('b');
    expect(jobs.filter.text).toBe('');
    await jobs.settled();
    expect(jobs.ids).toContain('b');
  });
});

describe('a large view: its first cards first, then the rest', () => {
  const views = () =>
    engine.calls.filter((c) => c.cmd === 'get_job_view_ids').map((c) => c.args.query as JobView);
  const many = (n: number) => Array.from({ length: n }, (_, i) => job({ id: `m${i}`, minutesAgo: i, flag: i === 5 ? 'reject' : undefined }));

  it('a new view paints its first cards, counted whole, and every card follows; the rejected ones after that', async () => {
    library(many(HEAD_CARDS + 60));
    await jobs.settled();
    expect(jobs.ids.length).toBe(HEAD_CARDS + 60);
    engine.calls = [];
    engine.hold = true;
    jobs.setFilter({ status: 'completed' });
    expect(views().map((q) => q.limit), 'only the first cards are asked at first').toEqual([HEAD_CARDS]);
    engine.held('get_job_view_ids')[0]();
    await settle(0);
    expect(jobs.ids.length, 'the first cards are on screen').toBe(HEAD_CARDS);
    expect(jobs.cards, 'the grid lays out every card').toBe(HEAD_CARDS + 60);
    expect(jobs.ids[0]).toBe('m0');
    expect(views().length, 'the rest waits for the first cards to be painted').toBe(1);
    await settle(50);
    expect(views().map((q) => [q.limit, q.flag]), 'then the rest, nothing else yet').toEqual([
      [HEAD_CARDS, null],
      [0, null],
    ]);
    const revision = jobs.revision;
    engine.held('get_job_view_ids')[1]();
    await settle(0);
    expect(jobs.ids.length).toBe(HEAD_CARDS + 60);
    expect(jobs.revision).toBe(revision + 1);
    expect(views()[2]?.flag, 'the rejected clips are asked once every card is there').toBe('rejected');
    engine.hold = false;
    engine.releaseAll();
    await jobs.settled();
    expect(jobs.rejected).toEqual(['m5']);
  });

  it('the rest of a view a newer one replaced is dropped, or not asked; events ask the whole view (the grid stays where it is)', async () => {
    library(many(HEAD_CARDS + 10));
    await jobs.settled();
    engine.calls = [];
    engine.hold = true;
    jobs.setFilter({ status: 'completed' });
    engine.held('get_job_view_ids')[0]();
    await settle(0);
    jobs.setFilter({ status: 'failed' }); // before the first view's rest is asked
    engine.held('get_job_view_ids')[1]();
    await settle(50);
    expect(views().filter((q) => q.flag !== 'rejected').map((q) => [q.status, q.limit])).toEqual([
      ['completed', HEAD_CARDS],
      ['failed', HEAD_CARDS],
    ]);
    engine.hold = false;
    engine.releaseAll();
    await jobs.settled();
    engine.hold = true;
    engine.calls = [];
    jobs.setFilter({ status: null });
    engine.held('get_job_view_ids')[0]();
    await settle(50);
    jobs.setFilter({ text: 'cat' }); // before the rest of that view has come
    engine.held('get_job_view_ids')[2](); // the new view's first cards
    await settle(0);
    const revision = jobs.revision;
    engine.held('get_job_view_ids')[1](); // the old view's rest: dropped
    await settle(0);
    expect(jobs.revision).toBe(revision);
    expect(jobs.ids.length).toBe(HEAD_CARDS);
    engine.hold = false;
    engine.releaseAll();
    await jobs.settled();
    expect(jobs.ids.length).toBe(HEAD_CARDS + 10);
    engine.calls = [];
    jobs.upsert({ ...engine.jobs.get('m3')!, rating: 4 }); // job://updated
    await jobs.settled();
    expect(views().filter((q) => q.flag !== 'rejected').map((q) => q.limit)).toEqual([0]);
  });
});

describe('the search box, as typed', () => {
  const searched = () =>
    engine.calls
      .filter((c) => c.cmd === 'get_job_view_ids' && (c.args.query as JobView).flag !== 'rejected')
      .map((c) => (c.args.query as JobView).text);

  it('asks the first text at once; while it is in flight only the latest text waits, asked when it is answered', async () => {
    library([job({ id: 'a', prompt: 'harbour at dusk' }), job({ id: 'b', prompt: 'a hare' })]);
    await jobs.settled();
    engine.calls = [];
    engine.hold = true;
    jobs.search('h');
    expect(searched(), 'no typing pause before the first question').toEqual(['h']);
    jobs.search('ha');
    jobs.search('har');
    jobs.search('harb');
    expect(searched(), 'nothing more while one is in flight').toEqual(['h']);
    engine.hold = false;
    engine.releaseAll();
    await jobs.settled();
    expect(searched(), 'then the latest text, once').toEqual(['h', 'harb']);
    expect(jobs.filter.text).toBe('harb');
    expect(jobs.ids).toEqual(['a']);
  });

  it('a text still waiting is dropped when the filters change meanwhile (cleared)', async () => {
    library([job({ id: 'a', prompt: 'a fox' }), job({ id: 'b', prompt: 'an owl' })]);
    await jobs.settled();
    engine.calls = [];
    engine.hold = true;
    jobs.search('fox');
    jobs.search('foxes');
    jobs.clearFilters();
    engine.hold = false;
    engine.releaseAll();
    await jobs.settled();
    expect(searched()).toEqual(['fox', '']);
    expect(jobs.filter.text).toBe('');
    expect([...jobs.ids].sort()).toEqual(['a', 'b']);
  });

  it('the same text again asks nothing', async () => {
    library([job({ id: 'a', prompt: 'a fox' })]);
    jobs.search('fox');
    await jobs.settled();
    engine.calls = [];
    jobs.search('fox');
    await jobs.settled();
    expect(searched()).toEqual([]);
  });
});
