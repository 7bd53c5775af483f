// The reactive stores (Svelte 5 runes) as the UI uses them: fed by events, derived views.
// The jobs store's view and cache: tests/jobs-store.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jobs } from '../src/lib/stores/jobs.svelte';
import { selection } from '../src/lib/stores/selection.svelte';
import { toasts } from '../src/lib/stores/toasts.svelte';
import { tray } from '../src/lib/stores/tray.svelte';
import { trims } from '../src/lib/stores/trims.svelte';
import { job } from './helpers';

// The merge tray reads the clips' bodies from the jobs store's cache (as events bring them).
beforeEach(() => {
  selection.clear();
  tray.clear();
});

describe('toasts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('commits an undoable change when the toast closes, never after Undo', () => {
    const log: string[] = [];
    const a = toasts.undoable('Removed', () => log.push('undo a'), () => log.push('commit a'));
    toasts.act(a);
    const b = toasts.undoable('Removed', () => log.push('undo b'), () => log.push('commit b'));
    toasts.dismiss(b);
    toasts.undoable('Removed', () => log.push('undo c'), () => log.push('commit c'));
    vi.advanceTimersByTime(10_001);
    expect(log).toEqual(['undo a', 'commit b', 'commit c']);
    expect(toasts.items).toEqual([]);
  });
  it('keeps three at most (the oldest commits as it goes) and holds one while it has focus', () => {
    const log: string[] = [];
    const first = toasts.undoable('First', () => {}, () => log.push('first'));
    toasts.show('2');
    toasts.show('3');
    toasts.hold(first);
    toasts.show('4');
    expect(log).toEqual(['first']);
    expect(toasts.items.map((t) => t.message)).toEqual(['2', '3', '4']);
    const held = toasts.error('stays');
    toasts.hold(held);
    vi.advanceTimersByTime(60_000);
    expect(toasts.items.map((t) => t.message)).toEqual(['stays']);
    toasts.release(held);
    vi.advanceTimersByTime(8_001);
    expect(toasts.items).toEqual([]);
  });
});

describe('selection store', () => {
  it('marquee replace / add / toggle starts from the selection at drag start', () => {
    selection.replace(['a', 'b']);
    selection.beginMarquee('replace');
    expect(selection.ids).toEqual([]);
    selection.updateMarquee(['c', 'd']);
    selection.updateMarquee(['c']); // shrinking the marquee un-selects
    selection.endMarquee();
    expect(selection.ids).toEqual(['c']);

    selection.beginMarquee('add');
    selection.updateMarquee(['d', 'c']);
    selection.endMarquee();
    expect(selection.ids).toEqual(['c', 'd']);

    selection.beginMarquee('toggle');
    selection.updateMarquee(['d', 'e']);
    selection.endMarquee();
    expect(selection.ids).toEqual(['c', 'e']);
  });

  it('clears, selects all visible, toggles, ranges and prunes removed ids', () => {
    selection.selectAll(['a', 'b', 'c']);
    expect(selection.count).toBe(3);
    selection.clear();
    expect(selection.count).toBe(0);
    selection.toggle('b');
    selection.toggle('c');
    selection.toggle('b');
    expect(selection.ids).toEqual(['c']);
    selection.only('b');
    selection.range(['a', 'b', 'c', 'd'], 'd', false);
    expect(selection.ids).toEqual(['b', 'c', 'd']);
    selection.prune((id) => id !== 'c');
    expect(selection.ids).toEqual(['b', 'd']);
    expect(selection.has('d')).toBe(true);
  });
});

