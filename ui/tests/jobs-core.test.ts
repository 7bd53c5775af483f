import { describe, expect, it } from 'vitest';
import { compareJobs, EMPTY_FILTER, filterJobs, isOtherStatus, JobIndex, summarize } from '../src/lib/jobs-core';
import { job } from './helpers';

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('JobIndex', () => {
  it('keeps jobs newest first on load and on upsert', () => {
    const ix = new JobIndex();
    ix.replaceAll([job({ id: 'old', minutesAgo: 30 }), job({ id: 'new', minutesAgo: 1 }), job({ id: 'mid', minutesAgo: 10 })]);
    expect(ids(ix.all())).toEqual(['new', 'mid', 'old']);
    ix.upsert(job({ id: 'newest', minutesAgo: 0 }));
    ix.upsert(job({ id: 'between', minutesAgo: 5 }));
    expect(ids(ix.all())).toEqual(['newest', 'new', 'between', 'mid', 'old']);
    expect(ix.size).toBe(5);
  });

  it('replaces a job in place when it changes (same id, no duplicate)', () => {
    const ix = new JobIndex();
    ix.replaceAll([job({ id: 'a', minutesAgo: 2 }), job({ id: 'b', minutesAgo: 1 })]);
    const updated = { ...ix.get('a')!, status: 'failed', error_message: 'boom' };
    ix.upsert(updated);
    expect(ix.size).toBe(2);
    expect(ix.get('a')).toBe(updated);
    expect(ids(ix.all())).toEqual(['b', 'a']);
    expect(ix.all()[1].status).toBe('failed');
  });

  it('moves a job when its created_at changes', () => {
    const ix = new JobIndex();
    ix.replaceAll([job({ id: 'a', minutesAgo: 3 }), job({ id: 'b', minutesAgo: 2 }), job({ id: 'c', minutesAgo: 1 })]);
    ix.upsert({ ...ix.get('a')!, created_at: '2030-01-01T00:00:00Z' });
    expect(ids(ix.all())).toEqual(['a', 'c', 'b']);
  });

  it('removes jobs and reports whether they were known', () => {
    const ix = new JobIndex();
    ix.replaceAll([job({ id: 'a' }), job({ id: 'b' })]);
    expect(ix.remove('a')).toBe(true);
    expect(ix.remove('a')).toBe(false);
    expect(ids(ix.all())).toEqual(['b']);
    expect(ix.has('a')).toBe(false);
  });

  it('orders ties by id and jobs without created_at by updated_at', () => {
    const t = '2026-03-01T10:00:00Z';
    const a = job({ id: 'a', created_at: t, updated_at: t });
    const b = job({ id: 'b', created_at: t, updated_at: t });
    const c = job({ id: 'c', created_at: null, updated_at: '2026-03-01T11:00:00Z' });
    const ix = new JobIndex();
    ix.replaceAll([a, b, c]);
    expect(ids(ix.all())).toEqual(['c', 'b', 'a']);
    expect(compareJobs(a, b)).toBeGreaterThan(0);
  });

  it('stays sorted through many random upserts and removes', () => {
    const ix = new JobIndex();
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 2000; i++) {
      const id = `x${Math.floor(rnd() * 300)}`;
      if (rnd() < 0.2) ix.remove(id);
      else ix.upsert(job({ id, minutesAgo: Math.floor(rnd() * 1000), status: rnd() < 0.5 ? 'pending' : 'completed' }));
    }
    const all = ix.all();
    for (let i = 1; i < all.length; i++) expect(compareJobs(all[i - 1], all[i])).toBeLessThan(0);
    expect(new Set(ids(all)).size).toBe(all.length);
  });
});

describe('filters and counts', () => {
  const folders = new Set(['f1', 'f2']);
  const list = [
    job({ id: '1', status: 'completed', model_slug: 'veo31_fast', prompt: 'Lighthouse at dusk', folder_id: 'f1' }),
    job({ id: '2', status: 'failed', model_slug: 'kling_3_0', prompt: 'A corgi in the rain', folder_id: null }),
    job({ id: '3', status: 'processing', model_slug: 'kling_3_0', prompt: null, folder_id: 'f2' }),
    job({ id: '4', status: 'queued_upstream', model_slug: 'veo31_fast', prompt: 'lighthouse storm', folder_id: 'gone' }),
  ];

  it('passes everything with the empty filter', () => {
    expect(ids(filterJobs(list, EMPTY_FILTER, folders))).toEqual(['1', '2', '3', '4']);
  });
  it('filters by folder, treating unknown folders as Unfiled', () => {
    expect(ids(filterJobs(list, { ...EMPTY_FILTER, folder: { id: 'f1' } }, folders))).toEqual(['1']);
    expect(ids(filterJobs(list, { ...EMPTY_FILTER, folder: 'unfiled' }, folders))).toEqual(['2', '4']);
  });
  it('filters by status, with "other" for statuses the API does not name', () => {
    expect(ids(filterJobs(list, { ...EMPTY_FILTER, status: 'failed' }, folders))).toEqual(['2']);
    expect(ids(filterJobs(list, { ...EMPTY_FILTER, status: 'other' }, folders))).toEqual(['4']);
    expect(isOtherStatus('queued_upstream')).toBe(true);
    expect(isOtherStatus('pending')).toBe(false);
  });
  it('filters by model and by text in the prompt (case-insensitive)', () => {
    expect(ids(filterJobs(list, { ...EMPTY_FILTER, model: 'kling_3_0' }, folders))).toEqual(['2', '3']);
    expect(ids(filterJobs(list, { ...EMPTY_FILTER, text: '  LIGHTHOUSE ' }, folders))).toEqual(['1', '4']);
    expect(ids(filterJobs(list, { ...EMPTY_FILTER, text: 'lighthouse', model: 'veo31_fast', status: 'completed' }, folders))).toEqual(['1']);
  });
  it('counts per folder', () => {
    const c = summarize(list, folders).counts;
    expect(c.all).toBe(4);
    expect(c.unfiled).toBe(2);
    expect(c.byFolder.get('f1')).toBe(1);
    expect(c.byFolder.get('f2')).toBe(1);
    expect(summarize([], new Set(['f9'])).counts.byFolder.get('f9')).toBe(0);
  });
  it('lists models in use', () => {
    expect(summarize(list, folders).models).toEqual(['kling_3_0', 'veo31_fast']);
  });
});
