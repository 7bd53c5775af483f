// i18n: pending (its words are not in the catalog yet)
// The ulazai.com web account: sign in (in its own window), sign out.
import { call } from '../ipc';
import { webSession } from '../stores/session.svelte';
import { toasts } from '../stores/toasts.svelte';
import { fail } from './report';

export async function signInWeb(): Promise<void> {
  try {
    webSession.set(await call('sign_in_web'));
  } catch (e) {
    fail("Couldn't open the sign-in window", e);
  }
}

export async function signOutWeb(): Promise<void> {
  try {
    webSession.set(await call('sign_out_web'));
    toasts.show('Web account disconnected');
  } catch (e) {
    fail("Couldn't disconnect", e);
  }
}
