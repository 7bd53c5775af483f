import { describe, expect, it } from 'vitest';
import { canReuse, draftFromJob, promptHistory } from '../src/lib/reuse';
import { job } from './helpers';

describe('reusing a job in the form', () => {
  it('takes every field the app sent, the batch count and inputs included', () => {
    const j = job({
      status: 'failed',
      params: {
        model_slug: 'veo31_fast',
        prompt: 'A lighthouse at dusk',
        aspect_ratio: '9:16',
        duration_seconds: 8,
        quality_mode: 'high',
        input_image_urls: ['https://cdn.example/a.png'],
        sound: false,
        character_orientation: 'image',
        count: 3,
      },
    });
    expect(draftFromJob(j)).toEqual({
      model_slug: 'veo31_fast',
      prompt: 'A lighthouse at dusk',
      aspect_ratio: '9:16',
      duration_seconds: 8,
      duration_chosen: true,
      quality_mode: 'high',
      image_urls: ['https://cdn.example/a.png'],
      video_urls: [''],
      sound: false,
      character_orientation: 'image',
      count: 3,
    });
  });

  it('leaves out what the app did not send (the form keeps its own value)', () => {
    const patch = draftFromJob(job({ params: { model_slug: 'm', prompt: 'p', count: 1 } }))!;
    expect(patch).not.toHaveProperty('aspect_ratio');
    expect(patch).not.toHaveProperty('duration_seconds');
    expect(patch).not.toHaveProperty('sound');
  });

  it('fills what a job found in history tells: model, prompt, provider ratio/duration/quality', () => {
    const j = job({
      model_slug: 'kling_3_0',
      prompt: 'From the web studio',
      provider_meta: { aspect_ratio: '1:1', duration: '10', quality: 'pro', fps: 24 },
    });
    expect(draftFromJob(j)).toEqual({
      model_slug: 'kling_3_0',
      prompt: 'From the web studio',
      count: 1,
      aspect_ratio: '1:1',
      duration_seconds: 10,
      duration_chosen: true,
      quality_mode: 'pro',
    });
  });

  it('does not offer reuse for a merge, nor for a job that tells nothing', () => {
    expect(canReuse(job({ origin: 'local_merge' }))).toBe(false);
    expect(canReuse(job({ origin: 'merge', prompt: null, model_slug: null }))).toBe(false);
    expect(canReuse(job({ prompt: ' ', model_slug: null }))).toBe(false);
    expect(draftFromJob(job({ origin: 'local_merge' }))).toBeNull();
    expect(canReuse(job({ prompt: null, model_slug: 'veo31_fast' }))).toBe(true);
  });
});

describe('prompt history', () => {
  const all = [
    job({ prompt: 'A red fox in snow', minutesAgo: 1 }),
    job({ prompt: '  A red fox in snow ', minutesAgo: 2 }),
    job({ prompt: null, params: { model_slug: 'm', prompt: 'Neon city at night', count: 1 }, minutesAgo: 3 }),
    job({ prompt: 'merged', origin: 'local_merge', minutesAgo: 4 }),
    job({ prompt: '', minutesAgo: 5 }),
    job({ prompt: 'Fox cubs playing, golden hour', minutesAgo: 6 }),
  ];

  it('lists each prompt once, most recent first, without merges or empty prompts', () => {
    expect(promptHistory(all)).toEqual(['A red fox in snow', 'Neon city at night', 'Fox cubs playing, golden hour']);
  });
  it('narrows to prompts holding every word of the query, in any case', () => {
    expect(promptHistory(all, 'FOX')).toEqual(['A red fox in snow', 'Fox cubs playing, golden hour']);
    expect(promptHistory(all, 'fox golden')).toEqual(['Fox cubs playing, golden hour']);
    expect(promptHistory(all, 'whale')).toEqual([]);
  });
  it('stops at the limit', () => {
    expect(promptHistory(all, '', 2)).toEqual(['A red fox in snow', 'Neon city at night']);
  });
});
