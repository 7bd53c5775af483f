// Reuse what a job was made with: "Use this prompt" fills the generate form from any card
// (from what the app sent when it started the job, else from what the job itself says),
// "Edit & retry" does the same for a failed job so its prompt can be changed before it is
// sent again. Prompt history is read from the job store: no second list to keep in sync.
import { focusSoon, PROMPT } from './dom';
import { announcer } from './stores/announcer.svelte';
import { draft, type Draft } from './stores/draft.svelte';
import { jobs } from './stores/jobs.svelte';
import { t } from './stores/locale.svelte';
import { ui } from './stores/ui.svelte';
import type { Job } from './types';

function isMerge(job: Job): boolean {
  return job.origin === 'merge' || job.origin === 'local_merge';
}

/** Can the form be filled from this job? (A merge has no prompt or model of its own.) */
export function canReuse(job: Job): boolean {
  return !isMerge(job) && (job.params !== null || !!job.model_slug || !!job.prompt?.trim());
}

function metaString(meta: Record<string, unknown> | null, key: string): string | null {
  const v = meta?.[key];
  return typeof v === 'string' && v.trim() !== '' ? v : null;
}
function metaSeconds(meta: Record<string, unknown> | null, key: string): number | null {
  const v = meta?.[key];
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  return Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * What the form should hold to make this job again. From the parameters this app sent when
 * it has them (every field, the batch's count included); otherwise, for jobs found in
 * history, from what the job reports (model, prompt, and ratio/duration/quality when the
 * provider said). Fields the job does not tell are left as the form has them.
 */
export function draftFromJob(job: Job, retry = false): Partial<Draft> | null {
  if (!canReuse(job)) return null;
  const p = job.params;
  if (p) {
    const patch: Partial<Draft> = {
      model_slug: p.model_slug,
      prompt: p.prompt,
      image_urls: p.input_image_urls?.length ? [...p.input_image_urls] : [''],
      video_urls: p.input_video_urls?.length ? [...p.input_video_urls] : [''],
      // A job is one clip of its batch: retrying it renders that one clip again.
      count: retry ? 1 : p.count,
    };
    if (p.aspect_ratio !== undefined) patch.aspect_ratio = p.aspect_ratio;
    if (p.duration_seconds !== undefined) {
      patch.duration_seconds = p.duration_seconds;
      patch.duration_chosen = true;
    }
    if (p.quality_mode !== undefined) patch.quality_mode = p.quality_mode;
    if (p.sound !== undefined) patch.sound = p.sound;
    if (p.character_orientation !== undefined) patch.character_orientation = p.character_orientation;
    return patch;
  }
  const patch: Partial<Draft> = { prompt: job.prompt ?? '', count: 1 };
  if (job.model_slug) patch.model_slug = job.model_slug;
  const meta = job.provider_meta;
  const ratio = metaString(meta, 'aspect_ratio');
  if (ratio) patch.aspect_ratio = ratio;
  const seconds = metaSeconds(meta, 'duration_seconds') ?? metaSeconds(meta, 'duration');
  if (seconds) {
    patch.duration_seconds = seconds;
    patch.duration_chosen = true;
  }
  const quality = metaString(meta, 'quality_mode') ?? metaString(meta, 'quality');
  if (quality) patch.quality_mode = quality;
  return patch;
}

/**
 * Fill the draft from `job`. `retry`: the job failed and the creator means to change the
 * request before sending it again; the form then shows it is retrying that clip (until
 * the render starts, the creator cancels, or another reuse).
 */
export function applyReuse(job: Job, retry = false): boolean {
  const patch = draftFromJob(job, retry);
  if (!patch) return false;
  Object.assign(draft, patch);
  draft.retryOf = retry ? job.id : null;
  filledFrom = { id: job.id, prompt: patch.prompt ?? '' };
  return true;
}

/** The clip the form was last filled from, and the prompt that put there. */
let filledFrom: { id: string; prompt: string } | null = null;

/**
 * The clip a request from the form is a take of (its clips join that clip's shot): the
 * failed clip of an Edit & retry, whatever the creator changed; for variations (`prompt`
 * given) also the clip "Use this prompt" filled the form from, while the prompt is still
 * that clip's. Null for a new shot, or when that clip has left the library.
 */
export function takeOrigin(prompt?: string): string | null {
  if (draft.retryOf) return jobs.has(draft.retryOf) ? draft.retryOf : null;
  if (prompt === undefined || !filledFrom || filledFrom.prompt.trim() !== prompt.trim()) return null;
  return jobs.has(filledFrom.id) ? filledFrom.id : null;
}

/** Leave retry mode (the form keeps what it holds). */
export function endRetry(): void {
  draft.retryOf = null;
}

const NOTE_CHARS = 60;

/** How the retry strip names the clip (by its prompt) and why it failed. */
export function retryNote(job: Job | undefined): { clip: string; reason: string } {
  const reason = job?.error_message?.trim() || t('generate-retry-no-reason');
  const text = (job?.params?.prompt ?? job?.prompt ?? '').trim().replace(/\s+/g, ' ');
  if (!text) return { clip: t('generate-retry-failed-clip'), reason };
  const cut = text.length > NOTE_CHARS ? `${text.slice(0, NOTE_CHARS - 1).trimEnd()}…` : text;
  return { clip: t('generate-quoted-prompt', { prompt: cut }), reason };
}

/**
 * Fill the generate form from `job` and put the cursor in its prompt. `retry`: as in
 * applyReuse (nothing is sent until they press Generate).
 */
export function fillFormFrom(job: Job, retry = false): boolean {
  if (!applyReuse(job, retry)) return false;
  ui.showForm();
  announcer.say(
    retry
      ? t('generate-reuse-retry')
      : t('generate-reuse'),
  );
  void focusSoon(() => {
    const el = document.querySelector<HTMLTextAreaElement>(PROMPT);
    el?.setSelectionRange(el.value.length, el.value.length);
    return el;
  });
  return true;
}

/** How many recent prompts the prompt field offers. */
export const HISTORY_SIZE = 8;

/**
 * The creator's recent prompts, most recent first, each once (compared without outer
 * spaces), those containing every word of `query` (case-insensitive). `newestFirst`: the
 * store's jobs, newest first. Merges carry no prompt of their own and are skipped.
 */
export function promptHistory(newestFirst: readonly Job[], query = '', limit = HISTORY_SIZE): string[] {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== '');
  const seen = new Set<string>();
  const out: string[] = [];
  for (const job of newestFirst) {
    if (isMerge(job)) continue;
    const text = (job.params?.prompt ?? job.prompt ?? '').trim();
    if (text === '' || seen.has(text)) continue;
    seen.add(text);
    const lower = text.toLowerCase();
    if (!words.every((w) => lower.includes(w))) continue;
    out.push(text);
    if (out.length >= limit) break;
  }
  return out;
}

/** The prompt Enter picks in the recent prompts' search: the `active` one of `items` when
 *  they answer what is typed (`query`), else the first of the list asked for `query`. The
 *  list is the engine's answer to each text typed: a quick "paper⏎" comes before the answer
 *  to "paper", and must not use the list of "pap". */
export async function pickOnEnter(
  query: string,
  answered: string | null,
  items: readonly string[],
  active: number,
  ask: (query: string) => Promise<string[]>,
): Promise<string | undefined> {
  if (answered === query) return items[active];
  return (await ask(query))[0];
}
