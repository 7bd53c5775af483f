import { describe, expect, it } from 'vitest';
import { applyReuse, canReuse, draftFromJob, endRetry, pickOnEnter, promptHistory, retryNote } from '../src/lib/reuse';
import { draft } from '../src/lib/stores/draft.svelte';
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

describe('Edit & retry of one failed clip', () => {
  const failed = job({
    id: 'f1',
    status: 'failed',
    error_message: 'The prompt was refused: it names a real person.',
    params: { model_slug: 'veo31_fast', prompt: 'A lighthouse at dusk', count: 2 },
  });

  it('fills a count of 1 (one clip failed, one is rendered again), while Use this prompt keeps the batch', () => {
    expect(draftFromJob(failed, true)?.count).toBe(1);
    expect(draftFromJob(failed)?.count).toBe(2);
    draft.count = 4;
    expect(applyReuse(failed, true)).toBe(true);
    expect(draft.count).toBe(1);
    expect(draft.prompt).toBe('A lighthouse at dusk');
  });

  it('puts the form in retry mode for that clip until cancelled or another reuse', () => {
    applyReuse(failed, true);
    expect(draft.retryOf).toBe('f1');
    endRetry();
    expect(draft.retryOf).toBeNull();
    applyReuse(failed, true);
    applyReuse(job({ id: 'ok', params: { model_slug: 'm', prompt: 'p', count: 1 } }));
    expect(draft.retryOf).toBeNull();
  });

  it('names the clip by its prompt and says why it failed, as text', () => {
    expect(retryNote(failed)).toEqual({ clip: '“A lighthouse at dusk”', reason: 'The prompt was refused: it names a real person.' });
    const long = job({ status: 'failed', prompt: 'x'.repeat(100), error_message: null });
    const note = retryNote(long);
    expect(note.clip.length).toBeLessThan(70);
    expect(note.clip.endsWith('…”')).toBe(true);
    expect(note.reason).toBe('No reason was given.');
    expect(retryNote(undefined)).toEqual({ clip: 'a failed clip', reason: 'No reason was given.' });
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

describe('recent prompts: Enter', () => {
  const lists: Record<string, string[]> = { pap: ['a pap smear of light', 'paper boat'], paper: ['paper boat'] };
  const ask = async (q: string) => lists[q] ?? [];

  it('picks from the list of what is typed, even before its answer came', async () => {
    // The list on screen still answers "pap"; "paper" was typed and Enter pressed.
    expect(await pickOnEnter('paper', 'pap', lists.pap, 0, ask)).toBe('paper boat');
  });

  it('picks the highlighted prompt of a list that answers what is typed', async () => {
    expect(await pickOnEnter('pap', 'pap', lists.pap, 1, ask)).toBe('paper boat');
    expect(await pickOnEnter('pap', 'pap', lists.pap, 0, ask)).toBe('a pap smear of light');
    expect(await pickOnEnter('zzz', null, [], 0, ask)).toBeUndefined();
  });
});
