// The variations being picked: the models the engine offers for the form's prompt (each
// with only what it accepts, or why it cannot render the prompt) and, per model chosen,
// its own ratios, durations and qualities. It outlives the picker component: the dialog
// swaps the picker for the preview, and Back brings every pick back.
import { qualityLabel } from '../glossary';
import type { GenerateParams, VariationModel, VariationPick } from '../types';

export type Axis = 'aspect_ratios' | 'durations' | 'quality_modes';
/** A pick's or a model's values, read alike along any axis. */
type Values = Record<Axis, (string | number)[]>;

/** A quality as the creator reads it ("std" → "Standard"). */
export function qualityName(q: string): string {
  const k = q.toLowerCase();
  if (k === 'std' || k === 'standard' || k === 'pro') return qualityLabel(k);
  return q.charAt(0).toUpperCase() + q.slice(1);
}

/** The combinations one pick makes (an axis the model has no values for counts once). */
function combinations(p: VariationPick): number {
  return Math.max(1, p.aspect_ratios.length) * Math.max(1, p.durations.length) * Math.max(1, p.quality_modes.length);
}

export class VariationPicker {
  /** Every model, as offered for the prompt the picks were made for. */
  offered = $state.raw<VariationModel[]>([]);
  /** One pick per chosen model, in the order the models are listed. */
  picks = $state<VariationPick[]>([]);
  /** The form's request the picks belong to (another prompt or input starts over). */
  private key: string | null = null;

  /**
   * The engine's offer for `base`. The same prompt keeps every pick (a model that can no
   * longer render it is dropped); a new one starts from the form's model.
   */
  load(base: GenerateParams, offered: VariationModel[]): void {
    const key = JSON.stringify([base.prompt.trim(), base.input_image_urls ?? [], base.input_video_urls ?? []]);
    this.offered = offered;
    const usable = (slug: string) => offered.some((m) => m.slug === slug && !m.unavailable);
    if (key === this.key) {
      this.picks = this.picks.filter((p) => usable(p.model_slug));
      return;
    }
    this.key = key;
    this.picks = [];
    if (usable(base.model_slug)) this.toggleModel(base.model_slug);
  }

  /** Forget everything (the dialog closed). */
  reset(): void {
    this.offered = [];
    this.picks = [];
    this.key = null;
  }

  model(slug: string): VariationModel | undefined {
    return this.offered.find((m) => m.slug === slug);
  }

  chosen(slug: string): boolean {
    return this.picks.some((p) => p.model_slug === slug);
  }

  /** Choose a model (starting from the form's values, fitted to it) or drop it. */
  toggleModel(slug: string): void {
    if (this.chosen(slug)) {
      this.picks = this.picks.filter((p) => p.model_slug !== slug);
      return;
    }
    const m = this.model(slug);
    if (!m || m.unavailable) return;
    const order = (s: string) => this.offered.findIndex((o) => o.slug === s);
    this.picks = [...this.picks, structuredClone($state.snapshot(m.start))].sort((a, b) => order(a.model_slug) - order(b.model_slug));
  }

  has(slug: string, axis: Axis, value: string | number): boolean {
    const p = this.picks.find((x) => x.model_slug === slug) as Values | undefined;
    return !!p && p[axis].includes(value);
  }

  /** Tick or untick one of a model's own values; the last one of an axis stays. */
  toggle(slug: string, axis: Axis, value: string | number): void {
    const p = this.picks.find((x) => x.model_slug === slug) as Values | undefined;
    const m = this.model(slug) as Values | undefined;
    if (!p || !m || !m[axis].includes(value)) return;
    const list = p[axis];
    if (!list.includes(value)) p[axis] = m[axis].filter((v) => v === value || list.includes(v));
    else if (list.length > 1) p[axis] = list.filter((v) => v !== value);
  }

  /** The picks to send (plain data). */
  snapshot(): VariationPick[] {
    return $state.snapshot(this.picks);
  }

  /** What the picks make: combinations, clips and credits (null when a price is unknown). */
  get totals(): { combinations: number; clips: number; credits: number | null } {
    let combos = 0;
    let clips = 0;
    let credits: number | null = 0;
    for (const p of this.picks) {
      const m = this.model(p.model_slug);
      const n = combinations(p);
      const c = n * (m?.count ?? 1);
      combos += n;
      clips += c;
      credits = credits === null || m?.credits == null ? null : credits + c * m.credits;
    }
    return { combinations: combos, clips, credits };
  }
}

/** The one picker of the variations dialog. */
export const variations = new VariationPicker();
