//! Shared helpers for the engine and scheduler tests: a simulator, an engine configured
//! on the simulator's time scale, and waiting on events / conditions with a timeout.
#![allow(dead_code)]

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc::UnboundedReceiver;
use tokio::time::Instant;

use ulazai_engine::api::ClientConfig;
use ulazai_engine::engine::EngineEvent;
use ulazai_engine::engine::{Engine, EngineConfig};
use ulazai_engine::generate::SubmitPolicy;
use ulazai_engine::library::Library;
use ulazai_engine::model::{GenerateParams, Job, JobStatus, MergeProgress, MergeStage};
use ulazai_engine::poll::PollPolicy;
use ulazai_engine::secret::{ApiKey, Auth};
use ulazai_engine::store::{MemoryPersist, Persist};
use ulazai_sim::{RequestRecord, SimConfig, SimHandle};

pub async fn sim(config: SimConfig) -> SimHandle {
    ulazai_testkit::sim::start(config).await
}

/// A simulator at `speed` with the given phase lengths (sim seconds).
pub async fn sim_at(speed: f64, pending_secs: f64, render_secs: f64) -> SimHandle {
    sim(SimConfig {
        speed,
        pending_secs,
        render_secs: Some(render_secs),
        failure_rate: 0.0,
        ..Default::default()
    })
    .await
}

pub fn demo_auth() -> Auth {
    Auth::Bearer(ApiKey::new(ulazai_sim::DEMO_KEY))
}

/// The documented policy on the simulator's time scale, with a pinned jitter seed.
pub fn policy(speed: f64) -> PollPolicy {
    PollPolicy {
        seed: Some(7),
        ..PollPolicy::documented().scaled(1.0 / speed)
    }
}

pub fn config(sim: &SimHandle, poll: PollPolicy) -> EngineConfig {
    let mut client = ClientConfig::new(sim.base_url());
    client.timeout = Duration::from_secs(5);
    client.connect_timeout = Duration::from_secs(2);
    EngineConfig {
        client,
        poll,
        submit: SubmitPolicy::fast(),
        ..EngineConfig::new(ClientConfig::new(sim.base_url()))
    }
}

/// The job ids the engine has kept as notified, read from what it saves (it saves now).
pub async fn saved_notified(engine: &Engine, persist: &MemoryPersist) -> Vec<String> {
    engine.flush().await;
    persist.current().map(|s| s.notified).unwrap_or_default()
}

/// An engine on `sim` with the scaled documented policy and an in-memory store.
pub async fn engine(sim: &SimHandle, speed: f64) -> (Engine, Events) {
    engine_with(sim, policy(speed), Arc::new(MemoryPersist::new())).await
}

pub async fn engine_with(
    sim: &SimHandle,
    poll: PollPolicy,
    persist: Arc<dyn Persist>,
) -> (Engine, Events) {
    let engine = Engine::start(config(sim, poll), Some(demo_auth()), persist)
        .await
        .expect("engine starts");
    let events = Events::new(engine.subscribe());
    (engine, events)
}

/// Starts `count` jobs with [`params`] and returns their ids.
pub async fn generate_ids(engine: &Engine, prompt: &str, count: u32) -> Vec<String> {
    engine
        .jobs()
        .generate(params(prompt, count))
        .await
        .expect("generate")
        .into_iter()
        .map(|j| j.id)
        .collect()
}

pub fn params(prompt: &str, count: u32) -> GenerateParams {
    GenerateParams {
        model_slug: "veo31_fast".into(),
        prompt: prompt.into(),
        count,
        ..Default::default()
    }
}

/// Every event received, and waiting for the next matching one.
pub struct Events {
    rx: UnboundedReceiver<EngineEvent>,
    pub seen: Vec<EngineEvent>,
}

impl Events {
    pub fn new(rx: UnboundedReceiver<EngineEvent>) -> Events {
        Events {
            rx,
            seen: Vec::new(),
        }
    }

    /// The next event (after those already seen) matching `pred`; panics after `secs`.
    pub async fn until(
        &mut self,
        secs: f64,
        what: &str,
        mut pred: impl FnMut(&EngineEvent) -> bool,
    ) -> EngineEvent {
        let deadline = Instant::now() + Duration::from_secs_f64(secs);
        loop {
            match tokio::time::timeout_at(deadline, self.rx.recv()).await {
                Ok(Some(ev)) => {
                    self.seen.push(ev.clone());
                    if pred(&ev) {
                        return ev;
                    }
                }
                Ok(None) => panic!("event stream closed while waiting for {what}"),
                Err(_) => panic!(
                    "timed out after {secs} s waiting for {what}; seen: {:#?}",
                    self.seen
                ),
            }
        }
    }

