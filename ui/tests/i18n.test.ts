import { describe, expect, it } from 'vitest';
import { englishBundle, formatMessage, languageName, LANGUAGES, loadBundle, PSEUDO } from '../src/lib/i18n';
import { pseudoText } from '../src/lib/i18n-pseudo';

describe('i18n', () => {
  it('reads the catalog the Rust side reads: eight languages', () => {
    expect(LANGUAGES[0]).toBe('en');
    expect([...LANGUAGES].sort()).toEqual(['de', 'en', 'es', 'fr', 'ja', 'ko', 'pt-BR', 'zh-CN']);
  });

  it('names each language in itself, as the picker shows it (the Rust side’s names)', () => {
    const names = Object.fromEntries(LANGUAGES.map((c) => [c, languageName(c)]));
    expect(names).toEqual({
      en: 'English',
      de: 'Deutsch',
      es: 'Español',
      fr: 'Français',
      'pt-BR': 'Português (Brasil)',
      ja: '日本語',
      'zh-CN': '简体中文',
      ko: '한국어',
    });
    expect(languageName(PSEUDO)).toBe(PSEUDO);
  });

  it('makes the pseudo-locale text the Rust side makes (the same examples)', () => {
    expect(pseudoText('Render finished')).toBe('Řḗḗƞḓḗḗř ƒīīƞīīşħḗḗḓ');
    expect(pseudoText('2 clips · 8 s')).toBe('2 ƈŀīīƥş · 8 ş');
  });

  it('formats plurals and variables as each language writes them', async () => {
    const n = (count: number) => ({ finished: count });
    expect(formatMessage(englishBundle, 'notify-burst-finished', n(1))).toBe('1 render finished');
    expect(formatMessage(englishBundle, 'notify-burst-finished', n(2))).toBe('2 renders finished');
    const de = await loadBundle('de');
    expect(formatMessage(de, 'notify-burst-finished', n(1))).toBe('1 Rendering fertig');
    expect(formatMessage(de, 'notify-burst-finished', n(2))).toBe('2 Renderings fertig');
    const ja = await loadBundle('ja');
    expect(formatMessage(ja, 'notify-burst-finished', n(2))).toBe('2 件のレンダリングが完了');
  });

  it('brackets and accents the pseudo-locale; an unknown language is English', async () => {
    const xa = await loadBundle(PSEUDO);
    expect(formatMessage(xa, 'notify-burst-finished', { finished: 2 })).toBe('[2 řḗḗƞḓḗḗřş ƒīīƞīīşħḗḗḓ]');
    expect(await loadBundle('tlh')).toBe(englishBundle);
    expect(formatMessage(englishBundle, 'no-such-message')).toBe('no-such-message');
  });
});
