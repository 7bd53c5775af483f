//! Takes of a shot: the clips of one generate request, and the retries, Edit & retries and
//! variations made from one of them, share a shot (named by its first clip); each later
//! take knows the clip it was made from. Local marks, kept like the creator's flags.

use super::{now_rfc3339, Store};
use crate::model::{Job, JobId};

/// Which shot new clips join, and the clip they were made from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Take {
    pub shot: JobId,
    pub take_of: Option<JobId>,
}

impl Store {
    /// The take new clips made from `take_of` are (their origin's shot; the origin itself
    /// names it when it has left the store), or a new shot named by `first`.
    pub fn take_for(&self, take_of: Option<&str>, first: &str) -> Take {
        match take_of {
            Some(origin) => Take {
                shot: self.job(origin).map_or(origin, Job::shot_id).to_string(),
                take_of: Some(origin.to_string()),
            },
            None => Take {
                shot: first.to_string(),
                take_of: None,
            },
        }
    }

    /// Make a job a take of `take.shot` when it is in no shot yet (a shot, once given,
    /// stays). Answers the job when this changed it.
    pub fn join_shot(&mut self, id: &str, take: &Take) -> Option<Job> {
        if self.job(id)?.shot.is_some() {
            return None;
        }
        let job = self.job_mut(id)?;
        job.shot = Some(take.shot.clone());
        job.take_of = take.take_of.clone();
        job.updated_at = now_rfc3339();
        Some(job.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::RemoteJob;
    use crate::model::GenerateParams;
    use crate::store::tests::remote;

    fn started(store: &mut Store, id: &str) {
        let params = GenerateParams {
            model_slug: "veo31_fast".into(),
            prompt: "a fox".into(),
            ..Default::default()
        };
        store.insert(Job::started(id, &params, "2026-12-06T10:00:00Z"));
    }

    #[test]
    fn a_take_joins_its_origins_shot_and_keeps_it_through_server_answers() {
        let mut store = Store::new();
        started(&mut store, "a");
        started(&mut store, "b");
        let first = store.take_for(None, "a");
        assert_eq!(first.shot, "a");
        assert_eq!(first.take_of, None);
        assert!(store.join_shot("a", &first).is_some());
        assert!(store.join_shot("b", &first).is_some());
        // A retry of b: a take of a's shot, made from b.
        let retry = store.take_for(Some("b"), "c");
        assert_eq!(retry.shot, "a");
        assert_eq!(retry.take_of.as_deref(), Some("b"));
        started(&mut store, "c");
        assert!(store.join_shot("c", &retry).is_some());
        assert!(
            store.join_shot("c", &first).is_none(),
            "a shot, once given, stays"
        );
        // An origin no longer in the store names the shot itself.
        let orphan = store.take_for(Some("gone"), "d");
        assert_eq!(orphan.shot, "gone");
        store.apply_remote(&RemoteJob {
            result_urls: vec!["https://example.com/c.mp4".into()],
            credits_charged: Some(100),
            ..remote("c", "completed")
        });
        let c = store.job("c").unwrap();
        assert_eq!(
            (c.shot.as_deref(), c.take_of.as_deref()),
            (Some("a"), Some("b")),
            "a server answer keeps them"
        );
        let back = Store::from_snapshot(store.snapshot());
        let c = back.job("c").unwrap();
        assert_eq!(
            (c.shot.as_deref(), c.take_of.as_deref()),
            (Some("a"), Some("b"))
        );
        assert_eq!(back.job("a").unwrap().take_of, None);
    }
}
