// The page's events over Tauri: one subscription (`subscribe_events`, a channel) whatever the
// number of event names listened to, each message handed to the handlers of its name. Tauri's
// IPC cannot run here: its page-side internals (`window.__TAURI_INTERNALS__`, what
// @tauri-apps/api calls) are stood in for by a recorder; the end-to-end tests run the real one.
import { beforeAll, describe, expect, it } from 'vitest';

type Callback = (message: unknown) => void;
const invoked: { cmd: string; args: Record<string, unknown> }[] = [];
const callbacks = new Map<number, Callback>();
let next = 1;

beforeAll(() => {
  // Node has no window: @tauri-apps/api reads its internals from `window`.
  const page = globalThis as unknown as { window?: unknown; __TAURI_INTERNALS__?: unknown };
  page.window ??= globalThis;
  page.__TAURI_INTERNALS__ = {
    invoke: async (cmd: string, args: Record<string, unknown>) => {
      invoked.push({ cmd, args });
      return null;
    },
    transformCallback: (cb: Callback) => {
      const id = next++;
      callbacks.set(id, cb);
      return id;
    },
    unregisterCallback: (id: number) => callbacks.delete(id),
  };
});

describe('events over Tauri', () => {
  it('one subscription for every event name; each message reaches the handlers of its name, in order', async () => {
    const { on } = await import('../src/lib/ipc');
    const seen: string[] = [];
    const [offJob] = await Promise.all([
      on('job://updated', (j) => seen.push(`job ${j.id}`)),
      on('job://removed', (r) => seen.push(`removed ${r.id}`)),
      on('queue://updated', () => seen.push('queue')),
    ]);
    await on('app://open-settings', () => seen.push('settings'));
    expect(invoked.map((c) => c.cmd), 'no listener per event name').toEqual(['subscribe_events']);
    const channel = invoked[0].args.channel as { id: number };
    const deliver = callbacks.get(channel.id)!;
    let index = 0;
    const send = (event: string, payload: unknown) => deliver({ index: index++, message: { event, payload } });
    send('job://updated', { id: 'a' });
    send('app://rate-limit', { remaining: 1 }); // nobody listens: dropped
    send('job://removed', { id: 'b' });
    send('app://open-settings', null);
    offJob();
    send('job://updated', { id: 'c' }); // unsubscribed
    expect(seen).toEqual(['job a', 'removed b', 'settings']);
  });
});
