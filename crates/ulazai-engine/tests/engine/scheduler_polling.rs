//! The poll scheduler's schedule and coalescing, measured from the simulator's request
//! log (sim-clock timestamps), over real loopback HTTP.

use crate::support::engine as support;

use std::sync::Arc;

use support::*;
use ulazai_engine::model::JobStatus;
use ulazai_engine::poll::PollPolicy;
use ulazai_engine::store::MemoryPersist;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn single_job_follows_documented_backoff_3_5_8_10_10() {
    // Speed 10: 1 ms of real latency is 0.01 sim seconds.
    let speed = 10.0;
    let sim = sim_at(speed, 2.0, 60.0).await;
    // The documented cadence: what jobs get without a completion window (unknown model,
    // merge outputs) and past their window (`scheduler_eta` has the placement by window).
    let poll = policy(speed).without_eta();
    let (engine, _ev) = engine_with(&sim, poll, Arc::new(MemoryPersist::new())).await;
    let jobs = engine
        .jobs()
        .generate(params("one slow whale", 1))
        .await
        .expect("generate");
    let id = jobs[0].id.clone();
    eventually(15.0, "five status requests for the job", || {
        log_of(&sim, "status")
            .iter()
            .filter(|r| r.job_id.as_deref() == Some(id.as_str()))
            .count()
            >= 5
    })
    .await;

    let created = log_of(&sim, "generate")
        .into_iter()
        .find(|r| r.job_id.as_deref().is_some_and(|j| j.contains(id.as_str())))
        .expect("generate logged");
    let status: Vec<f64> = log_of(&sim, "status")
        .into_iter()
        .filter(|r| r.job_id.as_deref() == Some(id.as_str()))
        .map(|r| r.sim_secs)
        .take(5)
        .collect();
    let mut gaps = vec![status[0] - created.sim_secs];
    gaps.extend(status.windows(2).map(|w| w[1] - w[0]));
    let expected = [3.0, 5.0, 8.0, 10.0, 10.0];
    for (gap, want) in gaps.iter().zip(expected) {
        // ±10 % jitter, plus 0.4 sim s (40 ms real) for request latency and timers.
        assert!(
            (*gap >= want * 0.9 - 0.05) && (*gap <= want * 1.1 + 0.4),
            "gaps {gaps:?} do not follow {expected:?}"
        );
    }
    // A lone job is never refreshed through history (only the start-up reload read it).
    assert_eq!(count(&sim, "history"), 1);
    engine.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn five_due_jobs_share_one_history_read_per_round() {
    let speed = 20.0;
    let sim = sim_at(speed, 2.0, 30.0).await;
    // On the documented cadence, so that the rounds fall at known times.
    let poll = policy(speed).without_eta();
    let (engine, mut ev) = engine_with(&sim, poll, Arc::new(MemoryPersist::new())).await;
    let mut ids = generate_ids(&engine, "five foxes", 4).await;
    ids.extend(generate_ids(&engine, "five foxes", 1).await);
    assert_eq!(ids.len(), 5);
    ev.until_terminal(&ids, 20.0).await;

    let history = log_of(&sim, "history");
    assert_eq!(
        count(&sim, "status"),
        0,
        "no per-job status call while history covers every job"
    );
    // Rounds at ~3, 8, 16, 26, 36 sim s after creation (+1 read at start-up).
    assert!(
        (5..=7).contains(&history.len()),
        "history reads: {}",
        history.len()
    );
    // One read per round: consecutive reads are at least a (jittered) schedule step apart.
    for w in history.windows(2).skip(1) {
        assert!(
            w[1].sim_secs - w[0].sim_secs >= 2.5,
            "two history reads in one round: {history:?}"
        );
    }
    for id in &ids {
        assert_eq!(ev.terminal_count(id), 1);
        assert_eq!(engine.jobs().get(id).unwrap().status, JobStatus::Completed);
    }
    engine.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn jobs_missing_from_history_fall_back_to_status() {
    let speed = 20.0;
    let sim = sim_at(speed, 2.0, 20.0).await;
    // History pages of 2 and a single page per round: 3 of the 5 jobs are never listed.
    let poll = PollPolicy {
        history_page: 2,
        max_history_pages: 1,
        ..policy(speed)
    };
    let (engine, mut ev) = engine_with(&sim, poll, Arc::new(MemoryPersist::new())).await;
    let mut ids = generate_ids(&engine, "older", 3).await;
    let newest = generate_ids(&engine, "newer", 2).await;
    ids.extend(newest.iter().cloned());
    ev.until_terminal(&ids, 20.0).await;

    let status = log_of(&sim, "status");
    let asked: std::collections::HashSet<String> =
        status.iter().filter_map(|r| r.job_id.clone()).collect();
    assert_eq!(
        asked.len(),
        3,
        "status is used exactly for the jobs history did not list"
    );
    for id in &newest {
        assert!(
            !asked.contains(id),
            "a job listed by history was also asked by status"
        );
    }
    // Each round: one history read, then one status per missing job.
    let rounds = count(&sim, "history") - 1;
    assert!(rounds >= 3);
    assert!(
        status.len() as u64 <= 3 * rounds,
        "status {} for {rounds} rounds",
        status.len()
    );
    engine.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn further_history_pages_only_while_wanted_jobs_are_missing() {
    let speed = 20.0;
    let sim = sim_at(speed, 2.0, 20.0).await;
    // Pages of 2, up to 3 pages: 5 jobs need pages at offsets 0, 2 and 4 every round
    // (on the documented cadence, where the five stay due together). Without jitter the
    // rounds fall when the jobs earn their request credit (3, 8, 16 s...): three pages a
    // round stay within it. (With jitter, a round a little early may only afford two.)
    let poll = PollPolicy {
        history_page: 2,
        max_history_pages: 3,
        jitter: 0.0,
        ..policy(speed).without_eta()
    };
    let (engine, mut ev) = engine_with(&sim, poll, Arc::new(MemoryPersist::new())).await;
    let ids = generate_ids(&engine, "paged", 4).await;
    let mut all = ids.clone();
    all.extend(generate_ids(&engine, "paged", 1).await);
    ev.until_terminal(&all, 20.0).await;
    assert_eq!(count(&sim, "status"), 0);
    // The log has no query strings: group the reads into rounds by time (a round's pages
    // follow each other within milliseconds; rounds are seconds apart).
    let mut rounds: Vec<Vec<f64>> = Vec::new();
    for r in log_of(&sim, "history").iter().skip(1) {
        match rounds.last_mut() {
            Some(round) if r.sim_secs - round[round.len() - 1] < 1.0 => round.push(r.sim_secs),
            _ => rounds.push(vec![r.sim_secs]),
        }
    }
    let pages: Vec<usize> = rounds.iter().map(Vec::len).collect();
    assert!(
        pages.iter().all(|n| *n <= 3),
        "more pages than max_history_pages: {pages:?}"
    );
    assert!(
        pages.contains(&3),
        "the oldest job needs the third page: {pages:?}"
    );
    engine.shutdown().await;
}
