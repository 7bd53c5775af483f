import { describe, expect, it } from 'vitest';
import { FFMPEG_INSTALL, clipDuration, excludedReasons, mergeBlocker, mergeStageText, moveItem, totalDuration, trayOrder } from '../src/lib/merge';
import { job } from './helpers';

describe('merge tray ordering', () => {
  const store = new Map(
    [
      job({ id: 'a', status: 'completed' }),
      job({ id: 'b', status: 'completed' }),
      job({ id: 'c', status: 'failed' }),
      job({ id: 'd', status: 'processing' }),
      job({ id: 'e', status: 'completed' }),
    ].map((j) => [j.id, j]),
  );
  const get = (id: string) => store.get(id);

  it('takes only completed clips, in selection order', () => {
    expect(trayOrder([], ['c', 'b', 'd', 'a'], get)).toEqual(['b', 'a']);
  });
  it('keeps the existing order and deselected clips, appends new picks, drops what is gone', () => {
    expect(trayOrder(['a', 'b'], ['b', 'a', 'e'], get)).toEqual(['a', 'b', 'e']);
    expect(trayOrder(['a', 'b', 'e'], ['e', 'a'], get)).toEqual(['a', 'b', 'e']);
    expect(trayOrder(['a', 'gone', 'c', 'b'], [], get)).toEqual(['a', 'b']);
    const same = ['a', 'b'];
    expect(trayOrder(same, ['a', 'b'], get)).toBe(same);
  });
  it('reorders', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 1, 99)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });
});

describe('durations and reasons', () => {
  it('reads a clip’s length from the engine’s clip_seconds only, never the duration asked for', () => {
    const asked = { model_slug: 'm', prompt: '', duration_seconds: 8, count: 1 };
    expect(clipDuration(job({ clip_seconds: 2.0, params: asked, provider_meta: { effective_duration_seconds: 8 } }))).toBe(2.0);
    expect(clipDuration(job({ params: asked }))).toBeNull();
    expect(clipDuration(job({ provider_meta: { effective_duration_seconds: 8 } }))).toBeNull();
    expect(clipDuration(job({ clip_seconds: 0 }))).toBeNull();
  });
  it('sums real lengths and counts unknown ones: the tray promises what the merge gives', () => {
    const asked = { model_slug: 'm', prompt: '', duration_seconds: 8, count: 1 };
    const clips = [job({ clip_seconds: 2.0, params: asked }), job({ clip_seconds: 0.83, params: asked })];
    expect(totalDuration(clips)).toEqual({ seconds: 2.83, unknown: 0 });
    expect(totalDuration([job({ clip_seconds: 5 }), job({ clip_seconds: 10 }), job({ params: asked })])).toEqual({
      seconds: 15,
      unknown: 1,
    });
  });
  it('says why clips are left out and why Merge is disabled', () => {
    expect(excludedReasons([job({ status: 'completed' })])).toBeNull();
    expect(excludedReasons([job({ status: 'pending' }), job({ status: 'processing' }), job({ status: 'failed' }), job({ status: 'weird' })])).toBe(
      '2 still rendering, 1 failed, 1 not finished — only completed clips can be merged',
    );
    expect(mergeBlocker(0, false)).toMatch(/Select completed clips/);
    expect(mergeBlocker(1, false)).toMatch(/at least 2/);
    expect(mergeBlocker(2, false)).toBeNull();
    expect(mergeBlocker(3, true)).toBe('Merging…');
  });
});

describe('local merge texts', () => {
  it('names the stage and a rounded percentage', () => {
    expect(mergeStageText('downloading', 0.404)).toBe('Fetching clips… 40%');
    expect(mergeStageText('merging', 1.2)).toBe('Joining clips… 100%');
    expect(mergeStageText('failed', 0)).toBe('Failed');
  });
  it('explains how to install ffmpeg on every OS', () => {
    expect(FFMPEG_INSTALL.map((x) => x.os)).toEqual(['macOS', 'Windows', 'Linux']);
    expect(FFMPEG_INSTALL.every((x) => x.how.includes('ffmpeg') || x.how.includes('FFmpeg'))).toBe(true);
  });
});
