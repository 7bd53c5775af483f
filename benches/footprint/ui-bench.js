// The UI benchmark in the REAL webview (WebKitGTK, through WebDriver's execute/async): with
// the app's grid on screen, change the view the way a person does — click folders, pick a
// status, type a search — and scroll the grid, and time each step in the page.
//   work:    the action → the engine's answer applied (the grid's data-view-revision
//            changes; 3 s at most) → the DOM updated (the next task after it)
//   painted: the action → the first frame painted after the update (rAF, then a task)
//   whole:   the action → every card of the view in the page (a large view's first cards
//            are applied and painted first, its rest asked after that frame)
// The grid asks the engine for its view and keeps only the bodies near the viewport: a card
// whose body has not arrived is a placeholder (data-testid="card-placeholder") until it does.
// Scrolling: one step per frame, and the interval between frames (16.7 ms at 60 Hz when
// each frame's work fits), the frames that fill placeholders in after the last step
// included. Answers a JSON object; never changes the app's data.
const done = arguments[arguments.length - 1];
(async () => {
  const nextTask = () => new Promise((r) => setTimeout(r, 0));
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const painted = async () => {
    await frame();
    await nextTask();
  };
  const $ = (sel) => document.querySelector(sel);
  const count = () => $('[data-testid="clip-count"]')?.textContent ?? '';
  const grid = () => $('[data-testid="job-grid"]');
  const cards = () => document.querySelectorAll('[data-testid="job-card"]').length;
  const players = () => document.querySelectorAll('[data-testid="job-card"] video').length;
  const placeholders = () => document.querySelectorAll('[data-testid="card-placeholder"]').length;
  // The answer applied: the revision changes (an empty view shows the empty state instead of
  // the grid, with the same revision; the store's revision only grows).
  const revision = () => (grid() ?? $('[data-testid="empty-state"]'))?.dataset.viewRevision ?? 'none';
  const waitRevision = async (before, ms) => {
    const until = performance.now() + ms;
    while (revision() === before && performance.now() < until) await nextTask();
    return revision() !== before;
  };

  const steps = [];
  // `kind` groups the steps the report takes medians of: a folder switch (a click in the
  // sidebar), a prompt search (typing a word into the filter bar), a status filter.
  async function step(kind, name, act) {
    window.__uiBenchAt = name;
    const before = revision();
    const t0 = performance.now();
    act();
    const answered = await waitRevision(before, 3000);
    await nextTask();
    const work = performance.now() - t0;
    await painted();
    const total = performance.now() - t0;
    // The store's marks of the last question (lib/stores/jobs.svelte.ts): asked, answered
    // (the engine and IPC), applied (the page's own handling), all after t0.
    const last = (n) => performance.getEntriesByName(n).filter((e) => e.startTime >= t0).pop()?.startTime;
    const [ask, answer, applied] = ['view:ask', 'view:answer', 'view:applied'].map(last);
    const split = ask !== undefined && answer !== undefined && applied !== undefined
      ? { asked: ask - t0, ipc: answer - ask, apply: applied - answer }
      : null;
    const entry = { kind, name, work, painted: total, answered, split, shown: count().trim(), cards: cards(), placeholders: placeholders() };
    steps.push(entry);
    // Let the view rest between steps (card previews mount 150 ms after they appear).
    await new Promise((r) => setTimeout(r, 250));
    // A large view's first cards come first: when every card of it was in the page (the
    // store's mark of its rest; none when the first answer held them all).
    const whole = last('view:whole');
    entry.whole = whole === undefined ? null : whole - t0;
  }
  const click = (sel) => () => $(sel).click();
  const choose = (sel, value) => () => {
    const el = $(sel);
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const type = (text) => () => {
    const el = $('[data-testid="filter-search"]');
    el.focus(); // typing happens in a focused box (the bar clears an unfocused one)
    el.value = text;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const folders = [...document.querySelectorAll('[data-testid="folder-item"]')];

  await painted();
  // Folder switches: from All clips into a folder, folder to folder, to Unfiled, back.
  await step('folder', 'folder: Project 1', () => folders[0].click());
  await step('folder', 'folder: Project 7', () => folders[6].click());
  await step('folder', 'folder: Project 4', () => folders[3].click());
  await step('folder', 'folder: Project 10', () => folders[9].click());
  await step('folder', 'folder: Unfiled', click('[data-testid="folder-unfiled"]'));
  await step('folder', 'folder: All clips', click('[data-testid="folder-all"]'));
  await step('status', 'status: Completed', choose('[data-testid="filter-status"]', 'completed'));
  await step('status', 'status: Rendering (none)', choose('[data-testid="filter-status"]', 'processing'));
  await step('status', 'status: Any', choose('[data-testid="filter-status"]', ''));
  // Prompt searches over every clip (each word replaces the last, as a person retypes).
  await step('search', 'search: "harbour"', type('harbour'));
  await step('search', 'search: "lighthouse"', type('lighthouse'));
  await step('search', 'search: "take 1234"', type('take 1234'));
  await step('search', 'search: "red fox"', type('red fox'));
  await step('search', 'search: "warehouse"', type('warehouse'));
  await step('clear', 'search: cleared', type(''));
  // The box loses focus: the view is as it was (All clips, no filter, newest first).
  $('[data-testid="filter-search"]').blur();

  // Scrolling: 120 frames, 200 px a frame (about two rows: a brisk wheel), then back up
  // at twice that for 60, then jumps to the middle and the end.
  const g = grid();
  // `frames` frames, the grid scrolled by `by(i)` px before each: the intervals between
  // painted frames, sorted.
  // Then frames go on being counted until the placeholders the last steps left are filled
  // (2 s at most): their bodies arrive one question to the engine later.
  let placeholderFrames = 0;
  let mostPlaceholders = 0;
  async function scrollFrames(name, frames, by) {
    const intervals = [];
    let last = await frame();
    const tick = () => {
      const n = placeholders();
      if (n > 0) placeholderFrames++;
      mostPlaceholders = Math.max(mostPlaceholders, n);
    };
    for (let i = 0; i < frames; i++) {
      g.scrollTop += by(i);
      window.__uiBenchAt = `${name} ${i} top ${g.scrollTop} of ${g.scrollHeight}, last ${intervals[intervals.length - 1]}`;
      const t = await frame();
      tick();
      intervals.push(t - last);
      last = t;
    }
    const until = performance.now() + 2000;
    while (placeholders() > 0 && performance.now() < until) {
      window.__uiBenchAt = `${name}: filling ${placeholders()} placeholders`;
      const t = await frame();
      tick();
      intervals.push(t - last);
      last = t;
    }
    return intervals.sort((a, b) => a - b);
  }
  // After a jump: how long until no card on screen is a placeholder (2 s at most).
  async function filled(t0) {
    const until = performance.now() + 2000;
    while (placeholders() > 0 && performance.now() < until) await frame();
    return { filled: performance.now() - t0, placeholders: placeholders() };
  }
  const q = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
  const intervals = await scrollFrames('scrolling', 180, (i) => (i < 120 ? 200 : -400));
  const scrollPlaceholders = { frames: placeholderFrames, most: mostPlaceholders };
  // The same, 2 px a frame for 60 frames: no row enters or leaves, so what a frame costs
  // here is the webview's own scrolling and compositing, not the grid's work.
  g.scrollTop = 0;
  await painted();
  const nudges = await scrollFrames('nudging', 60, () => 2);
  const jumps = [];
  for (const [name, to] of [['middle', () => g.scrollHeight / 2], ['end', () => g.scrollHeight], ['top', () => 0]]) {
    const t0 = performance.now();
    g.scrollTop = to();
    await painted();
    const paintedMs = performance.now() - t0;
    const shown = cards();
    jumps.push({ name, painted: paintedMs, cards: shown, ...(await filled(t0)) });
  }
  return {
    visible: Number(g.dataset.visibleCount),
    steps,
    scroll: {
      frames: intervals.length,
      median: q(intervals, 0.5),
      p95: q(intervals, 0.95),
      max: intervals[intervals.length - 1],
      over33: intervals.filter((x) => x > 33.4).length,
      cardsInDom: cards(),
      // Frames of the scroll with a placeholder in the DOM, and the most at once.
      placeholderFrames: scrollPlaceholders.frames,
      mostPlaceholders: scrollPlaceholders.most,
    },
    nudge: { frames: nudges.length, median: q(nudges, 0.5), p95: q(nudges, 0.95) },
    // Media players and posters on screen once the view has rested after the jumps.
    players: await new Promise((r) => setTimeout(() => r(players()), 1500)),
    posters: document.querySelectorAll('[data-testid="card-poster"]').length,
    jumps,
  };
})().then(done, (e) => done({ error: String(e && e.stack ? e.stack : e) }));
