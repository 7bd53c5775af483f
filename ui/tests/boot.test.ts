// Start-up: events are applied from the moment boot subscribes, before the first view is
// answered too — a removed job leaves the view, the selection and the detail view; a body an
// event brought is not replaced by the (older) first bodies. No list of every job is asked.
// The first view is applied with its first cards' records (no frame of placeholders first).
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
import { viewIds, viewSummary } from '../dev/mock-view';
import type { JobView } from '../src/lib/bindings/JobView';

type Handler = (payload: unknown) => void;
const handlers = new Map<string, Handler>();
let answerFirstList: (() => void) | null = null;
const asked: string[] = [];
/** Whether the first view was already applied when its first bodies were asked. */
let viewShownAtFirstBodies: boolean | undefined;

const a = job();
const b = job();
const c = job();
let removed = new Set<string>();
const library = () => [a, b, c].filter((j) => !removed.has(j.id));

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
    invoke: async (cmd, args) => {
      const rejected = cmd === 'get_job_view_ids' && (args.query as JobView).flag === 'rejected';
      asked.push(rejected ? 'rejected clips in view' : cmd);
      switch (cmd) {
        case 'app_state':
          return state;
        case 'list_folders':
          return [];
        case 'get_job_view_ids':
          // The first view answers only when the test says so: events come first. It is
          // asked after subscribing, so it is at least as new as they are (a is gone).
          if (!answerFirstList) await new Promise<void>((r) => (answerFirstList = r));
          return viewIds(library(), [], args.query as JobView);
        case 'get_job_view_summary':
          return viewSummary(library(), [], args.hidden as string[]);
        case 'get_jobs':
          viewShownAtFirstBodies ??= jobs.loaded;
          // The first bodies: as the library was before the events (older than they are).
          return (args.ids as string[]).flatMap((id) => [a, b, c].find((j) => j.id === id) ?? []);
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
    removed = new Set([a.id]);
    handlers.get('job://removed')!({ id: a.id });
    handlers.get('job://updated')!({ ...b, status: 'failed' }); // b failed meanwhile
    answerFirstList!();
    await done;
    expect(jobs.has(a.id)).toBe(false);
    expect(jobs.has(b.id)).toBe(true);
    expect(new Set(jobs.ids)).toEqual(new Set([b.id, c.id]));
    expect(jobs.peek(b.id)?.status, "the event's body, not the older first answer's").toBe('failed');
    expect(jobs.peek(c.id), 'the first screenful of bodies').toBeDefined();
    expect(asked.filter((x) => x.startsWith('list_jobs'))).toEqual([]);
    expect(selection.ids).toEqual([b.id]);
    expect(ui.detailId).toBeNull();
    expect(takes.stacked, 'stacking as the settings remember it').toBe(true);
    // "Delete rejected (N)" reads the whole view again: asked once the first cards have
    // their bodies, never before (the engine answers one question at a time).
    const [bodies, rejected] = [asked.indexOf('get_jobs'), asked.indexOf('rejected clips in view')];
    expect(bodies).toBeGreaterThanOrEqual(0);
    expect(rejected, 'asked after the first bodies').toBeGreaterThan(bodies);
    // The first view's frame shows cards, not placeholders waiting for their records.
    expect(viewShownAtFirstBodies, 'the first bodies are asked before the view is applied').toBe(false);
  });
  it('a job removed later is handled the same way', () => {
    selection.replace([b.id, c.id]);
    ui.showDetail(c.id);
    removed = new Set([a.id, c.id]);
    handlers.get('job://removed')!({ id: c.id });
    expect(jobs.has(c.id)).toBe(false);
    expect(jobs.ids).toEqual([b.id]);
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
