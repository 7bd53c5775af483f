// A prompt list chosen in the import dialog. Its size is checked before a byte is read:
// a file of gigabytes is refused without being loaded into the webview's memory (the
// backend refuses more than 4 MB as well).
import { t } from './stores/locale.svelte';

/** The largest prompt list read (as the backend's limit). */
export const MAX_PROMPT_LIST_BYTES = 4 * 1024 * 1024;

/** The list's text, or why it is refused (a sentence for the creator). */
export async function readPromptList(
  file: Pick<File, 'name' | 'size' | 'text'>,
): Promise<{ text: string } | { error: string }> {
  if (file.size > MAX_PROMPT_LIST_BYTES) {
    return { error: t('queue-list-too-large', { file: file.name, megabytes: MAX_PROMPT_LIST_BYTES / (1024 * 1024) }) };
  }
  return { text: await file.text() };
}
