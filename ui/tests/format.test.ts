import { afterEach, describe, expect, it } from 'vitest';
import {
  formatClipLength,
  formatCountdown,
  formatCredits,
  formatElapsed,
  formatEstimate,
  formatFileSize,
  formatList,
  formatNumber,
  formatRelative,
  formatSeconds,
  formatTimestamp,
  formatTypical,
  parseTime,
} from '../src/lib/format';
import { LANGUAGES } from '../src/lib/i18n';
import { locale } from '../src/lib/stores/locale.svelte';
import { jobEstimate, jobLength, jobRenderTime, modeLabel, renderProgress, statusClass, statusLabel } from '../src/lib/job-view';
import { job } from './helpers';

describe('elapsed and durations', () => {
  it('formats elapsed time', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(7_400)).toBe('0:07');
    expect(formatElapsed(65_000)).toBe('1:05');
    expect(formatElapsed(12 * 60_000)).toBe('12:00');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
    expect(formatElapsed(-5000)).toBe('0:00');
  });
  it('formats seconds for people', () => {
    expect(formatSeconds(45)).toBe('45 s');
    expect(formatSeconds(90)).toBe('1 min 30 s');
    expect(formatSeconds(120)).toBe('2 min');
    expect(formatSeconds(725)).toBe('12 min');
    expect(formatSeconds(3600)).toBe('1 h');
    expect(formatSeconds(3900)).toBe('1 h 5 min');
    expect(formatClipLength(8)).toBe('0:08');
  });
  it('shows a clip length as video apps do, to the nearest second, never 0:00 for a clip', () => {
    expect(formatClipLength(2.83)).toBe('0:03');
    expect(formatClipLength(2.0)).toBe('0:02');
    expect(formatClipLength(0.4)).toBe('0:01');
    expect(formatClipLength(89.6)).toBe('1:30');
    expect(formatClipLength(0)).toBe('0:00');
    expect(formatClipLength(Number.NaN)).toBe('0:00');
  });
  it('a card reads the clip’s real length, never the duration asked for', () => {
    const asked = { model_slug: 'veo31_fast', prompt: 'p', duration_seconds: 8, count: 1 };
    expect(jobLength(job({ params: asked, provider_meta: { effective_duration_seconds: 8 }, clip_seconds: 2.0 }))).toBe('0:02');
    expect(jobLength(job({ params: asked, clip_seconds: null }))).toBeNull();
    expect(jobLength(job({ origin: 'local_merge', clip_seconds: 6.04 }))).toBe('0:06');
  });
  it('parses timestamps', () => {
    expect(parseTime('2026-02-20T12:40:01.123456+00:00')).toBe(Date.parse('2026-02-20T12:40:01.123Z'));
    expect(parseTime('nope')).toBeNull();
    expect(parseTime(null)).toBeNull();
  });
});

describe('estimates from typical_seconds', () => {
  it('counts down before the typical time, then says soon, then longer than usual', () => {
    expect(formatEstimate(10_000, [30, 45])).toBe('about 20–35 s left');
    expect(formatEstimate(40_000, [30, 45])).toBe('finishing soon');
    expect(formatEstimate(50_000, [30, 45])).toBe('taking longer than usual (typically 30–45 s)');
    expect(formatEstimate(0, [60, 60])).toBe('about 1 min left');
    expect(formatEstimate(0, [45, 30])).toBe('about 30–45 s left'); // reversed bounds
    expect(formatEstimate(0, [40, 70])).toBe('about 40–70 s left');
    expect(formatEstimate(0, [90, 180])).toBe('about 1 min 30 s–3 min left');
    expect(formatEstimate(10_000, null)).toBeNull();
    expect(formatTypical([30, 45])).toBe('typically 30–45 s');
    expect(formatTypical(null)).toBeNull();
  });
  it('applies to jobs: the render time counts up, then is labelled, in words (not m:ss)', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    const running = job({ status: 'processing', created_at: '2026-03-01T11:59:20Z' });
    expect(jobRenderTime(running, now)).toBe('40 s');
    expect(jobEstimate(running, now, [30, 45])).toBe('finishing soon');
    const done = job({ status: 'completed', created_at: '2026-03-01T11:00:00Z', completed_at: '2026-03-01T11:01:22Z' });
    expect(jobRenderTime(done, now)).toBe('Rendered in 1 min 22 s');
    expect(jobEstimate(done, now, [30, 45])).toBeNull();
    const failed = job({ status: 'failed', created_at: '2026-03-01T11:00:00Z', completed_at: '2026-03-01T11:00:40Z' });
    expect(jobRenderTime(failed, now)).toBe('after 40 s');
    expect(jobRenderTime(job({ status: 'failed', completed_at: null }), now)).toBeNull();
    expect(jobRenderTime(job({ created_at: null }), now)).toBeNull();
  });
  it('moves a rendering card\'s progress through the usual time, never to the end', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    const at = (secs: number, status = 'processing') =>
      renderProgress(job({ status, created_at: new Date(now - secs * 1000).toISOString() }), now, [30, 40]);
    expect(at(0)).toBe(0);
    expect(at(20)).toBeCloseTo(0.5);
    expect(at(20, 'pending')).toBeCloseTo(0.5);
    expect(at(60)).toBe(0.95); // taking longer than usual: near the end, not past it
    expect(at(20, 'completed')).toBeNull();
    expect(renderProgress(job({ status: 'processing' }), now, null)).toBeNull();
    expect(renderProgress(job({ status: 'processing', created_at: null }), now, [30, 40])).toBeNull();
  });
  it('labels statuses, including ones the API does not name', () => {
    expect(statusLabel('pending')).toBe('Waiting');
    expect(statusLabel('processing')).toBe('Rendering');
    expect(statusLabel('queued_upstream')).toBe('Queued upstream');
    expect(statusClass('failed')).toBe('st-failed');
    expect(statusClass('weird')).toBe('st-other');
    expect(modeLabel('text_to_video')).toBe('Text to video');
  });
  it('counts down to a time', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    expect(formatCountdown('2026-03-01T12:00:42Z', now)).toBe('in 42 s');
    expect(formatCountdown('2026-03-01T11:59:00Z', now)).toBe('now');
  });
});

