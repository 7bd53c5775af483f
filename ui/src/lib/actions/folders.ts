// Folders: create and rename (deleting one, with its clips or not, is in actions/delete.ts).
import { call } from '../ipc';
import { jobs } from '../stores/jobs.svelte';
import { t } from '../stores/locale.svelte';
import { toasts } from '../stores/toasts.svelte';
import { fail } from './report';

/** The new folder's id, or null when it could not be made (the toast says why). */
export async function createFolder(name: string): Promise<string | null> {
  try {
    const f = await call('create_folder', { name });
    jobs.upsertFolder(f);
    toasts.success(t('folders-created', { name: f.name }));
    return f.id;
  } catch (e) {
    fail(t('folders-create-failed'), e);
    return null;
  }
}

export async function renameFolder(id: string, name: string): Promise<boolean> {
  try {
    jobs.upsertFolder(await call('rename_folder', { id, name }));
    return true;
  } catch (e) {
    fail(t('folders-rename-failed'), e);
    return false;
  }
}
