//! Polling cost and detection latency of three pollers against the simulator over
//! loopback, in one run:
//! - `naive`: one task per job calling `status` on the documented schedule 3, 5, 8, 10,
//!   10… s with the same ±10 % jitter;
//! - `engine`: the Engine on the documented cadence (one task, coalesced history reads:
//!   the placement before expected-completion placement);
//! - `eta`: the Engine placing checks by expected completion (the production policy),
//!   starting from what it learned on a warm-up simulator (the creator's past jobs,
//!   carried in the store snapshot), and learning on.
//!
//! `cargo bench -p ulazai-engine --bench polling` prints a table; it is a measurement,
//! not a timed test. Per N: requests per job-minute (status + history requests / job
//! active sim-minutes, server creation → server completion), and detection latency in SIM
//! seconds (server completion → the poller saw it). Each N runs in several independent
//! repetitions (own simulator, own poller) in parallel so that small N get enough
//! samples. Jobs are created as a batch of batches (generate with count ≤ 4), staggered
//! over a few sim seconds. Render times are NOT the matrix's uniform 30–45 s: they come
//! from the simulator's skewed distribution (log-normal body, slow tail, a few queue
//! delays; `ulazai_sim::RenderTimes::default()`), so the estimator has to learn them.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rand::SeedableRng;
use ulazai_engine::api::{Client, ClientConfig};
use ulazai_engine::engine::EngineEvent;
use ulazai_engine::engine::{Engine, EngineConfig};
use ulazai_engine::model::GenerateParams;
use ulazai_engine::poll::{next_delay, PollPolicy};
use ulazai_engine::secret::{ApiKey, Auth};
use ulazai_engine::store::{MemoryPersist, Snapshot, SNAPSHOT_VERSION};
use ulazai_sim::{RenderTimes, SimConfig, SimHandle};

/// Sim seconds per real second (the policy is scaled by 1 / SPEED).
const SPEED: f64 = 10.0;
/// Sim seconds over which a run's batches are created.
const STAGGER_SIM_SECS: f64 = 5.0;
/// (N, repetitions) — every repetition is an independent simulator + poller.
const RUNS: &[(usize, usize)] = &[(1, 40), (10, 10), (100, 3)];
/// Jobs the ETA engine learns from before the measured runs (its creator's past).
const WARM_UP_JOBS: usize = 24;

#[derive(Clone, Copy, PartialEq)]
enum Poller {
    Naive,
    Engine,
    Eta,
}

impl Poller {
    fn name(self) -> &'static str {
        match self {
            Poller::Naive => "naive",
            Poller::Engine => "engine",
            Poller::Eta => "eta",
        }
    }
}

/// Job id → when the poller saw it finished (Unix ms).
type Seen = Arc<Mutex<HashMap<String, i64>>>;

#[derive(Default)]
struct Outcome {
    requests: u64,
    job_minutes: f64,
    latencies: Vec<f64>,
}

fn unix_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

fn auth() -> Auth {
    Auth::Bearer(ApiKey::new(ulazai_sim::DEMO_KEY))
}

fn policy() -> PollPolicy {
    PollPolicy::documented().scaled(1.0 / SPEED)
}

fn sim_config(seed: u64) -> SimConfig {
    SimConfig {
        speed: SPEED,
        pending_secs: 3.0,
        render_times: Some(RenderTimes::default()),
        seed,
        generate_limit_per_hour: 10_000,
        ..Default::default()
    }
}

/// Batch sizes of a batch of batches: fours, then the rest.
fn batches(n: usize) -> Vec<u32> {
    let mut left = n;
    let mut out = Vec::new();
    while left > 0 {
        let b = left.min(4);
        out.push(b as u32);
        left -= b;
    }
    out
}

fn params(count: u32) -> GenerateParams {
    GenerateParams {
        model_slug: "veo31_fast".into(),
        prompt: "benchmark clip".into(),
        count,
        ..Default::default()
    }
}

async fn start_engine(
    client: ClientConfig,
    poll: PollPolicy,
    persist: MemoryPersist,
    seen: Seen,
) -> Engine {
    let cfg = EngineConfig {
        poll,
        ..EngineConfig::new(client)
    };
    let engine = Engine::start(cfg, Some(auth()), Arc::new(persist))
        .await
        .expect("engine");
    let mut rx = engine.subscribe();
    tokio::spawn(async move {
        while let Some(ev) = rx.recv().await {
            if let EngineEvent::JobTerminal { job } = ev {
                seen.lock().unwrap().insert(job.id, unix_ms());
            }
        }
    });
    engine
}