describe('merge tray', () => {
  it('a click to look at one clip (and the double-click that opens it) leaves the tray alone', () => {
    jobs.upsertMany(['a', 'b'].map((id) => job({ id, status: 'completed' })));
    selection.only('a'); // click
    selection.only('a'); // the double-click's clicks
    expect(tray.order).toEqual([]);
    expect(tray.shown).toBe(false);
    selection.only('b');
    selection.clear(); // a click on empty space
    expect(tray.order).toEqual([]);
    expect(tray.shown).toBe(false);
  });

  it('takes a multi-selection (Ctrl/Space, Shift range, marquee), completed clips only, in pick order', () => {
    jobs.upsertMany([
      job({ id: 'a', status: 'completed', clip_seconds: 5 }),
      job({ id: 'b', status: 'processing' }),
      job({ id: 'c', status: 'completed', clip_seconds: 8 }),
      job({ id: 'd', status: 'completed', clip_seconds: 10, params: { model_slug: 'm', prompt: '', duration_seconds: 8, count: 1 } }),
    ]);
    selection.toggle('c');
    expect(tray.order).toEqual([]); // one clip picked is a clip looked at
    selection.toggle('b');
    expect(tray.order).toEqual(['c']);
    expect(tray.excluded).toMatch(/1 still rendering/);
    expect(tray.shown).toBe(true);
    selection.toggle('a');
    expect(tray.order).toEqual(['c', 'a']);
    tray.move(1, 0);
    expect(tray.order).toEqual(['a', 'c']);
    selection.toggle('d');
    expect(tray.order).toEqual(['a', 'c', 'd']);
    expect(tray.total).toEqual({ seconds: 23, unknown: 0 });
    tray.remove('c');
    expect(tray.order).toEqual(['a', 'd']);
    expect(selection.has('c')).toBe(false);
    // A clip that completes while selected joins the tray at the end.
    jobs.upsert({ ...jobs.get('b')!, status: 'completed' });
    expect(tray.order).toEqual(['a', 'd', 'b']);
    expect(tray.excluded).toBeNull();
  });

  it('un-picking a clip of the multi-selection (Ctrl+click, Space, Ctrl+marquee) takes it out of the tray', () => {
    jobs.upsertMany(['a', 'b', 'c', 'd'].map((id) => job({ id, status: 'completed' })));
    selection.replace(['a', 'b', 'c']);
    selection.toggle('b');
    expect(selection.ids).toEqual(['a', 'c']);
    expect(tray.order).toEqual(['a', 'c']);
    selection.beginMarquee('toggle');
    selection.updateMarquee(['c', 'd']);
    selection.endMarquee();
    expect(selection.ids).toEqual(['a', 'd']);
    expect(tray.order).toEqual(['a', 'd']);
  });

  it('a shown tray is never empty of what the selection picked, and is hidden when it holds nothing', () => {
    jobs.upsertMany([job({ id: 'p', status: 'processing' }), job({ id: 'q', status: 'failed' }), job({ id: 'a', status: 'completed' })]);
    selection.replace(['p', 'q']); // nothing mergeable: the tray says why
    expect(tray.order).toEqual([]);
    expect(tray.shown).toBe(true);
    expect(tray.excluded).toMatch(/1 still rendering, 1 failed/);
    selection.only('a');
    expect(tray.shown).toBe(false);
    expect(tray.excluded).toBeNull();
  });

  it('keeps its clips and order through a stray Escape, a click on empty space and another selection', () => {
    jobs.upsertMany(['a', 'b', 'c', 'd', 'e'].map((id) => job({ id, status: 'completed' })));
    selection.replace(['a', 'b', 'c']);
    tray.move(2, 0);
    expect(tray.order).toEqual(['c', 'a', 'b']);
    selection.clear(); // Escape
    expect(tray.order).toEqual(['c', 'a', 'b']);
    selection.beginMarquee('replace'); // a click on empty grid space
    selection.endMarquee();
    expect(tray.order).toEqual(['c', 'a', 'b']);
    selection.only('d'); // a click to look at another card: not a pick for the merge
    expect(tray.order).toEqual(['c', 'a', 'b']);
    selection.range(['a', 'b', 'c', 'd', 'e'], 'e', false); // Shift+click: d..e join at the end
    expect(tray.order).toEqual(['c', 'a', 'b', 'd', 'e']);
  });

  it('keeps only what a marquee ends on, and what was there before it', () => {
    jobs.upsertMany(['a', 'b', 'c', 'd'].map((id) => job({ id, status: 'completed' })));
    selection.replace(['a', 'd']);
    selection.beginMarquee('replace');
    selection.updateMarquee(['b', 'c']);
    expect(tray.order).toEqual(['a', 'd', 'b', 'c']); // live while dragging
    selection.updateMarquee(['b']);
    selection.endMarquee();
    expect(tray.order).toEqual(['a', 'd']); // a marquee over one clip is a look, not a pick
    selection.beginMarquee('replace');
    selection.updateMarquee(['b', 'c']);
    selection.endMarquee();
    selection.clear();
    expect(tray.order).toEqual(['a', 'd', 'b', 'c']);
  });

  it('adds a clip from its card, clears only on Clear (undoable), and a clip that completes while selected stays', () => {
    jobs.upsertMany([job({ id: 'a', status: 'completed' }), job({ id: 'b', status: 'completed' }), job({ id: 'p', status: 'processing' })]);
    tray.add('b');
    tray.add('p'); // not completed: not mergeable
    expect(tray.order).toEqual(['b']);
    expect(tray.shown).toBe(true);
    expect(selection.count).toBe(0);
    selection.replace(['p', 'a']);
    jobs.upsert({ ...jobs.get('p')!, status: 'completed' });
    expect(tray.order).toEqual(['b', 'a', 'p']);
    selection.clear();
    expect(tray.order).toEqual(['b', 'a', 'p']);
    const undo = tray.clear();
    expect(tray.order).toEqual([]);
    undo();
    expect(tray.order).toEqual(['b', 'a', 'p']);
    tray.clear();
    expect(tray.order).toEqual([]);
  });

  it('a delete undone puts its clips back where they were in the tray, trims too, beside what came since', () => {
    jobs.upsertMany(['a', 'b', 'c', 'd'].map((id) => job({ id, status: 'completed' })));
    for (const id of ['a', 'b', 'c']) tray.add(id);
    trims.set('b', { in_secs: 1, out_secs: 3 });
    const putBack = tray.remember();
    tray.remove('b'); // what a delete does to the tray (via the selection, or like this)
    tray.add('d');
    expect(tray.order).toEqual(['a', 'c', 'd']);
    expect(trims.get('b')).toBeNull();
    putBack(['b', 'x']); // x: brought back, never in the tray
    expect(tray.order).toEqual(['a', 'b', 'c', 'd']);
    expect(trims.get('b')).toEqual({ in_secs: 1, out_secs: 3 });
  });
});
