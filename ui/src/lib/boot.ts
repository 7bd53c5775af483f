// Start-up: subscribe to events first (so nothing is missed), then call app_state,
// list_folders and list_jobs once. After that the UI lives on events; it never polls.
import { reloadModels } from './actions';
import { describeError } from './errors';
import { call, on } from './ipc';
import { app } from './stores/app.svelte';
import { jobs } from './stores/jobs.svelte';
import { selection } from './stores/selection.svelte';
import { ui } from './stores/ui.svelte';
import type { CommandError, Job } from './types';

export async function boot(): Promise<() => void> {
  // Events that arrive before list_jobs answers are replayed on top of it.
  let early: Array<{ kind: 'up'; job: Job } | { kind: 'rm'; id: string }> | null = [];
  const unlisten = await Promise.all([
    on('job://updated', (job) => (early ? early.push({ kind: 'up', job }) : jobs.upsert(job))),
    on('job://removed', ({ id }) => {
      if (early) early.push({ kind: 'rm', id });
      else {
        jobs.remove(id);
        selection.prune((x) => x !== id);
        if (ui.detailId === id) ui.showDetail(null);
      }
    }),
    on('app://connectivity', (c) => app.setConnectivity(c)),
    on('app://key-state', (k) => {
      app.setKey(k);
      // A working key may unlock the model matrix that failed without one.
      if ((k.state === 'valid' || k.state === 'unverified') && (app.models.length === 0 || app.modelsError)) void reloadModels(false);
    }),
    on('app://rate-limit', (r) => app.setRate(r)),
    on('app://state', (s) => {
      const wasDemo = app.demo;
      app.setState(s);
      if (s.demo !== wasDemo) void reloadModels(false);
    }),
    on('app://focus-job', ({ id }) => {
      if (!jobs.visibleIds.includes(id)) jobs.setFilter({ folder: 'all', status: null, model: null, text: '' });
      ui.focusJob(id, true);
    }),
  ]);

  try {
    const [state, folders, list, settings] = await Promise.all([
      call('app_state'),
      call('list_folders'),
      call('list_jobs', { filter: { folder: 'all', status: null, model: null, text: null } }),
      call('get_settings').catch(() => null),
    ]);
    app.setState(state);
    if (settings) app.settings = settings;
    jobs.setFolders(folders);
    jobs.load(list);
  } catch (e) {
    app.bootError = describeError(e as CommandError);
    jobs.load([]);
  } finally {
    const replay = early ?? [];
    early = null;
    for (const ev of replay) {
      if (ev.kind === 'up') jobs.upsert(ev.job);
      else jobs.remove(ev.id);
    }
    // A stable signal for end-to-end tests (and a CSS hook): the first state is on screen.
    document.body.dataset.ready = 'true';
  }
  void reloadModels(false);
  return () => unlisten.forEach((u) => u());
}
