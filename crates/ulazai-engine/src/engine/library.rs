//! The creator's own organisation of the cards: folders, merge records, jobs added from
//! elsewhere, and the "already notified" marks. Local-first; every change is persisted.

use super::Engine;
use crate::model::{EngineEvent, Folder, FolderId, Job, JobId, MergeRecord};
use crate::poll::schedule::age_since;

impl Engine {
    pub fn folders(&self) -> Vec<Folder> {
        self.inner.hub.read(|s| s.folders())
    }

    pub fn create_folder(&self, name: &str) -> Folder {
        self.inner.hub.mutate(|store, batch| {
            batch.dirty();
            store.create_folder(name)
        })
    }

    pub fn rename_folder(&self, id: &str, name: &str) -> Option<Folder> {
        self.inner.hub.mutate(|store, batch| {
            let folder = store.rename_folder(id, name);
            if folder.is_some() {
                batch.dirty();
            }
            folder
        })
    }

    /// Delete a folder; its jobs go back to Unfiled (`JobUpdated` for each), never deleted.
    pub fn delete_folder(&self, id: &str) -> bool {
        self.inner
            .hub
            .mutate(|store, batch| match store.delete_folder(id) {
                Some(moved) => {
                    batch.dirty();
                    moved
                        .into_iter()
                        .for_each(|job| batch.emit(EngineEvent::JobUpdated { job }));
                    true
                }
                None => false,
            })
    }

    /// Move jobs into a folder (`None`: Unfiled); `JobUpdated` per moved job.
    pub fn move_jobs(&self, ids: &[JobId], folder: Option<FolderId>) -> Vec<Job> {
        self.inner.hub.mutate(|store, batch| {
            let moved = store.move_jobs(ids, folder);
            moved
                .iter()
                .for_each(|job| batch.emit(EngineEvent::JobUpdated { job: job.clone() }));
            moved
        })
    }

    pub fn set_folder_remote_id(&self, id: &str, remote_id: String) {
        self.inner.hub.mutate(|store, batch| {
            if store.set_folder_remote_id(id, remote_id).is_some() {
                batch.dirty();
            }
        })
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
