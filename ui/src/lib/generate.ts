// Generate-form helpers: build GenerateParams from the draft and the model matrix, fit the
// draft to a newly picked model, group field errors, and say why submit is disabled.
// The RULES live in Rust (validate_generate); nothing here decides what is valid.
import type { Draft } from './stores/draft.svelte';
import { t } from './stores/locale.svelte';
import type { FieldError, GenerateParams, ModelInfo } from './types';

const FORM_FIELDS = [
  'model_slug',
  'prompt',
  'aspect_ratio',
  'duration_seconds',
  'quality_mode',
  'input_image_urls',
  'input_video_urls',
  'sound',
  'character_orientation',
  'count',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

export function takesImages(m: ModelInfo | undefined): boolean {
  return !!m && (m.inputs.includes('image') || m.min_input_images > 0 || (m.max_input_images ?? 0) > 0);
}
export function takesVideos(m: ModelInfo | undefined): boolean {
  return !!m && (m.inputs.includes('video') || m.min_input_videos > 0 || (m.max_input_videos ?? 0) > 0);
}
export function usesOrientation(m: ModelInfo | undefined): boolean {
  return !!m && m.slug.includes('motion_control');
}
export function maxBatch(m: ModelInfo | undefined): number {
  return Math.max(1, Math.min(4, m?.max_batch ?? 4));
}

export function buildParams(d: Draft, m: ModelInfo | undefined): GenerateParams {
  const p: GenerateParams = { model_slug: d.model_slug, prompt: d.prompt, count: d.count };
  if (!m) return p;
  if (m.aspect_ratios.length && d.aspect_ratio) p.aspect_ratio = d.aspect_ratio;
  if (m.durations.length && d.duration_seconds !== null) p.duration_seconds = d.duration_seconds;
  if (m.quality_modes.length && d.quality_mode) p.quality_mode = d.quality_mode;
  if (takesImages(m)) {
    const urls = d.image_urls.map((u) => u.trim()).filter((u) => u !== '');
    if (urls.length) p.input_image_urls = urls;
  }
  if (takesVideos(m)) {
    const urls = d.video_urls.map((u) => u.trim()).filter((u) => u !== '');
    if (urls.length) p.input_video_urls = urls;
  }
  if (m.supports_sound) p.sound = d.sound;
  if (usesOrientation(m) && d.character_orientation) p.character_orientation = d.character_orientation;
  return p;
}

/** Changes that make the draft fit a model's options (keeps what still fits). */
export function fitDraftToModel(d: Draft, m: ModelInfo): Partial<Draft> {
  const patch: Partial<Draft> = {};
  if (m.aspect_ratios.length && !m.aspect_ratios.includes(d.aspect_ratio)) patch.aspect_ratio = m.aspect_ratios[0];
  // A duration the creator chose is kept even when the new model lacks it: the form flags it
  // inline (the rule lives in Rust) instead of silently changing what was picked. A default
  // follows the model.
  const fits = d.duration_seconds !== null && m.durations.includes(d.duration_seconds);
  if (m.durations.length && (d.duration_seconds === null || (!fits && !d.duration_chosen)))
    patch.duration_seconds = m.durations[0];
  if (m.quality_modes.length && !m.quality_modes.includes(d.quality_mode)) patch.quality_mode = m.quality_modes[0];
  const mb = maxBatch(m);
  if (d.count > mb) patch.count = mb;
  if (d.count < 1) patch.count = 1;
  const wantImages = Math.max(1, m.min_input_images);
  if (takesImages(m) && d.image_urls.length < wantImages)
    patch.image_urls = [...d.image_urls, ...Array(wantImages - d.image_urls.length).fill('')];
  const wantVideos = Math.max(1, m.min_input_videos);
  if (takesVideos(m) && d.video_urls.length < wantVideos)
    patch.video_urls = [...d.video_urls, ...Array(wantVideos - d.video_urls.length).fill('')];
  if (usesOrientation(m) && !d.character_orientation) patch.character_orientation = 'video';
  return patch;
}

/** Map backend field names (possibly "input_image_urls[1]" or "params.prompt") to form fields. */
function formFieldOf(field: string): FormField | null {
  const base = field.replace(/^params\./, '').replace(/\[\d+\]$/, '').replace(/\.\d+$/, '');
  return (FORM_FIELDS as readonly string[]).includes(base) ? (base as FormField) : null;
}

/** Group errors per form field; those matching no field are returned in `other`. */
export function groupErrors(errors: readonly FieldError[]): { byField: Map<FormField, string[]>; other: string[] } {
  const byField = new Map<FormField, string[]>();
  const other: string[] = [];
  for (const e of errors) {
    const f = formFieldOf(e.field);
    if (f === null) other.push(e.message);
    else byField.set(f, [...(byField.get(f) ?? []), e.message]);
  }
  return { byField, other };
}

/** A field's short name, before an error that does not name it. */
function fieldLabel(f: FormField): string {
  switch (f) {
    case 'model_slug':
      return t('generate-field-model');
    case 'prompt':
      return t('generate-field-prompt');
    case 'aspect_ratio':
      return t('generate-field-aspect-ratio');
    case 'duration_seconds':
      return t('generate-field-duration');
    case 'quality_mode':
      return t('generate-field-quality');
    case 'input_image_urls':
      return t('generate-field-images');
    case 'input_video_urls':
      return t('generate-field-videos');
    case 'sound':
      return t('generate-field-sound');
    case 'character_orientation':
      return t('generate-field-orientation');
    case 'count':
      return t('generate-field-count');
  }
}

export interface SubmitState {
  canGenerate: boolean;
  keyState: string;
  modelsLoaded: boolean;
  model: ModelInfo | undefined;
  validated: boolean;
  errors: readonly FieldError[];
  submitting: boolean;
  /** The hourly limit is reached: when it resets (a clock time; '' when not known). */
  rateResetAt: string | null;
  promptTooLong: boolean;
}

/** Why the Generate button is disabled (null = enabled). */
export function disabledReason(s: SubmitState): string | null {
  if (s.submitting) return t('generate-starting');
  if (!s.canGenerate) return s.keyState === 'invalid' ? t('generate-reason-fix-key') : t('generate-reason-add-key');
  if (!s.modelsLoaded) return t('generate-models-loading');
  if (!s.model) return t('generate-reason-choose-model');
  if (s.rateResetAt !== null)
    return s.rateResetAt ? t('generate-reason-hourly-limit', { time: s.rateResetAt }) : t('generate-reason-hourly-limit-hour');
  if (s.promptTooLong) return t('generate-reason-prompt-too-long');
  if (s.errors.length === 1) {
    // The backend's messages are specific; name the field only when the message does not.
    const { field, message } = s.errors[0];
    const f = formFieldOf(field);
    const label = f ? fieldLabel(f) : null;
    const named = label !== null && message.toLowerCase().includes(label.toLowerCase().replace(/s$/, ''));
    return label && !named ? t('generate-reason-field', { field: label, message }) : message;
  }
  if (s.errors.length > 1) return t('generate-reason-fix-fields', { count: s.errors.length });
  if (!s.validated) return t('generate-reason-checking');
  return null;
}

/** The prompt's length as the engine counts it: Unicode scalar values of the trimmed text. */
export function promptLength(prompt: string): number {
  return [...prompt.trim()].length;
}

/**
 * What the prompt counter says to screen readers: nothing while far from the limit (no
 * announcement per keystroke), the characters left near it, the excess over it.
 */
export function promptLimitText(length: number, max: number | null): string {
  if (max === null) return '';
  const left = max - length;
  if (left < 0) return t('generate-prompt-over', { over: -left, max });
  if (left <= Math.max(20, Math.round(max * 0.1))) return t('generate-prompt-left', { left });
  return '';
}
