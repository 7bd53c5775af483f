//! The creator's own organisation of the cards: folders, merge records, jobs added from
//! elsewhere, and the "already notified" marks. Local-first; every change is persisted.
//!
//! With a web session, every folder also gets its server bucket
//! (`POST /video-studio/api/folders/`): created in the background, retried a few times,
//! a failure shown (`FolderSyncFailed`) and never blocking the folder. Folders still
//! without a bucket are synced again when a session is set.
//!
//! A saved clip's file lives in its folder's sub-folder of the library and moves with
//! the card (moved, its folder renamed or deleted): `Library::relocate`.

use std::time::Duration;

use super::hub::Batch;
use super::EngineEvent;
use super::{lock, Engine};
use crate::library::{folder_dir_name, Library};
use crate::model::{Folder, FolderId, FolderSyncError, Job, JobId, MergeRecord};
use crate::poll::schedule::age_since;
use crate::store::Store;

/// The library sub-folder of the folder `id` (`None` or a folder that is gone: Unfiled).
pub(super) fn library_sub(store: &Store, id: Option<&str>) -> String {
    folder_dir_name(id.and_then(|f| store.folder(f)).map(|f| f.name.as_str()))
}

/// The jobs have changed folder: their saved files follow (before the events go out, so
/// that each `JobUpdated` names the file where it is now).
fn follow(store: &Store, batch: &mut Batch, library: &Library, jobs: Vec<Job>) -> Vec<Job> {
    for job in &jobs {
        library.relocate(&job.id, &library_sub(store, job.folder_id.as_deref()));
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

impl Engine {
    pub fn folders(&self) -> Vec<Folder> {
        self.inner.hub.read(|s| s.folders())
    }

    /// A new local folder; with a web session its server bucket follows (background).
    pub fn create_folder(&self, name: &str) -> Folder {
        let folder = self.inner.hub.mutate(|store, batch| {
            batch.dirty();
            store.create_folder(name)
        });
        self.spawn_sync(folder.id.clone());
        folder
    }

    /// Rename a folder; its saved clips' files move to the new name's sub-folder.
    pub fn rename_folder(&self, id: &str, name: &str) -> Option<Folder> {
        let hub = &self.inner.hub;
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

    /// Delete a folder; its jobs go back to Unfiled (`JobUpdated` for each), never deleted.
    pub fn delete_folder(&self, id: &str) -> bool {
        let hub = &self.inner.hub;
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
        let hub = &self.inner.hub;
        let moved = hub.mutate(|store, batch| {
            let moved = store.move_jobs(ids, folder);
            follow(store, batch, hub.library(), moved)
        });
        moved.into_iter().map(|j| hub.view(j)).collect()
    }

    /// Create the server bucket of every folder that has none (background).
    pub fn sync_folders(&self) {
        for f in self.folders().into_iter().filter(|f| f.remote_id.is_none()) {
            self.spawn_sync(f.id);
        }
    }

    fn spawn_sync(&self, folder_id: FolderId) {
        if self.web_session().is_none() || !lock(&self.inner.syncing).insert(folder_id.clone()) {
            return;
        }
        let engine = self.clone();
        tokio::spawn(async move {
            engine.sync_folder(&folder_id).await;
            lock(&engine.inner.syncing).remove(&folder_id);
        });
    }

    /// Create one folder's server bucket, retrying a few times; stops as soon as there is
    /// no session, no folder, or a bucket.
    async fn sync_folder(&self, folder_id: &str) {
        for (i, wait) in SYNC_ATTEMPTS.iter().enumerate() {
            tokio::time::sleep(*wait).await;
            let Some(session) = self.web_session() else {
                return;
            };
            let Some(folder) = self.folders().into_iter().find(|f| f.id == folder_id) else {
                return;
            };
            if folder.remote_id.is_some() {
                return;
            }
            match self
                .inner
                .client
                .create_folder(&session, &folder.name)
                .await
            {
                Ok(remote) => {
                    tracing::info!(folder = folder_id, "folder synced to the server");
                    let updated = self.inner.hub.mutate(|store, batch| {
                        let f = store.set_folder_remote_id(folder_id, remote.id);
                        if f.is_some() {
                            batch.dirty();
                        }
                        f
                    });
                    if let Some(folder) = updated {
                        self.inner.hub.emit(EngineEvent::FolderUpdated { folder });
                    }
                    return;
                }
                Err(e) => {
                    let expired = self.session_refused(&e);
                    let will_retry = !expired && i + 1 < SYNC_ATTEMPTS.len();
                    let message = if expired {
                        "The web session has expired: the folder is kept here and will be created on ulazai.com when you reconnect.".to_string()
                    } else {
                        e.user_message()
                    };
                    tracing::warn!(folder = folder_id, error = %e, will_retry, "folder sync failed");
                    let error = FolderSyncError {
                        folder_id: folder_id.to_string(),
                        name: folder.name,
                        message,
                        will_retry,
                    };
                    self.inner.hub.emit(EngineEvent::FolderSyncFailed { error });
                    if !will_retry {
                        return;
                    }
                }
            }
        }
    }

    pub fn merges(&self) -> Vec<MergeRecord> {
        self.inner.hub.read(|s| s.merges())
    }

    /// Add a job the app did not generate itself (e.g. a merge output): `JobCreated`, and
    /// polled like any other. A job id already known is ignored.
    pub fn add_external_job(&self, job: Job) {
        let (id, age, poll) = (
            job.id.clone(),
            age_since(job.created_at.as_deref()),
            job.needs_polling(),
        );
        let added = self.inner.hub.mutate(|store, batch| {
            let added = store.insert(job.clone());
            if added {
                batch.emit(EngineEvent::JobCreated { job });
            }
            added
        });
        if added && poll {
            self.inner.poller.track(id, age);
        }
    }

    /// Add (or replace, by id) a merge record.
    pub fn record_merge(&self, rec: MergeRecord) {
        self.inner.hub.mutate(|store, batch| {
            batch.dirty();
            store.record_merge(rec);
        })
    }

    /// Remember that the shell notified about this job. True if it was not marked before.
    pub fn mark_notified(&self, id: &str) -> bool {
        self.inner.hub.mutate(|store, batch| {
            let new = store.mark_notified(id);
            if new {
                batch.dirty();
            }
            new
        })
    }

    pub fn is_notified(&self, id: &str) -> bool {
        self.inner.hub.read(|s| s.is_notified(id))
    }
}
