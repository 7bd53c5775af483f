import { describe, expect, it } from 'vitest';
import { applyMarquee, marqueeMode, moveFocus, pruneIds, rangeIds, toggleIds } from '../src/lib/selection';

describe('marquee', () => {
  it('picks the mode from modifiers (Shift adds, Ctrl/Cmd toggles)', () => {
    expect(marqueeMode({ shiftKey: false, ctrlKey: false, metaKey: false })).toBe('replace');
    expect(marqueeMode({ shiftKey: true, ctrlKey: false, metaKey: false })).toBe('add');
    expect(marqueeMode({ shiftKey: false, ctrlKey: true, metaKey: false })).toBe('toggle');
    expect(marqueeMode({ shiftKey: false, ctrlKey: false, metaKey: true })).toBe('toggle');
  });
  it('replace / add / toggle from the base selection, keeping order and no duplicates', () => {
    expect(applyMarquee(['a', 'b'], ['c', 'c'], 'replace')).toEqual(['c']);
    expect(applyMarquee(['a', 'b'], ['b', 'c'], 'add')).toEqual(['a', 'b', 'c']);
    expect(applyMarquee(['a', 'b'], ['b', 'c'], 'toggle')).toEqual(['a', 'c']);
    expect(applyMarquee(['a'], [], 'toggle')).toEqual(['a']);
  });
  it('toggles ids', () => {
    expect(toggleIds(['a', 'b'], ['a'])).toEqual(['b']);
    expect(toggleIds(['b'], ['a'])).toEqual(['b', 'a']);
  });
});

describe('ranges, pruning, keyboard focus', () => {
  const vis = ['a', 'b', 'c', 'd', 'e'];
  it('selects ranges in both directions', () => {
    expect(rangeIds(vis, 'b', 'd')).toEqual(['b', 'c', 'd']);
    expect(rangeIds(vis, 'd', 'b')).toEqual(['d', 'c', 'b']);
    expect(rangeIds(vis, null, 'c')).toEqual(['c']);
    expect(rangeIds(vis, 'zz', 'c')).toEqual(['c']);
    expect(rangeIds(vis, 'a', 'zz')).toEqual([]);
  });
  it('prunes missing ids and returns the same array when nothing changed', () => {
    const sel = ['a', 'b'];
    expect(pruneIds(sel, () => true)).toBe(sel);
    expect(pruneIds(sel, (id) => id === 'b')).toEqual(['b']);
  });
  it('moves focus in a grid', () => {
    // 10 items, 4 columns: rows [0..3] [4..7] [8,9]
    expect(moveFocus(0, 'ArrowRight', 4, 10)).toBe(1);
    expect(moveFocus(0, 'ArrowLeft', 4, 10)).toBe(0);
    expect(moveFocus(1, 'ArrowDown', 4, 10)).toBe(5);
    expect(moveFocus(6, 'ArrowDown', 4, 10)).toBe(6); // no card below
    expect(moveFocus(5, 'ArrowUp', 4, 10)).toBe(1);
    expect(moveFocus(9, 'ArrowRight', 4, 10)).toBe(9);
    expect(moveFocus(3, 'Home', 4, 10)).toBe(0);
    expect(moveFocus(3, 'End', 4, 10)).toBe(9);
    expect(moveFocus(0, 'PageDown', 4, 10, 2)).toBe(8);
    expect(moveFocus(0, 'ArrowDown', 4, 0)).toBe(-1);
  });
});
