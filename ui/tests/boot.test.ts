// Start-up: events that arrive before the first list are replayed on top of it, by the
// same handlers as live events — a removed job leaves the store, the selection and the
// detail view either way.
import { beforeAll, describe, expect, it } from 'vitest';
import { boot } from '../src/lib/boot';
import { setTransport } from '../src/lib/ipc';
import { app } from '../src/lib/stores/app.svelte';
import { jobs } from '../src/lib/stores/jobs.svelte';
import { takes } from '../src/lib/stores/takes.svelte';
import { selection } from '../src/lib/stores/selection.svelte';
import { ui } from '../src/lib/stores/ui.svelte';
import type { AppState } from '../src/lib/types';
import { job } from './helpers';

type Handler = (payload: unknown) => void;
const handlers = new Map<string, Handler>();
let answerFirstList: (() => void) | null = null;

const a = job();
const b = job();
const c = job();

const state: AppState = {
  version: '0',
  demo: false,
  base_url: 'https://ulazai.com',
  server_default: 'https://ulazai.com',
  key: { state: 'missing', preview: null, storage: 'none' },
  keyring: { available: true, message: null },
  connectivity: { state: 'online' },
  rate: null,
  active_jobs: 0,
  media_base: null,
  store_notice: null,
  library_set_aside: null,
  language: 'en',
  system_language: 'en',
  language_pinned: false,
};

beforeAll(() => {
  // boot() marks the page ready on document.body; the tests run without a DOM.
  (globalThis as { document?: unknown }).document ??= { body: { dataset: {} }, activeElement: null };
  setTransport({
    name: 'test',
    listen: async (event, handler) => {
      handlers.set(event, handler);
      return () => handlers.delete(event);
    },
    invoke: async (cmd) => {
      switch (cmd) {
        case 'app_state':
          return state;
        case 'list_folders':
          return [];
        case 'list_jobs_page':
          // The first list answers only when the test says so: events come first.
          await new Promise<void>((r) => (answerFirstList = r));
          return { jobs: [a, b, c], next: null };
        case 'get_settings':
          return { ...app.settings, stack_takes: true };
        case 'get_queue':
        case 'web_session':
        case 'library_info':
          throw { code: 'starting', message: 'not in this test', retry_after_secs: null, fields: [] };
        case 'get_models':
          return [];
        default:
          return [];
      }
    },
  });
});

describe('boot', () => {
  it('a job removed before the first list arrived leaves the selection and the detail view too', async () => {
    const done = boot();
    while (!answerFirstList) await new Promise((r) => setTimeout(r, 0));
    // The creator had these selected and open (from a state the events race with).
    selection.replace([a.id, b.id]);
    ui.showDetail(a.id);
    handlers.get('job://removed')!({ id: a.id });
    answerFirstList!();
    await done;
    expect(jobs.has(a.id)).toBe(false);
    expect(jobs.has(b.id)).toBe(true);
    expect(selection.ids).toEqual([b.id]);
    expect(ui.detailId).toBeNull();
    expect(takes.stacked, 'stacking as the settings remember it').toBe(true);
  });
  it('a job removed later is handled the same way', () => {
    selection.replace([b.id, c.id]);
    ui.showDetail(c.id);
    handlers.get('job://removed')!({ id: c.id });
    expect(jobs.has(c.id)).toBe(false);
    expect(selection.ids).toEqual([b.id]);
    expect(ui.detailId).toBeNull();
  });
  it("the app menu's Settings… (⌘, on macOS) opens Settings as Ctrl+, does", () => {
    ui.settingsOpen = false;
    ui.settingsFocus = 'some-field';
    handlers.get('app://open-settings')!(null);
    expect(ui.settingsOpen).toBe(true);
    expect(ui.settingsFocus).toBeNull(); // the API key, as from the gear button
  });
});
