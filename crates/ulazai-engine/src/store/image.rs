//! The store as the engine hands it to a save and gets it from a load: [`StoreImage`].

use std::sync::Arc;

use super::persist::Snapshot;
use crate::model::Job;

/// The store as a save takes it and a load gives it: the jobs shared with the store
/// (`Arc`: a save copies no job, and a store that changes a job makes it a new one), the
/// rest as in a [`Snapshot`] (whose `jobs` stays empty here).
#[derive(Debug, Clone, Default)]
pub struct StoreImage {
    /// Newest first, as the store keeps them.
    pub jobs: Vec<Arc<Job>>,
    pub rest: Snapshot,
}

impl StoreImage {
    /// The whole snapshot, every job copied (the JSON file, the tests).
    pub fn into_snapshot(self) -> Snapshot {
        let mut snap = self.rest;
        snap.jobs = self.jobs.iter().map(|j| Job::clone(j)).collect();
        snap
    }

    /// The same as a snapshot, without giving it up.
    pub fn to_snapshot(&self) -> Snapshot {
        self.clone().into_snapshot()
    }
}

impl From<Snapshot> for StoreImage {
    fn from(mut snap: Snapshot) -> StoreImage {
        let jobs = std::mem::take(&mut snap.jobs)
            .into_iter()
            .map(Arc::new)
            .collect();
        StoreImage { jobs, rest: snap }
    }
}
