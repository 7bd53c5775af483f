import { describe, expect, it } from 'vitest';
import { job } from './helpers';
import {
  clipName,
  GLOSSARY,
  providerRows,
  qualityLabel,
  requestsLeftText,
  renderingText,
  queuedText,
  settingRows,
} from '../src/lib/glossary';
import { app } from '../src/lib/stores/app.svelte';
import type { ModelInfo } from '../src/lib/types';

const names: Record<string, string> = { veo31_fast: 'Veo 3.1 Fast', kling_3_0: 'Kling 3.0' };
const modelName = (slug: string | null | undefined) => (slug ? (names[slug] ?? slug) : 'Unknown model');

describe('one vocabulary', () => {
  it('defines clip, render, generation request and credits once', () => {
    expect(GLOSSARY.map((t) => t.term)).toEqual(['clip', 'render', 'generation request', 'credits']);
    for (const t of GLOSSARY) expect(t.means.length).toBeGreaterThan(20);
  });

  it('says what started, was queued and is left in the same words', () => {
    expect(renderingText(1)).toBe('Rendering 1 clip');
    expect(renderingText(2)).toBe('Rendering 2 clips');
    expect(queuedText(1)).toBe('Queued 1 clip');
    expect(queuedText(3)).toBe('Queued 3 clips');
    expect(requestsLeftText(23)).toBe('23 generation requests left this hour');
    expect(requestsLeftText(1)).toBe('1 generation request left this hour');
  });

  it('lists merges in the model filter by what they are, not by their slug', () => {
    app.models = [{ slug: 'veo31_fast', name: 'Veo 3.1 Fast' } as ModelInfo];
    expect(app.modelName('merge')).toBe('Merged clip');
    expect(app.modelName('veo31_fast')).toBe('Veo 3.1 Fast');
    app.models = [];
  });

  it('names quality modes for people', () => {
    expect(qualityLabel('std')).toBe('Standard');
    expect(qualityLabel('pro')).toBe('Pro');
    expect(qualityLabel('high')).toBe('High');
    expect(qualityLabel('ultra_hd')).toBe('Ultra hd');
  });

  it('labels the settings a clip was made with, the model by its name', () => {
    const rows = settingRows(
      {
        model_slug: 'veo31_fast',
        prompt: 'not shown here',
        aspect_ratio: '16:9',
        duration_seconds: 8,
        quality_mode: 'std',
        input_image_urls: [],
        sound: false,
        character_orientation: 'image',
        count: 2,
      },
      modelName,
    );
    expect(rows).toEqual([
      ['Model', 'Veo 3.1 Fast'],
      ['Aspect ratio', '16:9'],
      ['Duration', '8 s'],
      ['Quality', 'Standard'],
      ['Sound', 'Off'],
      ['Character orientation', 'From the image'],
      ['Clips in the batch', '2'],
    ]);
  });

  it('labels what the provider reported, raw keys made readable', () => {
    expect(providerRows({ effective_duration_seconds: 2, fps: 24, quality: 'pro', seed_value: 7, extra: { a: 1 } })).toEqual([
      ['Length', '2 s'],
      ['Frame rate', '24 fps'],
      ['Quality', 'Pro'],
      ['Seed value', '7'],
      ['Extra', '{\n  "a": 1\n}'],
    ]);
  });

  it('names a clip by its model, and a merge as a merged clip (not the service\'s "merge")', () => {
    expect(clipName(job({ model_slug: 'veo31_fast' }), modelName)).toBe('Veo 3.1 Fast');
    expect(clipName(job({ model_slug: 'merge', origin: 'merge' }), modelName)).toBe('Merged clip');
    expect(clipName(job({ model_slug: null, origin: 'local_merge' }), modelName)).toBe('Merged clip');
  });
});
