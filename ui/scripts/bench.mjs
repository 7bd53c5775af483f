// UI benchmark: renders the real App with 10,000 jobs in Debian's chromium (headless) and
// prints render time, card DOM count and event -> updated card time. The Tauri IPC is
// replaced by an in-page stand-in (dev/mock-backend.ts): this measures the UI, not IPC.
// Needs /usr/bin/chromium (apt-get install -y chromium); never downloads a browser.
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { start } from './serve.mjs';

const exe = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(exe)) {
  console.error(`bench: ${exe} not found — install Debian's chromium (apt-get install -y chromium).`);
  process.exit(2);
}
const jobs = Number(process.env.BENCH_JOBS ?? 10000);
const viewports = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

await build({ configFile: 'vite.mock.config.ts', logLevel: 'warn' });
const server = await start('dist-mock');
const browser = await chromium.launch({
  executablePath: exe,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = false;
try {
  for (const vp of viewports) {
    const page = await browser.newPage({ viewport: vp });
    await page.goto(`${server.url}/dev/bench.html?jobs=${jobs}`);
    await page.waitForFunction(() => window.__bench || window.__benchError, null, { timeout: 60_000 });
    const err = await page.evaluate(() => window.__benchError);
    if (err) throw new Error(err);
    const r = await page.evaluate(() => window.__bench);
    const f = (n) => `${n.toFixed(1)} ms`;
    console.log(`\nUI bench @ ${vp.width}x${vp.height} — IPC: ${r.ipc}`);
    console.log(`  jobs in store:                      ${r.jobs.toLocaleString()} (visible in grid: ${r.visibleCount.toLocaleString()})`);
    console.log(`  time to render ${r.jobs.toLocaleString()} cards:          ${f(r.initialRenderMs)}  (mount -> the first view -> first painted frame; view ids answered after ${f(r.listJobsAnsweredMs)}, the stand-in computing them ${f(r.storeLoadMs)}, cards in DOM after ${f(r.initialDomMs)})`);
    console.log(`  card DOM nodes:                     ${r.cardDomNodes} (after scrolling to the middle: ${r.cardDomNodesAfterScroll}); all elements: ${r.totalDomElements}`);
    console.log(`  job event -> card DOM updated:      median ${f(r.eventToDomMs.median)}, p95 ${f(r.eventToDomMs.p95)}`);
    console.log(`  job event -> updated card (30x):    median ${f(r.eventToCardMs.median)}, p95 ${f(r.eventToCardMs.p95)}, min ${f(r.eventToCardMs.min)}  (to next frame)`);
    console.log(`  new job event -> card on top:       ${f(r.newJobToCardMs)}`);
    console.log(`  scroll to middle -> frame:          ${f(r.scrollToMiddleFrameMs)}`);
    if (r.csp.length) {
      console.log(`  CSP violations: ${r.csp.join(' | ')}`);
      failed = true;
    }
    if (r.cardDomNodes > 200) failed = true;
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