    /// The end (done or failed) of the local merge `merge_id`.
    pub async fn merge_end(&mut self, merge_id: &str) -> MergeProgress {
        let done = self
            .until(60.0, "the merge's end", |e| {
                matches!(e, EngineEvent::Merge { progress }
                    if progress.merge_id == merge_id
                        && matches!(progress.stage, MergeStage::Done | MergeStage::Failed))
            })
            .await;
        let EngineEvent::Merge { progress } = done else {
            unreachable!()
        };
        progress
    }

    /// Wait until every id in `ids` has had its `JobTerminal`.
    pub async fn until_terminal(&mut self, ids: &[String], secs: f64) {
        let deadline = Instant::now() + Duration::from_secs_f64(secs);
        while ids.iter().any(|id| self.terminal_count(id) == 0) {
            let left = deadline
                .saturating_duration_since(Instant::now())
                .as_secs_f64();
            self.until(left.max(0.001), "JobTerminal for every job", |e| {
                matches!(e, EngineEvent::JobTerminal { .. })
            })
            .await;
        }
    }

    /// Take whatever arrived so far without waiting.
    pub fn drain(&mut self) {
        while let Ok(ev) = self.rx.try_recv() {
            self.seen.push(ev);
        }
    }

    pub fn terminal_count(&self, id: &str) -> usize {
        self.seen
            .iter()
            .filter(|e| matches!(e, EngineEvent::JobTerminal { job } if job.id == id))
            .count()
    }

    pub fn created(&self) -> Vec<Job> {
        self.seen
            .iter()
            .filter_map(|e| match e {
                EngineEvent::JobCreated { job } => Some(job.clone()),
                _ => None,
            })
            .collect()
    }
}

pub fn is_terminal_of(e: &EngineEvent, id: &str, status: JobStatus) -> bool {
    matches!(e, EngineEvent::JobTerminal { job } if job.id == id && job.status == status)
}

/// Wait (checking every 10 ms) until `cond` holds; panics after `secs`.
pub async fn eventually(secs: f64, what: &str, mut cond: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs_f64(secs);
    while !cond() {
        assert!(
            Instant::now() < deadline,
            "timed out after {secs} s waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// The simulator's log entries for one endpoint (`status`, `history`, ...).
pub fn log_of(sim: &SimHandle, endpoint: &str) -> Vec<RequestRecord> {
    sim.stats()
        .log
        .into_iter()
        .filter(|r| r.endpoint == endpoint)
        .collect()
}

/// The polling requests (status + history) in arrival order.
pub fn poll_log(sim: &SimHandle) -> Vec<RequestRecord> {
    sim.stats()
        .log
        .into_iter()
        .filter(|r| r.endpoint == "status" || r.endpoint == "history")
        .collect()
}

pub fn count(sim: &SimHandle, endpoint: &str) -> u64 {
    sim.stats().requests.get(endpoint).copied().unwrap_or(0)
}

/// A fresh temporary directory for one test.
pub fn temp_dir(tag: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!(
        "ulazai-engine-{tag}-{}-{}",
        std::process::id(),
        rand_suffix()
    ));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Removes a test's temporary directory once nothing holds its files open. On Windows an open
/// file cannot be deleted, and the job database stays open until the last task holding the
/// engine has ended, which may be a moment after the test dropped it: tried for up to 5 s,
/// then left for the system's temp cleaner (said on stderr).
pub fn remove_temp_dir(dir: std::path::PathBuf) {
    for _ in 0..50 {
        match std::fs::remove_dir_all(&dir) {
            Ok(()) => return,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return,
            Err(_) => std::thread::sleep(std::time::Duration::from_millis(100)),
        }
    }
    eprintln!(
        "{} is still in use; left for the temp cleaner",
        dir.display()
    );
}

fn rand_suffix() -> u64 {
    use std::time::{SystemTime, UNIX_EPOCH};
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        % 1_000_000_007
}

/// An engine on `sim` whose library is `dir` (auto-download as given).
pub async fn engine_in(
    sim: &ulazai_sim::SimHandle,
    dir: &std::path::Path,
    auto: bool,
    speed: f64,
) -> (Engine, Events) {
    let mut cfg = config(sim, policy(speed));
    cfg.library = Arc::new(Library::open(
        dir.join(ulazai_engine::library::INDEX_FILE),
        dir.join("lib"),
    ));
    cfg.auto_download = auto;
    let engine = Engine::start(cfg, Some(demo_auth()), Arc::new(MemoryPersist::new()))
        .await
        .expect("engine starts");
    let events = Events::new(engine.subscribe());
    (engine, events)
}

pub fn ffmpeg_here() -> bool {
    let found = ulazai_engine::ffmpeg::status().available;
    if !found && std::env::var_os("ULAZAI_DESKTOP_SESSION").is_some() {
        panic!("ffmpeg is required in a desktop session");
    }
    if !found {
        eprintln!("SKIPPED: ffmpeg not found; the local merge was not tried");
    }
    found
}
