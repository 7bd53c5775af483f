// The ulazai.com web account as the shell reports it (session://state). Never a cookie:
// only its state, the user's name and a message.
import type { WebSessionStatus } from '../types';

class WebSessionStore {
  status = $state.raw<WebSessionStatus>({ state: 'none', user: null, message: null, signing_in: false });
  /** The "session expired" banner was dismissed for this expiry. */
  expiredDismissed = $state(false);

  connected = $derived(this.status.state === 'connected');
  expired = $derived(this.status.state === 'expired');

  set(s: WebSessionStatus): void {
    if (s.state !== 'expired') this.expiredDismissed = false;
    this.status = s;
  }
}

export const webSession = new WebSessionStore();
