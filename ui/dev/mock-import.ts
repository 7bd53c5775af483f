// DEV ONLY — the mock backend's prompt-list import (queue_preview_import), a rough imitation
// of the engine's.
import type { GenerateParams, QueuePreview } from '../src/lib/types';
import { MODELS } from './mock-backend';

/** A prompt list read against the form's values: one prompt a line, `#` lines skipped, a
 *  line over the model's limit refused (a rough imitation of the engine's import). */
export function previewList(content: string, defaults: GenerateParams): QueuePreview {
  const m = MODELS.find((x) => x.slug === defaults.model_slug);
  const items: QueuePreview['items'] = [];
  const problems: QueuePreview['problems'] = [];
  content.split('\n').forEach((raw, i) => {
    const text = raw.trim();
    if (!text || text.startsWith('#')) return;
    const line = i + 1;
    if (m?.max_prompt_chars != null && [...text].length > m.max_prompt_chars) {
      problems.push({ line, label: `Line ${line}`, message: `The prompt is longer than ${m.max_prompt_chars} characters.` });
      return;
    }
    const params = { ...defaults, prompt: text };
    items.push({ line, label: `Line ${line}`, entry: { params, folder: null, source: `Pasted list, line ${line}` }, credits: m?.credits != null ? m.credits * params.count : null });
  });
  const clips = items.reduce((a, it) => a + it.entry.params.count, 0);
  const credits = items.every((it) => it.credits !== null) ? items.reduce((a, it) => a + (it.credits ?? 0), 0) : null;
  return { format: 'text', items, problems, clips, credits };
}
