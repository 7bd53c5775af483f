// Settings: one write path. Each change is sent on its own, on top of what the shell has
// STORED (never on top of a value it refused), one change at a time. The change shows at
// once (the theme applies before the answer); a refusal puts the stored value back — so a
// switch always shows what is kept — and the shell's message goes beside the refused field
// (which keeps what was typed). Other failures (the file could not be written) are toasts.
import { call } from '../ipc';
import { describeError } from '../errors';
import { app } from '../stores/app.svelte';
import { t } from '../stores/locale.svelte';
import { settingsForm, type SettingName } from '../stores/settings-form.svelte';
import { toasts } from '../stores/toasts.svelte';
import type { CommandError, Settings } from '../types';

let queue: Promise<unknown> = Promise.resolve();
let pending = 0;

/** Save `patch`; `typed` is the field's text as typed (kept in the field if refused).
 *  True when kept. With no other change on its way, it shows at once. */
export function saveSettings(patch: Partial<Settings>, typed?: string): Promise<boolean> {
  const run = pending === 0 ? write(patch, typed) : queue.then(() => write(patch, typed));
  pending++;
  queue = run.finally(() => pending--);
  return run;
}

async function write(patch: Partial<Settings>, typed: string | undefined): Promise<boolean> {
  const names = Object.keys(patch) as SettingName[];
  const stored = app.settings;
  app.settings = { ...stored, ...patch };
  try {
    app.settings = await call('set_settings', { settings: { ...stored, ...patch } });
    settingsForm.accept(names);
    return true;
  } catch (e) {
    app.settings = stored;
    const ce = e as CommandError;
    const field = ce.fields?.find((f) => names.includes(f.field as SettingName));
    if (field) settingsForm.refuse(field.field as SettingName, field.message, typed);
    else toasts.error(t('app-settings-not-saved', { error: describeError(ce) }));
    return false;
  }
}

/** What a refused ffmpeg choice shows beside its button, or a toast for any other failure. */
function ffmpegFailed(e: unknown): void {
  const ce = e as CommandError;
  const field = ce.fields?.find((f) => f.field === 'ffmpeg_path');
  if (field) settingsForm.refuse('ffmpeg_path', field.message, undefined);
  else toasts.error(t('app-settings-not-saved', { error: describeError(ce) }));
}

/** "Choose ffmpeg…": the shell opens a native file picker and keeps the file once it
 *  answers as ffmpeg (the page never names a program). Cancelled: nothing changes. */
export async function pickFfmpeg(): Promise<void> {
  const before = app.settings.ffmpeg_path;
  try {
    app.settings = await call('pick_ffmpeg');
    if (app.settings.ffmpeg_path !== before) settingsForm.accept(['ffmpeg_path']);
  } catch (e) {
    ffmpegFailed(e);
  }
}

/** "Use ffmpeg from PATH": forget the chosen program. */
export async function useFfmpegFromPath(): Promise<void> {
  try {
    app.settings = await call('clear_ffmpeg');
    settingsForm.accept(['ffmpeg_path']);
  } catch (e) {
    ffmpegFailed(e);
  }
}
