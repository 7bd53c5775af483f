//! The polling task: ONE tokio task for every active job.
//!
//! Per job it keeps a due time, a poll count, its creation instant, its model and what
//! it was charged. It sleeps until the earliest due time (or a command arrives), then
//! polls every job due within `coalesce_window` of now: a lone job with `status`, two or
//! more with one `history` read (more pages only while wanted jobs are missing and the
//! page was full), falling back to `status` for wanted jobs history did not list. Every
//! active job found in a history page is refreshed and rescheduled, due or not — jobs
//! whose windows overlap share reads. Where the next check goes: [`super::placement`].
//!
//! Every request first passes, in order: the [`Gate`] (429 / `Retry-After`, fault
//! backoff, 401), then the per-user cap and the per-job credit of [`super::budget`].
//! A check the budget holds back waits until its jobs have earned the credit.
//!
//! Completed jobs seen in any answer feed the completion estimator ([`EtaBook`]).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rand::rngs::StdRng;
use rand::SeedableRng;
use tokio::sync::mpsc;
use tokio::time::{sleep_until, Instant};

use super::budget::{naive_checks, RequestCap};
use super::eta::{EtaBook, Window};
use super::gate::{Gate, Pause};
use super::handle::{Command, SchedulerHandle};
use super::placement::{next_check, JobView};
use super::schedule::{age_since, jittered, PollPolicy};
use super::{Applied, PollSink};
use crate::api::{ApiError, Client, RemoteJob};
use crate::model::JobId;

pub(super) struct Entry {
    pub(super) due: Instant,
    pub(super) count: u32,
    /// When the job was created (its age is measured from here).
    pub(super) born: Instant,
    /// From the first answer that names it.
    pub(super) model: Option<String>,
    /// The completion window its checks are placed in: the model's estimate when the
    /// job was first placed, kept while it runs (its batch-mates' completions move the
    /// estimate — the fast ones first — and must not move the goalposts of a running job).
    pub(super) window: Option<Window>,
    /// Requests charged to this job so far (fractions of shared reads).
    pub(super) charged: f64,
}

/// The polling task's state. Build it with [`Scheduler::spawn`].
pub struct Scheduler {
    pub(super) client: Client,
    pub(super) policy: PollPolicy,
    pub(super) sink: Arc<dyn PollSink>,
    pub(super) eta: Arc<EtaBook>,
    rng: StdRng,
    pub(super) jobs: HashMap<JobId, Entry>,
    pub(super) gate: Gate,
    pub(super) cap: RequestCap,
    reload_pending: bool,
    /// Jobs in their completion windows at the start of the current round.
    pub(super) sharing: usize,
}

impl Scheduler {
    /// Start the polling task on the current tokio runtime. It learns completion times
    /// into `eta` and places checks with it.
    pub fn spawn(
        client: Client,
        policy: PollPolicy,
        sink: Arc<dyn PollSink>,
        eta: Arc<EtaBook>,
    ) -> SchedulerHandle {
        let rng = match policy.seed {
            Some(seed) => StdRng::seed_from_u64(seed),
            None => StdRng::from_rng(&mut rand::rng()),
        };
        let (tx, rx) = mpsc::unbounded_channel();
        let scheduler = Scheduler {
            client,
            gate: Gate::new(policy.clone()),
            cap: RequestCap::new(&policy),
            policy,
            sink,
            eta: eta.clone(),
            rng,
            jobs: HashMap::new(),
            reload_pending: false,
            sharing: 1,
        };
        let task = tokio::spawn(scheduler.run(rx));
        SchedulerHandle {
            tx,
            task: Mutex::new(Some(task)),
            eta,
        }
    }

    async fn run(mut self, mut rx: mpsc::UnboundedReceiver<Command>) {
        loop {
            let wake = self.next_wake();
            tokio::select! {
                cmd = rx.recv() => match cmd {
                    Some(cmd) => self.handle(cmd).await,
                    None => break,
                },
                _ = sleep_until_opt(wake) => self.timer_round().await,
            }
        }
    }

    /// When the timer should fire: the earliest due job (or now, for a pending history
    /// reload), but never before a pause ends or the per-user cap has room; never while
    /// paused for credentials.
    fn next_wake(&self) -> Option<Instant> {
        let earliest = self.jobs.values().map(|e| e.due).min();
        let now = Instant::now();
        let want = if self.reload_pending {
            Some(now)
        } else {
            earliest
        }
        .map(|w| w.max(self.cap.free_at(now)));
        match self.gate.pause() {
            Pause::Credentials => None,
            Pause::Until { at, .. } => want.map(|w| w.max(at)),
            Pause::None => want,
        }
    }