/// Wait until `n` jobs were seen finished (every job is detected within ~220 sim s of
/// its creation: the slowest renders with a queue delay, plus a 10 s check).
async fn wait_seen(seen: &Mutex<HashMap<String, i64>>, n: usize) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs_f64(300.0 / SPEED + 10.0);
    while seen.lock().unwrap().len() < n {
        assert!(
            tokio::time::Instant::now() < deadline,
            "jobs not detected in time"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The creator's past: the ETA engine renders `WARM_UP_JOBS` on its own simulator (same
/// distribution, other seed); what it learned is kept in the store snapshot, without
/// the jobs themselves.
async fn warm_up() -> Snapshot {
    let sim = ulazai_testkit::sim::start(sim_config(7)).await;
    let persist = MemoryPersist::new();
    let seen = Seen::default();
    let engine = start_engine(
        ClientConfig::new(sim.base_url()),
        policy(),
        persist.clone(),
        seen.clone(),
    )
    .await;
    for count in batches(WARM_UP_JOBS) {
        engine
            .jobs()
            .generate(params(count))
            .await
            .expect("generate");
    }
    wait_seen(&seen, WARM_UP_JOBS).await;
    engine.shutdown().await;
    sim.shutdown();
    let saved = persist
        .current()
        .expect("the warm-up engine saved its store");
    for (slug, m) in &saved.eta.models {
        // Learned in wall-clock seconds; the simulator runs SPEED× faster.
        if let Some(w) = m.estimate {
            println!(
                "warm-up: {slug} learned from {} jobs: typical {:.1} sim s, window {:.1}–{:.1} sim s",
                m.samples.len(),
                w.typical_secs * SPEED,
                w.open_secs * SPEED,
                w.close_secs * SPEED
            );
        }
    }
    Snapshot {
        version: SNAPSHOT_VERSION,
        eta: saved.eta,
        ..Default::default()
    }
}

async fn one_run(n: usize, poller: Poller, seed: u64, learned: Arc<Snapshot>) -> Outcome {
    let sim = ulazai_testkit::sim::start(sim_config(seed)).await;
    let client_cfg = ClientConfig::new(sim.base_url());
    let seen = Seen::default();
    let plan = batches(n);
    let gap = Duration::from_secs_f64(STAGGER_SIM_SECS / SPEED / plan.len().max(1) as f64);

    let engine = match poller {
        Poller::Engine => {
            let poll = policy().without_eta();
            Some(start_engine(client_cfg.clone(), poll, MemoryPersist::new(), seen.clone()).await)
        }
        Poller::Eta => {
            let persist = MemoryPersist::with((*learned).clone());
            Some(start_engine(client_cfg.clone(), policy(), persist, seen.clone()).await)
        }
        Poller::Naive => None,
    };
    let client = Client::new(client_cfg, Some(auth())).expect("client");
    let mut tasks = Vec::new();
    for count in plan {
        match &engine {
            Some(engine) => {
                engine
                    .jobs()
                    .generate(params(count))
                    .await
                    .expect("generate");
            }
            None => {
                let ids = client
                    .generate(&params(count))
                    .await
                    .expect("generate")
                    .job_ids;
                for id in ids {
                    tasks.push(tokio::spawn(naive_poll(
                        client.clone(),
                        id,
                        seen.clone(),
                        seed,
                    )));
                }
            }
        }
        tokio::time::sleep(gap).await;
    }
    wait_seen(&seen, n).await;
    if let Some(engine) = &engine {
        engine.shutdown().await;
    }
    for t in tasks {
        let _ = t.await;
    }
    let seen = seen.lock().unwrap().clone();
    measure(&sim, &seen)
}

async fn naive_poll(client: Client, id: String, seen: Seen, seed: u64) {
    let policy = policy();
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed ^ id.bytes().map(u64::from).sum::<u64>());
    let mut count = 0;
    loop {
        tokio::time::sleep(next_delay(&policy, count, &mut rng)).await;
        count += 1;
        if let Ok(job) = client.status(&id).await {
            if job.status.is_terminal() {
                seen.lock().unwrap().insert(id, unix_ms());
                return;
            }
        }
    }
}

fn measure(sim: &SimHandle, seen: &HashMap<String, i64>) -> Outcome {
    let stats = sim.stats();
    let requests = stats.requests.get("status").copied().unwrap_or(0)
        + stats.requests.get("history").copied().unwrap_or(0);
    let mut out = Outcome {
        requests,
        ..Default::default()
    };
    for job in sim.jobs() {
        let done = job.completes_real_unix_ms.expect("completion time");
        out.job_minutes += (done - job.created_real_unix_ms) as f64 / 1000.0 * SPEED / 60.0;
        if let Some(at) = seen.get(&job.job_id) {
            out.latencies
                .push(((at - done) as f64 / 1000.0 * SPEED).max(0.0));
        }
    }
    sim.shutdown();
    out
}

async fn run(n: usize, reps: usize, poller: Poller, learned: &Arc<Snapshot>) -> Outcome {
    let runs: Vec<_> = (0..reps)
        .map(|r| tokio::spawn(one_run(n, poller, 1000 + r as u64, learned.clone())))
        .collect();
    let mut total = Outcome::default();
    for r in runs {
        let o = r.await.expect("run");
        total.requests += o.requests;
        total.job_minutes += o.job_minutes;
        total.latencies.extend(o.latencies);
    }
    total
}

fn percentile(v: &[f64], p: f64) -> f64 {
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    if s.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * s.len() as f64).ceil() as usize;
    s[rank.clamp(1, s.len()) - 1]
}

