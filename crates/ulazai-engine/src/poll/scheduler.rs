//! The polling task: ONE tokio task for every active job.
//!
//! Per job it keeps a due time and a poll count. It sleeps until the earliest due time
//! (or a command arrives), then polls every job due within `coalesce_window` of now: a
//! lone job with `status`, two or more with one `history` read (more pages only while
//! wanted jobs are missing and the page was full), falling back to `status` for wanted
//! jobs history did not list. Every active job found in a history page is refreshed and
//! rescheduled, due or not. Failures pause ALL polling (see [`Gate`]).

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rand::rngs::StdRng;
use rand::SeedableRng;
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;
use tokio::time::{sleep_until, Instant};

use super::gate::{Gate, Pause};
use super::schedule::{age_since, jittered, next_delay, PollPolicy};
use super::{Applied, PollSink};
use crate::api::{ApiError, Client, RemoteJob};
use crate::model::JobId;

enum Command {
    /// Start polling a job created `age` ago (0 for a job just generated).
    Track {
        id: JobId,
        age: Duration,
    },
    Untrack(JobId),
    /// New credentials: lift a 401 pause.
    CredentialsChanged,
    /// Poll every active job now; answer when the round is over.
    RefreshNow(oneshot::Sender<()>),
    /// Read the first history page, refresh known jobs, add unknown ones as cards.
    ReloadHistory(oneshot::Sender<()>),
    /// The tracked jobs and their poll counts (for diagnostics and tests).
    Tracked(oneshot::Sender<Vec<(JobId, u32)>>),
}

/// The caller's side of the polling task. Dropping it (or `stop`) ends the task.
pub struct SchedulerHandle {
    tx: mpsc::UnboundedSender<Command>,
    task: Mutex<Option<JoinHandle<()>>>,
}

impl SchedulerHandle {
    /// Poll `id`; its first check follows the schedule from `age` (time since creation).
    pub fn track(&self, id: JobId, age: Duration) {
        let _ = self.tx.send(Command::Track { id, age });
    }
    pub fn untrack(&self, id: &str) {
        let _ = self.tx.send(Command::Untrack(id.to_string()));
    }
    /// Credentials were replaced: polling paused by a 401 resumes.
    pub fn credentials_changed(&self) {
        let _ = self.tx.send(Command::CredentialsChanged);
    }
    /// Poll every active job now (one coalesced round) and wait for it. Does not override
    /// a server-imposed 429 pause or a 401 pause.
    pub async fn refresh_now(&self) {
        let (tx, rx) = oneshot::channel();
        if self.tx.send(Command::RefreshNow(tx)).is_ok() {
            let _ = rx.await;
        }
    }
    /// Read the first history page (refresh known jobs, add unknown ones) and wait for it.
    /// If it cannot be read now, it is retried when polling resumes.
    pub async fn reload_history(&self) {
        let (tx, rx) = oneshot::channel();
        if self.tx.send(Command::ReloadHistory(tx)).is_ok() {
            let _ = rx.await;
        }
    }
    /// Read the first history page as soon as polling allows, without waiting for it
    /// (e.g. to find the jobs of a generate whose answer was lost).
    pub fn request_reload(&self) {
        let (tx, _) = oneshot::channel();
        let _ = self.tx.send(Command::ReloadHistory(tx));
    }
    /// The jobs being polled, with how many times each was polled.
    pub async fn tracked(&self) -> Vec<(JobId, u32)> {
        let (tx, rx) = oneshot::channel();
        if self.tx.send(Command::Tracked(tx)).is_err() {
            return Vec::new();
        }
        rx.await.unwrap_or_default()
    }
    /// End the task (an in-flight request is abandoned; the store is already up to date).
    pub async fn stop(&self) {
        let task = self.task.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(task) = task {
            task.abort();
            let _ = task.await;
        }
    }
}

impl Drop for SchedulerHandle {
    fn drop(&mut self) {
        if let Some(task) = self.task.lock().unwrap_or_else(|e| e.into_inner()).take() {
            task.abort();
        }
    }
}

struct Entry {
    due: Instant,
    count: u32,
}

