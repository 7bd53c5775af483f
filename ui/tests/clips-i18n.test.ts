// The clip grid's and filter bar's words in other languages: plurals by the language's
// rules, the one-clip wording picked by the number where a language has no "one" plural,
// and dates written by the catalog as the language writes them.
import { describe, expect, it } from 'vitest';
import { formatMessage, loadBundle, PSEUDO } from '../src/lib/i18n';

describe('clips and filters in other languages', () => {
  it('counts clips with each language’s plurals', async () => {
    const de = await loadBundle('de');
    expect(formatMessage(de, 'clips-menu-delete', { count: 1 })).toBe('Clip löschen …');
    expect(formatMessage(de, 'clips-menu-delete', { count: 3 })).toBe('3 Clips löschen …');
    expect(formatMessage(de, 'filters-count-clips', { count: 1 })).toBe('1 Clip');
    expect(formatMessage(de, 'filters-count-clips', { count: 1200 })).toBe('1.200 Clips');
    const fr = await loadBundle('fr');
    expect(formatMessage(fr, 'filters-count-selected', { count: 1 })).toBe('· 1 sélectionné');
    expect(formatMessage(fr, 'filters-count-selected', { count: 2 })).toBe('· 2 sélectionnés');
  });

  it('picks the one-clip wording by the number in Japanese, Chinese and Korean', async () => {
    for (const [code, one, many] of [
      ['ja', '書き出し…', '3 本のクリップを書き出し…'],
      ['zh-CN', '导出…', '导出 3 个片段…'],
      ['ko', '내보내기…', '클립 3개 내보내기…'],
    ]) {
      const b = await loadBundle(code);
      expect(formatMessage(b, 'clips-menu-export', { count: 1 })).toBe(one);
      expect(formatMessage(b, 'clips-menu-export', { count: 3 })).toBe(many);
    }
  });

  it('names statuses and modes, and a status it does not know as the service said it', async () => {
    const de = await loadBundle('de');
    expect(formatMessage(de, 'clips-status', { status: 'processing', raw: 'Processing' })).toBe('Wird gerendert');
    expect(formatMessage(de, 'clips-status', { status: 'queued_upstream', raw: 'Queued upstream' })).toBe('Queued upstream');
    expect(formatMessage(de, 'clips-mode', { mode: 'image_to_video', raw: 'Image to video' })).toBe('Bild zu Video');
  });

  it('writes the day the week began as the language writes dates', async () => {
    const weekFrom = new Date('2026-03-02T12:00:00');
    const de = await loadBundle('de');
    expect(formatMessage(de, 'filters-spent-title-week', { weekFrom })).toBe(
      'Berechnete Credits, Erstattungen abgezogen; diese Woche begann am Montag, 2. März',
    );
    const xa = await loadBundle(PSEUDO);
    expect(formatMessage(xa, 'filters-spent-title-week', { weekFrom })).toMatch(/Monday, Mar 2\]$/);
  });
});
