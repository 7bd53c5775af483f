// DEV ONLY smoke run of the real UI over the in-page stand-in backend, driven with real
// pointer and keyboard input in Debian's chromium: marquee, drag-to-folder, tray reorder,
// keyboard selection, generate errors, settings. Prints "N passed, N failed".
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { start } from './serve.mjs';

await build({ configFile: 'vite.mock.config.ts', logLevel: 'warn' });
const server = await start('dist-mock');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
let passed = 0;
let failed = 0;
async function check(name, fn) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await fn(page);
    const csp = await page.evaluate(() => window.__csp ?? []);
    if (csp.length) throw new Error(`CSP: ${csp.join(' | ')}`);
    if (errors.length) throw new Error(`page errors: ${errors.join(' | ')}`);
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e.message.split('\n')[0]}`);
  } finally {
    await ctx.close();
  }
}
function expect(cond, msg) {
  if (!cond) throw new Error(msg);
}
const open = async (page, q = 'scenario=key') => {
  await page.goto(`${server.url}/dev/mock.html?${q}`);
  await page.waitForSelector('[data-testid="job-card"]');
};
const selectedIds = (page) => page.$$eval('[data-testid="job-card"][aria-selected="true"]', (els) => els.map((e) => e.dataset.jobId));

await check('marquee from empty space selects cards; Esc clears; click on empty space clears', async (page) => {
  await open(page);
  const grid = await page.getByTestId('job-grid').boundingBox();
  const c4 = await page.locator('[data-testid="job-card"]').nth(4).boundingBox();
  await page.mouse.move(grid.x + 5, grid.y + 5);
  await page.mouse.down();
  await page.mouse.move(c4.x + 20, c4.y + 20, { steps: 6 });
  await page.mouse.up();
  const sel = await selectedIds(page);
  expect(sel.length === 4, `expected 4 selected, got ${sel.length}`);
  await page.keyboard.press('Escape');
  expect((await selectedIds(page)).length === 0, 'Esc did not clear');
  await page.keyboard.press('Control+a');
  const all = await page.getByTestId('job-grid').getAttribute('data-visible-count');
  const count = await page.getByTestId('clip-count').textContent();
  expect(count.includes(`${all} selected`), `Ctrl+A: ${count}`);
  await page.mouse.click(grid.x + 5, grid.y + grid.height / 2);
  expect((await selectedIds(page)).length === 0, 'click on empty space did not clear');
});

await check('Ctrl-marquee toggles, Shift-marquee adds', async (page) => {
  await open(page);
  const cards = page.locator('[data-testid="job-card"]');
  await cards.nth(0).click();
  const grid = await page.getByTestId('job-grid').boundingBox();
  const c1 = await cards.nth(1).boundingBox();
  await page.keyboard.down('Control');
  await page.mouse.move(grid.x + 5, grid.y + 5);
  await page.mouse.down();
  await page.mouse.move(c1.x + 10, c1.y + 10, { steps: 4 });
  await page.mouse.up();
  await page.keyboard.up('Control');
  const sel = await selectedIds(page);
  expect(sel.length === 1 && sel[0] === (await cards.nth(1).getAttribute('data-job-id')), `toggle: ${sel}`);
  await page.keyboard.down('Shift');
  await page.mouse.move(grid.x + 5, grid.y + 5);
  await page.mouse.down();
  await page.mouse.move(c1.x + 10, c1.y + 10, { steps: 4 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  expect((await selectedIds(page)).length === 2, 'shift add');
});

await check('keyboard: arrows move focus, Space toggles, Enter opens details', async (page) => {
  await open(page);
  await page.locator('[data-testid="job-card"]').first().focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  const idx = await page.evaluate(() => document.activeElement?.getAttribute('data-index'));
  expect(idx === '4', `focus index ${idx}`);
  await page.keyboard.press(' ');
  expect((await selectedIds(page)).length === 1, 'space');
  await page.keyboard.press('Enter');
  await page.getByTestId('job-detail').waitFor();
});

await check('drag selected cards onto a folder moves them (pointer events)', async (page) => {
  await open(page);
  const cards = page.locator('[data-testid="job-card"]');
  await cards.nth(0).click();
  await cards.nth(1).click({ modifiers: ['Control'] });
  const ids = await selectedIds(page);
  const from = await cards.nth(1).boundingBox();
  const folder = page.locator('[data-testid="folder-item"]').nth(1);
  const to = await folder.boundingBox();
  const before = Number(await folder.locator('.count').textContent());
  await page.mouse.move(from.x + 60, from.y + 200);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 150, { steps: 5 });
  await page.mouse.move(to.x + 30, to.y + 10, { steps: 10 });
  await page.mouse.up();
  await page.waitForTimeout(100);
  const after = Number(await folder.locator('.count').textContent());
  expect(after === before + 2, `folder count ${before} -> ${after}`);
  const moved = await page.evaluate((ids) => ids.map((id) => window.__mock.jobs.get(id).folder_id), ids);
  expect(moved.every((f) => f === 'f-2'), `backend folders ${moved}`);
});

await check('merge tray: only completed, reorder by pointer drag, merge in tray order', async (page) => {
  await open(page);
  const done = page.locator('[data-testid="job-card"][data-status="completed"]');
  await done.nth(0).click();
  await done.nth(1).click({ modifiers: ['Control'] });
  await done.nth(2).click({ modifiers: ['Control'] });
  await page.locator('[data-testid="job-card"][data-status="processing"]').first().click({ modifiers: ['Control'] });
  const items = page.getByTestId('merge-tray-item');
  expect((await items.count()) === 3, 'tray should hold 3 completed clips');
  expect((await page.getByTestId('merge-excluded').textContent()).includes('1 still rendering'), 'excluded reason');
  const order0 = await items.evaluateAll((els) => els.map((e) => e.dataset.jobId));
  const a = await items.nth(0).boundingBox();
  const c = await items.nth(2).boundingBox();
  await page.mouse.move(a.x + 30, a.y + 30);
  await page.mouse.down();
  await page.mouse.move(a.x + 60, a.y + 30, { steps: 3 });
  for (let i = 1; i <= 8; i++) {
    // SortableJS samples the pointer every 50 ms while dragging: move at a person's pace.
    await page.mouse.move(a.x + 60 + ((c.x + c.width - 10 - a.x - 60) * i) / 8, a.y + 30);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(120);
  await page.mouse.up();
  await page.waitForTimeout(250);
  const order1 = await items.evaluateAll((els) => els.map((e) => e.dataset.jobId));
  expect(JSON.stringify(order1) === JSON.stringify([order0[1], order0[2], order0[0]]), `order ${order0} -> ${order1}`);
  let sent = null;
  await page.evaluate(() => {
    const m = window.__mock;
    const inv = m.invoke.bind(m);
    m.invoke = (cmd, a) => {
      if (cmd === 'merge_jobs') window.__mergeIds = a.ids;
      return inv(cmd, a);
    };
  });
  await page.getByTestId('merge-button').click();
  await page.waitForSelector('[data-job-id^="merge-"]');
  sent = await page.evaluate(() => window.__mergeIds);
  expect(JSON.stringify(sent) === JSON.stringify(order1), `merge ids ${sent}`);
});

await check('generate: inline field errors, 402 message keeps the prompt, success adds cards', async (page) => {
  await open(page);
  await page.getByTestId('model-select').selectOption('kling_3_0');
  await page.getByTestId('prompt-input').fill('x');
  await page.getByTestId('prompt-input').fill('');
  await page.getByTestId('field-error-prompt').waitFor();
  expect(await page.getByTestId('generate-submit').isDisabled(), 'submit should be disabled');
  expect(/prompt/i.test(await page.getByTestId('generate-disabled-reason').textContent()), 'reason');
  await page.getByTestId('prompt-input').fill('needs 402 credits please');
  await page.getByTestId('count-input').fill('3');
  await page.getByTestId('count-input').press('Tab');
  expect((await page.getByTestId('cost-preview').textContent()).includes('300'), 'cost preview');
  await page.waitForFunction(() => !document.querySelector('[data-testid="generate-submit"]').disabled);
  await page.getByTestId('generate-submit').click();
  await page.getByTestId('generate-error').waitFor();
  expect((await page.getByTestId('generate-error').textContent()).includes('credits'), '402 text');
  expect((await page.getByTestId('prompt-input').inputValue()) === 'needs 402 credits please', 'prompt lost');
  await page.getByTestId('prompt-input').fill('A paper boat in the rain');
  await page.waitForFunction(() => !document.querySelector('[data-testid="generate-submit"]').disabled);
  const n0 = Number(await page.getByTestId('job-grid').getAttribute('data-visible-count'));
  await page.getByTestId('generate-submit').click();
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid="job-grid"]').dataset.visibleCount) === n + 3, n0);
});

await check('first run: Try the demo starts the demo', async (page) => {
  await page.goto(`${server.url}/dev/mock.html?scenario=first-run`);
  await page.getByTestId('try-demo').click();
  await page.getByTestId('demo-badge').waitFor();
});

await check('settings: save key shows only a preview; keyring down offers session only', async (page) => {
  await page.goto(`${server.url}/dev/mock.html?scenario=keyring`);
  await page.getByTestId('banner-keyring').waitFor();
  await page.getByTestId('settings-open').click();
  expect((await page.getByTestId('api-key-save').textContent()).includes('session only'), 'session label');
  await page.getByTestId('api-key-input').fill('ulazai_live_secret123');
  await page.getByTestId('api-key-save').click();
  await page.getByTestId('api-key-preview').waitFor();
  expect((await page.getByTestId('api-key-input').inputValue()) === '', 'key stays in the input');
  const html = await page.content();
  expect(!html.includes('secret123'), 'full key rendered somewhere');
});

await check('app://focus-job scrolls to, focuses and highlights the card', async (page) => {
  await open(page, 'scenario=key&jobs=600');
  const id = await page.evaluate(() => [...window.__mock.jobs.keys()][550]);
  await page.evaluate((id) => window.__mock.emit('app://focus-job', { id }), id);
  await page.waitForFunction((id) => document.activeElement?.getAttribute('data-job-id') === id, id);
  expect(await page.locator(`[data-job-id="${id}"].highlighted`).count() === 1, 'highlight');
  const cards = await page.locator('[data-testid="job-card"]').count();
  expect(cards < 60, `virtual grid rendered ${cards} cards`);
});

await check('server text is rendered as text; unsafe URLs never reach <video>', async (page) => {
  await open(page);
  await page.evaluate(() => {
    const m = window.__mock;
    const j = [...m.jobs.values()].find((x) => x.status === 'completed');
    m.update({ ...j, prompt: '<img src=x onerror="window.__pwned=1">', result_urls: ['javascript:alert(1)'], created_at: new Date(Date.now() + 1e6).toISOString() });
  });
  await page.waitForTimeout(400);
  expect(!(await page.evaluate(() => window.__pwned)), 'html injected');
  const srcs = await page.$$eval('video', (vs) => vs.map((v) => v.getAttribute('src')));
  expect(srcs.every((s) => s.startsWith('https:') || s.startsWith('http://127.0.0.1:')), `video srcs ${srcs}`);
  expect((await page.locator('text=Result link hidden').count()) === 1, 'unsafe result notice');
});

await browser.close();
server.close();
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
