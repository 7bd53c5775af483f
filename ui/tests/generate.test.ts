import { describe, expect, it } from 'vitest';
import { buildParams, disabledReason, fitDraftToModel, groupErrors, maxBatch, promptLength, promptLimitText, type SubmitState } from '../src/lib/generate';
import { describeError } from '../src/lib/errors';
import type { Draft } from '../src/lib/stores/draft.svelte';
import type { ModelInfo } from '../src/lib/types';

const kling: ModelInfo = {
  slug: 'kling_3_0', name: 'Kling 3.0', engine: 'Kuaishou', aspect_ratios: ['16:9', '9:16'], durations: [5, 10], quality_modes: ['std', 'pro'],
  inputs: ['text', 'image'], credits: 100, max_prompt_chars: 2500, supports_sound: false, max_batch: 4, requires_prompt: true,
  min_input_images: 0, max_input_images: 2, min_input_videos: 0, max_input_videos: null, typical_seconds: [60, 90],
};
const draft = (p: Partial<Draft> = {}): Draft => ({
  model_slug: 'kling_3_0', prompt: 'a cat', aspect_ratio: '16:9', duration_seconds: 5, quality_mode: 'std', image_urls: [''], video_urls: [''],
  duration_chosen: false, sound: true, character_orientation: '', count: 2, ...p,
});

describe('generate form helpers', () => {
  it('builds params with only what the model takes', () => {
    expect(buildParams(draft({ image_urls: [' https://a/x.jpg ', ''] }), kling)).toEqual({
      model_slug: 'kling_3_0', prompt: 'a cat', count: 2, aspect_ratio: '16:9', duration_seconds: 5, quality_mode: 'std', input_image_urls: ['https://a/x.jpg'],
    });
    const veo = { ...kling, slug: 'veo', quality_modes: [], supports_sound: true, inputs: ['text'], max_input_images: null };
    expect(buildParams(draft({ sound: false }), veo)).toEqual({ model_slug: 'kling_3_0', prompt: 'a cat', count: 2, aspect_ratio: '16:9', duration_seconds: 5, sound: false });
  });
  it('fits the draft to a newly picked model, keeping what still fits', () => {
    expect(fitDraftToModel(draft(), kling)).toEqual({});
    // A default duration follows the model; a chosen one the model lacks is kept (and flagged
    // inline by the Rust validation).
    expect(fitDraftToModel(draft({ aspect_ratio: 'Auto', duration_seconds: 8, quality_mode: '', count: 9 }), kling)).toEqual({
      aspect_ratio: '16:9', duration_seconds: 5, quality_mode: 'std', count: 4,
    });
    expect(fitDraftToModel(draft({ duration_seconds: 8, duration_chosen: true }), kling)).toEqual({});
    expect(fitDraftToModel(draft({ duration_seconds: null }), kling)).toEqual({ duration_seconds: 5 });
    expect(maxBatch({ ...kling, max_batch: 2 })).toBe(2);
    expect(maxBatch(undefined)).toBe(4);
  });
  it('maps backend field names onto form fields', () => {
    const mapped = groupErrors([
      { field: 'input_image_urls[1]', message: 'Not https.' },
      { field: 'params.duration_seconds', message: 'Not offered.' },
      { field: 'elements', message: 'Unknown.' },
    ]);
    expect(mapped.byField.get('input_image_urls')).toEqual(['Not https.']);
    expect(mapped.byField.get('duration_seconds')).toEqual(['Not offered.']);
    expect(mapped.other).toEqual(['Unknown.']);
    const g = groupErrors([{ field: 'prompt', message: 'Too long.' }, { field: 'prompt', message: 'Required.' }, { field: 'x', message: 'Other.' }]);
    expect(g.byField.get('prompt')).toEqual(['Too long.', 'Required.']);
    expect(g.other).toEqual(['Other.']);
  });
  it('says why submit is disabled', () => {
    const ok: SubmitState = { canGenerate: true, keyState: 'valid', modelsLoaded: true, model: kling, validated: true, errors: [], submitting: false, rateResetAt: null, promptTooLong: false };
    expect(disabledReason(ok)).toBeNull();
    expect(disabledReason({ ...ok, canGenerate: false, keyState: 'missing' })).toMatch(/Add your API key/);
    expect(disabledReason({ ...ok, canGenerate: false, keyState: 'invalid' })).toMatch(/Fix your API key/);
    expect(disabledReason({ ...ok, modelsLoaded: false })).toBe('Loading models…');
    expect(disabledReason({ ...ok, model: undefined })).toBe('Choose a model');
    expect(disabledReason({ ...ok, errors: [{ field: 'prompt', message: 'Required.' }] })).toBe('Prompt: Required.');
    expect(disabledReason({ ...ok, errors: [{ field: 'prompt', message: 'Write a prompt: Veo needs one.' }] })).toBe('Write a prompt: Veo needs one.');
    expect(disabledReason({ ...ok, errors: [{ field: 'prompt', message: 'a' }, { field: 'count', message: 'b' }] })).toBe('Fix 2 fields to generate');
    expect(disabledReason({ ...ok, validated: false })).toBe('Checking…');
    expect(disabledReason({ ...ok, rateResetAt: '14:00' })).toMatch(/resets at 14:00/);
    expect(disabledReason({ ...ok, submitting: true })).toBe('Starting…');
  });
  it('describes server errors, with the retry time for 429', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    expect(describeError({ code: 'insufficient_credits', message: '', retry_after_secs: null, fields: [] })).toMatch(/Not enough credits/);
    // Without the engine's sentence the UI says the wait itself, once, with its clock time.
    const r = describeError({ code: 'rate_limited', message: '', retry_after_secs: 90, fields: [] }, now);
    expect(r).toMatch(/rate limit/);
    expect(r).toMatch(/in 1 min 30 s/);
    expect(r).not.toMatch(/few minutes/);
    // The engine's sentence names the wait already: it is not said a second time.
    const engine = "UlazAI's rate limit was reached. You can try again in 52 minutes.";
    expect(describeError({ code: 'rate_limited', message: engine, retry_after_secs: 3101, fields: [] }, now)).toBe(engine);
    expect(describeError({ code: 'invalid_request', message: 'UlazAI refused this request: bad ratio.', retry_after_secs: null, fields: [] })).toBe(
      'UlazAI refused this request: bad ratio.',
    );
  });
  it('counts the prompt as the engine does and speaks only near and over the limit', () => {
    expect(promptLength('  a 🎬 b  ')).toBe(5);
    expect(promptLimitText(10, null)).toBe('');
    expect(promptLimitText(100, 2500)).toBe('');
    expect(promptLimitText(2240, 2500)).toBe(''); // 260 left: not yet near (10 %)
    expect(promptLimitText(2300, 2500)).toBe('200 characters left');
    expect(promptLimitText(2500, 2500)).toBe('0 characters left');
    expect(promptLimitText(2700, 2500)).toBe('200 characters over the limit of 2,500');
    expect(promptLimitText(85, 100)).toBe('15 characters left'); // at least 20 left counts as near
  });
});
