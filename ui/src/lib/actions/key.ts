// The API key: handed to the OS keyring (or kept for this session), verified, removed.
// The UI only ever gets its status and a short preview back.
import { call } from '../ipc';
import { app } from '../stores/app.svelte';
import { toasts } from '../stores/toasts.svelte';
import type { KeyCheck } from '../types';

/** Stores the key; rejects with the CommandError (e.g. `keyring_unavailable`) for the form. */
export async function saveKey(key: string, sessionOnly: boolean): Promise<void> {
  app.setKey(await call('set_api_key', { key, session_only: sessionOnly }));
  toasts.success(sessionOnly ? 'API key kept for this session' : 'API key saved to the system keyring');
}

/** One cheap call with the key; rejects when the backend cannot answer. */
export function verifyKey(): Promise<KeyCheck> {
  return call('verify_api_key');
}

/** Removes the key; rejects with the CommandError for the form. */
export async function clearKey(): Promise<void> {
  app.setKey(await call('clear_api_key'));
  toasts.show('API key removed');
}
