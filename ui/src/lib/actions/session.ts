// The ulazai.com web account: sign in (in its own window), sign out.
import { call } from '../ipc';
import { t } from '../stores/locale.svelte';
import { webSession } from '../stores/session.svelte';
import { toasts } from '../stores/toasts.svelte';
import { fail } from './report';

export async function signInWeb(): Promise<void> {
  try {
    webSession.set(await call('sign_in_web'));
  } catch (e) {
    fail(t('app-signin-failed'), e);
  }
}

export async function signOutWeb(): Promise<void> {
  try {
    webSession.set(await call('sign_out_web'));
    toasts.show(t('app-web-disconnected'));
  } catch (e) {
    fail(t('app-disconnect-failed'), e);
  }
}
