//! The deletes service: clips deleted for real, and undone. Deleting a clip sends its
//! saved file to the system trash (`Library::trash`) and removes its card (the id is
//! remembered, so history does not bring it back); "remove from the library only" removes
//! the card and keeps the file. Several clips go in one call, one store change and one
//! index save (the bulk "Delete rejected").
//!
//! Every delete is held for [`Deletes::undo`] — the jobs as they were, the trashed files,
//! the kept files' entries — under a number the UI's toast keeps; the last [`HELD`]
//! deletes are held. Undo puts the files back where they were (on macOS the Trash cannot
//! be read back: the card comes back, its file stays in the Trash for the Finder's "Put
//! Back", and the answer says so), brings the cards back, and moves each file into its
//! card's folder (a folder deleted meanwhile: Unfiled).

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::folders::library_sub;
use super::{lock, Engine, EngineEvent};
use crate::error_code::MissingJob;
use crate::library::{TrashError, Trashed};
use crate::model::{Job, JobId};
use crate::Text;

/// How many deletes can still be undone.
pub const HELD: usize = 16;

/// What one delete did; `undo` names it for [`Deletes::undo`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct Deleted {
    /// The number that undoes this delete (0: nothing was deleted).
    pub undo: u32,
    /// The cards removed.
    pub removed: Vec<JobId>,
    /// How many of their files went to the trash.
    pub trashed: u32,
    /// The clips kept because their file could not go to the trash.
    pub kept: Vec<JobId>,
    /// Why (the first refusal's sentence), or `None`.
    pub problem: Option<String>,
    /// `problem` as a catalog message (not sent: the shell words it, `worded`).
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub text: Option<Text>,
}

/// What becomes of a deleted folder's clips.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum FolderClips {
    /// Back to Unfiled, files and all.
    Unfile,
    /// Deleted with the folder: their files to the trash (undoable).
    Trash,
}

/// What undoing a delete brought back.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct Undone {
    /// The cards, as they leave the engine.
    pub jobs: Vec<Job>,
    /// A sentence when a file could not come back (its card is back without it).
    pub problem: Option<String>,
    /// `problem` as a catalog message (not sent: the shell words it, `worded`).
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub text: Option<Text>,
}

macro_rules! worded_problem {
    ($($answer:ty),*) => {$(
        impl $answer {
            /// The answer with its `problem` in `lang`'s words.
            pub fn worded(mut self, lang: &ulazai_i18n::Localizer) -> Self {
                if let Some(text) = &self.text {
                    self.problem = Some(text.render(lang));
                }
                self
            }
        }
    )*};
}
worded_problem!(Deleted, Undone);

struct Held {
    undo: u32,
    jobs: Vec<Job>,
    trashed: Vec<Trashed>,
    /// Files kept on disk ("remove from library only"): job, file, length.
    kept: Vec<(JobId, PathBuf, Option<f64>)>,
}

/// What only the deletes service keeps.
#[derive(Default)]
pub(super) struct DeletesState {
    held: Mutex<VecDeque<Held>>,
    next: Mutex<u32>,
}

/// Deleting clips (`Engine::deletes`).
#[derive(Clone, Copy)]
pub struct Deletes<'a> {
    engine: &'a Engine,
}

impl<'a> Deletes<'a> {
    pub(super) fn of(engine: &'a Engine) -> Deletes<'a> {
        Deletes { engine }
    }

    fn state(&self) -> &'a DeletesState {
        &self.engine.inner.deletes
    }

