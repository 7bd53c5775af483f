import { describe, expect, it } from 'vitest';
import {
  catchUpRate,
  clampTime,
  compareChoice,
  compareFps,
  compareLayout,
  frameNumber,
  leaderIndex,
  outOfStep,
  paneTime,
  stepTime,
  transportEnd,
  transportKey,
} from '../src/lib/compare';
import type { Job } from '../src/lib/types';
import { job } from './helpers';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('which clips compare', () => {
  const all = new Map<string, Job>();
  const add = (p: Partial<Job>) => {
    const j = job(p);
    all.set(j.id, j);
    return j.id;
  };
  const done = [1, 2, 3, 4, 5].map(() => add({ status: 'completed' }));
  const rendering = add({ status: 'processing' });
  const noUrl = add({ status: 'completed' });
  const playable = (j: Job) => j.id !== noUrl;
  const choose = (ids: string[]) => compareChoice(ids, (id) => all.get(id), playable);

  it('two to four finished clips open, in the order they were selected', () => {
    expect(choose([done[2], done[0]])).toEqual({ ids: [done[2], done[0]], reason: null });
    expect(choose(done.slice(0, 4)).reason).toBeNull();
  });
  it('unfinished or unplayable clips are left out; the others still compare', () => {
    expect(choose([done[0], rendering, done[1], noUrl])).toEqual({ ids: [done[0], done[1]], reason: null });
  });
  it('fewer than two or more than four: a reason instead', () => {
    expect(choose([]).reason).toBe('Select 2 to 4 finished clips to compare');
    expect(choose([done[0]]).reason).toBe('Select 2 to 4 finished clips to compare');
    expect(choose(done).reason).toBe('Compare shows up to 4 clips: 5 are selected');
    expect(choose([done[0], rendering]).reason).toBe('Compare needs 2 to 4 finished clips: 1 of the 2 selected is not finished or cannot play');
    expect(choose([rendering, noUrl, 'gone']).reason).toBe('Compare needs 2 to 4 finished clips: 3 of the 3 selected are not finished or cannot play');
  });
});

describe('compare layout', () => {
  it('2 side by side, 3 in a row, 4 as 2 × 2', () => {
    expect(compareLayout(2)).toEqual({ cols: 2, rows: 1 });
    expect(compareLayout(3)).toEqual({ cols: 3, rows: 1 });
    expect(compareLayout(4)).toEqual({ cols: 2, rows: 2 });
    expect(compareLayout(1)).toEqual({ cols: 1, rows: 1 });
  });
});

describe('the transport', () => {
  it('frame rate: the finest reported, else 24 assumed', () => {
    expect(compareFps([job(), job()])).toEqual({ fps: 24, assumed: true });
    expect(compareFps([job({ provider_meta: { fps: 25 } }), job({ provider_meta: { frame_rate: '30' } }), job()])).toEqual({ fps: 30, assumed: false });
  });
  it('ends with the longest clip; unknown lengths do not count', () => {
    expect(transportEnd([8, null, 5.5, undefined, NaN])).toBe(8);
    expect(transportEnd([null, 0])).toBeNull();
    expect(leaderIndex([5, 8, null, 8])).toBe(1);
    expect(leaderIndex([null, null])).toBe(0);
  });
  it('steps one frame from the frame it is on, never drifting', () => {
    let t = 0;
    for (let i = 0; i < 5; i++) t = stepTime(t, 1, 'frame', 24, 8);
    expect(t).toBe(0.208); // 5 / 24
    expect(frameNumber(t, 24)).toBe(6);
    for (let i = 0; i < 5; i++) t = stepTime(t, -1, 'frame', 24, 8);
    expect(t).toBe(0);
    // From between two frames, a step lands on the next frame boundary.
    expect(stepTime(1.01, 1, 'frame', 24, 8)).toBe(1.042);
    expect(stepTime(1, 1, 'second', 24, 8)).toBe(2);
  });
  it('clamps to the clip: not before 0, not past the end', () => {
    expect(stepTime(0, -1, 'frame', 24, 8)).toBe(0);
    expect(stepTime(8, 1, 'frame', 24, 8)).toBe(8);
    expect(stepTime(7.5, 1, 'second', 24, 8)).toBe(8);
    expect(clampTime(-3, 24, 8)).toBe(0);
    expect(clampTime(NaN, 24, 8)).toBe(0);
    expect(clampTime(3.33, 24, null)).toBe(3.333);
  });
  it('a shorter clip holds its last frame', () => {
    expect(paneTime(6, 5)).toBe(5);
    expect(paneTime(3, 5)).toBe(3);
    expect(paneTime(3, null)).toBe(3);
    expect(outOfStep(6, 5, 5, 0.05)).toBe(false);
    expect(outOfStep(3, 2.9, 5, 0.05)).toBe(true);
  });
  it('a small drift is nudged by the playback rate, within bounds', () => {
    expect(catchUpRate(0.01, 24)).toBe(1);
    expect(catchUpRate(0.1, 24)).toBe(1.2);
    expect(catchUpRate(-0.1, 24)).toBe(0.8);
    expect(catchUpRate(2, 24)).toBe(1.5);
    expect(catchUpRate(-2, 24)).toBe(0.5);
    expect(catchUpRate(NaN, 24)).toBe(1);
  });
  it('keys: Space, , . and arrows (Shift: a second), Home, End; not with Ctrl, Cmd or Alt', () => {
    expect(transportKey(key(' '))).toEqual({ kind: 'toggle' });
    expect(transportKey(key(','))).toEqual({ kind: 'step', frames: -1, unit: 'frame' });
    expect(transportKey(key('.'))).toEqual({ kind: 'step', frames: 1, unit: 'frame' });
    expect(transportKey(key('ArrowRight'))).toEqual({ kind: 'step', frames: 1, unit: 'frame' });
    expect(transportKey(key('ArrowLeft', { shiftKey: true }))).toEqual({ kind: 'step', frames: -1, unit: 'second' });
    expect(transportKey(key('End'))).toEqual({ kind: 'seek', to: 'end' });
    expect(transportKey(key('.', { ctrlKey: true }))).toBeNull();
    expect(transportKey(key('ArrowLeft', { altKey: true }))).toBeNull();
    expect(transportKey(key('p'))).toBeNull();
  });
});
