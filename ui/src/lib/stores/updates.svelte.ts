// Updates of the app itself, as the shell reports them (update_state, app://update).
import type { UpdateState } from '../types';

class UpdatesStore {
  state = $state.raw<UpdateState | null>(null);
  /** The version whose banner was dismissed ("Later"): it stays quiet until a newer one. */
  dismissed = $state<string | null>(null);
  /** The last install or check the creator asked for failed: its sentence. */
  problem = $state<string | null>(null);

  status = $derived(this.state?.status ?? { state: 'idle' as const });
  /** The offered version (while offered, downloading or installing). */
  version = $derived('version' in this.status ? this.status.version : null);

  set(s: UpdateState): void {
    this.state = s;
    if (s.status.state !== 'failed') this.problem = null;
  }
}

export const updates = new UpdatesStore();
