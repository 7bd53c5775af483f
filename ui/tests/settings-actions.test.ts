// The settings write path: each change is sent on top of what the shell STORED, so a value
// it refused never rides along with the next change (which used to fail every later save);
// a refusal leaves the stored value showing and puts the message beside the field.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setTransport } from '../src/lib/ipc';
import { mergeTray } from '../src/lib/actions/merge';
import { saveSettings } from '../src/lib/actions/settings';
import { app } from '../src/lib/stores/app.svelte';
import { jobs } from '../src/lib/stores/jobs.svelte';
import { settingsForm } from '../src/lib/stores/settings-form.svelte';
import { toasts } from '../src/lib/stores/toasts.svelte';
import { tray } from '../src/lib/stores/tray.svelte';
import { ui } from '../src/lib/stores/ui.svelte';
import type { Settings } from '../src/lib/types';
import { job } from './helpers';

const refusal = (field: string, code: string, message: string) => ({ code, message, retry_after_secs: null, fields: [{ field, message }] });

let sent: Settings[] = [];
let stored: Settings;

beforeEach(() => {
  stored = { ...app.settings, notifications: true, base_url_override: null, ffmpeg_path: null };
  app.settings = stored;
  sent = [];
  setTransport({
    name: 'test',
    listen: async () => () => {},
    invoke: async (cmd, args) => {
      if (cmd === 'set_settings') {
        const s = args.settings as Settings;
        sent.push(s);
        if (s.base_url_override === 'htp:/ulazai') throw refusal('base_url_override', 'bad_url', 'The server address cannot be used: it has no host.');
        if (s.theme === 'dark') throw { code: 'internal', message: 'Could not save the settings: disk full', retry_after_secs: null, fields: [] };
        stored = s;
        return s;
      }
      if (cmd === 'merge_clips') throw { code: 'ffmpeg_path', message: 'The ffmpeg chosen in Settings cannot be used: /nonexistent/ffmpeg does not exist.', retry_after_secs: null, fields: [] };
      throw new Error(`unexpected ${cmd}`);
    },
  });
});
afterEach(() => {
  for (const t of toasts.items) toasts.dismiss(t.id);
  settingsForm.accept(['base_url_override', 'ffmpeg_path', 'notifications', 'theme']);
});

describe('saveSettings', () => {
  it('refuses a bad value beside its field and keeps saving the others', async () => {
    expect(await saveSettings({ base_url_override: 'htp:/ulazai' }, 'htp:/ulazai')).toBe(false);
    expect(app.settings.base_url_override).toBeNull();
    expect(settingsForm.errors.base_url_override).toContain('cannot be used');
    expect(settingsForm.text('base_url_override', app.settings.base_url_override)).toBe('htp:/ulazai');
    expect(toasts.items).toEqual([]);

    expect(await saveSettings({ notifications: false })).toBe(true);
    expect(sent[sent.length - 1]?.base_url_override).toBeNull();
    expect(app.settings.notifications).toBe(false);
    expect(stored.notifications).toBe(false);
    expect(settingsForm.errors.base_url_override, 'still beside its field').toBeDefined();

    expect(await saveSettings({ base_url_override: null }, '')).toBe(true);
    expect(settingsForm.errors.base_url_override).toBeUndefined();
    expect(settingsForm.text('base_url_override', app.settings.base_url_override)).toBe('');
  });

  it('puts the stored value back when a save fails, and says so', async () => {
    const pending = saveSettings({ theme: 'dark' });
    expect(app.settings.theme, 'applied at once').toBe('dark');
    expect(await pending).toBe(false);
    expect(app.settings.theme).toBe(stored.theme);
    expect(toasts.items.map((t) => t.message)).toEqual(['Settings not saved: Could not save the settings: disk full']);
  });

  it('sends changes one at a time, each on top of the last one kept', async () => {
    await Promise.all([saveSettings({ base_url_override: 'htp:/ulazai' }, 'htp:/ulazai'), saveSettings({ notifications: false }), saveSettings({ auto_download: false })]);
    expect(sent.map((s) => [s.base_url_override, s.notifications, s.auto_download])).toEqual([
      ['htp:/ulazai', true, true],
      [null, false, true],
      [null, false, false],
    ]);
  });
});

describe('a merge with a bad ffmpeg path', () => {
  it('points to the ffmpeg setting, not to installing ffmpeg', async () => {
    const clips = [job(), job()];
    for (const c of clips) jobs.upsert(c);
    for (const c of clips) tray.add(c.id);
    await mergeTray('local');
    expect(settingsForm.errors.ffmpeg_path).toContain('/nonexistent/ffmpeg does not exist');
    const toast = toasts.items[toasts.items.length - 1];
    expect(toast?.message).toContain('/nonexistent/ffmpeg');
    expect(toast?.action?.label).toBe('Open Settings');
    toast?.action?.run();
    expect(ui.settingsOpen).toBe(true);
    expect(ui.settingsFocus, 'opens at the ffmpeg field').toBe('ffmpeg-path');
  });
});
