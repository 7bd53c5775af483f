// The API key: handed to the OS keyring (or kept until the app quits), verified, removed.
// The UI only ever gets its status and a short preview back.
import { call } from '../ipc';
import { app } from '../stores/app.svelte';
import { t } from '../stores/locale.svelte';
import { toasts } from '../stores/toasts.svelte';
import type { KeyCheck } from '../types';

/** Stores the key; rejects with the CommandError (e.g. `keyring_unavailable`) for the form. */
export async function saveKey(key: string, untilQuit: boolean): Promise<void> {
  app.setKey(await call('set_api_key', { key, until_quit: untilQuit }));
  toasts.success(untilQuit ? t('app-key-kept') : t('app-key-saved'));
}

/** One cheap call with the key; rejects when the backend cannot answer. */
export function verifyKey(): Promise<KeyCheck> {
  return call('verify_api_key');
}

/** Removes the key; rejects with the CommandError for the form. */
export async function clearKey(): Promise<void> {
  app.setKey(await call('clear_api_key'));
  toasts.show(t('app-key-removed'));
}
