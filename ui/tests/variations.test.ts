// The variations picker's state: only what each chosen model accepts, totals before
// anything is queued, and every pick kept when the dialog comes Back from the preview.
import { beforeEach, describe, expect, it } from 'vitest';
import { VariationPicker, qualityName } from '../src/lib/stores/variations.svelte';
import type { GenerateParams, VariationModel } from '../src/lib/types';

function model(slug: string, p: Partial<VariationModel> = {}): VariationModel {
  const m: VariationModel = {
    slug,
    name: slug.toUpperCase(),
    aspect_ratios: ['16:9', '9:16', '1:1'],
    durations: [5, 10],
    quality_modes: ['std', 'pro'],
    count: 1,
    credits: 100,
    unavailable: null,
    start: { model_slug: slug, aspect_ratios: ['16:9'], durations: [5], quality_modes: ['pro'] },
    ...p,
  };
  return m;
}

const OFFERED: VariationModel[] = [
  model('kling', {}),
  model('veo', { aspect_ratios: ['16:9', '9:16', 'Auto'], durations: [8], quality_modes: [], credits: 25, start: { model_slug: 'veo', aspect_ratios: ['16:9'], durations: [8], quality_modes: [] } }),
  model('hailuo', { unavailable: 'HAILUO needs exactly one input image.' }),
];
const BASE = { model_slug: 'kling', prompt: 'a lighthouse at dusk', count: 1 } as GenerateParams;

let picker: VariationPicker;
beforeEach(() => {
  picker = new VariationPicker();
  picker.load(BASE, OFFERED);
});

describe('variations picker', () => {
  it("starts from the form's model with its own values", () => {
    expect(picker.snapshot()).toEqual([OFFERED[0].start]);
    expect(picker.totals).toEqual({ combinations: 1, clips: 1, credits: 100 });
  });

  it('offers per model only what that model accepts', () => {
    picker.toggleModel('veo');
    picker.toggle('veo', 'durations', 5); // Veo renders 8 s only
    picker.toggle('kling', 'durations', 8); // Kling: 5 s or 10 s
    picker.toggle('kling', 'durations', 10);
    picker.toggle('kling', 'aspect_ratios', 'Auto'); // Veo's, not Kling's
    picker.toggleModel('hailuo'); // cannot render a text prompt
    expect(picker.snapshot()).toEqual([
      { model_slug: 'kling', aspect_ratios: ['16:9'], durations: [5, 10], quality_modes: ['pro'] },
      { model_slug: 'veo', aspect_ratios: ['16:9'], durations: [8], quality_modes: [] },
    ]);
    // 2 Kling + 1 Veo combinations, before anything is queued.
    expect(picker.totals).toEqual({ combinations: 3, clips: 3, credits: 225 });
  });

  it("keeps an axis's last value, and counts clips per model's batch", () => {
    picker.toggle('kling', 'quality_modes', 'pro');
    expect(picker.has('kling', 'quality_modes', 'pro')).toBe(true);
    picker.toggle('kling', 'quality_modes', 'std');
    picker.toggle('kling', 'quality_modes', 'pro');
    expect(picker.snapshot()[0].quality_modes).toEqual(['std']);
    const two = new VariationPicker();
    two.load({ ...BASE, count: 2 }, OFFERED.map((m) => ({ ...m, count: 2 })));
    two.toggle('kling', 'aspect_ratios', '9:16');
    expect(two.totals).toEqual({ combinations: 2, clips: 4, credits: 400 });
  });

  it('keeps every pick when the picker comes back (Back from the preview)', () => {
    picker.toggleModel('veo');
    picker.toggle('kling', 'aspect_ratios', '1:1');
    picker.toggle('kling', 'durations', 10);
    const picked = picker.snapshot();
    // The preview replaced the picker; Back mounts it again and it reloads the offer.
    picker.load(BASE, OFFERED);
    expect(picker.snapshot()).toEqual(picked);
    // Another prompt starts over; a closed dialog forgets.
    picker.load({ ...BASE, prompt: 'an owl' }, OFFERED);
    expect(picker.snapshot()).toEqual([OFFERED[0].start]);
    picker.reset();
    expect(picker.picks).toEqual([]);
  });

  it('reads qualities as words', () => {
    expect(['std', 'pro', 'ultra'].map(qualityName)).toEqual(['Standard', 'Pro', 'Ultra']);
  });
});