/// The polling task's state. Build it with [`Scheduler::spawn`].
pub struct Scheduler {
    client: Client,
    policy: PollPolicy,
    sink: Arc<dyn PollSink>,
    rng: StdRng,
    jobs: HashMap<JobId, Entry>,
    gate: Gate,
    reload_pending: bool,
}

impl Scheduler {
    /// Start the polling task on the current tokio runtime.
    pub fn spawn(client: Client, policy: PollPolicy, sink: Arc<dyn PollSink>) -> SchedulerHandle {
        let rng = match policy.seed {
            Some(seed) => StdRng::seed_from_u64(seed),
            None => StdRng::from_rng(&mut rand::rng()),
        };
        let (tx, rx) = mpsc::unbounded_channel();
        let scheduler = Scheduler {
            client,
            gate: Gate::new(policy.clone()),
            policy,
            sink,
            rng,
            jobs: HashMap::new(),
            reload_pending: false,
        };
        let task = tokio::spawn(scheduler.run(rx));
        SchedulerHandle {
            tx,
            task: Mutex::new(Some(task)),
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
    /// reload), but never before a pause ends; never while paused for credentials.
    fn next_wake(&self) -> Option<Instant> {
        let earliest = self.jobs.values().map(|e| e.due).min();
        let want = if self.reload_pending {
            Some(Instant::now())
        } else {
            earliest
        };
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
                        self.poll_due(now).await;
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
        let (count, wait) = self.policy.resume_point(age);
        let due = Instant::now() + jittered(wait, self.policy.jitter, &mut self.rng);
        self.jobs.insert(id, Entry { due, count });
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
        self.poll_due(now + self.policy.coalesce_window).await;
    }

    /// Poll every job due at or before `limit`.
    async fn poll_due(&mut self, limit: Instant) {
        let mut due: Vec<(Instant, JobId)> = self
            .jobs
            .iter()
            .filter(|(_, e)| e.due <= limit)
            .map(|(k, e)| (e.due, k.clone()))
            .collect();
        due.sort();
        let due: Vec<JobId> = due.into_iter().map(|(_, id)| id).collect();
        match due.len() {
            0 => {}
            1 => self.poll_status(&due[0]).await,
            _ => self.poll_history(due).await,
        }
    }

    /// Refresh `wanted` with history pages, then `status` for those history did not list.
    async fn poll_history(&mut self, wanted: Vec<JobId>) {
        let mut missing: HashSet<JobId> = wanted.iter().cloned().collect();
        let limit = self.policy.history_page.clamp(1, 100);
        for page in 0..self.policy.max_history_pages.max(1) {
            let list = match self.client.history(limit, page * limit).await {
                Ok(list) => list,
                Err(e) => return self.failed(e),
            };
            self.gate.succeeded(&*self.sink);
            for remote in &list {
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
            self.poll_status(id).await;
            if !self.gate.is_open(Instant::now()) {
                return;
            }
        }
    }

    async fn poll_status(&mut self, id: &str) {
        match self.client.status(id).await {
            Ok(mut remote) => {
                self.gate.succeeded(&*self.sink);
                if remote.job_id != id {
                    tracing::warn!(asked = id, got = %remote.job_id, "status answered for another job id");
                    remote.job_id = id.to_string();
                }
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

    /// A server answer for a tracked job: hand it to the sink, then reschedule or drop it.
    fn apply_tracked(&mut self, remote: &RemoteJob) {
        match self.sink.apply(remote) {
            Applied::Active => {
                if let Some(e) = self.jobs.get_mut(&remote.job_id) {
                    e.count = e.count.saturating_add(1);
                    e.due = Instant::now() + next_delay(&self.policy, e.count, &mut self.rng);
                }
            }
            Applied::Done | Applied::NotInStore => {
                self.jobs.remove(&remote.job_id);
            }
        }
    }

    /// The first history page: refresh what the store knows, add what it does not.
    async fn reload(&mut self) {
        let limit = self.policy.history_page.clamp(1, 100);
        let list = match self.client.history(limit, 0).await {
            Ok(list) => list,
            Err(e) => return self.failed(e),
        };
        self.gate.succeeded(&*self.sink);
        self.reload_pending = false;
        for remote in &list {
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

    fn failed(&mut self, e: ApiError) {
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
