import { describe, expect, it } from 'vitest';
import { markAnnouncement, markForKey, marksText } from '../src/lib/curation';
import { actionTargets as markTargets } from '../src/lib/selection';
import { EMPTY_FILTER, filterJobs, isFiltered } from '../src/lib/jobs-core';
import { job } from './helpers';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) =>
  markForKey({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('mark keys', () => {
  it('maps P, X, U and 0–5 as photo tools do', () => {
    expect(key('p')).toEqual({ flag: 'pick' });
    expect(key('P')).toEqual({ flag: 'pick' });
    expect(key('x')).toEqual({ flag: 'reject' });
    expect(key('u')).toEqual({ flag: 'unflagged' });
    expect(key('4')).toEqual({ rating: 4 });
    expect(key('0')).toEqual({ rating: 0 });
    expect(key('5')).toEqual({ rating: 5 });
  });
  it('leaves every other key, and the chords of Ctrl, Cmd and Alt, alone', () => {
    for (const k of ['6', '9', 'a', 'Enter', ' ', 'F1', 'Pause', 'Unidentified']) expect(key(k)).toBeNull();
    expect(key('0', { ctrlKey: true })).toBeNull(); // zoom reset
    expect(key('x', { metaKey: true })).toBeNull(); // cut
    expect(key('p', { altKey: true })).toBeNull();
  });
  it('acts on the selection when the focused card is in it, else on the focused card', () => {
    expect(markTargets(['a', 'b'], 'b')).toEqual(['a', 'b']);
    expect(markTargets(['a', 'b'], 'c')).toEqual(['c']);
    expect(markTargets(['a', 'b'], null)).toEqual(['a', 'b']);
    expect(markTargets([], 'c')).toEqual(['c']);
    expect(markTargets([], null)).toEqual([]);
  });
});

describe('marks in words', () => {
  it("names a card's marks and announces a change", () => {
    expect(marksText({ flag: 'pick', rating: 3 })).toBe('Picked, 3 stars');
    expect(marksText({ flag: 'reject', rating: undefined })).toBe('Rejected');
    expect(marksText({ flag: undefined, rating: 1 })).toBe('1 star');
    expect(marksText({})).toBe('');
    expect(markAnnouncement({ flag: 'pick' }, 2)).toBe('Picked 2 clips');
    expect(markAnnouncement({ flag: 'reject' }, 1)).toBe('Rejected 1 clip');
    expect(markAnnouncement({ flag: 'unflagged' }, 1)).toBe('Unflagged 1 clip');
    expect(markAnnouncement({ rating: 4 }, 1)).toBe('1 clip: 4 stars');
    expect(markAnnouncement({ rating: 0 }, 3)).toBe('3 clips: no stars');
    expect(markAnnouncement({ flag: 'pick', rating: 5 }, 1)).toBe('Picked 1 clip, 5 stars');
  });
});

describe('the flag and rating filters', () => {
  const list = [
    job({ id: 'pick4', flag: 'pick', rating: 4 }),
    job({ id: 'reject2', flag: 'reject', rating: 2 }),
    job({ id: 'plain' }),
    job({ id: 'plain5', rating: 5 }),
    job({ id: 'pick', flag: 'pick' }),
  ];
  const folders = new Set<string>();
  it('keeps picks, rejected or unflagged clips', () => {
    expect(ids(filterJobs(list, { ...EMPTY_FILTER, flag: 'picks' }, folders))).toEqual(['pick4', 'pick']);
    expect(ids(filterJobs(list, { ...EMPTY_FILTER, flag: 'rejected' }, folders))).toEqual(['reject2']);
    expect(ids(filterJobs(list, { ...EMPTY_FILTER, flag: 'unflagged' }, folders))).toEqual(['plain', 'plain5']);
  });
  it('keeps clips with at least so many stars, with the other filters', () => {
    expect(ids(filterJobs(list, { ...EMPTY_FILTER, minStars: 3 }, folders))).toEqual(['pick4', 'plain5']);
    expect(ids(filterJobs(list, { ...EMPTY_FILTER, minStars: 5 }, folders))).toEqual(['plain5']);
    expect(ids(filterJobs(list, { ...EMPTY_FILTER, minStars: 1, flag: 'picks' }, folders))).toEqual(['pick4']);
    expect(ids(filterJobs(list, { ...EMPTY_FILTER, minStars: 2, status: 'failed' }, folders))).toEqual([]);
  });
  it('counts as a filter that Clear clears', () => {
    expect(isFiltered(EMPTY_FILTER)).toBe(false);
    expect(isFiltered({ ...EMPTY_FILTER, folder: 'unfiled' })).toBe(false);
    expect(isFiltered({ ...EMPTY_FILTER, flag: 'rejected' })).toBe(true);
    expect(isFiltered({ ...EMPTY_FILTER, minStars: 3 })).toBe(true);
    expect(filterJobs(list, EMPTY_FILTER, folders)).toBe(list);
  });
});
