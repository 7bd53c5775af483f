// Start-up: subscribe to events first (so nothing is missed), then read the app state,
// folders, settings, web session and library once, then the grid's first view (ids and
// counts, asked after subscribing: at least as new as any event before it) and the first
// screenful of bodies. The UI never loads the whole library: the engine answers the view
// (stores/jobs.svelte.ts); events update what is cached and make it ask again.
import { reloadModels } from './actions/app';
import { changesSpending, loadSpending, scheduleSpending } from './actions/library-view';
import { importDroppedFile, loadEstimates } from './actions/queue';
import { loadUpdateState } from './actions/updates';
import { renderAnnouncement } from './announce';
import { describeError } from './errors';
import { buildParams } from './generate';
import { call, on, onFileDrop } from './ipc';
import { announcer } from './stores/announcer.svelte';
import { draft } from './stores/draft.svelte';
import { app } from './stores/app.svelte';
import { jobs } from './stores/jobs.svelte';
import { clipExport } from './stores/exports.svelte';
import { library } from './stores/library.svelte';
import { localMerge } from './stores/local-merge.svelte';
import { t } from './stores/locale.svelte';
import { queue } from './stores/queue.svelte';
import { webSession } from './stores/session.svelte';
import { toasts } from './stores/toasts.svelte';
import { takes } from './stores/takes.svelte';
import { tray } from './stores/tray.svelte';
import { selection } from './stores/selection.svelte';
import { ui } from './stores/ui.svelte';
import { updates } from './stores/updates.svelte';
import type { CommandError, Job } from './types';

/** A job://updated event: into the store, and a render that just ended is announced. */
function jobUpdated(job: Job): void {
  const prev = jobs.peek(job.id);
  jobs.upsert(job);
  if (changesSpending(prev, job)) scheduleSpending();
  const said = renderAnnouncement(prev, job, (slug) => app.displayName(slug));
  if (said) announcer.say(said.text, said.urgency);
  // A finished render teaches the scheduler: the cards' "usually N s" follows it.
  if (prev && prev.status !== 'completed' && job.status === 'completed') scheduleEstimates();
}

/** A job://removed event: out of the store, the selection and the detail view. */
function jobRemoved(id: string): void {
  jobs.remove(id);
  scheduleSpending();
  selection.prune((x) => x !== id);
  if (ui.detailId === id) ui.showDetail(null);
}

let estimatesTimer: ReturnType<typeof setTimeout> | null = null;
function scheduleEstimates(): void {
  estimatesTimer ??= setTimeout(() => {
    estimatesTimer = null;
    void loadEstimates();
  }, 1000);
}

/** Bodies asked at start: more than a screenful on a large display. */
export const FIRST_PAGE = 120;

export async function boot(): Promise<() => void> {
  performance.mark('boot:start'); // benches/footprint's start-up trace
  // Events are applied as they come, before the first view too: a body an event brought is
  // never replaced by an older answer (stores/jobs.svelte.ts).
  const unlisten = await Promise.all([
    on('job://updated', (job) => jobUpdated(job)),
    on('job://removed', ({ id }) => jobRemoved(id)),
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
    on('session://state', (s) => {
      const was = webSession.status.state;
      webSession.set(s);
      if (s.state === 'connected' && was !== 'connected') toasts.success(t('app-web-connected'));
    }),
    on('folder://updated', (f) => jobs.upsertFolder(f)),
    on('folder://sync-failed', (f) =>
      toasts.error(
        f.will_retry
          ? t('app-folder-sync-retrying', { name: f.name, message: f.message })
          : t('app-folder-sync-failed', { name: f.name, message: f.message }),
      ),
    ),
    on('download://progress', (p) => {
      library.onDownload(p);
      if (p.state === 'failed') toasts.error(t('app-download-failed', { message: p.message ?? t('app-unknown-error') }));
    }),
    on('export://progress', (p) => {
      clipExport.onProgress(p);
      if (p.state === 'failed') toasts.error(t('app-export-failed', { message: p.message ?? t('app-unknown-error') }));
    }),
    on('merge://progress', (p) => {
      localMerge.onProgress(p);
      if (p.stage === 'done' && p.job_id) {
        toasts.success(p.stream_copy ? t('app-merged-local-copied') : t('app-merged-local'));
        // Focus follows the merge to its output unless the user has moved on elsewhere.
        const focus = document.activeElement;
        const waiting = !focus || focus === document.body || !!focus.closest('[data-testid="merge-tray"]');
        tray.clear();
        void jobs.reveal(p.job_id);
        ui.focusJob(p.job_id, true, waiting);
      } else if (p.stage === 'failed') toasts.error(t('app-merge-failed', { message: p.message ?? t('app-unknown-error') }));
      else if (p.stage === 'cancelled') toasts.show(t('app-merge-cancelled'));
    }),
    on('queue://updated', (v) => queue.set(v)),
    // A prompt list dropped on the window: previewed for the queue with the form's values.
    onFileDrop((paths) => {
      const list = paths.find((p) => /\.(txt|csv)$/i.test(p)) ?? paths[0];
      if (list) void importDroppedFile(list, buildParams(draft, app.model(draft.model_slug)));
    }),
    on('app://focus-job', ({ id }) => {
      void jobs.reveal(id);
      ui.focusJob(id, true);
    }),
    // The macOS app menu's Settings… (⌘,): what Ctrl+, and the gear button open.
    on('app://open-settings', () => ui.openSettings()),
    on('app://update', (s) => updates.set(s)),
  ]);

  performance.mark('boot:asked'); // benches/footprint's start-up trace
  try {
    const [state, folders, settings, session, lib] = await Promise.all([
      call('app_state'),
      call('list_folders'),
      call('get_settings').catch(() => null),
      call('web_session').catch(() => null),
      call('library_info').catch(() => null),
      call('get_queue').then((v) => queue.set(v), () => undefined),
      // Before the first cards: they are painted in the order last chosen.
      call('get_sort_orders').then((o) => jobs.setSortOrders(o), () => undefined),
    ]);
    app.setState(state);
    if (session) webSession.set(session);
    if (lib) library.info = lib;
    if (settings) {
      app.settings = settings;
      takes.setStacked(settings.stack_takes);
    }
    jobs.setFolders(folders);
    performance.mark('boot:engine'); // the engine has answered (its library read)
    await jobs.start(FIRST_PAGE);
    performance.mark('boot:first-jobs'); // benches/footprint's start-up trace
  } catch (e) {
    app.bootError = describeError(e as CommandError);
    jobs.failed();
  } finally {
    // A stable signal for end-to-end tests (and a CSS hook): the first state is on screen.
    document.body.dataset.ready = 'true';
  }
  void reloadModels(false);
  void loadSpending();
  void loadUpdateState();
  return () => unlisten.forEach((u) => u());
}

