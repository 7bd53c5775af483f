// The render queue: add from the form, import a prompt list (preview, then confirm),
// pause/resume, reorder, remove, submit now. The queue reaches the UI through
// queue://updated; answers are applied too so the UI never waits for the event.
import { call } from '../ipc';
import { queuedText, renderingText } from '../glossary';
import { takeOrigin } from '../reuse';
import { jobs } from '../stores/jobs.svelte';
import { t } from '../stores/locale.svelte';
import { queue } from '../stores/queue.svelte';
import { toasts } from '../stores/toasts.svelte';
import { variations } from '../stores/variations.svelte';
import type { FolderChoice, GenerateParams, QueueEntry, VariationPick } from '../types';
import { fail } from './report';

/** Queue what the form holds (the form ran the same checks). Rejects with the CommandError. */
export async function addToQueue(params: GenerateParams): Promise<void> {
  const view = await call('queue_add', { entries: [{ params, folder: null, source: null }], folder: null });
  queue.set(view);
  toasts.success(queuedText(params.count));
}

/** Parse a prompt list against the form's values and show the preview. */
export async function previewImport(content: string, fileName: string | null, defaults: GenerateParams): Promise<boolean> {
  try {
    const preview = await call('queue_preview_import', { content, file_name: fileName, defaults });
    queue.preview = { preview, source: fileName ?? t('queue-source-pasted') };
    return true;
  } catch (e) {
    fail(t('queue-fail-read-list'), e);
    return false;
  }
}

/** A prompt list dropped on the window: read against the form's values, previewed. */
export async function importDroppedFile(path: string, defaults: GenerateParams): Promise<void> {
  try {
    const preview = await call('queue_preview_import_file', { path, defaults });
    queue.preview = { preview, source: path.split(/[\\/]/).pop() ?? path };
    queue.openDialog('import');
  } catch (e) {
    fail(t('queue-fail-read-dropped'), e);
  }
}

/** The models variations of the form's prompt may use, each with what it accepts. */
export async function loadVariationModels(base: GenerateParams): Promise<void> {
  try {
    variations.load(base, await call('queue_variation_models', { base }));
  } catch (e) {
    fail(t('queue-fail-variation-models'), e);
  }
}

/**
 * The form's prompt across the picked models and their values: show the preview. Variations
 * of a clip (the form was filled from it) are takes of its shot.
 */
export async function previewVariations(base: GenerateParams, picks: VariationPick[]): Promise<void> {
  try {
    const preview = await call('queue_preview_variations', { base, picks });
    const origin = takeOrigin(base.prompt);
    if (origin) for (const item of preview.items) item.entry.take_of = origin;
    queue.preview = { preview, source: t('queue-source-variations') };
  } catch (e) {
    fail(t('queue-fail-variations'), e);
  }
}

/** Queue the previewed items (into a new folder when `folderName` is given); `what` names them ("3 variations"). */
export async function confirmImport(entries: QueueEntry[], folderName: string, what: string): Promise<boolean> {
  const name = folderName.trim();
  const folder: FolderChoice | null = name ? { kind: 'new', name } : null;
  try {
    queue.set(await call('queue_add', { entries, folder }));
    queue.preview = null;
    toasts.success(t('queue-queued', { what }));
    return true;
  } catch (e) {
    fail(t('queue-fail-queue-list'), e);
    return false;
  }
}

export async function setQueuePaused(paused: boolean): Promise<void> {
  try {
    await call(paused ? 'queue_pause' : 'queue_resume');
  } catch (e) {
    fail(paused ? t('queue-fail-pause') : t('queue-fail-resume'), e);
  }
}

export async function moveQueued(id: string, index: number): Promise<void> {
  try {
    await call('queue_move', { id, index });
  } catch (e) {
    fail(t('queue-fail-move'), e);
  }
}

export async function removeQueued(id: string): Promise<void> {
  try {
    await call('queue_remove', { ids: [id] });
  } catch (e) {
    fail(t('queue-fail-remove'), e);
  }
}

export async function submitQueuedNow(id: string): Promise<void> {
  try {
    const started = await call('queue_submit_now', { id });
    jobs.upsertMany(started, true);
    toasts.success(renderingText(started.length));
  } catch (e) {
    fail(t('queue-fail-submit-now'), e);
  }
}

/** The estimates the poll scheduler uses, refreshed when a render finishes. */
export async function loadEstimates(): Promise<void> {
  try {
    queue.setEstimates(await call('render_estimates'));
  } catch {
    // Without estimates the cards keep the model matrix's typical range.
  }
}
