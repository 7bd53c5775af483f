//! The soak: the real app binary against a simulator that injects every fault at once
//! (30 % 5xx, connection resets, malformed bodies, extra latency, a 429 storm with
//! `Retry-After`, a failure rate with refunds), jobs submitted in batches through the app's
//! own IPC `generate` command in its window (WebDriver), and the app SIGKILLed at random
//! moments — one of them while a generate request is in flight — and started again. Then
//! the faults stop, the run converges, and the app's stored jobs (`jobs.db`) are compared
//! with the simulator's own record.
//!
//! Used by the full benchmark (`make soak`, benches/soak.rs) and by the short test in
//! `make test` (tests/shell/brief_soak.rs). Needs the desktop session (tests/harness).

#[allow(dead_code)]
use ulazai_testkit::webdriver as driver;

mod app;
mod report;
mod submit;

use std::time::{Duration, Instant};

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use ulazai_sim::{Faults, SimConfig, SimHandle};

pub use report::Report;

/// One soak run's shape.
#[derive(Debug, Clone)]
pub struct Plan {
    /// Jobs to submit in all (batches of 1 to 4).
    pub jobs: u32,
    /// SIGKILLs of the app; the first one lands while a generate request is in flight.
    pub kills: u32,
    /// Submissions are spread over this long.
    pub submit_for: Duration,
    /// Faults stay on this long after the first submission.
    pub faults_for: Duration,
    /// After the faults end, the run must converge within this long.
    pub converge_within: Duration,
    pub seed: u64,
}

impl Plan {
    /// The run: 100 jobs, three kills.
    pub fn full() -> Plan {
        Plan {
            jobs: 100,
            kills: 3,
            submit_for: Duration::from_secs(120),
            faults_for: Duration::from_secs(150),
            converge_within: Duration::from_secs(240),
            seed: seed_from_env(7),
        }
    }

    /// The version `make test` runs: 20 jobs, one kill (during a generate).
    pub fn short() -> Plan {
        Plan {
            jobs: 20,
            kills: 1,
            submit_for: Duration::from_secs(25),
            faults_for: Duration::from_secs(35),
            converge_within: Duration::from_secs(180),
            seed: seed_from_env(11),
        }
    }
}

/// `SOAK_SEED` picks another run (the report prints the seed it used).
fn seed_from_env(default: u64) -> u64 {
    std::env::var("SOAK_SEED")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(default)
}

/// The faults while they are on: the list, all at once.
pub fn storm_faults() -> Faults {
    Faults {
        latency_ms: 120,
        error_rate_5xx: 0.30,
        reset_rate: 0.05,
        malformed_rate: 0.05,
        failure_rate: Some(0.15),
        ..Faults::default()
    }
}

/// The 429 storm (added once, part-way through the fault window).
fn rate_limit_storm() -> Faults {
    Faults {
        storm_429: 12,
        storm_retry_after_secs: 3,
        ..storm_faults()
    }
}

/// A simulator in real time (2 s pending, then each model's typical render time, 20 to
/// 90 s), with generous credits and limits (the 429s come from the storm), accepting `key`.
async fn start_sim(key: &str) -> SimHandle {
    let mut cfg = SimConfig {
        speed: 1.0,
        pending_secs: 2.0,
        render_secs: None,
        credits: 10_000_000,
        generate_limit_per_hour: 10_000,
        seed: 1,
        ..SimConfig::default()
    };
    cfg.keys.push(key.to_string());
    ulazai_testkit::sim::start(cfg).await
}

/// Whether the desktop session is here (outside it: a note, and the caller skips; inside
/// it a missing piece fails).
pub fn available() -> bool {
    driver::e2e_available()
}

/// Run the soak and return its figures (the caller decides what a miss means).
pub async fn run(plan: &Plan) -> Result<Report, String> {
    let mut rng = StdRng::seed_from_u64(plan.seed);
    let key = format!("ulazai_live_soak_{}_k3y5ecr3t", std::process::id());
    let sim = start_sim(&key).await;
    let profile = driver::Profile::new("soak");
    profile.store_key(&key)?;

    let batches = submit::batches(plan.jobs, &mut rng);
    // Kill moments, as fractions of the submission window; the first is the in-flight one.
    let mut kill_at: Vec<Duration> = (0..plan.kills)
        .map(|i| {
            let lo = 0.15 + 0.7 * i as f64 / plan.kills.max(1) as f64;
            plan.submit_for.mul_f64(lo + rng.random_range(0.0..0.15))
        })
        .collect();
    kill_at.sort();
    let storm_at = plan.submit_for.mul_f64(0.4);

    let mut app = app::SoakApp::launch(&profile, &sim).await?;
    let mut user = submit::User::new(batches, plan.submit_for);
    let started = Instant::now();
    sim.set_faults(storm_faults());
    let mut storm_done = false;
    let mut faults_end: Option<Instant> = None;
    let mut kills = Vec::new();

    while !user.finished() || faults_end.is_none() {
        let t = started.elapsed();
        if !storm_done && t >= storm_at && faults_end.is_none() {
            sim.set_faults(rate_limit_storm());
            storm_done = true;
        }
        if faults_end.is_none() && t >= plan.faults_for {
            sim.set_faults(Faults::default());
            faults_end = Some(Instant::now());
        }
        if kills.len() < kill_at.len() && t >= kill_at[kills.len()] {
            let in_flight = kills.is_empty();
            let kill = if in_flight {
                app::kill_during_generate(app, &mut user, &sim, faults_end.is_none()).await?
            } else {
                app.sigkill(false).await?
            };
            kills.push(app::Kill {
                at_secs: started.elapsed().as_secs_f64(),
                ..kill
            });
            user.forget_in_flight();
            app = app::SoakApp::launch(&profile, &sim).await?;
            continue;
        }
        user.step(&app).await?;
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let faults_end = faults_end.expect("the loop ends after the faults");
    let converged = report::wait_converged(&sim, &profile.data_dir, plan.converge_within).await;
    let converged_after = converged.map(|at| at.saturating_duration_since(faults_end));
    let report = Report::build(
        plan,
        &sim,
        &profile.data_dir,
        &user,
        kills,
        converged_after,
        started,
    );
    app.close().await;
    sim.shutdown();
    Ok(report)
}
