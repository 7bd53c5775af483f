import { describe, expect, it } from 'vitest';
import { loadPages, type JobPageAnswer } from '../src/lib/job-pages';
import { job } from './helpers';
import type { Job } from '../src/lib/types';

/** A backend whose list is `ids` (newest first), paged `size` at a time. */
function pages(ids: string[], size: number) {
  const asked: string[] = [];
  const page = async (after: string): Promise<JobPageAnswer> => {
    asked.push(after);
    const from = ids.indexOf(after) + 1;
    if (from === 0) throw { code: 'not_found' };
    const list = ids.slice(from, from + size).map((id) => job({ id }));
    return { jobs: list, next: from + size < ids.length ? list[list.length - 1].id : null };
  };
  return { page, asked };
}

describe('loadPages', () => {
  const pause = async () => {};
  it('loads every page after the first, in order', async () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const { page, asked } = pages(ids, 2);
    const got: string[] = [];
    await loadPages('b', { page, all: async () => [], apply: (l) => got.push(...l.map((j) => j.id)), touched: new Set(), pause });
    expect(got).toEqual(['c', 'd', 'e', 'f']);
    expect(asked).toEqual(['b', 'd']);
  });
  it('never takes a job from a page once an event has touched it', async () => {
    const { page } = pages(['a', 'b', 'c', 'd'], 2);
    const touched = new Set(['c']);
    const got: string[] = [];
    await loadPages('a', { page, all: async () => [], apply: (l) => got.push(...l.map((j) => j.id)), touched, pause });
    expect(got).toEqual(['b', 'd']);
  });
  it('falls back to one full list when the cursor is gone', async () => {
    const { page } = pages(['a', 'b'], 2);
    const all: Job[] = ['a', 'b', 'c'].map((id) => job({ id }));
    const got: string[] = [];
    await loadPages('gone', { page, all: async () => all, apply: (l) => got.push(...l.map((j) => j.id)), touched: new Set(['b']), pause });
    expect(got).toEqual(['a', 'c']);
  });
});
