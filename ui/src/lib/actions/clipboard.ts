// Copying a result link or a file path to the clipboard.
import { app } from '../stores/app.svelte';
import { t } from '../stores/locale.svelte';
import { toasts } from '../stores/toasts.svelte';
import { safeMediaUrl } from '../url';

export async function copyUrl(raw: string): Promise<void> {
  const url = safeMediaUrl(raw, app.urlPolicy);
  if (!url) {
    toasts.error(t('folders-copy-unsafe'));
    return;
  }
  await copyText(url);
  toasts.success(t('folders-link-copied'));
}

export async function copyPath(path: string): Promise<void> {
  await copyText(path);
  toasts.success(t('folders-path-copied'));
}

/** Puts text on the clipboard; falls back to a selected, hidden textarea. */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.className = 'visually-hidden';
    document.body.appendChild(ta);
    ta.select();
    document.execCommand('copy');
    ta.remove();
  }
}
