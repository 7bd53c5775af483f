// Choosing ffmpeg: the page never names the program. "Choose ffmpeg…" asks the shell
// (`pick_ffmpeg`: a native file picker, the file checked there); a refusal goes beside the
// button, a cancel changes nothing, "Use ffmpeg from PATH" clears the choice (`clear_ffmpeg`).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setTransport } from '../src/lib/ipc';
import { pickFfmpeg, useFfmpegFromPath } from '../src/lib/actions/settings';
import { app } from '../src/lib/stores/app.svelte';
import { settingsForm } from '../src/lib/stores/settings-form.svelte';
import { toasts } from '../src/lib/stores/toasts.svelte';
import type { Settings } from '../src/lib/types';

let answer: () => Settings;
const calls: string[] = [];

beforeEach(() => {
  app.settings = { ...app.settings, ffmpeg_path: null };
  calls.length = 0;
  setTransport({
    name: 'test',
    listen: async () => () => {},
    invoke: async (cmd) => {
      calls.push(cmd);
      if (cmd === 'pick_ffmpeg') return answer();
      if (cmd === 'clear_ffmpeg') return { ...app.settings, ffmpeg_path: null };
      throw new Error(`unexpected ${cmd}`);
    },
  });
});
afterEach(() => {
  for (const t of toasts.items) toasts.dismiss(t.id);
  settingsForm.accept(['ffmpeg_path']);
});

describe('ffmpeg choice', () => {
  it('puts a refused pick beside the button and keeps the stored choice', async () => {
    const message = 'This ffmpeg cannot be used: /home/me/notes.txt is a file but not a program (it is not executable).';
    answer = () => {
      throw { code: 'bad_input', message, retry_after_secs: null, fields: [{ field: 'ffmpeg_path', message }] };
    };
    await pickFfmpeg();
    expect(settingsForm.errors.ffmpeg_path).toBe(message);
    expect(app.settings.ffmpeg_path).toBeNull();
    expect(toasts.items).toEqual([]);
    expect(calls).toEqual(['pick_ffmpeg']);
  });

  it('keeps what the shell kept; a cancel leaves the message; PATH clears both', async () => {
    settingsForm.refuse('ffmpeg_path', 'The ffmpeg chosen in Settings cannot be used.', undefined);
    answer = () => ({ ...app.settings });
    await pickFfmpeg();
    expect(settingsForm.errors.ffmpeg_path, 'cancelled: still explained').toBeDefined();

    answer = () => ({ ...app.settings, ffmpeg_path: '/opt/ffmpeg/bin/ffmpeg' });
    await pickFfmpeg();
    expect(app.settings.ffmpeg_path).toBe('/opt/ffmpeg/bin/ffmpeg');
    expect(settingsForm.errors.ffmpeg_path).toBeUndefined();

    await useFfmpegFromPath();
    expect(app.settings.ffmpeg_path).toBeNull();
    expect(calls).toEqual(['pick_ffmpeg', 'pick_ffmpeg', 'clear_ffmpeg']);
  });
});
