// Updates of the app itself: the state, a check asked for, the install (then a restart).
import { describeError } from '../errors';
import { call } from '../ipc';
import { t } from '../stores/locale.svelte';
import { updates } from '../stores/updates.svelte';
import { toasts } from '../stores/toasts.svelte';
import type { CommandError } from '../types';

export async function loadUpdateState(): Promise<void> {
  try {
    updates.set(await call('update_state'));
  } catch {
    // No update state: nothing is shown (the app works on without updates).
  }
}

/** "Check now" in Settings: answers with what it found, in a toast. */
export async function checkForUpdate(): Promise<void> {
  try {
    const s = await call('check_for_update');
    updates.set(s);
    updates.dismissed = null;
    if (s.status.state === 'up_to_date') toasts.success(t('updates-newest', { version: s.current_version }));
  } catch (e) {
    toasts.error(describeError(e as CommandError));
  }
}

/** "Install and restart": the app restarts when it is installed; a refusal is shown in the
 *  banner (busy: try again later; elsewhere: where to get it). */
export async function installUpdate(): Promise<void> {
  updates.problem = null;
  try {
    updates.set(await call('install_update'));
  } catch (e) {
    updates.problem = describeError(e as CommandError);
  }
}
