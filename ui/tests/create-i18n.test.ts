// The generate form's and the render queue's words in other languages: plurals for 1 and
// 2, numbers written as the language writes them, the window's language followed at once.
import { afterEach, describe, expect, it } from 'vitest';
import { disabledReason, promptLimitText, type SubmitState } from '../src/lib/generate';
import { clipsText, creditsText, qualityLabel, renderingText, settingRows } from '../src/lib/glossary';
import { cardEstimate, previewSummary, queuedLabel, queuedWhen } from '../src/lib/queue';
import { formatEstimate } from '../src/lib/format';
import { locale } from '../src/lib/stores/locale.svelte';
import type { QueuedItem, QueuePreview } from '../src/lib/types';

afterEach(async () => {
  await locale.use('en');
});

const ok: SubmitState = {
  canGenerate: true,
  keyState: 'valid',
  modelsLoaded: true,
  model: undefined,
  validated: true,
  errors: [],
  submitting: false,
  rateResetAt: null,
  promptTooLong: false,
};

describe('the generate form and the queue in other languages', () => {
  it('a rendering card names the usual time once when the render is late, in every language', async () => {
    const est = { model_slug: 'veo31_fast', typical_secs: 38, window_secs: [30, 50] as [number, number], learned_from: 12 };
    for (const code of ['en', 'de', 'ja', 'en-XA']) {
      await locale.use(code);
      const late = formatEstimate(60_000, [30, 45])!;
      expect(cardEstimate(est, late), code).toBe(late);
      const early = formatEstimate(10_000, [30, 45])!;
      expect(cardEstimate(est, early), code).not.toBe(early);
      expect(cardEstimate(est, early)!.endsWith(early), code).toBe(true);
    }
  });

  it('count clips and credits with each language’s plurals and digits', async () => {
    await locale.use('de');
    expect(renderingText(1)).toBe('1 Clip wird gerendert');
    expect(renderingText(2)).toBe('2 Clips werden gerendert');
    expect(creditsText(1250)).toBe('1.250 Credits');
    expect(creditsText(null)).toBe('Kosten unbekannt');
    expect(promptLimitText(2700, 2500)).toBe('200 Zeichen über dem Limit von 2.500');
    await locale.use('ja');
    expect(clipsText(2)).toBe('2 本のクリップ');
    expect(qualityLabel('std')).toBe('標準');
    await locale.use('fr');
    expect(clipsText(1)).toBe('1 clip');
    expect(clipsText(2)).toBe('2 clips');
  });

  it('say why Generate is disabled, and when the limit resets', async () => {
    await locale.use('de');
    expect(disabledReason({ ...ok, model: undefined })).toBe('Wählen Sie ein Modell');
    expect(disabledReason({ ...ok, model: {} as SubmitState['model'], rateResetAt: '14:00' })).toBe(
      'Stundenlimit erreicht – wird um 14:00 zurückgesetzt',
    );
    expect(disabledReason({ ...ok, model: {} as SubmitState['model'], rateResetAt: '' })).toBe(
      'Stundenlimit erreicht – wird zur vollen Stunde zurückgesetzt',
    );
    await locale.use('en');
    expect(disabledReason({ ...ok, model: {} as SubmitState['model'], rateResetAt: '' })).toBe(
      'Hourly limit reached — resets at the top of the hour',
    );
  });

  it('label a queued item and a preview in the window’s language', async () => {
    const q = { item: { id: 'q', state: 'refused', error: null, params: { prompt: 'a', model_slug: 'm', count: 1 } }, starts_at: null, request: 0, credits: 1 } as unknown as QueuedItem;
    const p = { format: 'text', items: [1, 2], problems: [], clips: 2, credits: 50 } as unknown as QueuePreview;
    await locale.use('ko');
    expect(queuedLabel(q)).toBe('거부됨');
    expect(queuedWhen(q, false)).toBe('UlazAI에서 거부됨');
    expect(previewSummary(p)).toBe('프롬프트 2개 · 클립 2개 · 50크레딧');
    await locale.use('en-XA');
    expect(queuedLabel(q)).toMatch(/^\[.+\]$/);
  });

  it('label a clip’s settings in the window’s language', async () => {
    await locale.use('es');
    const rows = settingRows({ model_slug: 'm', prompt: '', duration_seconds: 8, sound: true, count: 1 }, () => 'Veo 3.1 Fast');
    expect(rows).toEqual([
      ['Modelo', 'Veo 3.1 Fast'],
      ['Duración', '8 s'],
      ['Sonido', 'Sí'],
      ['Clips del lote', '1'],
    ]);
  });
});
