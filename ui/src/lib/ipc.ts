// Typed wrappers around Tauri's `invoke` and `listen`, over the generated command and event
// maps. Only lib/actions/* (commands) and lib/boot.ts (start-up reads, events) use them;
// components never do. A Transport seam lets the dev-only mock preview and the benchmark
// replace Tauri with an in-page stand-in; production always uses Tauri.
import { invoke as tauriInvoke } from '@tauri-apps/api/core';
import { listen as tauriListen } from '@tauri-apps/api/event';
import { t } from './stores/locale.svelte';
import type { CommandError, Commands, Events } from './types';

export interface Transport {
  /** A short name shown in diagnostics ("tauri", "in-page stand-in"). */
  readonly name: string;
  invoke(cmd: string, args: Record<string, unknown>): Promise<unknown>;
  listen(event: string, handler: (payload: unknown) => void): Promise<() => void>;
}

const tauriTransport: Transport = {
  name: 'tauri',
  invoke: (cmd, args) => tauriInvoke(cmd, args),
  listen: async (event, handler) => tauriListen(event, (e) => handler(e.payload)),
};

let transport: Transport = tauriTransport;

/** Replace the transport (mock preview, benchmark, tests). */
export function setTransport(t: Transport): void {
  transport = t;
}

type ArgsOf<K extends keyof Commands> = Commands[K]['args'];
type ResultOf<K extends keyof Commands> = Commands[K]['result'];

/** Call a backend command. Rejects with a CommandError (normalised). */
export async function call<K extends keyof Commands>(
  cmd: K,
  ...args: {} extends ArgsOf<K> ? [args?: ArgsOf<K>] : [args: ArgsOf<K>]
): Promise<ResultOf<K>> {
  try {
    return (await transport.invoke(cmd, (args[0] ?? {}) as Record<string, unknown>)) as ResultOf<K>;
  } catch (e) {
    throw toCommandError(e);
  }
}

/** Subscribe to a backend event; returns the unsubscribe function. */
export function on<K extends keyof Events>(event: K, handler: (payload: Events[K]) => void): Promise<() => void> {
  return transport.listen(event, handler as (p: unknown) => void);
}

/** Whatever invoke rejected with, as a CommandError. A rejection that is not one (Tauri
 *  refusing the arguments, a transport failure) is `internal`. */
function toCommandError(e: unknown): CommandError {
  if (e && typeof e === 'object' && 'message' in e) {
    const o = e as Partial<CommandError> & { message: unknown };
    return {
      // The backend only sends codes of the generated ErrorCode.
      code: typeof o.code === 'string' ? o.code : 'internal',
      message: String(o.message),
      retry_after_secs: typeof o.retry_after_secs === 'number' ? o.retry_after_secs : null,
      fields: Array.isArray(o.fields) ? o.fields : [],
    };
  }
  return { code: 'internal', message: typeof e === 'string' ? e : t('app-something-wrong'), retry_after_secs: null, fields: [] };
}

/** Files dropped on the window (their paths; the OS drop reaches Tauri, not the page). */
export async function onFileDrop(handler: (paths: string[]) => void): Promise<() => void> {
  if (transport !== tauriTransport) return () => {};
  const { getCurrentWebview } = await import('@tauri-apps/api/webview');
  return getCurrentWebview().onDragDropEvent((e) => {
    if (e.payload.type === 'drop') handler(e.payload.paths);
  });
}
