// Settings: saved as a whole, applied at once (the theme changes before the answer).
import { call } from '../ipc';
import { describeError } from '../errors';
import { app } from '../stores/app.svelte';
import { toasts } from '../stores/toasts.svelte';
import type { CommandError, Settings } from '../types';

export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const next = { ...app.settings, ...patch };
  app.settings = next; // optimistic (theme applies at once)
  try {
    app.settings = await call('set_settings', { settings: next });
  } catch (e) {
    toasts.error(`Settings not saved: ${describeError(e as CommandError)}`);
  }
}
