//! Placement by expected completion, the hard request budget and learning, on the
//! production policy (unscaled) with paused tokio time: the embedded simulator's clock
//! follows tokio's, so minutes of renders pass in a moment. Real engine, real simulator,
//! real HTTP over loopback; timings read from the simulator's request log.

use crate::support::engine as support;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use support::*;
use tokio::time::Instant;
use ulazai_engine::engine::Engine;
use ulazai_engine::engine::EngineEvent;
use ulazai_engine::poll::budget::naive_checks;
use ulazai_engine::poll::PollPolicy;
use ulazai_engine::store::MemoryPersist;
use ulazai_sim::{RenderTimes, SimConfig, SimHandle};

const MODEL: &str = "veo31_fast";
/// Real time that passes during a paused-time test (see the budget check).
const WALL_CLOCK_SLACK: f64 = 0.05;

fn production() -> PollPolicy {
    PollPolicy {
        seed: Some(7),
        ..PollPolicy::documented()
    }
}

/// A simulator at speed 1 whose renders follow `times` (sim seconds = test seconds).
async fn sim_with(times: RenderTimes, seed: u64) -> SimHandle {
    sim(SimConfig {
        speed: 1.0,
        pending_secs: 3.0,
        render_times: Some(times),
        generate_limit_per_hour: 100_000,
        seed,
        ..Default::default()
    })
    .await
}

/// When each job's `JobTerminal` arrived, in sim seconds (the sim starts at `t0`).
fn record_terminals(engine: &Engine, t0: Instant) -> Arc<Mutex<HashMap<String, f64>>> {
    let seen: Arc<Mutex<HashMap<String, f64>>> = Arc::default();
    let mut rx = engine.subscribe();
    let out = seen.clone();
    tokio::spawn(async move {
        while let Some(ev) = rx.recv().await {
            if let EngineEvent::JobTerminal { job } = ev {
                let at = (Instant::now() - t0).as_secs_f64();
                out.lock().unwrap().insert(job.id, at);
            }
        }
    });
    seen
}

