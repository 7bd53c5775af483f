// DEV ONLY: screenshots of the mock preview in Debian's chromium (never downloads a browser).
// Usage: node scripts/shot.mjs [outDir] [filter]   (builds dist-mock first)
// SHOT_LANG=de (or ja, en-XA, …) shows every shot in that language.
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { start } from './serve.mjs';

const out = process.argv[2] ?? '/tmp/ui-shots';
const only = process.argv[3] ?? '';
mkdirSync(out, { recursive: true });
await build({ configFile: 'vite.mock.config.ts', logLevel: 'warn' });
const server = await start('dist-mock');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const shots = [
  { name: 'demo-light', q: 'scenario=demo', scheme: 'light' },
  { name: 'demo-dark', q: 'scenario=demo', scheme: 'dark' },
  { name: 'first-run-light', q: 'scenario=first-run', scheme: 'light' },
  { name: 'first-run-dark', q: 'scenario=first-run', scheme: 'dark' },
  { name: 'selected-light', q: 'scenario=key', scheme: 'light', act: selectSome },
  { name: 'selected-dark', q: 'scenario=key', scheme: 'dark', act: selectSome },
  { name: 'detail-light', q: 'scenario=key', scheme: 'light', act: openDetail },
  { name: 'settings-dark', q: 'scenario=keyring', scheme: 'dark', act: openSettings },
  { name: 'settings-light', q: 'scenario=key', scheme: 'light', act: openSettings },
  { name: 'settings-860-light', q: 'scenario=key', scheme: 'light', w: 860, h: 560, act: openSettings },
  { name: 'settings-library-860-light', q: 'scenario=key', scheme: 'light', w: 860, h: 560, act: settingsLibrary },
  { name: 'settings-end-860-dark', q: 'scenario=key', scheme: 'dark', w: 860, h: 560, act: settingsEnd },
  { name: 'banners-light', q: 'scenario=backoff', scheme: 'light' },
  { name: 'invalid-dark', q: 'scenario=invalid', scheme: 'dark' },
  { name: 'ratelimit-light', q: 'scenario=ratelimit', scheme: 'light' },
  { name: 'form-errors-light', q: 'scenario=key', scheme: 'light', act: formErrors },
  { name: 'menu-light', q: 'scenario=key', scheme: 'light', act: openMenu },
  { name: 'big-1920-dark', q: 'scenario=key&jobs=400', scheme: 'dark', w: 1920, h: 1080 },
  { name: 'narrow-860-light', q: 'scenario=key', scheme: 'light', w: 860, h: 560 },
  { name: 'tray-1920-dark', q: 'scenario=key&jobs=400', scheme: 'dark', w: 1920, h: 1080, act: trayFlow },
  // Cards whose clip has not arrived from the engine: placeholders of the same size.
  { name: 'placeholders-1920-dark', q: 'scenario=key&jobs=400&bodies=some', scheme: 'dark', w: 1920, h: 1080 },
  { name: 'stacks-light', q: 'scenario=key', scheme: 'light', act: stackTakes },
  { name: 'stack-open-dark', q: 'scenario=key', scheme: 'dark', act: openStack },
  { name: 'big-1920-light', q: 'scenario=key&jobs=400', scheme: 'light', w: 1920, h: 1080, act: selectSome },
  { name: 'queue-light', q: 'scenario=key', scheme: 'light', act: fillQueue },
  { name: 'queue-860-light', q: 'scenario=key', scheme: 'light', w: 860, h: 560, act: fillQueue },
  { name: 'import-preview-light', q: 'scenario=key', scheme: 'light', act: importPreview },
  { name: 'import-preview-860-light', q: 'scenario=key', scheme: 'light', w: 860, h: 560, act: importPreview },
  { name: 'marks-860-light', q: 'scenario=key', scheme: 'light', w: 860, h: 560, act: markSome },
  { name: 'trim-light', q: 'scenario=key', scheme: 'light', act: openTrim },
  { name: 'compare-dark', q: 'scenario=key', scheme: 'dark', act: openCompare },
  { name: 'delete-light', q: 'scenario=demo', scheme: 'light', act: askDelete },
  { name: 'delete-folder-light', q: 'scenario=demo', scheme: 'light', act: askDeleteFolder },
  { name: 'keys-sheet-light', q: 'scenario=key', scheme: 'light', act: openKeys },
  { name: 'keys-sheet-860-dark', q: 'scenario=key', scheme: 'dark', w: 860, h: 560, act: openKeys },
];

