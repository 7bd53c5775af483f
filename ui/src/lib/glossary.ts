// i18n: pending (its words are not in the catalog yet)
// The UI's one vocabulary (see ui/GLOSSARY.md): the words for what a creator makes and
// spends, the sentences that count them, and readable labels for the settings and provider
// values a clip carries (names, not slugs or raw keys). Pure.
import type { GenerateParams, Job } from './types';

export interface Term {
  term: string;
  means: string;
}

export const GLOSSARY: readonly Term[] = [
  { term: 'clip', means: 'One video a render makes (or a merge of clips). Count results in clips: “3 clips”.' },
  { term: 'render', means: 'Making a clip: the work in progress (“Rendering”, “Waiting to render”) and the verb.' },
  {
    term: 'generation request',
    means: 'One request to generate, which may render several clips; the hourly limit counts these.',
  },
  { term: 'credits', means: 'What a clip costs, charged when its render starts and refunded when it fails.' },
];

/** What a clip is called: its model's name, or "Merged clip" for a merge's output. */
export function clipName(job: Job, modelName: (slug: string | null | undefined) => string): string {
  return job.origin === 'merge' || job.origin === 'local_merge' ? 'Merged clip' : modelName(job.model_slug);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A render started: "Rendering 2 clips". */
export function renderingText(clips: number): string {
  return `Rendering ${plural(clips, 'clip')}`;
}

/** Put in the queue: "Queued 2 clips". */
export function queuedText(clips: number): string {
  return `Queued ${plural(clips, 'clip')}`;
}

/** The hourly budget: "23 generation requests left this hour". */
export function requestsLeftText(remaining: number): string {
  return `${plural(remaining, 'generation request')} left this hour`;
}

const QUALITY: Record<string, string> = { std: 'Standard', standard: 'Standard', pro: 'Pro', hd: 'HD' };

/** "std" -> "Standard", "pro" -> "Pro", anything else made readable. */
export function qualityLabel(q: string): string {
  return QUALITY[q.toLowerCase()] ?? humanize(q);
}

/** "seed_value" -> "Seed value". */
export function humanize(key: string): string {
  const s = key.replaceAll('_', ' ').trim();
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : key;
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  try {
    return JSON.stringify(v, null, 2);
  } catch {
    return String(v);
  }
}
const seconds = (v: unknown) => (typeof v === 'number' || (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) ? `${v} s` : text(v));
const onOff = (v: unknown) => (typeof v === 'boolean' ? (v ? 'On' : 'Off') : text(v));
const list = (v: unknown) => (Array.isArray(v) ? v.map(text).join('\n') : text(v));
const orientation = (v: unknown) => (v === 'image' ? 'From the image' : v === 'video' ? 'From the video' : text(v));
const quality = (v: unknown) => (typeof v === 'string' ? qualityLabel(v) : text(v));

type Row = [label: string, value: string];
type Field = { label: string; value: (v: unknown) => string };

const SETTINGS: Record<string, Field> = {
  aspect_ratio: { label: 'Aspect ratio', value: text },
  duration_seconds: { label: 'Duration', value: seconds },
  quality_mode: { label: 'Quality', value: quality },
  input_image_urls: { label: 'Input images', value: list },
  input_video_urls: { label: 'Input videos', value: list },
  sound: { label: 'Sound', value: onOff },
  character_orientation: { label: 'Character orientation', value: orientation },
  count: { label: 'Clips in the batch', value: text },
};

/** The settings a clip was asked with, labelled, in the form's order (the prompt has its own place). */
export function settingRows(p: GenerateParams, modelName: (slug: string) => string): Row[] {
  const rows: Row[] = [['Model', modelName(p.model_slug)]];
  for (const [key, f] of Object.entries(SETTINGS)) {
    const v = (p as unknown as Record<string, unknown>)[key];
    if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) continue;
    rows.push([f.label, f.value(v)]);
  }
  return rows;
}

const PROVIDER: Record<string, Field> = {
  effective_duration_seconds: { label: 'Length', value: seconds },
  duration_seconds: { label: 'Duration', value: seconds },
  duration: { label: 'Duration', value: seconds },
  fps: { label: 'Frame rate', value: (v) => `${text(v)} fps` },
  quality: { label: 'Quality', value: quality },
  quality_mode: { label: 'Quality', value: quality },
  aspect_ratio: { label: 'Aspect ratio', value: text },
  resolution: { label: 'Resolution', value: text },
};

/** What the provider reported about a clip, with readable labels (unknown keys humanized). */
export function providerRows(meta: Record<string, unknown> | null): Row[] {
  return Object.entries(meta ?? {}).map(([k, v]) => {
    const f = PROVIDER[k];
    return f ? [f.label, f.value(v)] : [humanize(k), text(v)];
  });
}
