// DEV ONLY: UI benchmark. The Tauri IPC is replaced by an in-page stand-in (MockBackend):
// these figures measure the UI (stores + virtual grid + DOM), not IPC or the engine.
import { mount, tick } from 'svelte';
import App from '../src/components/App.svelte';
import { setTransport } from '../src/lib/ipc';
import type { Job } from '../src/lib/types';
import '../src/styles/global.css';
import { MockBackend } from './mock-backend';

const q = new URLSearchParams(location.search);
const N = Number(q.get('jobs') ?? 10000);
const frame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
const cards = () => document.querySelectorAll('[data-testid="job-card"]');

async function waitFor(pred: () => boolean, timeout = 30000): Promise<void> {
  const t0 = performance.now();
  while (!pred()) {
    if (performance.now() - t0 > timeout) throw new Error('timeout');
    await new Promise((r) => setTimeout(r, 0));
  }
}

async function waitAttr(el: Element, attr: string, value: string): Promise<void> {
  if (el.getAttribute(attr) === value) return;
  await new Promise<void>((resolve) => {
    const mo = new MutationObserver(() => {
      if (el.getAttribute(attr) === value) {
        mo.disconnect();
        resolve();
      }
    });
    mo.observe(el, { attributes: true, attributeFilter: [attr] });
  });
}

async function run() {
  const backend = new MockBackend({ scenario: 'bench', jobs: N, live: false });
  let tList = 0;
  // The view's first answer (ids of every clip, in the mock by the UI's own pure rules: the
  // engine's work in the app) and how long the stand-in took to compute it.
  let tLoad = 0;
  const inner = backend.invoke.bind(backend);
  setTransport({
    name: backend.name,
    listen: backend.listen.bind(backend),
    invoke: async (cmd, args) => {
      const s = performance.now();
      const r = await inner(cmd, args);
      if (cmd === 'get_job_view_ids' && !tList) {
        tList = performance.now();
        tLoad = tList - s;
      }
      return r;
    },
  });
  const t0 = performance.now();
  mount(App, { target: document.getElementById('app')! });
  await waitFor(() => cards().length > 0);
  const tDom = performance.now();
  const tRendered = await frame();
  const initial = tRendered - t0;
  const cardCount = cards().length;
  // The first screenful is painted (the view's ids came in one answer).
  await waitFor(() => Number(document.querySelector('[data-testid="job-grid"]')?.getAttribute('data-visible-count')) >= N);
  const domNodes = document.getElementsByTagName('*').length;
  const visibleCount = Number(document.querySelector('[data-testid="job-grid"]')?.getAttribute('data-visible-count'));

  // Event -> updated card: flip a visible card's status back and forth.
  const samples: number[] = [];
  const domSamples: number[] = [];
  for (let k = 0; k < 30; k++) {
    const el = cards()[k % Math.min(6, cards().length)];
    const id = el.getAttribute('data-job-id')!;
    const job = backend.jobs.get(id)!;
    const next: Job = { ...job, status: job.status === 'processing' ? 'completed' : 'processing', updated_at: new Date().toISOString() };
    backend.jobs.set(id, next);
    const s = performance.now();
    backend.emit('job://updated', next);
    await waitAttr(el, 'data-status', next.status);
    domSamples.push(performance.now() - s);
    samples.push((await frame()) - s);
    await frame();
  }
  samples.sort((a, b) => a - b);
  domSamples.sort((a, b) => a - b);

  // A new job arriving at the top of 10,000 (insert + re-layout).
  const fresh: Job = { ...backend.jobs.values().next().value!, id: 'bench-new', status: 'pending', created_at: new Date(Date.now() + 60_000).toISOString() };
  backend.jobs.set(fresh.id, fresh); // the engine holds it first, then tells (its view answers it)
  const sNew = performance.now();
  backend.emit('job://updated', fresh);
  await waitFor(() => !!document.querySelector('[data-job-id="bench-new"]'));
  const newCard = (await frame()) - sNew;

  // Scroll to the middle of the list.
  const grid = document.querySelector<HTMLElement>('[data-testid="job-grid"]')!;
  const sScroll = performance.now();
  grid.scrollTop = grid.scrollHeight / 2;
  grid.dispatchEvent(new Event('scroll'));
  await tick();
  const scrollFrame = (await frame()) - sScroll;
  const cardsAfterScroll = cards().length;

  (window as unknown as { __bench: unknown }).__bench = {
    ipc: backend.name,
    jobs: N,
    visibleCount,
    initialRenderMs: initial,
    initialDomMs: tDom - t0,
    listJobsAnsweredMs: tList - t0,
    storeLoadMs: tLoad,
    cardDomNodes: cardCount,
    cardDomNodesAfterScroll: cardsAfterScroll,
    totalDomElements: domNodes,
    eventToDomMs: { median: domSamples[domSamples.length >> 1], p95: domSamples[Math.floor(domSamples.length * 0.95)] },
    eventToCardMs: { median: samples[samples.length >> 1], p95: samples[Math.floor(samples.length * 0.95)], min: samples[0] },
    newJobToCardMs: newCard,
    scrollToMiddleFrameMs: scrollFrame,
    csp: (window as unknown as { __csp?: string[] }).__csp ?? [],
  };
}

const w = window as unknown as { __csp: string[]; __benchError?: string };
w.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`));
run().catch((e) => (w.__benchError = String(e)));
