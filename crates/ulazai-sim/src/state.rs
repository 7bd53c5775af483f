//! Shared simulator state: jobs, credits, rate windows, tokens, sessions, folders, merges.

mod saved;

use std::collections::{HashMap, VecDeque};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use tokio::time::Instant;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use uuid::Uuid;

use crate::clock::SimClock;
use crate::config::SimConfig;
use crate::error::{ApiError, ApiResult};
use crate::faults::FaultState;
use crate::jobs::{demo_failure_message, Job, FAILURE_MESSAGES};
use crate::persist::Persist;
pub use crate::records::{FolderRecord, MergeRecord};
use crate::stats::StatsState;
pub use crate::sync::lock;
use crate::validate::GenerateOrder;

pub struct Shared {
    pub config: SimConfig,
    pub clock: SimClock,
    pub base_url: String,
    pub inner: Mutex<Inner>,
    pub faults: Mutex<FaultState>,
    pub stats: Mutex<StatsState>,
    /// The state file, when `config.state_path` is set.
    pub persist: Option<Persist>,
}

pub struct Inner {
    pub jobs: Vec<Job>,
    pub index: HashMap<Uuid, usize>,
    pub(crate) credits: HashMap<String, u64>,
    rate: HashMap<String, VecDeque<Instant>>,
    /// API token → username.
    pub tokens: HashMap<String, String>,
    /// Browser sessionid → username.
    pub sessions: HashMap<String, String>,
    pub folders: Vec<FolderRecord>,
    pub merges: Vec<MergeRecord>,
    /// Id of the next folder created.
    pub next_folder_id: u64,
    pub fail_next: u32,
    /// The error message the fail-next jobs get (a test's own text), instead of a stock one.
    pub fail_message: Option<String>,
    pub(crate) rng: StdRng,
    /// Failing jobs whose refund has not been paid yet.
    pub(crate) unsettled: Vec<usize>,
}

impl Shared {
    /// A fresh simulator, or the one saved in `config.state_path` (see [`crate::persist`]).
    pub fn new(config: SimConfig, base_url: String) -> Self {
        let config = config.sanitized();
        let clock = SimClock::new(config.speed);
        let mut inner = Inner {
            jobs: Vec::new(),
            index: HashMap::new(),
            credits: HashMap::new(),
            rate: HashMap::new(),
            tokens: HashMap::new(),
            sessions: HashMap::new(),
            folders: Vec::new(),
            merges: Vec::new(),
            next_folder_id: 1,
            fail_next: 0,
            fail_message: None,
            rng: StdRng::seed_from_u64(config.seed),
            unsettled: Vec::new(),
        };
        let persist = config.state_path.clone().map(Persist::new);
        if let Some(saved) = persist.as_ref().and_then(Persist::load) {
            inner.restore(saved, &clock, &config);
        }
        Shared {
            clock,
            base_url,
            inner: Mutex::new(inner),
            faults: Mutex::new(FaultState::new(config.faults.clone(), config.seed)),
            stats: Mutex::new(StatsState::default()),
            persist,
            config,
        }
    }

    /// Write the state file (no-op without `state_path`). Call it after a change, with
    /// no lock on `inner` held.
    pub fn save(&self) {
        if let Some(p) = &self.persist {
            p.save(|| lock(&self.inner).to_saved(&self.clock));
        }
    }

    /// Lock the job state after paying the refunds of jobs that failed by now.
    pub fn state(&self) -> (MutexGuard<'_, Inner>, f64) {
        let mut inner = lock(&self.inner);
        let now = self.clock.now();
        inner.settle(now, self.config.credits);
        (inner, now)
    }

    pub fn user_key(&self, username: &str) -> Option<&str> {
        self.config
            .users
            .iter()
            .find(|u| u.username == username)
            .map(|u| u.key.as_str())
    }

