//! A job's place in an imported prompt list (the grid's storyboard order), given as the
//! queue submits the list's line — also to a job a history reload found first.

use super::{now_rfc3339, Store};
use crate::model::{Job, StoryboardPlace};

impl Store {
    /// Give a job its storyboard place when it has none (a place, once given, stays).
    /// Answers the job when this changed it.
    pub fn place_on_storyboard(&mut self, id: &str, place: &StoryboardPlace) -> Option<Job> {
        if self.job(id)?.storyboard.is_some() {
            return None;
        }
        let job = self.job_mut(id)?;
        job.storyboard = Some(place.clone());
        job.updated_at = now_rfc3339();
        Some(job.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{GenerateParams, JobOrigin};

    #[test]
    fn a_place_is_given_once_and_kept_through_server_answers() {
        let mut store = Store::new();
        let params = GenerateParams {
            model_slug: "veo31_fast".into(),
            prompt: "Shot 4".into(),
            ..Default::default()
        };
        store.insert(Job::started("j", &params, "2026-12-06T10:00:00Z"));
        let line = |line| StoryboardPlace {
            list: Some("storyboard.csv".into()),
            line,
        };
        assert!(store.place_on_storyboard("j", &line(4)).is_some());
        assert!(store.place_on_storyboard("j", &line(9)).is_none(), "kept");
        assert!(store.place_on_storyboard("unknown", &line(1)).is_none());
        let remote = crate::api::RemoteJob {
            job_id: "j".into(),
            status: crate::model::JobStatus::Completed,
            model_slug: None,
            mode: None,
            prompt: None,
            result_urls: vec![],
            credits_charged: Some(100),
            credits_refunded: None,
            error_message: None,
            provider_meta: None,
            created_at: None,
            completed_at: None,
        };
        store.apply_remote(&remote);
        let job = store.job("j").unwrap();
        assert_eq!(job.storyboard, Some(line(4)), "a server answer keeps it");
        assert_eq!(job.origin, JobOrigin::App);
        // Saved and read back with the store.
        let back = Store::from_snapshot(store.snapshot());
        assert_eq!(back.job("j").unwrap().storyboard, Some(line(4)));
    }
}
