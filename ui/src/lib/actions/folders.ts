// Folders: create, rename, delete (their clips go back to Unfiled).
import { call } from '../ipc';
import { jobs } from '../stores/jobs.svelte';
import { toasts } from '../stores/toasts.svelte';
import { fail } from './report';

/** The new folder's id, or null when it could not be made (the toast says why). */
export async function createFolder(name: string): Promise<string | null> {
  try {
    const f = await call('create_folder', { name });
    jobs.upsertFolder(f);
    toasts.success(`Folder “${f.name}” created`);
    return f.id;
  } catch (e) {
    fail("Couldn't create the folder", e);
    return null;
  }
}

export async function renameFolder(id: string, name: string): Promise<boolean> {
  try {
    jobs.upsertFolder(await call('rename_folder', { id, name }));
    return true;
  } catch (e) {
    fail("Couldn't rename the folder", e);
    return false;
  }
}

export async function deleteFolder(id: string): Promise<void> {
  const name = jobs.folders.find((f) => f.id === id)?.name ?? 'Folder';
  try {
    await call('delete_folder', { id });
    jobs.removeFolder(id);
    toasts.show(`“${name}” deleted — its clips are back in Unfiled`);
  } catch (e) {
    fail("Couldn't delete the folder", e);
  }
}