async function selectSome(page) {
  const grid = page.getByTestId('job-grid');
  const box = await grid.boundingBox();
  // Marquee from empty space (left padding) across two rows.
  await page.mouse.move(box.x + 6, box.y + 6);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, box.y + 300, { steps: 8 });
  await page.mouse.up();
}
async function stackTakes(page) {
  await page.getByTestId('stack-takes').click();
  await page.waitForTimeout(300);
}
async function openStack(page) {
  await stackTakes(page);
  await page.getByTestId('card-takes').first().click();
  await page.waitForTimeout(300);
}
async function trayFlow(page) {
  const done = page.locator('[data-testid="job-card"][data-status="completed"]');
  await done.nth(0).click();
  for (const i of [1, 2, 3]) await done.nth(i).click({ modifiers: ['Control'] });
  await page.locator('[data-testid="job-card"][data-status="failed"]').first().click({ modifiers: ['Control'] });
}
async function pickDone(page, n) {
  const done = page.locator('[data-testid="job-card"][data-status="completed"]');
  await done.nth(0).click();
  for (let i = 1; i < n; i++) await done.nth(i).click({ modifiers: ['Control'] });
}
async function openTrim(page) {
  await pickDone(page, 3);
  await page.getByTestId('merge-tray-trim').first().click({ force: true });
  await page.waitForTimeout(300);
}
async function openCompare(page) {
  await pickDone(page, 3);
  await page.getByTestId('compare-button').click();
  await page.waitForTimeout(300);
}
async function askDelete(page) {
  await pickDone(page, 2);
  await page.keyboard.press('Delete');
}
async function askDeleteFolder(page) {
  await page.getByTestId('folder-item').first().hover();
  await page.getByTestId('folder-delete').first().click();
}
async function openDetail(page) {
  await page.locator('[data-testid="job-card"][data-status="completed"]').first().dblclick();
}
async function openSettings(page) {
  await page.getByTestId('settings-open').click();
  await page.waitForTimeout(150);
}
/** Settings at its Library section (folder, largest download, ffmpeg, marks). */
async function settingsLibrary(page) {
  await openSettings(page);
  await page.getByTestId('settings-ffmpeg-pick').scrollIntoViewIfNeeded();
}
/** Settings scrolled to its end (language, appearance, Advanced open). */
async function settingsEnd(page) {
  await openSettings(page);
  await page.locator('[data-testid="settings-panel"] details summary').click();
  await page.locator('[data-testid="settings-panel"] .body').evaluate((b) => (b.scrollTop = b.scrollHeight));
}
async function formErrors(page) {
  await page.getByTestId('model-select').selectOption('hailuo_2_3');
  await page.getByTestId('prompt-input').fill('x');
  await page.getByTestId('prompt-input').fill('');
  await page.getByTestId('image-url-input').first().fill('http://insecure.example/a.png');
  await page.waitForTimeout(500);
}
async function fillQueue(page) {
  for (const prompt of ['A paper boat in a rain gutter, low angle', 'Northern lights over a frozen lake, slow pan']) {
    await page.getByTestId('prompt-input').fill(prompt);
    await page.waitForTimeout(400);
    await page.getByTestId('queue-add').click();
    await page.waitForTimeout(200);
  }
}
async function importPreview(page) {
  await page.getByTestId('prompt-input').fill('A fox in snow');
  await page.getByTestId('queue-import').click();
  const lines = ['# storyboard', 'A lighthouse at dusk, slow push-in', 'Macro dew drops on a fern', 'x'.repeat(2100), 'Hot air balloons over Cappadocia'];
  await page.getByTestId('import-paste').fill(lines.join('\n'));
  await page.getByTestId('import-preview').click();
  await page.waitForTimeout(200);
}
/** A pick with stars and a reject: the cards' marks and the filter bar's "Delete rejected". */
async function markSome(page) {
  const done = page.locator('[data-testid="job-card"][data-status="completed"]');
  await done.nth(0).click();
  await page.keyboard.press('p');
  await page.keyboard.press('4');
  await done.nth(1).click();
  await page.keyboard.press('x');
  await page.waitForTimeout(150);
}
async function openKeys(page) {
  await page.getByTestId('app-menu').click();
  await page.getByTestId('menu-shortcuts').click();
  await page.waitForTimeout(150);
}
async function openMenu(page) {
  await page.locator('[data-testid="job-card"]').nth(4).click({ button: 'right' });
}

for (const s of shots) {
  if (only && !s.name.includes(only)) continue;
  const ctx = await browser.newContext({ viewport: { width: s.w ?? 1280, height: s.h ?? 800 }, colorScheme: s.scheme });
  const page = await ctx.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  const lang = process.env.SHOT_LANG ? `&lang=${process.env.SHOT_LANG}` : '';
  await page.goto(`${server.url}/dev/mock.html?${s.q}${lang}`);
  await page.waitForTimeout(400);
  if (s.act) await s.act(page);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/${s.name}.png` });
  const csp = await page.evaluate(() => window.__csp);
  const relevant = errors.filter((e) => !/127\.0\.0\.1:47110|media\.ulazai|ERR_CONNECTION|ERR_NAME|Failed to load resource/.test(e));
  console.log(`${s.name}: ${out}/${s.name}.png${csp.length ? `  CSP: ${csp.join(' | ')}` : ''}${relevant.length ? `  ERRORS: ${relevant.join(' | ')}` : ''}`);
  await ctx.close();
}
await browser.close();
server.close();
