//! What the clips that left the library were charged: a removed or deleted clip was paid
//! for all the same, so credits spent today and this week keep its charge (the server's
//! record of charges does), while the library's own figures lose it. Kept for
//! [`KEEP_DAYS`] (a week is the longest span the figures cover); a clip put back (undo)
//! takes its charge with it.

use chrono::{DateTime, TimeDelta, Utc};

use super::Store;
use crate::model::Job;
use crate::spending::Paid;

/// How long a gone clip's charge is kept: longer than any week.
const KEEP_DAYS: i64 = 8;

impl Store {
    /// The charges of clips that left the library.
    pub fn paid(&self) -> &[Paid] {
        &self.paid
    }

    /// `job` leaves the library: its charge stays counted (and charges too old to count
    /// are dropped).
    pub(super) fn keep_paid(&mut self, job: &Job) {
        let oldest = Utc::now() - TimeDelta::days(KEEP_DAYS);
        self.paid.retain(|p| {
            p.job_id != job.id
                && DateTime::parse_from_rfc3339(p.at.trim()).is_ok_and(|at| at >= oldest)
        });
        self.paid.extend(Paid::of(job));
    }

    /// `id` is in the library again: its charge is the job's once more.
    pub(super) fn unpaid(&mut self, id: &str) {
        self.paid.retain(|p| p.job_id != id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::JobStatus;
    use crate::store::now_rfc3339;

    fn charged(id: &str, credits: u32, created: String) -> Job {
        let mut job = Job::started(id, &Default::default(), &created);
        job.status = JobStatus::Completed;
        job.credits_charged = Some(credits);
        job.created_at = Some(created);
        job
    }

    #[test]
    fn a_gone_clip_keeps_its_charge_until_it_is_back_and_old_ones_go() {
        let mut store = Store::new();
        let long_ago = (Utc::now() - TimeDelta::days(30)).to_rfc3339();
        store.insert(charged("old", 50, long_ago));
        store.insert(charged("a", 100, now_rfc3339()));
        let mut refunded = charged("r", 100, now_rfc3339());
        refunded.credits_refunded = Some(true);
        store.insert(refunded);
        for id in ["old", "a", "r"] {
            store.remove(id);
        }
        // The old charge went when the next one came; a refunded clip cost nothing.
        assert_eq!(
            store
                .paid()
                .iter()
                .map(|p| (p.job_id.as_str(), p.credits))
                .collect::<Vec<_>>(),
            [("a", 100)]
        );
        let back = store.snapshot();
        assert_eq!(Store::from_snapshot(back).paid(), store.paid(), "saved");
        store.insert(charged("a", 100, now_rfc3339()));
        assert!(
            store.paid().is_empty(),
            "back in the library: counted as a job again"
        );
    }
}
