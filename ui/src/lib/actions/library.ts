// The local library: its folder, and a clip's file in it.
import { call } from '../ipc';
import { app } from '../stores/app.svelte';
import { library } from '../stores/library.svelte';
import { t } from '../stores/locale.svelte';
import { toasts } from '../stores/toasts.svelte';
import { fail } from './report';
import { saveSettings } from './settings';

export async function pickLibraryDir(): Promise<void> {
  try {
    library.info = await call('pick_library_dir');
    app.settings = await call('get_settings');
  } catch (e) {
    fail(t('folders-library-dir-failed'), e);
  }
}

/** Back to the default library folder. */
export async function useDefaultLibraryDir(): Promise<void> {
  await saveSettings({ download_dir: null });
  if (library.info) library.info = { ...library.info, dir: library.info.default_dir };
}

export async function setAutoDownload(on: boolean): Promise<void> {
  await saveSettings({ auto_download: on });
  if (library.info) library.info = { ...library.info, auto_download: on };
}

/**
 * "Save into the library" (download://progress follows, then job://updated with the file).
 * It always answers: saved (with the file's name), or why not.
 */
export async function downloadResult(id: string): Promise<void> {
  try {
    const file = await call('download_result', { id });
    const name = file.split(/[\\/]/).pop() || file;
    toasts.success(t('folders-saved', { name }));
  } catch (e) {
    fail(t('folders-save-failed'), e);
  }
}

export async function openLocalFile(id: string): Promise<void> {
  try {
    await call('open_local_file', { id });
  } catch (e) {
    fail(t('folders-open-failed'), e);
  }
}

export async function revealLocalFile(id: string): Promise<void> {
  try {
    await call('reveal_local_file', { id });
  } catch (e) {
    fail(t('folders-reveal-failed'), e);
  }
}
