//! Polling cost and detection latency: a naive poller (one task per job calling `status`
//! on the documented schedule 3, 5, 8, 10, 10… s with the same ±10 % jitter) against the
//! Engine (one task, coalesced history reads), both against the simulator over loopback.
//!
//! `cargo bench -p ulazai-engine --bench polling` prints a table; it is a measurement,
//! not a timed test. Per N: requests per job-minute (status + history requests / job
//! active sim-minutes, server creation → server completion), and detection latency in SIM
//! seconds (server completion → the poller saw it). Each N runs in several independent
//! repetitions (own simulator, own poller) in parallel so that small N get enough
//! samples. Jobs are created as a batch of batches (generate with count ≤ 4), staggered
//! over a few sim seconds; render times are the model's typical 30–45 s.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rand::SeedableRng;
use ulazai_engine::api::{Client, ClientConfig};
use ulazai_engine::engine::{Engine, EngineConfig};
use ulazai_engine::model::{EngineEvent, GenerateParams};
use ulazai_engine::poll::{next_delay, PollPolicy};
use ulazai_engine::secret::{ApiKey, Auth};
use ulazai_engine::store::MemoryPersist;
use ulazai_sim::{SimConfig, SimHandle};

/// Sim seconds per real second (the policy is scaled by 1 / SPEED).
const SPEED: f64 = 10.0;
/// Sim seconds over which a run's batches are created.
const STAGGER_SIM_SECS: f64 = 5.0;
/// (N, repetitions) — every repetition is an independent simulator + poller.
const RUNS: &[(usize, usize)] = &[(1, 40), (10, 10), (100, 3)];

#[derive(Clone, Copy, PartialEq)]
enum Poller {
    Naive,
    Engine,
}

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

async fn one_run(n: usize, poller: Poller, seed: u64) -> Outcome {
    let sim_cfg = SimConfig {
        speed: SPEED,
        pending_secs: 3.0,
        render_secs: None,
        seed,
        generate_limit_per_hour: 10_000,
        ..Default::default()
    };
    let sim = ulazai_sim::start(sim_cfg, "127.0.0.1:0".parse().unwrap())
        .await
        .expect("simulator");
    let client_cfg = ClientConfig::new(sim.base_url());
    let seen: Arc<Mutex<HashMap<String, i64>>> = Arc::default();
    let plan = batches(n);
    let gap = Duration::from_secs_f64(STAGGER_SIM_SECS / SPEED / plan.len().max(1) as f64);

    let engine = match poller {
        Poller::Engine => {
            let cfg = EngineConfig {
                poll: policy(),
                ..EngineConfig::new(client_cfg.clone())
            };
            let engine = Engine::start(cfg, Some(auth()), Arc::new(MemoryPersist::new()))
                .await
                .expect("engine");
            let mut rx = engine.subscribe();
            let seen = seen.clone();
            tokio::spawn(async move {
                while let Some(ev) = rx.recv().await {
                    if let EngineEvent::JobTerminal { job } = ev {
                        seen.lock().unwrap().insert(job.id, unix_ms());
                    }
                }
            });
            Some(engine)
        }
        Poller::Naive => None,
    };
    let client = Client::new(client_cfg, Some(auth())).expect("client");
    let mut tasks = Vec::new();
    for count in plan {
        match &engine {
            Some(engine) => {
                engine.generate(params(count)).await.expect("generate");
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
    // Every job is detected within ~90 sim s of its creation.
    let deadline = tokio::time::Instant::now() + Duration::from_secs_f64(120.0 / SPEED + 10.0);
    while seen.lock().unwrap().len() < n {
        assert!(
            tokio::time::Instant::now() < deadline,
            "jobs not detected in time"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    if let Some(engine) = &engine {
        engine.shutdown().await;
    }
    for t in tasks {
        let _ = t.await;
    }
    let seen = seen.lock().unwrap().clone();
    measure(&sim, &seen)
}

async fn naive_poll(client: Client, id: String, seen: Arc<Mutex<HashMap<String, i64>>>, seed: u64) {
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

async fn run(n: usize, reps: usize, poller: Poller) -> Outcome {
    let runs: Vec<_> = (0..reps)
        .map(|r| tokio::spawn(one_run(n, poller, 1000 + r as u64)))
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

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    println!("polling benchmark — simulator at {SPEED}x, policy scaled 1/{SPEED}; latencies in SIM seconds");
    println!(
        "{:>5} {:>7} {:>5} {:>9} {:>12} {:>8} {:>8}",
        "N", "poller", "jobs", "requests", "req/job-min", "p50 s", "p95 s"
    );
    let mut targets = None;
    for &(n, reps) in RUNS {
        let naive = rt.block_on(run(n, reps, Poller::Naive));
        let engine = rt.block_on(run(n, reps, Poller::Engine));
        let rate = |o: &Outcome| o.requests as f64 / o.job_minutes;
        for (name, o) in [("naive", &naive), ("engine", &engine)] {
            println!(
                "{:>5} {:>7} {:>5} {:>9} {:>12.2} {:>8.2} {:>8.2}",
                n,
                name,
                o.latencies.len(),
                o.requests,
                rate(o),
                percentile(&o.latencies, 50.0),
                percentile(&o.latencies, 95.0)
            );
        }
        let req_ratio = rate(&engine) / rate(&naive);
        let p95 = (
            percentile(&engine.latencies, 95.0),
            percentile(&naive.latencies, 95.0),
        );
        println!(
            "{:>5} {:>7} requests/job-min x{:.3}, p50 x{:.2}, p95 x{:.2}",
            n,
            "ratio",
            req_ratio,
            percentile(&engine.latencies, 50.0) / percentile(&naive.latencies, 50.0),
            p95.0 / p95.1
        );
        if n == 100 {
            targets = Some((req_ratio, p95));
        }
    }
    if let Some((req_ratio, (engine_p95, naive_p95))) = targets {
        let verdict = |ok: bool| if ok { "PASS" } else { "MISS" };
        println!(
            "{} N=100 requests per job-minute <= 1/10 of naive (engine/naive = {req_ratio:.3})",
            verdict(req_ratio <= 0.1)
        );
        println!(
            "{} N=100 p95 detection latency <= naive (engine {engine_p95:.2} s, naive {naive_p95:.2} s)",
            verdict(engine_p95 <= naive_p95)
        );
    }
    println!("wall time {:.1} s", started.elapsed().as_secs_f64());
}
