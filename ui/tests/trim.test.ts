import { describe, expect, it } from 'vitest';
import { totalDuration } from '../src/lib/merge';
import { trims } from '../src/lib/stores/trims.svelte';
import { clipFps, snap, trimmedLength, withIn, withOut } from '../src/lib/trim';
import { job } from './helpers';

describe('trims', () => {
  const fps = 24;
  it('snap to the nearest frame, inside the clip', () => {
    expect(snap(1.01, fps, 2)).toBe(1);
    expect(snap(1.03, fps, 2)).toBe(1.042);
    expect(snap(-1, fps, 2)).toBe(0);
    expect(snap(9, fps, 2)).toBe(2);
  });
  it('an in point then an out point keep the part between', () => {
    const a = withIn(null, 0.5, 2, fps);
    expect(a).toEqual({ in_secs: 0.5, out_secs: null });
    const b = withOut(a, 1.75, 2, fps);
    expect(b).toEqual({ in_secs: 0.5, out_secs: 1.75 });
    expect(trimmedLength(2, b)).toBe(1.25);
    expect(trimmedLength(2, a)).toBe(1.5);
  });
  it('an out point not after the in point is refused; an in point past the out drops it', () => {
    const a = { in_secs: 1, out_secs: 1.5 };
    expect(withOut(a, 0.9, 2, fps)).toBe(a);
    expect(withIn(a, 1.6, 2, fps)).toEqual({ in_secs: 1.583, out_secs: null });
  });
  it('keeping the whole clip is no trim; the in point stays a frame before the end', () => {
    expect(withIn(null, 0, 2, fps)).toBeNull();
    expect(withOut({ in_secs: 0, out_secs: 1 }, 2, 2, fps)).toBeNull();
    expect(withIn(null, 5, 2, fps)).toEqual({ in_secs: 1.958, out_secs: null });
  });
  it('length unknown without the clip length unless an out point is set', () => {
    expect(trimmedLength(null, { in_secs: 1, out_secs: null })).toBeNull();
    expect(trimmedLength(null, { in_secs: 1, out_secs: 3 })).toBe(2);
    expect(trimmedLength(8, null)).toBe(8);
  });
  it('the frame rate is the provider’s when it says, else 24', () => {
    expect(clipFps(job({ provider_meta: { fps: 30 } }))).toBe(30);
    expect(clipFps(job({ provider_meta: { frame_rate: '25' } }))).toBe(25);
    expect(clipFps(job())).toBe(24);
  });
  it('the tray total follows the trimmed lengths', () => {
    const a = job({ id: 'a', clip_seconds: 2 });
    const b = job({ id: 'b', clip_seconds: 2 });
    expect(totalDuration([a, b])).toEqual({ seconds: 4, unknown: 0 });
    const cut: Record<string, { in_secs: number; out_secs: number | null }> = { a: { in_secs: 1, out_secs: null } };
    expect(totalDuration([a, b], (j) => trimmedLength(2, cut[j.id]))).toEqual({ seconds: 3, unknown: 0 });
  });
});

describe('the tray’s clip lengths', () => {
  it('read one figure, the engine’s, before and after the trim editor has played the clip', () => {
    const asked = { model_slug: 'm', prompt: '', duration_seconds: 8, count: 1 };
    const a = job({ id: 'len-a', clip_seconds: 2.0, params: asked, provider_meta: { effective_duration_seconds: 8 } });
    expect(trims.fullLength(a)).toBe(2.0);
    trims.setLength('len-a', 2.04); // what the editor's player reported
    expect(trims.fullLength(a)).toBe(2.0);
    // A clip the engine has no length for: the editor's measure, once there is one.
    const b = job({ id: 'len-b', params: asked });
    expect(trims.fullLength(b)).toBeNull();
    trims.setLength('len-b', 2.0);
    expect(trims.fullLength(b)).toBe(2.0);
    trims.set('len-a', { in_secs: 0.5, out_secs: null });
    expect(trims.length(a)).toBe(1.5);
    trims.clear();
  });
});