describe('formats follow the window’s language', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');
  afterEach(async () => {
    await locale.use('en');
  });

  it('writes durations, estimates and countdowns as German writes them', async () => {
    await locale.use('de');
    expect(formatSeconds(45)).toBe('45 s');
    expect(formatSeconds(90)).toBe('1 Min. 30 s');
    expect(formatSeconds(3900)).toBe('1 Std. 5 Min.');
    expect(formatEstimate(10_000, [30, 45])).toBe('noch etwa 20–35 s');
    expect(formatEstimate(50_000, [30, 45])).toBe('dauert länger als üblich (meist 30–45 s)');
    expect(formatTypical([30, 45])).toBe('meist 30–45 s');
    expect(formatCountdown('2026-03-01T12:00:42Z', now)).toBe('in 42 s');
    expect(formatCountdown('2026-03-01T11:59:00Z', now)).toBe('jetzt');
  });

  it('writes numbers, sizes, dates, relative times and lists with the language’s marks', async () => {
    await locale.use('de');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatCredits(12.5)).toBe('12,5');
    expect(formatFileSize(1.5 * 1024 ** 3)).toBe('1,5 GB');
    expect(formatFileSize(850 * 1024)).toBe('850 KB');
    expect(formatRelative('2026-03-01T11:58:00Z', now)).toBe('vor 2 Minuten');
    expect(formatList(['A', 'B', 'C'])).toBe('A, B und C');
    expect(formatTimestamp('2026-02-03T09:05:00', now)).toBe('3. Feb., 09:05');
  });

  it('writes Japanese with its own units and order', async () => {
    await locale.use('ja');
    expect(formatSeconds(65)).toBe('1 分 5 秒');
    expect(formatEstimate(0, [60, 60])).toBe('残り約 1 分');
    expect(formatCountdown('2026-03-01T12:00:42Z', now)).toBe('42 秒後');
    expect(formatTimestamp('2025-02-03T09:05:00', now)).toBe('2025年2月3日 09:05');
    expect(formatList(['A', 'B', 'C'])).toBe('A、B、C');
    expect(formatFileSize(3 * 1024 ** 2)).toBe('3 MB');
  });

  it('keeps English as it was, with English words for the new helpers', async () => {
    await locale.use('en');
    expect(formatSeconds(90)).toBe('1 min 30 s');
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatFileSize(1.5 * 1024 ** 3)).toBe('1.5 GB');
    expect(formatFileSize(512)).toBe('512 B');
    expect(formatRelative('2026-03-01T11:58:00Z', now)).toBe('2 minutes ago');
    expect(formatList(['A', 'B', 'C'])).toBe('A, B, and C');
  });

  it('writes decimals as the Rust side writes them in notifications (ulazai_i18n::format)', async () => {
    // crates/ulazai-i18n/src/format.rs: a comma in German, Spanish, French and Portuguese.
    const comma = new Set(['de', 'es', 'fr', 'pt-BR']);
    for (const code of LANGUAGES) {
      await locale.use(code);
      expect([code, formatNumber(8.5, 1)]).toEqual([code, comma.has(code) ? '8,5' : '8.5']);
    }
  });

  it('the pseudo-locale brackets the words and writes numbers as English does', async () => {
    await locale.use('en-XA');
    expect(formatSeconds(90)).toBe('[1 ḿīīƞ 30 ş]');
    expect(formatNumber(1234)).toBe('1,234');
  });
});
