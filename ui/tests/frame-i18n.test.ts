// The window's frame speaks the catalog: English word for word as before, the keys sheet's
// key caps and the update banner's percentage as each language writes them.
import { afterEach, describe, expect, it } from 'vitest';
import { shortcutGroups } from '../src/lib/shortcuts';
import { locale, t } from '../src/lib/stores/locale.svelte';

afterEach(async () => {
  await locale.use('en');
});

describe('the frame in the catalog', () => {
  it('keeps the English words', () => {
    expect(t('app-folder-sync-retrying', { name: 'B-roll', message: 'Server busy.' })).toBe(
      'Folder “B-roll” is not on ulazai.com yet: Server busy. Retrying…',
    );
    expect(t('app-key-valid-tip', { storage: 'until_quit' })).toBe('API key (kept until you quit)');
    expect(t('app-key-valid-tip', { storage: 'keyring' })).toBe('API key in system keyring');
    expect(t('app-banner-keyring-until-quit', { storage: 'none' })).toBe('You can keep your key until you quit.');
    expect(t('app-settings-tip', { keys: `${t('keys-ctrl')}+,` })).toBe('Settings (Ctrl+,)');
    expect(t('updates-progress', { percent: 42 })).toBe('42%');
    const [anywhere] = shortcutGroups();
    expect(anywhere.where).toBe('Anywhere');
    expect(anywhere.items[2]).toEqual({ keys: ['Ctrl', 'N'], does: 'New generation: go to the prompt' });
  });

  it('names the keys as a German keyboard prints them, and follows a change of language', async () => {
    await locale.use('de');
    const groups = shortcutGroups();
    expect(groups[0].where).toBe('Überall');
    expect(groups[0].items[2].keys).toEqual(['Strg', 'N']);
    const del = groups.flatMap((g) => g.items).find((i) => i.does.startsWith('Ausgewählte Clips löschen'));
    expect(del?.keys).toEqual(['Entf']);
    // German puts a (no-break) space before the percent sign.
    expect(t('updates-progress', { percent: 50 })).toMatch(/^50\s%$/u);
    // Group ids stay the same in every language (the headings' ids).
    expect(groups.map((g) => g.id)).toEqual(['anywhere', 'new', 'clips', 'tray', 'folders']);
  });

  it('says a toast of a web account in Japanese', async () => {
    await locale.use('ja');
    expect(t('app-web-connected')).toBe('ウェブアカウントを接続しました');
    expect(t('app-toast-undo')).toBe('元に戻す');
  });
});