/// Sim-second creation time of every job, from the simulator's generate log.
fn created(sim: &SimHandle) -> HashMap<String, f64> {
    log_of(sim, "generate")
        .into_iter()
        .filter(|r| r.status == 200)
        .flat_map(|r| {
            let ids = r.job_id.unwrap_or_default();
            ids.split(',')
                .map(|id| (id.trim().to_string(), r.sim_secs))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Status checks of one job, as ages (sim seconds after its creation).
fn check_ages(sim: &SimHandle, id: &str, born: f64) -> Vec<f64> {
    log_of(sim, "status")
        .into_iter()
        .filter(|r| r.job_id.as_deref() == Some(id))
        .map(|r| r.sim_secs - born)
        .collect()
}

async fn one_job(engine: &Engine, ev: &mut Events) -> String {
    let id = generate_ids(engine, "one clip", 1).await.remove(0);
    ev.until_terminal(std::slice::from_ref(&id), 600.0).await;
    id
}

/// 100 jobs created one by one at random times; then the budget's two bounds, checked
/// against the simulator's request log.
async fn budget_holds_one_by_one(policy: PollPolicy) {
    let t0 = Instant::now();
    let sim = sim_with(RenderTimes::default(), 11).await;
    let (engine, mut ev) = engine_with(&sim, policy.clone(), Arc::new(MemoryPersist::new())).await;
    let seen = record_terminals(&engine, t0);
    let mut rng = StdRng::seed_from_u64(5);
    let mut ids = Vec::new();
    // Sparse first (windows rarely overlap: nothing is shared), then a dense stretch
    // (many jobs at once: the per-user cap binds).
    for i in 0..100 {
        let gap = if i < 40 { 0.0..25.0 } else { 0.0..1.5 };
        tokio::time::sleep(Duration::from_secs_f64(rng.random_range(gap))).await;
        ids.extend(generate_ids(&engine, "one at a time", 1).await);
    }
    ev.until_terminal(&ids, 900.0).await;
    engine.shutdown().await;

    let born = created(&sim);
    let detected = seen.lock().unwrap().clone();
    // Skip the start-up history reload (the creator's, not a job's).
    let polls: Vec<f64> = poll_log(&sim).iter().skip(1).map(|r| r.sim_secs).collect();
    assert!(polls.len() > 100, "{} polls", polls.len());
    // At every request: no more requests so far than the naive documented schedule would
    // have sent by then for the same jobs while the engine followed them.
    for (sent, t) in polls.iter().enumerate() {
        let naive: f64 = ids
            .iter()
            .map(|id| {
                let (b, d) = (born[id], detected[id]);
                // The engine dates a new job from its local `created_at`, on the wall
                // clock, which runs on (a few ms) while paused tokio time stands still.
                let age = (t.min(d) - b + WALL_CLOCK_SLACK).max(0.0);
                naive_checks(&policy, Duration::from_secs_f64(age))
            })
            .sum();
        assert!(
            (sent + 1) as f64 <= naive + 1e-6,
            "request {} at {t:.2} s: only {naive} naive checks by then",
            sent + 1
        );
    }
    // And in total no more than the naive poller itself (which stops at ITS detection:
    // the first documented check after the render completed).
    let naive_total: f64 = sim
        .jobs()
        .iter()
        .map(|j| {
            let took = j.completes_real_unix_ms.unwrap() - j.created_real_unix_ms;
            naive_checks(&policy, Duration::from_millis(took as u64)) + 1.0
        })
        .sum();
    assert!(
        polls.len() as f64 <= naive_total,
        "{} requests, naive {naive_total}",
        polls.len()
    );
    // The per-user cap: never more than 30 requests in any minute (the reload included).
    let all: Vec<f64> = poll_log(&sim).iter().map(|r| r.sim_secs).collect();
    for (i, t) in all.iter().enumerate() {
        let in_minute = all[i..].iter().take_while(|u| **u < t + 60.0).count();
        assert!(
            in_minute <= 30,
            "{in_minute} requests in the minute from {t:.1} s: {:?}",
            &all[i..i + in_minute]
        );
    }
}

#[tokio::test(start_paused = true)]
async fn budget_holds_for_jobs_created_one_by_one_at_random_times() {
    budget_holds_one_by_one(production()).await;
}

#[tokio::test(start_paused = true)]
async fn budget_is_enforced_even_against_a_greedy_placement() {
    // A placement that plans four times the credit it has, checks every 0.5 s in the
    // window and every 2 s before it: the scheduler, not the plan, keeps the budget.
    let mut policy = production();
    let eta = policy.eta.as_mut().unwrap();
    eta.budget_use = 4.0;
    eta.in_window = Duration::from_millis(500);
    eta.before_window = Duration::from_secs(2);
    budget_holds_one_by_one(policy).await;
}

#[tokio::test(start_paused = true)]
async fn a_job_far_past_its_window_falls_back_to_the_documented_cadence() {
    // The matrix says 30–45 s; this render takes 200 s (a long queue).
    let sim = sim(SimConfig {
        speed: 1.0,
        pending_secs: 3.0,
        render_secs: Some(200.0),
        ..Default::default()
    })
    .await;
    let (engine, mut ev) = engine_with(&sim, production(), Arc::new(MemoryPersist::new())).await;
    let id = generate_ids(&engine, "one long clip", 1).await.remove(0);
    let est = engine
        .jobs()
        .render_estimate(MODEL)
        .expect("the matrix's range");
    assert_eq!((est.window_secs, est.learned_from), ((30, 45), 0));
    ev.until_terminal(std::slice::from_ref(&id), 600.0).await;
    let born = created(&sim)[&id];
    let ages = check_ages(&sim, &id, born);
    // First check 4.5 s (±10 %), then at most 20 s (±10 %) later, then the window's opening
    // at 30 s.
    assert!((4.0..=5.0).contains(&ages[0]), "{ages:?}");
    assert!((21.5..=27.0).contains(&ages[1]), "{ages:?}");
    assert!((27.0..=33.5).contains(&ages[2]), "{ages:?}");
    // Past the window: every 10 s (±10 %) until the render completes at 203 s.
    let past: Vec<f64> = ages.iter().copied().filter(|a| *a > 50.0).collect();
    let gaps: Vec<f64> = past.windows(2).map(|w| w[1] - w[0]).collect();
    assert!(gaps.len() >= 13, "{ages:?}");
    assert!(
        gaps.iter().all(|g| (8.9..=11.2).contains(g)),
        "not the 10 s cadence: {gaps:?}"
    );
    assert!(*ages.last().unwrap() >= 203.0 && *ages.last().unwrap() < 214.0);
    engine.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn a_model_whose_renders_double_is_relearned_within_twelve_jobs() {
    // This creator's past: 16 renders around 37 s, learned and saved with the store.
    let persist = MemoryPersist::new();
    let before = sim_with(RenderTimes::default(), 21).await;
    let (engine, mut ev) = engine_with(&before, production(), Arc::new(persist.clone())).await;
    for _ in 0..16 {
        one_job(&engine, &mut ev).await;
    }
    let learned = engine.jobs().render_estimate(MODEL).unwrap();
    engine.shutdown().await;
    assert_eq!(learned.learned_from, 16);
    assert!((32..=42).contains(&learned.typical_secs), "{learned:?}");
    // Those renders were yesterday. (Paused time moves a simulator's clock but the next
    // simulator anchors its stamps at the real wall clock again, behind the first one's.)
    let mut saved = persist.current().unwrap();
    for m in saved.eta.models.values_mut() {
        m.samples
            .iter_mut()
            .for_each(|s| s.created_unix_ms -= 86_400_000);
    }

    // The provider slows down: renders take twice as long (median ~71 s from creation).
    let slower = RenderTimes {
        median_factor: 2.0 * RenderTimes::default().median_factor,
        ..RenderTimes::default()
    };
    let after = sim_with(slower, 22).await;
    let persist = Arc::new(MemoryPersist::with(saved));
    let (engine, mut ev) = engine_with(&after, production(), persist).await;
    let restored = engine.jobs().render_estimate(MODEL).unwrap();
    assert_eq!(restored, learned, "the estimate survives a restart");
    let mut typical = Vec::new();
    for _ in 0..12 {
        one_job(&engine, &mut ev).await;
        typical.push(engine.jobs().render_estimate(MODEL).unwrap().typical_secs);
    }
    // Bounded: the rolling median turns once 9 of the 16 kept renders are slow, then the
    // estimate follows in steps of at most ×1.25.
    let relearned = typical.iter().position(|t| (60..=80).contains(t));
    assert!(
        relearned.is_some_and(|i| typical[i..].iter().all(|t| (60..=80).contains(t))),
        "typical seconds after each job: {typical:?}"
    );
    for w in typical.windows(2) {
        assert!(
            f64::from(w[1]) <= f64::from(w[0]) * 1.25 + 1.0,
            "{typical:?}"
        );
    }
    let window = engine.jobs().render_estimate(MODEL).unwrap().window_secs;
    assert!(
        window.1 >= learned.window_secs.1 * 3 / 2,
        "{window:?} vs {learned:?}"
    );
    engine.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn jobs_whose_windows_overlap_share_reads() {
    let t0 = Instant::now();
    let sim = sim_with(RenderTimes::default(), 31).await;
    let (engine, mut ev) = engine_with(&sim, production(), Arc::new(MemoryPersist::new())).await;
    let seen = record_terminals(&engine, t0);
    let mut ids = generate_ids(&engine, "first four", 4).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    ids.extend(generate_ids(&engine, "four more", 4).await);
    ev.until_terminal(&ids, 600.0).await;
    engine.shutdown().await;

    // While two or more jobs run, every check is a shared history read; `status` only
    // for the last one left (here a render held up in the queue).
    let mut detected: Vec<f64> = seen.lock().unwrap().values().copied().collect();
    detected.sort_by(f64::total_cmp);
    let second_last = detected[detected.len() - 2];
    let status = log_of(&sim, "status");
    assert!(
        status.iter().all(|r| r.sim_secs >= second_last),
        "status while others ran: {status:?}"
    );
    let reads: Vec<f64> = log_of(&sim, "history")
        .iter()
        .skip(1)
        .map(|r| r.sim_secs)
        .collect();
    // One read per round, rounds at least the densest spacing (3 s, -10 %) apart.
    let gaps: Vec<f64> = reads.windows(2).map(|w| w[1] - w[0]).collect();
    assert!(gaps.iter().all(|g| *g >= 2.6), "reads at {reads:?}");
    // The naive poller would have sent about 8 × 6 requests for these renders.
    let total = reads.len() + status.len();
    assert!(total <= 20, "{total} requests: reads {reads:?}, {status:?}");
}