    /// Resolve an `Authorization` header to the key that acts.
    pub fn authenticate(&self, header: Option<&str>) -> ApiResult<String> {
        let not_provided =
            || ApiError::unauthorized("Authentication credentials were not provided.");
        let header = header.map(str::trim).ok_or_else(not_provided)?;
        let (scheme, cred) = header.split_once(' ').ok_or_else(not_provided)?;
        let cred = cred.trim();
        if scheme.eq_ignore_ascii_case("bearer") {
            if self.config.keys.iter().any(|k| k == cred) {
                return Ok(cred.to_string());
            }
            return Err(ApiError::unauthorized("Invalid API key."));
        }
        if scheme.eq_ignore_ascii_case("token") {
            let user = lock(&self.inner).tokens.get(cred).cloned();
            return user
                .and_then(|u| self.user_key(&u).map(str::to_string))
                .ok_or_else(|| ApiError::unauthorized("Invalid token."));
        }
        Err(not_provided())
    }

    /// Count one generate POST against the key's window. Ok(remaining, reset) or
    /// Err(retry_after); `reset` and `retry_after` are whole seconds (at least 1) until the
    /// oldest counted POST leaves the window, i.e. until one more is allowed.
    ///
    /// The window runs on tokio's clock (like [`SimClock`]): the system's monotonic clock,
    /// or a test's paused virtual time.
    pub fn rate_take(&self, key: &str) -> Result<(u32, u64), u64> {
        let limit = self.config.generate_limit_per_hour;
        let window = Duration::from_secs_f64(self.config.rate_window_secs);
        let mut inner = lock(&self.inner);
        let q = inner.rate.entry(key.to_string()).or_default();
        let now = Instant::now();
        while q.front().is_some_and(|t| now.duration_since(*t) >= window) {
            q.pop_front();
        }
        let until_oldest_leaves = |q: &VecDeque<Instant>| {
            let wait = match q.front() {
                Some(oldest) => window.saturating_sub(now.duration_since(*oldest)),
                None => window,
            };
            (wait.as_secs_f64().ceil() as u64).max(1)
        };
        if q.len() as u32 >= limit {
            return Err(until_oldest_leaves(q));
        }
        q.push_back(now);
        Ok((limit - q.len() as u32, until_oldest_leaves(q)))
    }

    /// Remaining generate POSTs for a key in the current window (no side effect).
    pub fn rate_remaining(&self, key: &str) -> u32 {
        let limit = self.config.generate_limit_per_hour;
        let window = Duration::from_secs_f64(self.config.rate_window_secs);
        let inner = lock(&self.inner);
        let now = Instant::now();
        let used = inner
            .rate
            .get(key)
            .map(|q| {
                q.iter()
                    .filter(|t| now.duration_since(**t) < window)
                    .count()
            })
            .unwrap_or(0) as u32;
        limit.saturating_sub(used)
    }

    /// Charge and create the jobs of a validated order.
    pub fn create_jobs(&self, key: &str, order: &GenerateOrder) -> ApiResult<(Vec<Uuid>, u64)> {
        let created = self.create_jobs_locked(key, order)?;
        self.save();
        Ok(created)
    }

    /// The failure rate in force: the faults' override, else the configured one.
    fn failure_rate(&self) -> f64 {
        lock(&self.faults)
            .faults
            .failure_rate
            .unwrap_or(self.config.failure_rate)
    }

    fn create_jobs_locked(&self, key: &str, order: &GenerateOrder) -> ApiResult<(Vec<Uuid>, u64)> {
        let failure_rate = self.failure_rate();
        let (mut inner, now) = self.state();
        let need = order.model.credits * order.count as u64;
        let have = inner.balance(key, self.config.credits);
        if have < need {
            return Err(ApiError::new(
                axum::http::StatusCode::PAYMENT_REQUIRED,
                format!("Not enough credits: this batch needs {need}, you have {have}."),
            ));
        }
        inner.credits.insert(key.to_string(), have - need);
        let mut ids = Vec::new();
        for _ in 0..order.count {
            let (lo, hi) = order.model.typical_range(self.config.typical_secs);
            let (drawn, queued) = match &self.config.render_times {
                // The default draw, unchanged: one uniform number from the typical range.
                None => (inner.rng.random_range(lo..=hi), 0.0),
                Some(times) => times.draw((lo, hi), &mut inner.rng),
            };
            let render = self.config.render_secs.unwrap_or(drawn);
            let job = Job {
                id: Uuid::new_v4(),
                owner_key: key.to_string(),
                model_slug: order.model.slug.to_string(),
                mode: order.mode.to_string(),
                prompt: order.prompt.clone(),
                credits_charged: order.model.credits,
                duration: order.duration,
                quality_mode: order.quality_mode.clone(),
                created_sim: now,
                pending_secs: self.config.pending_secs + queued,
                render_secs: render,
                will_fail: false,
                error_message: String::new(),
                refunded: false,
                sources: Vec::new(),
            };
            ids.push(inner.push_job(job, failure_rate, self.config.fail_every));
        }
        Ok((ids, need))
    }