fn rate(o: &Outcome) -> f64 {
    o.requests as f64 / o.job_minutes
}

fn p95(o: &Outcome) -> f64 {
    percentile(&o.latencies, 95.0)
}

/// One goal line: PASS/MISS, what was measured against what.
fn goal(n: usize, what: &str, got: f64, limit: f64) {
    let verdict = if got <= limit { "PASS" } else { "MISS" };
    println!("{verdict} N={n} {what}: {got:.3} (goal <= {limit:.3})");
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    println!("polling benchmark — simulator at {SPEED}x, policy scaled 1/{SPEED}; latencies in SIM seconds");
    println!("render times: skewed (log-normal body, slow tail, queue delays), not the matrix's uniform range");
    let learned = Arc::new(rt.block_on(warm_up()));
    println!(
        "{:>5} {:>7} {:>5} {:>9} {:>12} {:>8} {:>8}",
        "N", "poller", "jobs", "requests", "req/job-min", "p50 s", "p95 s"
    );
    let mut goals = Vec::new();
    for &(n, reps) in RUNS {
        let naive = rt.block_on(run(n, reps, Poller::Naive, &learned));
        let engine = rt.block_on(run(n, reps, Poller::Engine, &learned));
        let eta = rt.block_on(run(n, reps, Poller::Eta, &learned));
        for (poller, o) in [
            (Poller::Naive, &naive),
            (Poller::Engine, &engine),
            (Poller::Eta, &eta),
        ] {
            println!(
                "{:>5} {:>7} {:>5} {:>9} {:>12.2} {:>8.2} {:>8.2}",
                n,
                poller.name(),
                o.latencies.len(),
                o.requests,
                rate(o),
                percentile(&o.latencies, 50.0),
                p95(o)
            );
        }
        for (poller, o) in [(Poller::Engine, &engine), (Poller::Eta, &eta)] {
            println!(
                "{:>5} {:>7} vs naive: requests/job-min x{:.3}, p50 x{:.2}, p95 x{:.2}",
                n,
                poller.name(),
                rate(o) / rate(&naive),
                percentile(&o.latencies, 50.0) / percentile(&naive.latencies, 50.0),
                p95(o) / p95(&naive)
            );
        }
        goals.push((n, naive, engine, eta));
    }
    for (n, naive, engine, eta) in &goals {
        let n = *n;
        let (req, lat) = (rate(eta) / rate(naive), p95(eta) / p95(naive));
        match n {
            1 => {
                goal(n, "eta requests/job-min vs naive", req, 1.0);
                goal(n, "eta p95 detection vs naive", lat, 0.75);
            }
            _ => goal(n, "eta p95 detection vs naive", lat, 0.5),
        }
        if n == 100 {
            goal(n, "eta requests/job-min vs naive", req, 0.05);
            goal(
                n,
                "engine requests/job-min vs naive",
                rate(engine) / rate(naive),
                0.1,
            );
            goal(
                n,
                "engine p95 detection vs naive",
                p95(engine) / p95(naive),
                1.0,
            );
        }
    }
    println!("wall time {:.1} s", started.elapsed().as_secs_f64());
}