    /// Delete the clips `ids`: their files to the trash (`keep_files`: left on disk and
    /// forgotten), their cards removed. All ids must be known (else nothing changes). A
    /// clip whose file the trash refuses keeps its card (`kept`, `problem`). Blocking: it
    /// touches the disk.
    pub fn delete(&self, ids: &[JobId], keep_files: bool) -> Result<Deleted, MissingJob> {
        let hub = &self.engine.inner.hub;
        if ids.iter().any(|id| hub.job(id).is_none()) {
            return Err(MissingJob);
        }
        let mut ids: Vec<JobId> = ids.to_vec();
        ids.dedup();
        let library = hub.library();
        let (trashed, failed, kept) = if keep_files {
            let kept: Vec<_> = ids
                .iter()
                .filter_map(|id| Some((id.clone(), library.file(id)?, library.seconds(id))))
                .collect();
            for (id, ..) in &kept {
                library.forget(id);
            }
            (Vec::new(), Vec::new(), kept)
        } else {
            let (done, failed) = library.trash(&ids);
            (done, failed, Vec::new())
        };
        let refused: Vec<JobId> = failed.iter().map(|(id, _)| id.clone()).collect();
        let jobs: Vec<Job> = hub.mutate(|store, batch| {
            ids.iter()
                .filter(|id| !refused.contains(id))
                .filter_map(|id| {
                    let job = store.remove(id)?;
                    batch.emit(EngineEvent::JobRemoved { job_id: id.clone() });
                    Some(job)
                })
                .collect()
        });
        for job in &jobs {
            self.engine.inner.poller.untrack(&job.id);
        }
        let undo = if jobs.is_empty() {
            0
        } else {
            self.hold(jobs.clone(), trashed.clone(), kept)
        };
        Ok(Deleted {
            undo,
            removed: jobs.into_iter().map(|j| j.id).collect(),
            trashed: trashed.len() as u32,
            kept: refused,
            problem: failed.first().map(|(_, e)| e.to_string()),
            text: failed.first().map(|(_, e)| e.text()),
        })
    }

    fn hold(
        &self,
        jobs: Vec<Job>,
        trashed: Vec<Trashed>,
        kept: Vec<(JobId, PathBuf, Option<f64>)>,
    ) -> u32 {
        let undo = {
            let mut next = lock(&self.state().next);
            *next = next.wrapping_add(1).max(1);
            *next
        };
        let mut held = lock(&self.state().held);
        held.push_back(Held {
            undo,
            jobs,
            trashed,
            kept,
        });
        while held.len() > HELD {
            held.pop_front();
        }
        undo
    }

    /// Undo the delete `undo`: files back where they were, cards back, each file into its
    /// card's folder. `None`: nothing held under that number (undone already, or too old).
    /// Blocking: it touches the disk.
    pub fn undo(&self, undo: u32) -> Option<Undone> {
        let held = {
            let mut all = lock(&self.state().held);
            let at = all.iter().position(|h| h.undo == undo)?;
            all.remove(at)?
        };
        let hub = &self.engine.inner.hub;
        let library = hub.library();
        let mut problem = None;
        for (t, answer) in held.trashed.iter().zip(library.restore(&held.trashed)) {
            if let Err(e) = answer {
                tracing::warn!(job = %t.job_id, error = %e, "a trashed clip could not come back");
                if e != TrashError::NotRestorable || problem.is_none() {
                    problem = Some(e.text());
                }
            }
        }
        for (id, file, seconds) in &held.kept {
            library.record(id, file);
            if let Some(s) = seconds {
                library.set_seconds(id, *s);
            }
        }
        let (jobs, subs) = hub.mutate(|store, batch| {
            let mut subs = Vec::new();
            let mut back = Vec::new();
            for mut job in held.jobs {
                if job
                    .folder_id
                    .as_deref()
                    .is_some_and(|f| store.folder(f).is_none())
                {
                    job.folder_id = None;
                }
                if store.insert(job.clone()) {
                    subs.push((job.id.clone(), library_sub(store, job.folder_id.as_deref())));
                    back.push(job);
                }
            }
            batch.dirty();
            (back, subs)
        });
        library.relocate_all(&subs);
        for job in &jobs {
            if job.needs_polling() {
                let age = crate::poll::schedule::age_since(job.created_at.as_deref());
                self.engine.inner.poller.track(job.id.clone(), age);
            }
            hub.emit(EngineEvent::JobCreated { job: job.clone() });
        }
        Some(Undone {
            jobs: jobs.into_iter().map(|j| hub.view(j)).collect(),
            problem: problem.as_ref().map(Text::english),
            text: problem,
        })
    }
}