    /// Create a merge job (free) for `key` from completed inputs. Not saved here: the
    /// caller records the merge request, then calls [`Shared::save`].
    pub fn create_merge(&self, key: &str, sources: Vec<Uuid>, total_secs: u32) -> Uuid {
        let failure_rate = self.failure_rate();
        let (mut inner, now) = self.state();
        let job = Job {
            id: Uuid::new_v4(),
            owner_key: key.to_string(),
            model_slug: "merge".into(),
            mode: "merge".into(),
            prompt: String::new(),
            credits_charged: 0,
            duration: total_secs,
            quality_mode: None,
            created_sim: now,
            pending_secs: self.config.pending_secs,
            render_secs: total_secs as f64 / 4.0,
            will_fail: false,
            error_message: String::new(),
            refunded: false,
            sources,
        };
        inner.push_job(job, failure_rate, 0)
    }
}

impl Inner {
    pub fn balance(&self, key: &str, default: u64) -> u64 {
        self.credits.get(key).copied().unwrap_or(default)
    }

    pub fn set_balance(&mut self, key: &str, credits: u64) {
        self.credits.insert(key.to_string(), credits);
    }

    /// Decide failure (fail-next first, then every `fail_every`th render, then the failure
    /// rate) and store the job.
    fn push_job(&mut self, mut job: Job, failure_rate: f64, fail_every: u32) -> Uuid {
        let roll: f64 = self.rng.random();
        let msg_pick = self.rng.random_range(0..FAILURE_MESSAGES.len());
        let forced = self.fail_next > 0;
        let ordinal = 1 + self.jobs.iter().filter(|j| j.mode != "merge").count();
        let demo_turn = fail_every > 0 && job.mode != "merge" && ordinal % fail_every as usize == 0;
        job.will_fail = if forced {
            self.fail_next -= 1;
            true
        } else {
            demo_turn || roll < failure_rate
        };
        if job.will_fail {
            job.error_message = if let Some(msg) = self.fail_message.as_ref().filter(|_| forced) {
                msg.clone()
            } else if job.mode == "merge" {
                "Merging failed at the provider.".into()
            } else if demo_turn && !forced {
                demo_failure_message(fail_every)
            } else {
                FAILURE_MESSAGES[msg_pick].into()
            };
            self.unsettled.push(self.jobs.len());
        }
        let id = job.id;
        self.index.insert(id, self.jobs.len());
        self.jobs.push(job);
        id
    }

    /// Refund every failing job that has reached its terminal time. Not saved: a refund is
    /// derived from the clock, and a restored job that is not yet `refunded` is refunded
    /// here, once, after a restart.
    fn settle(&mut self, now: f64, default_credits: u64) {
        if self.unsettled.is_empty() {
            return;
        }
        let pending = std::mem::take(&mut self.unsettled);
        for idx in pending {
            if self.jobs[idx].terminal_at() <= now {
                let (key, amount) = {
                    let job = &mut self.jobs[idx];
                    job.refunded = true;
                    (job.owner_key.clone(), job.credits_charged)
                };
                let bal = self.balance(&key, default_credits);
                self.credits.insert(key, bal + amount);
            } else {
                self.unsettled.push(idx);
            }
        }
    }

    /// A job owned by `key`, by id text (None for bad ids, unknown or foreign jobs).
    pub fn owned_job(&self, key: &str, id: &str) -> Option<&Job> {
        let uuid = Uuid::parse_str(id).ok()?;
        let job = &self.jobs[*self.index.get(&uuid)?];
        (job.owner_key == key).then_some(job)
    }

    pub fn job(&self, id: &Uuid) -> Option<&Job> {
        self.index.get(id).map(|i| &self.jobs[*i])
    }
}