    async fn handle(&mut self, cmd: Command) {
        match cmd {
            Command::Track { id, age } => {
                if !self.jobs.contains_key(&id) {
                    self.track(id, age);
                }
            }
            Command::Untrack(id) => {
                self.jobs.remove(&id);
            }
            Command::CredentialsChanged => self.gate.credentials_changed(),
            Command::RefreshNow(done) => {
                if self.gate.allow_manual(Instant::now()) {
                    let now = Instant::now();
                    self.jobs.values_mut().for_each(|e| e.due = now);
                    if self.reload_pending {
                        self.reload().await;
                    }
                    if self.gate.is_open(Instant::now()) {
                        self.poll_due(now, true).await;
                    }
                }
                let _ = done.send(());
            }
            Command::ReloadHistory(done) => {
                self.reload_pending = true;
                if self.gate.is_open(Instant::now()) {
                    self.reload().await;
                }
                let _ = done.send(());
            }
            Command::Tracked(reply) => {
                let mut list: Vec<_> = self
                    .jobs
                    .iter()
                    .map(|(k, e)| (k.clone(), e.count))
                    .collect();
                list.sort();
                let _ = reply.send(list);
            }
        }
    }

    fn track(&mut self, id: JobId, age: Duration) {
        let now = Instant::now();
        // An age beyond this clock's reach (older than the machine's uptime) counts from
        // now: the job then earns its credit from zero, which only makes it stricter.
        let born = now.checked_sub(age).unwrap_or(now);
        let (count, wait) = match &self.policy.eta {
            Some(eta) if age < eta.first_check => (0, eta.first_check - age),
            _ => self.policy.resume_point(age),
        };
        let due = now + jittered(wait, self.policy.jitter, &mut self.rng);
        self.jobs.insert(
            id,
            Entry {
                due,
                count,
                born,
                model: None,
                window: None,
                charged: 0.0,
            },
        );
    }

    async fn timer_round(&mut self) {
        if !self.gate.is_open(Instant::now()) {
            return;
        }
        if self.reload_pending {
            self.reload().await;
            if !self.gate.is_open(Instant::now()) {
                return;
            }
        }
        let now = Instant::now();
        self.poll_due(now + self.policy.coalesce_window, false)
            .await;
    }

    /// A server answer for a tracked job: hand it to the sink, then reschedule or drop it.
    pub(super) fn apply_tracked(&mut self, remote: &RemoteJob) {
        match self.sink.apply(remote) {
            Applied::Active => self.reschedule(remote),
            Applied::Done | Applied::NotInStore => {
                self.jobs.remove(&remote.job_id);
            }
        }
    }

    /// The next check of a job that is still running (see [`super::placement`]).
    fn reschedule(&mut self, remote: &RemoteJob) {
        let now = Instant::now();
        let Some(e) = self.jobs.get_mut(&remote.job_id) else {
            return;
        };
        if e.model.is_none() {
            e.model = remote.model_slug.clone().filter(|m| !m.is_empty());
        }
        e.count = e.count.saturating_add(1);
        if e.window.is_none() {
            e.window = e.model.as_deref().and_then(|m| self.eta.window(m));
        }
        let age = now.saturating_duration_since(e.born);
        let job = JobView {
            window: e.window.as_ref(),
            age,
            count: e.count,
            credit: naive_checks(&self.policy, age) - e.charged,
            sharing: self.sharing,
        };
        let next = next_check(&self.policy, job);
        let wobble = jittered(next.spread, self.policy.jitter, &mut self.rng).as_secs_f64()
            - next.spread.as_secs_f64();
        e.due = now + Duration::from_secs_f64((next.delay.as_secs_f64() + wobble).max(0.0));
    }

    /// The first history page: refresh what the store knows, add what it does not.
    async fn reload(&mut self) {
        if !self.spend(&[], true) {
            return;
        }
        let limit = self.policy.history_page.clamp(1, 100);
        let list = match self.client.history(limit, 0).await {
            Ok(list) => list,
            Err(e) => return self.failed(e),
        };
        self.gate.succeeded(&*self.sink);
        self.reload_pending = false;
        for remote in &list {
            self.eta.observe(remote);
            if self.jobs.contains_key(&remote.job_id) {
                self.apply_tracked(remote);
                continue;
            }
            let track = match self.sink.apply(remote) {
                Applied::Active => true,
                Applied::Done => false,
                Applied::NotInStore => self.sink.discover(remote),
            };
            if track {
                self.track(
                    remote.job_id.clone(),
                    age_since(remote.created_at.as_deref()),
                );
            }
        }
    }

    pub(super) fn failed(&mut self, e: ApiError) {
        tracing::debug!(error = ?e, "poll request failed");
        self.gate
            .failed(&e, Instant::now(), &mut self.rng, &*self.sink);
    }
}

async fn sleep_until_opt(at: Option<Instant>) {
    match at {
        Some(at) => sleep_until(at).await,
        None => std::future::pending().await,
    }
}
