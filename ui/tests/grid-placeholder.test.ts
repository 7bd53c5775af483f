// The grid's cards come from the engine's ids; a card whose clip is not cached yet is a
// placeholder: the same size, no text, busy and named for screen readers. Checked on the
// sources (the tests run without a DOM; the mock preview's placeholders-1920-dark shot shows it).
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/lib/i18n';

const src = import.meta.glob(['../src/components/JobGrid.svelte', '../src/components/GridCell.svelte', '../src/components/CardPlaceholder.svelte', '../src/components/JobCard.svelte'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const catalogs = import.meta.glob('../../crates/ulazai-i18n/locales/*/clips.ftl', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const grid = src['../src/components/JobGrid.svelte'];
const cell = src['../src/components/GridCell.svelte'];
const placeholder = src['../src/components/CardPlaceholder.svelte'];
const card = src['../src/components/JobCard.svelte'];

describe('placeholder cards', () => {
  it('the grid shows a placeholder for a card whose body is not cached, and marks each answer applied', () => {
    expect(grid).toContain('<GridCell');
    expect(cell).toContain('const job = $derived(jobs.get(id));');
    expect(cell).toMatch(/\{#if job\}\s*<JobCard[\s\S]*\{:else\}\s*<CardPlaceholder /);
    expect(grid).toContain('data-view-revision={jobs.revision}');
  });
  it('is busy, named ("Loading clip") in every language, and as tall as a card', () => {
    expect(placeholder).toContain('aria-busy="true"');
    expect(placeholder).toContain("aria-label={t('clips-card-loading')}");
    // One frame for both (global.css's .card-frame: the card's height and shape), and
    // neither card sets a height of its own.
    expect(placeholder).toContain('class="card card-frame"');
    expect(card).toContain('class="card card-frame ');
    for (const text of [placeholder, card]) expect(text).not.toMatch(/\.card \{[^}]*height:/);
    expect(Object.keys(catalogs).length).toBe(LANGUAGES.length);
    for (const [path, text] of Object.entries(catalogs)) expect(text, path).toMatch(/^clips-card-loading = \S/m);
  });
});
