//! The curation service: a creator's marks on clips — pick / reject and 1 to 5 stars
//! (`store::curation`). Local and saved with the jobs; each changed job goes out as
//! `JobUpdated`, so the UI's store follows.

use super::{Engine, EngineEvent};
use crate::model::{Job, JobId};
use crate::store::curation::{Marks, MarksError};

/// The marks on one engine's clips (`Engine::curation`).
#[derive(Clone, Copy)]
pub struct Curation<'a> {
    engine: &'a Engine,
}

impl<'a> Curation<'a> {
    pub(super) fn of(engine: &'a Engine) -> Curation<'a> {
        Curation { engine }
    }

    /// Set `marks` on the clips `ids` in one change (one save, a `JobUpdated` per clip
    /// whose marks changed), all or none: an unknown id changes nothing (`MissingJob`).
    /// Answers every named clip as it leaves the engine, in the order given.
    pub fn set_marks(&self, ids: &[JobId], marks: Marks) -> Result<Vec<Job>, MarksError> {
        let hub = &self.engine.inner.hub;
        let jobs = hub.mutate(|store, batch| {
            for job in store.set_marks(ids, marks)? {
                batch.emit(EngineEvent::JobUpdated { job });
            }
            Ok::<_, MarksError>(
                ids.iter()
                    .filter_map(|id| store.job(id).cloned())
                    .collect::<Vec<Job>>(),
            )
        })?;
        Ok(jobs.into_iter().map(|j| hub.view(j)).collect())
    }
}
