//! One polling round of the scheduler: which requests it sends for the jobs that are
//! due, each one first passing the budget ([`super::budget`]).

use std::collections::HashSet;

use tokio::time::Instant;

use super::budget::{naive_checks, next_naive_check, split_charge};
use super::scheduler::Scheduler;
use crate::api::ApiError;
use crate::model::JobId;

impl Scheduler {
    /// Poll every job due at or before `limit`. `manual`: the creator asked (not charged
    /// to the jobs; the per-user cap still applies).
    pub(super) async fn poll_due(&mut self, limit: Instant, manual: bool) {
        let mut due: Vec<(Instant, JobId)> = self
            .jobs
            .iter()
            .filter(|(_, e)| e.due <= limit)
            .map(|(k, e)| (e.due, k.clone()))
            .collect();
        due.sort();
        let due: Vec<JobId> = due.into_iter().map(|(_, id)| id).collect();
        self.sharing = self.in_window(Instant::now());
        match due.len() {
            0 => {}
            1 => self.poll_status(&due[0], manual).await,
            _ => self.poll_history(due, manual).await,
        }
    }

    /// How many jobs are in (or about to enter) their completion windows: they are
    /// refreshed by the same reads and share their cost.
    fn in_window(&self, now: Instant) -> usize {
        let slack = self.policy.coalesce_window;
        self.jobs
            .values()
            .filter(|e| {
                e.window.is_some_and(|w| {
                    let age = now.saturating_duration_since(e.born).as_secs_f64();
                    age + slack.as_secs_f64() >= w.open_secs && age < w.close_secs
                })
            })
            .count()
            .max(1)
    }

    /// The job's credit now: naive checks by its age minus what it was charged.
    fn credit(&self, id: &str, now: Instant) -> f64 {
        self.jobs.get(id).map_or(0.0, |e| {
            naive_checks(&self.policy, now.saturating_duration_since(e.born)) - e.charged
        })
    }

    /// The budget for one request sent for `for_jobs` (none: the creator's or the
    /// start-up's own request). When allowed, records it against the cap and charges the
    /// jobs; when not, moves the jobs to when it will be allowed and returns false.
    pub(super) fn spend(&mut self, for_jobs: &[JobId], manual: bool) -> bool {
        let now = Instant::now();
        let free = self.cap.free_at(now);
        if free > now {
            for id in for_jobs {
                if let Some(e) = self.jobs.get_mut(id) {
                    e.due = e.due.max(free);
                }
            }
            return false;
        }
        if !manual && !for_jobs.is_empty() {
            let credits: Vec<f64> = for_jobs.iter().map(|id| self.credit(id, now)).collect();
            let Some(charges) = split_charge(&credits) else {
                for id in for_jobs {
                    if let Some(e) = self.jobs.get_mut(id) {
                        let age = now.saturating_duration_since(e.born);
                        e.due = e.born + next_naive_check(&self.policy, age);
                    }
                }
                return false;
            };
            for (id, charge) in for_jobs.iter().zip(charges) {
                if let Some(e) = self.jobs.get_mut(id) {
                    e.charged += charge;
                }
            }
        }
        self.cap.record(now);
        true
    }

    /// Refresh `wanted` with history pages, then `status` for those history did not list.
    async fn poll_history(&mut self, wanted: Vec<JobId>, manual: bool) {
        let mut missing: HashSet<JobId> = wanted.iter().cloned().collect();
        let limit = self.policy.history_page.clamp(1, 100);
        for page in 0..self.policy.max_history_pages.max(1) {
            // Every page of the round is charged to the round's jobs together.
            if !self.spend(&wanted, manual) {
                return;
            }
            let list = match self.client.history(limit, page * limit).await {
                Ok(list) => list,
                Err(e) => return self.failed(e),
            };
            self.gate.succeeded(&*self.sink);
            for remote in &list {
                self.eta.observe(remote);
                missing.remove(&remote.job_id);
                if self.jobs.contains_key(&remote.job_id) {
                    self.apply_tracked(remote);
                }
            }
            if missing.is_empty() || (list.len() as u32) < limit {
                break;
            }
        }
        for id in wanted.iter().filter(|id| missing.contains(*id)) {
            if !self.jobs.contains_key(id) {
                continue;
            }
            self.poll_status(id, manual).await;
            if !self.gate.is_open(Instant::now()) {
                return;
            }
        }
    }

    async fn poll_status(&mut self, id: &str, manual: bool) {
        if !self.spend(&[id.to_string()], manual) {
            return;
        }
        match self.client.status(id).await {
            Ok(mut remote) => {
                self.gate.succeeded(&*self.sink);
                if remote.job_id != id {
                    tracing::warn!(asked = id, got = %remote.job_id, "status answered for another job id");
                    remote.job_id = id.to_string();
                }
                self.eta.observe(&remote);
                self.apply_tracked(&remote);
            }
            Err(ApiError::NotFound { .. }) => {
                self.gate.succeeded(&*self.sink);
                self.jobs.remove(id);
                self.sink.unknown_to_server(id);
            }
            Err(e) => self.failed(e),
        }
    }
}
