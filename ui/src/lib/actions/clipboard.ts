// i18n: pending (its words are not in the catalog yet)
// Copying a result link or a file path to the clipboard.
import { app } from '../stores/app.svelte';
import { toasts } from '../stores/toasts.svelte';
import { safeMediaUrl } from '../url';

export async function copyUrl(raw: string): Promise<void> {
  const url = safeMediaUrl(raw, app.urlPolicy);
  if (!url) {
    toasts.error('This URL is not a safe https link, so it was not copied.');
    return;
  }
  await copyText(url);
  toasts.success('Link copied');
}

export async function copyPath(path: string): Promise<void> {
  await copyText(path);
  toasts.success('File path copied');
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
