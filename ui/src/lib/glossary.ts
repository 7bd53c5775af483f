// The UI's one vocabulary (see ui/GLOSSARY.md): the words for what a creator makes and
// spends, the sentences that count them, and readable labels for the settings and provider
// values a clip carries (names, not slugs or raw keys). Pure.
import { t } from './stores/locale.svelte';
import type { GenerateParams, Job } from './types';

export interface Term {
  term: string;
  means: string;
}

// Getters: each term reads in the window's language when it is read.
export const GLOSSARY: readonly Term[] = [
  {
    get term() {
      return t('glossary-clip');
    },
    get means() {
      return t('glossary-clip-means');
    },
  },
  {
    get term() {
      return t('glossary-render');
    },
    get means() {
      return t('glossary-render-means');
    },
  },
  {
    get term() {
      return t('glossary-generation-request');
    },
    get means() {
      return t('glossary-generation-request-means');
    },
  },
  {
    get term() {
      return t('glossary-credits-term');
    },
    get means() {
      return t('glossary-credits-means');
    },
  },
];

/** What a clip is called: its model's name, or "Merged clip" for a merge's output. */
export function clipName(job: Job, modelName: (slug: string | null | undefined) => string): string {
  return job.origin === 'merge' || job.origin === 'local_merge' ? t('glossary-merged-clip') : modelName(job.model_slug);
}

/** "3 clips", wherever clips are counted. */
export function clipsText(count: number): string {
  return t('glossary-clips', { count });
}

/** A price: "25 credits", or "cost unknown" when there is none. */
export function creditsText(credits: number | null | undefined): string {
  return credits == null ? t('glossary-cost-unknown') : t('glossary-credits', { credits });
}

/** A length in seconds: "8 s". */
export function secondsText(seconds: number): string {
  return t('glossary-seconds', { seconds });
}

/** A render started: "Rendering 2 clips". */
export function renderingText(clips: number): string {
  return t('glossary-rendering', { count: clips });
}

/** Put in the queue: "Queued 2 clips". */
export function queuedText(clips: number): string {
  return t('glossary-queued', { count: clips });
}

/** The hourly budget: "23 generation requests left this hour". */
export function requestsLeftText(remaining: number): string {
  return t('glossary-requests-left', { count: remaining });
}

/** "std" -> "Standard", "pro" -> "Pro", anything else made readable. */
export function qualityLabel(q: string): string {
  switch (q.toLowerCase()) {
    case 'std':
    case 'standard':
      return t('glossary-quality-standard');
    case 'pro':
      return t('glossary-quality-pro');
    case 'hd':
      return t('glossary-quality-hd');
    default:
      return humanize(q);
  }
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
const seconds = (v: unknown) => (typeof v === 'number' || (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) ? secondsText(Number(v)) : text(v));
const onOff = (v: unknown) => (typeof v === 'boolean' ? (v ? t('glossary-on') : t('glossary-off')) : text(v));
const list = (v: unknown) => (Array.isArray(v) ? v.map(text).join('\n') : text(v));
const orientation = (v: unknown) => (v === 'image' ? t('glossary-orientation-image') : v === 'video' ? t('glossary-orientation-video') : text(v));
const quality = (v: unknown) => (typeof v === 'string' ? qualityLabel(v) : text(v));

type Row = [label: string, value: string];
/** A label (read in the window's language when shown) and how its value reads. */
type Field = { label: () => string; value: (v: unknown) => string };

const SETTINGS: Record<string, Field> = {
  aspect_ratio: { label: () => t('glossary-label-aspect-ratio'), value: text },
  duration_seconds: { label: () => t('glossary-label-duration'), value: seconds },
  quality_mode: { label: () => t('glossary-label-quality'), value: quality },
  input_image_urls: { label: () => t('glossary-label-input-images'), value: list },
  input_video_urls: { label: () => t('glossary-label-input-videos'), value: list },
  sound: { label: () => t('glossary-label-sound'), value: onOff },
  character_orientation: { label: () => t('glossary-label-orientation'), value: orientation },
  count: { label: () => t('glossary-label-count'), value: text },
};

/** The settings a clip was asked with, labelled, in the form's order (the prompt has its own place). */
export function settingRows(p: GenerateParams, modelName: (slug: string) => string): Row[] {
  const rows: Row[] = [[t('glossary-label-model'), modelName(p.model_slug)]];
  for (const [key, f] of Object.entries(SETTINGS)) {
    const v = (p as unknown as Record<string, unknown>)[key];
    if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) continue;
    rows.push([f.label(), f.value(v)]);
  }
  return rows;
}

const PROVIDER: Record<string, Field> = {
  effective_duration_seconds: { label: () => t('glossary-label-length'), value: seconds },
  duration_seconds: { label: () => t('glossary-label-duration'), value: seconds },
  duration: { label: () => t('glossary-label-duration'), value: seconds },
  fps: { label: () => t('glossary-label-frame-rate'), value: (v) => t('glossary-fps', { fps: text(v) }) },
  quality: { label: () => t('glossary-label-quality'), value: quality },
  quality_mode: { label: () => t('glossary-label-quality'), value: quality },
  aspect_ratio: { label: () => t('glossary-label-aspect-ratio'), value: text },
  resolution: { label: () => t('glossary-label-resolution'), value: text },
};

/** What the provider reported about a clip, with readable labels (unknown keys humanized). */
export function providerRows(meta: Record<string, unknown> | null): Row[] {
  return Object.entries(meta ?? {}).map(([k, v]) => {
    const f = PROVIDER[k];
    return f ? [f.label(), f.value(v)] : [humanize(k), text(v)];
  });
}
