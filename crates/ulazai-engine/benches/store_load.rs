//! Loading the job store: `Store::from_snapshot` (what every start does with the saved
//! jobs) and `Store::insert` one job at a time, for 1,000 to 40,000 jobs.
//!
//! `cargo bench -p ulazai-engine --bench store_load` prints a table; it is a measurement,
//! not a timed test. The last column is the time per job relative to the first size of
//! the same kind in this run: it stays flat when loading is linear and grows with N when
//! it is quadratic. (Expect one step up once the jobs no longer fit in the CPU caches,
//! around 10,000–20,000 jobs here; past it the column is flat again.) Other sizes:
//! `cargo bench -p ulazai-engine --bench store_load -- 1000 5000 80000`.

use std::time::{Duration, Instant};

use ulazai_engine::api::parse_history_body;
use ulazai_engine::model::{Job, JobOrigin};
use ulazai_engine::store::{Snapshot, Store, SNAPSHOT_VERSION};

/// Job counts measured (or the counts given on the command line after `--`).
const SIZES: &[usize] = &[1_000, 10_000, 20_000, 40_000];
/// Runs per measurement (the best is kept); a single run when one takes over a second.
const REPEATS: usize = 3;

/// `n` jobs as the store saves them: newest first, one second apart.
fn saved_jobs(n: usize) -> Vec<Job> {
    let start = chrono::DateTime::parse_from_rfc3339("2026-02-20T12:00:00Z").unwrap();
    let entries: Vec<String> = (0..n)
        .map(|i| {
            let at = start - chrono::Duration::seconds(i as i64);
            format!(
                r#"{{"job_id":"job-{i:06}","status":"completed","model_slug":"veo31_fast",
                    "prompt":"a red fox in the snow, take {i}","created_at":"{}"}}"#,
                at.to_rfc3339()
            )
        })
        .collect();
    let body = format!(r#"{{"success":true,"jobs":[{}]}}"#, entries.join(","));
    parse_history_body(&body)
        .unwrap()
        .iter()
        .map(|r| Job::from_remote(r, JobOrigin::History, "2026-01-01T00:00:00.000Z"))
        .collect()
}

/// A fixed shuffle (a small LCG: the same order on every run).
fn shuffled(mut jobs: Vec<Job>) -> Vec<Job> {
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    for i in (1..jobs.len()).rev() {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        jobs.swap(i, (state >> 33) as usize % (i + 1));
    }
    jobs
}

/// The best of a few runs of `load` on fresh copies of `jobs`.
fn best(jobs: &[Job], load: impl Fn(Vec<Job>) -> Store) -> Duration {
    let run = || {
        let copy = jobs.to_vec();
        let t = Instant::now();
        let store = load(copy);
        let took = t.elapsed();
        assert_eq!(store.len(), jobs.len());
        took
    };
    let first = run();
    if first > Duration::from_secs(1) {
        return first;
    }
    (1..REPEATS).map(|_| run()).fold(first, Duration::min)
}

fn from_snapshot(jobs: Vec<Job>) -> Store {
    Store::from_snapshot(Snapshot {
        version: SNAPSHOT_VERSION,
        jobs,
        ..Snapshot::default()
    })
}

fn one_by_one(jobs: Vec<Job>) -> Store {
    let mut store = Store::new();
    for job in jobs {
        store.insert(job);
    }
    store
}

fn main() {
    type Load = fn(Vec<Job>) -> Store;
    let kinds: [(&str, bool, Load); 3] = [
        ("from_snapshot, saved order", false, from_snapshot),
        ("from_snapshot, shuffled", true, from_snapshot),
        ("insert one by one, saved order", false, one_by_one),
    ];
    println!(
        "{:<32} {:>7} {:>10} {:>10} {:>9}",
        "load", "jobs", "total ms", "µs/job", "vs first"
    );
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        SIZES.to_vec()
    } else {
        sizes
    };
    for (name, shuffle, load) in kinds {
        let mut per_job_first = None;
        for &n in &sizes {
            let jobs = saved_jobs(n);
            let jobs = if shuffle { shuffled(jobs) } else { jobs };
            let took = best(&jobs, load);
            let per_job = took.as_secs_f64() * 1e6 / n as f64;
            let base = *per_job_first.get_or_insert(per_job);
            println!(
                "{name:<32} {n:>7} {:>10.2} {per_job:>10.3} {:>8.1}x",
                took.as_secs_f64() * 1e3,
                per_job / base
            );
        }
    }
}
