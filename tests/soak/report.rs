//! The soak's comparison: the app's stored jobs (`jobs.db` in its data dir) against the
//! simulator's own record of jobs and requests, and the figures the issue asks for.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::time::{Duration, Instant};

use ulazai_sim::{SimHandle, SimJobInfo};

use super::app::Kill;
use super::submit::{Outcome, User};
use super::Plan;

/// A request arriving this soon after a job's terminal time may still have seen it running
/// (the fault latency delays handling).
const TERMINAL_MARGIN_SECS: f64 = 0.25;

/// (id → status) of every job in the app's persisted store.
pub use ulazai_testkit::store::stored_statuses as stored_jobs;

fn status_of(j: &SimJobInfo) -> String {
    serde_json::to_value(j.status)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

fn terminal(status: &str) -> bool {
    status == "completed" || status == "failed"
}

/// Wait until every server job is terminal and stored by the app with the same status;
/// the moment it happened, or `None` after `within`.
pub async fn wait_converged(sim: &SimHandle, data_dir: &Path, within: Duration) -> Option<Instant> {
    let until = Instant::now() + within;
    loop {
        let app = stored_jobs(data_dir);
        let done = sim.jobs().iter().all(|j| {
            let s = status_of(j);
            terminal(&s) && app.get(&j.job_id) == Some(&s)
        });
        if done {
            return Some(Instant::now());
        }
        if Instant::now() > until {
            return None;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

#[derive(Debug, Clone)]
pub struct Report {
    pub seed: u64,
    pub batches: usize,
    pub jobs_submitted: u32,
    /// Generate commands invoked in all (a second try of a batch counts again).
    pub tries: u32,
    pub app_errors: BTreeMap<String, u32>,
    pub batches_killed_in_flight: usize,
    /// Jobs of batches that died with the app before the server received them.
    pub jobs_never_sent: u32,
    pub batches_given_up: Vec<String>,
    pub server_created: usize,
    pub app_knows: usize,
    /// In the app's store but not on the server.
    pub app_only: usize,
    pub lost: Vec<String>,
    /// Server jobs beyond what their batch asked for (created by a resend).
    pub duplicates: usize,
    pub wrong_states: Vec<String>,
    pub polled_after_terminal: usize,
    pub api_requests: usize,
    pub poll_requests: usize,
    pub job_minutes: f64,
    pub kills: Vec<Kill>,
    /// Generate requests the client hung up on (the app killed before the answer).
    pub generates_cut_by_kill: usize,
    pub converged_after: Option<Duration>,
    pub run_secs: f64,
}

impl Report {
    pub fn build(
        plan: &Plan,
        sim: &SimHandle,
        data_dir: &Path,
        user: &User,
        kills: Vec<Kill>,
        converged_after: Option<Duration>,
        started: Instant,
    ) -> Report {
        let jobs = sim.jobs();
        let app = stored_jobs(data_dir);
        let stats = sim.stats();

        let mut by_prompt: HashMap<&str, usize> = HashMap::new();
        for j in &jobs {
            *by_prompt.entry(j.prompt.as_str()).or_default() += 1;
        }
        let duplicates = user
            .batches
            .iter()
            .map(|b| {
                by_prompt
                    .get(b.prompt.as_str())
                    .copied()
                    .unwrap_or(0)
                    .saturating_sub(b.count as usize)
            })
            .sum::<usize>()
            + jobs
                .iter()
                .filter(|j| !user.batches.iter().any(|b| b.prompt == j.prompt))
                .count();

        let lost: Vec<String> = jobs
            .iter()
            .filter(|j| !app.contains_key(&j.job_id))
            .map(|j| format!("{} ({})", j.job_id, j.prompt))
            .collect();
        let wrong_states: Vec<String> = jobs
            .iter()
            .filter_map(|j| {
                let want = status_of(j);
                let got = app.get(&j.job_id)?;
                (got != &want).then(|| format!("{}: app {got}, server {want}", j.job_id))
            })
            .collect();
        let app_only = app
            .keys()
            .filter(|id| !jobs.iter().any(|j| &j.job_id == *id))
            .count();

        // Status polls of a job after an answer that showed it terminal.
        let first_history_after = |t: f64| {
            stats
                .log
                .iter()
                .filter(|r| r.endpoint == "history" && r.status == 200)
                .find(|r| r.sim_secs >= t + TERMINAL_MARGIN_SECS)
                .map(|r| r.seq)
        };
        let mut polled_after_terminal = 0;
        for j in &jobs {
            let t = j.terminal_sim_secs;
            let polls: Vec<_> = stats
                .log
                .iter()
                .filter(|r| r.endpoint == "status" && r.job_id.as_deref() == Some(&j.job_id))
                .collect();
            let by_status = polls
                .iter()
                .find(|r| r.status == 200 && r.sim_secs >= t + TERMINAL_MARGIN_SECS)
                .map(|r| r.seq);
            let told = match (by_status, first_history_after(t)) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            if let Some(told) = told {
                polled_after_terminal += polls.iter().filter(|r| r.seq > told).count();
            }
        }

        let api = ["generate", "status", "history", "models"];
        let api_requests = stats
            .log
            .iter()
            .filter(|r| api.contains(&r.endpoint.as_str()))
            .count();
        let poll_requests = stats
            .log
            .iter()
            .filter(|r| r.endpoint == "status" || r.endpoint == "history")
            .count();
        let job_minutes = jobs
            .iter()
            .map(|j| {
                let done = j.completes_real_unix_ms.unwrap_or(j.created_real_unix_ms);
                (done - j.created_real_unix_ms).max(0) as f64 / 60_000.0
            })
            .sum();
        let generates_cut_by_kill = stats
            .log
            .iter()
            .filter(|r| r.endpoint == "generate" && r.status == 499)
            .count();

        let mut app_errors = BTreeMap::new();
        for e in &user.errors {
            *app_errors.entry(e.clone()).or_insert(0) += 1;
        }
        Report {
            seed: plan.seed,
            batches: user.batches.len(),
            jobs_submitted: user.batches.iter().map(|b| b.count).sum(),
            tries: user.tries.iter().sum(),
            app_errors,
            batches_killed_in_flight: user
                .outcomes
                .iter()
                .filter(|o| **o == Outcome::KilledInFlight)
                .count(),
            jobs_never_sent: user
                .batches
                .iter()
                .zip(&user.outcomes)
                .filter(|(b, o)| {
                    **o == Outcome::KilledInFlight && !by_prompt.contains_key(b.prompt.as_str())
                })
                .map(|(b, _)| b.count)
                .sum(),
            batches_given_up: user
                .outcomes
                .iter()
                .filter_map(|o| match o {
                    Outcome::GaveUp(why) => Some(why.clone()),
                    _ => None,
                })
                .collect(),
            server_created: jobs.len(),
            app_knows: jobs.iter().filter(|j| app.contains_key(&j.job_id)).count(),
            app_only,
            lost,
            duplicates,
            wrong_states,
            polled_after_terminal,
            api_requests,
            poll_requests,
            job_minutes,
            kills,
            generates_cut_by_kill,
            converged_after,
            run_secs: started.elapsed().as_secs_f64(),
        }
    }

    /// lost 0, duplicates 0, wrong states 0, converged, and every kill done (the first
    /// one during a generate the server had started on).
    pub fn misses(&self, plan: &Plan) -> Vec<String> {
        let mut m = Vec::new();
        if !self.lost.is_empty() {
            m.push(format!("lost {}: {:?}", self.lost.len(), self.lost));
        }
        if self.duplicates > 0 {
            m.push(format!("duplicates {}", self.duplicates));
        }
        if !self.wrong_states.is_empty() {
            m.push(format!(
                "wrong terminal states {}: {:?}",
                self.wrong_states.len(),
                self.wrong_states
            ));
        }
        if self.app_only > 0 {
            m.push(format!(
                "{} job(s) in the app unknown to the server",
                self.app_only
            ));
        }
        if self.converged_after.is_none() {
            m.push(format!(
                "no convergence within {:?} of the faults' end",
                plan.converge_within
            ));
        }
        if self.kills.len() != plan.kills as usize {
            m.push(format!("{} of {} kills done", self.kills.len(), plan.kills));
        }
        if plan.kills > 0 && !self.kills.first().is_some_and(|k| k.during_generate) {
            m.push("the first kill did not land during a generate".into());
        }
        m
    }

    pub fn print(&self, plan: &Plan) {
        let secs = |d: Option<Duration>| {
            d.map_or("never".to_string(), |d| format!("{:.1} s", d.as_secs_f64()))
        };
        let kills: Vec<String> = self
            .kills
            .iter()
            .map(|k| {
                let what = if k.during_generate {
                    " (generate in flight)"
                } else {
                    ""
                };
                format!("{:.0} s{what}", k.at_secs)
            })
            .collect();
        println!();
        println!(
            "UlazAI Studio soak: {} jobs in {} batches, {} SIGKILL(s), seed {}, {:.0} s",
            self.jobs_submitted, self.batches, plan.kills, self.seed, self.run_secs
        );
        println!("| figure | value |");
        println!("|---|---|");
        let rows: Vec<(&str, String)> = vec![
            ("jobs submitted", self.jobs_submitted.to_string()),
            (
                "jobs whose batch died with the app before reaching the server",
                self.jobs_never_sent.to_string(),
            ),
            ("jobs the server created", self.server_created.to_string()),
            ("jobs the app knows", self.app_knows.to_string()),
            (
                "**lost** (on the server, unknown to the app)",
                self.lost.len().to_string(),
            ),
            (
                "**duplicates** (created by a resend)",
                self.duplicates.to_string(),
            ),
            (
                "**wrong terminal states**",
                self.wrong_states.len().to_string(),
            ),
            (
                "jobs in the app unknown to the server",
                self.app_only.to_string(),
            ),
            (
                "status polls after the job was seen terminal",
                self.polled_after_terminal.to_string(),
            ),
            (
                "poll requests per job-minute (status + history)",
                format!(
                    "{:.2} ({} over {:.1} job-min)",
                    self.poll_requests as f64 / self.job_minutes.max(1e-9),
                    self.poll_requests,
                    self.job_minutes
                ),
            ),
            (
                "all API requests per job-minute",
                format!(
                    "{:.2}",
                    self.api_requests as f64 / self.job_minutes.max(1e-9)
                ),
            ),
            (
                "time from the faults' end to convergence",
                secs(self.converged_after),
            ),
            ("SIGKILLs (seconds into the run)", kills.join(", ")),
            (
                "generate requests cut by a kill",
                self.generates_cut_by_kill.to_string(),
            ),
            (
                "generate commands invoked (a creator's retries included)",
                self.tries.to_string(),
            ),
            ("errors the app reported", format!("{:?}", self.app_errors)),
            (
                "batches in flight at a kill / given up",
                format!(
                    "{} / {}",
                    self.batches_killed_in_flight,
                    self.batches_given_up.len()
                ),
            ),
        ];
        for (k, v) in rows {
            println!("| {k} | {v} |");
        }
        for why in &self.batches_given_up {
            println!("  gave up on a batch: {why}");
        }
    }
}
