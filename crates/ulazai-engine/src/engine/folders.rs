//! The folders service: the creator's own organisation of the cards, local-first (every
//! change is persisted), and which folders' server buckets are being created.
//!
//! With a web session, every folder also gets its server bucket
//! (`POST /video-studio/api/folders/`): created in the background, retried a few times,
//! a failure shown (`FolderSyncFailed`) and never blocking the folder. Folders still
//! without a bucket are synced again when a session is set.
//!
//! A saved clip's file lives in its folder's sub-folder of the library and moves with
//! the card (moved, its folder renamed or deleted): `Library::relocate_all`. Deleting a
//! folder sends its clips to Unfiled, or with them to the trash (`delete_with`).

use std::collections::HashSet;
use std::sync::Mutex;
use std::time::Duration;

use super::delete::{Deleted, FolderClips};
use super::hub::Batch;
use super::{lock, Engine, EngineEvent};
use crate::library::{folder_dir_name, Library};
use crate::model::{Folder, FolderId, FolderSyncError, Job, JobId};
use crate::store::Store;
use crate::Text;

/// The library sub-folder of the folder `id` (`None` or a folder that is gone: Unfiled).
pub(super) fn library_sub(store: &Store, id: Option<&str>) -> String {
    folder_dir_name(id.and_then(|f| store.folder(f)).map(|f| f.name.as_str()))
}

/// The jobs have changed folder: their saved files follow, in one journalled move
/// (before the events go out, so that each `JobUpdated` names the file where it is now).
fn follow(store: &Store, batch: &mut Batch, library: &Library, jobs: Vec<Job>) -> Vec<Job> {
    let subs: Vec<(String, String)> = jobs
        .iter()
        .map(|j| (j.id.clone(), library_sub(store, j.folder_id.as_deref())))
        .collect();
    library.relocate_all(&subs);
    for job in &jobs {
        batch.emit(EngineEvent::JobUpdated { job: job.clone() });
    }
    jobs
}

/// Waits before each attempt to create a server bucket.
const SYNC_ATTEMPTS: [Duration; 4] = [
    Duration::ZERO,
    Duration::from_secs(3),
    Duration::from_secs(10),
    Duration::from_secs(30),
];

/// What only the folders service keeps.
#[derive(Default)]
pub(super) struct FoldersState {
    /// Folders whose server bucket is being created.
    syncing: Mutex<HashSet<FolderId>>,
}

/// The folders of one engine (`Engine::folders`).
#[derive(Clone, Copy)]
pub struct Folders<'a> {
    engine: &'a Engine,
}

impl<'a> Folders<'a> {
    pub(super) fn of(engine: &'a Engine) -> Folders<'a> {
        Folders { engine }
    }

    fn syncing(&self) -> &'a Mutex<HashSet<FolderId>> {
        &self.engine.inner.folders.syncing
    }

    /// Every folder, in the creator's order.
    pub fn list(&self) -> Vec<Folder> {
        self.engine.inner.hub.read(|s| s.folders())
    }

    /// The folder `id`, when it still exists.
    pub fn get(&self, id: &str) -> Option<Folder> {
        self.engine.inner.hub.read(|s| s.folder(id).cloned())
    }

    /// The library sub-folder the job's file belongs in (its folder's).
    pub(super) fn library_sub_of(&self, job: &Job) -> String {
        self.engine
            .inner
            .hub
            .read(|s| library_sub(s, job.folder_id.as_deref()))
    }

    /// A new local folder; with a web session its server bucket follows (background).
    pub fn create(&self, name: &str) -> Folder {
        let folder = self.engine.inner.hub.mutate(|store, batch| {
            batch.dirty();
            store.create_folder(name)
        });
        self.spawn_sync(folder.id.clone());
        folder
    }

    /// Rename a folder; its saved clips' files move to the new name's sub-folder.
    pub fn rename(&self, id: &str, name: &str) -> Option<Folder> {
        let hub = &self.engine.inner.hub;
        hub.mutate(|store, batch| {
            let folder = store.rename_folder(id, name)?;
            batch.dirty();
            let inside: Vec<Job> = store
                .iter()
                .filter(|j| j.folder_id.as_deref() == Some(id))
                .cloned()
                .collect();
            follow(store, batch, hub.library(), inside);
            Some(folder)
        })
    }

    /// Delete a folder and, with [`FolderClips::Trash`], its clips (their files to the
    /// trash, undoable: `Deletes::undo`); the clips left go back to Unfiled. `None`: no
    /// such folder. Blocking: it touches the disk.
    pub fn delete_with(&self, id: &str, clips: FolderClips) -> Option<Deleted> {
        self.get(id)?;
        let deleted = match clips {
            FolderClips::Unfile => None,
            FolderClips::Trash => {
                let inside: Vec<JobId> = self.engine.inner.hub.read(|s| {
                    s.iter()
                        .filter(|j| j.folder_id.as_deref() == Some(id))
                        .map(|j| j.id.clone())
                        .collect()
                });
                self.engine.deletes().delete(&inside, false).ok()
            }
        };
        self.delete(id).then(|| {
            deleted.unwrap_or(Deleted {
                undo: 0,
                removed: vec![],
                trashed: 0,
                kept: vec![],
                problem: None,
                text: None,
            })
        })
    }

    /// Delete a folder; its jobs go back to Unfiled (`JobUpdated` for each), never deleted.
    pub fn delete(&self, id: &str) -> bool {
        let hub = &self.engine.inner.hub;
        hub.mutate(|store, batch| match store.delete_folder(id) {
            Some(moved) => {
                batch.dirty();
                follow(store, batch, hub.library(), moved);
                true
            }
            None => false,
        })
    }

    /// Move jobs into a folder (`None`: Unfiled), their saved files with them; `JobUpdated`
    /// per moved job. Answers the moved jobs as they leave the engine (with their files).
    pub fn move_jobs(&self, ids: &[JobId], folder: Option<FolderId>) -> Vec<Job> {
        let hub = &self.engine.inner.hub;
        let moved = hub.mutate(|store, batch| {
            let moved = store.move_jobs(ids, folder);
            follow(store, batch, hub.library(), moved)
        });
        moved.into_iter().map(|j| hub.view(j)).collect()
    }

    /// Create the server bucket of every folder that has none (background).
    pub fn sync(&self) {
        for f in self.list().into_iter().filter(|f| f.remote_id.is_none()) {
            self.spawn_sync(f.id);
        }
    }

    fn spawn_sync(&self, folder_id: FolderId) {
        if self.engine.web().session().is_none() || !lock(self.syncing()).insert(folder_id.clone())
        {
            return;
        }
        let engine = self.engine.clone();
        tokio::spawn(async move {
            let folders = engine.folders();
            folders.sync_folder(&folder_id).await;
            lock(folders.syncing()).remove(&folder_id);
        });
    }

    /// Create one folder's server bucket, retrying a few times; stops as soon as there is
    /// no session, no folder, or a bucket.
    async fn sync_folder(self, folder_id: &str) {
        for (i, wait) in SYNC_ATTEMPTS.iter().enumerate() {
            tokio::time::sleep(*wait).await;
            let Some(session) = self.engine.web().session() else {
                return;
            };
            let Some(folder) = self.get(folder_id) else {
                return;
            };
            if folder.remote_id.is_some() {
                return;
            }
            match self
                .engine
                .inner
                .client
                .create_folder(&session, &folder.name)
                .await
            {
                Ok(remote) => {
                    tracing::info!(folder = folder_id, "folder synced to the server");
                    let updated = self.engine.inner.hub.mutate(|store, batch| {
                        let f = store.set_folder_remote_id(folder_id, remote.id);
                        if f.is_some() {
                            batch.dirty();
                        }
                        f
                    });
                    if let Some(folder) = updated {
                        self.engine
                            .inner
                            .hub
                            .emit(EngineEvent::FolderUpdated { folder });
                    }
                    return;
                }
                Err(e) => {
                    let expired = self.engine.web().refused(&e);
                    let will_retry = !expired && i + 1 < SYNC_ATTEMPTS.len();
                    let text = if expired {
                        Text::new("errors-folder-sync-expired")
                    } else {
                        e.text()
                    };
                    tracing::warn!(folder = folder_id, error = %e, will_retry, "folder sync failed");
                    let error = FolderSyncError {
                        folder_id: folder_id.to_string(),
                        name: folder.name,
                        message: text.english(),
                        will_retry,
                        text: Some(text),
                    };
                    self.engine
                        .inner
                        .hub
                        .emit(EngineEvent::FolderSyncFailed { error });
                    if !will_retry {
                        return;
                    }
                }
            }
        }
    }
}
