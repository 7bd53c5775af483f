//! How polling reacts to a misbehaving server (the simulator's fault injection):
//! 429 + Retry-After, 5xx and connection resets (global exponential backoff, capped),
//! 401 (pause until new credentials) and 404 (the job is unknown: stop polling it).

use crate::support::engine as support;

use std::time::Duration;

use support::*;
use ulazai_engine::engine::EngineEvent;
use ulazai_engine::model::{Connectivity, Job, JobOrigin, JobStatus, KeyState};
use ulazai_engine::secret::{ApiKey, Auth};
use ulazai_sim::{Faults, RequestRecord};

fn is_backing_off(e: &EngineEvent) -> bool {
    matches!(
        e,
        EngineEvent::Connectivity {
            state: Connectivity::BackingOff { .. }
        }
    )
}

fn is_online(e: &EngineEvent) -> bool {
    matches!(
        e,
        EngineEvent::Connectivity {
            state: Connectivity::Online
        }
    )
}

/// Wait until the simulator logged one polling request after `seq`.
async fn first_poll_after(sim: &ulazai_sim::SimHandle, seq: u64) -> RequestRecord {
    let mut found = None;
    eventually(10.0, "a polling request", || {
        found = poll_log(sim).into_iter().find(|r| r.seq > seq);
        found.is_some()
    })
    .await;
    found.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retry_after_pauses_all_polling_then_online() {
    let speed = 20.0;
    let sim = sim_at(speed, 2.0, 60.0).await;
    let (engine, mut ev) = engine(&sim, speed).await;
    let ids = generate_ids(&engine, "storm", 2).await;
    let first = first_poll_after(&sim, 0).await;
    sim.set_faults(Faults {
        storm_429: 3,
        storm_retry_after_secs: 1,
        ..Default::default()
    });

    let off = ev.until(10.0, "BackingOff", is_backing_off).await;
    let EngineEvent::Connectivity {
        state: Connectivity::BackingOff {
            reason, retry_at, ..
        },
    } = off
    else {
        unreachable!()
    };
    assert!(reason.contains("429"), "{reason}");
    assert!(
        chrono::DateTime::parse_from_rfc3339(&retry_at).is_ok(),
        "{retry_at}"
    );
    ev.until(10.0, "Online after the storm", is_online).await;

    let log: Vec<RequestRecord> = poll_log(&sim)
        .into_iter()
        .filter(|r| r.seq > first.seq)
        .collect();
    let throttled: Vec<&RequestRecord> = log.iter().filter(|r| r.status == 429).collect();
    assert_eq!(throttled.len(), 3, "{log:?}");
    for t in &throttled {
        let next = log
            .iter()
            .find(|r| r.seq > t.seq)
            .expect("a request after each 429");
        assert!(
            next.real_ms - t.real_ms >= 1000.0,
            "request {} came {:.0} ms after a 429 with Retry-After: 1",
            next.seq,
            next.real_ms - t.real_ms
        );
    }
    ev.until_terminal(&ids, 20.0).await;
    engine.shutdown().await;
}

/// Gaps (real ms) between consecutive failed polling requests after `seq`.
fn failure_gaps(sim: &ulazai_sim::SimHandle, seq: u64) -> Vec<f64> {
    let failed: Vec<RequestRecord> = poll_log(sim)
        .into_iter()
        .filter(|r| r.seq > seq && (r.status >= 500 || r.status == 0))
        .collect();
    failed
        .windows(2)
        .map(|w| w[1].real_ms - w[0].real_ms)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_errors_and_resets_back_off_with_cap_then_recover() {
    let speed = 50.0; // backoff 2 s → 40 ms real, cap 60 s → 1.2 s real
    let sim = sim_at(speed, 2.0, 1000.0).await;
    let (engine, mut ev) = engine(&sim, speed).await;
    // Four jobs: their request credit covers every retry, so the gaps show the backoff
    // alone (a lone job's retries also wait for its credit: failed requests count).
    let ids = generate_ids(&engine, "flaky", 4).await;
    let first = first_poll_after(&sim, 0).await;

    // Phase 1: every request answers 5xx.
    sim.set_faults(Faults {
        error_rate_5xx: 1.0,
        ..Default::default()
    });
    ev.until(10.0, "BackingOff on 5xx", is_backing_off).await;
    eventually(15.0, "eight failed polls", || {
        failure_gaps(&sim, first.seq).len() >= 7
    })
    .await;
    let gaps = failure_gaps(&sim, first.seq);
    let expected_ms = [40.0, 80.0, 160.0, 320.0, 640.0, 1200.0, 1200.0];
    for (gap, want) in gaps.iter().zip(expected_ms) {
        assert!(
            *gap >= want * 0.9 - 2.0 && *gap <= want * 1.1 + 60.0,
            "gaps {gaps:?} vs {expected_ms:?}"
        );
    }
    sim.set_faults(Faults::default());
    ev.until(10.0, "Online after the 5xx", is_online).await;

    // Phase 2: connections are cut after the request was processed.
    let mark = sim.stats().log.last().map(|r| r.seq).unwrap_or(0);
    sim.set_faults(Faults {
        reset_rate: 1.0,
        ..Default::default()
    });
    ev.until(10.0, "BackingOff on resets", is_backing_off).await;
    eventually(10.0, "six failed polls", || {
        failure_gaps(&sim, mark).len() >= 5
    })
    .await;
    let gaps = failure_gaps(&sim, mark);
    // Never sooner than the backoff; a reset takes the client a little longer to notice.
    for (gap, want) in gaps.iter().zip([40.0, 80.0, 160.0, 320.0, 640.0]) {
        assert!(
            *gap >= want * 0.9 - 2.0 && *gap <= want * 1.1 + 200.0,
            "gaps {gaps:?}"
        );
    }
    sim.set_faults(Faults::default());
    ev.until(10.0, "Online after the resets", is_online).await;
    assert_eq!(engine.connectivity(), Connectivity::Online);
    assert!(
        engine
            .jobs()
            .polled()
            .await
            .iter()
            .any(|(id, _)| *id == ids[0]),
        "still polled"
    );
    engine.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_removed_key_ends_the_trouble_it_reported() {
    let speed = 50.0;
    let sim = sim_at(speed, 2.0, 1000.0).await;
    let (engine, mut ev) = engine(&sim, speed).await;
    generate_ids(&engine, "flaky", 1).await;
    first_poll_after(&sim, 0).await;
    sim.set_faults(Faults {
        error_rate_5xx: 1.0,
        ..Default::default()
    });
    ev.until(10.0, "BackingOff on 5xx", is_backing_off).await;

    // Without a key nothing is sent: the banner's "next retry" would be untrue.
    engine.set_auth(None);
    ev.until(10.0, "Online once the key is gone", is_online)
        .await;
    assert_eq!(engine.connectivity(), Connectivity::Online);
    engine.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unauthorized_pauses_polling_until_a_new_key() {
    let speed = 20.0;
    let sim = sim_at(speed, 2.0, 40.0).await;
    let (engine, mut ev) = engine(&sim, speed).await;
    let ids = generate_ids(&engine, "keyed", 1).await;
    ev.until(5.0, "KeyState Valid", |e| {
        matches!(
            e,
            EngineEvent::KeyState {
                state: KeyState::Valid
            }
        )
    })
    .await;
    first_poll_after(&sim, 0).await;

    engine.set_auth(Some(Auth::Bearer(ApiKey::new(
        "ulazai_live_revoked_1111111111111111",
    ))));
    ev.until(10.0, "KeyState Invalid", |e| {
        matches!(
            e,
            EngineEvent::KeyState {
                state: KeyState::Invalid
            }
        )
    })
    .await;
    let rejected = sim.stats().log.last().cloned().expect("the 401 is logged");
    assert_eq!(rejected.status, 401);
    // Nothing is sent while the key is invalid: 1 s real is two 10 s poll periods.
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(
        sim.stats().log.last().map(|r| r.seq),
        Some(rejected.seq),
        "requests sent with a rejected key"
    );
    assert_eq!(engine.key_state(), KeyState::Invalid);

    engine.set_auth(Some(demo_auth()));
    ev.until(5.0, "KeyState Valid again", |e| {
        matches!(
            e,
            EngineEvent::KeyState {
                state: KeyState::Valid
            }
        )
    })
    .await;
    ev.until_terminal(&ids, 20.0).await;
    engine.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn not_found_marks_the_job_unknown_and_stops_polling_it() {
    let speed = 20.0;
    let sim = sim_at(speed, 2.0, 20.0).await;
    let (engine, mut ev) = engine(&sim, speed).await;
    let ghost = "00000000-0000-4000-8000-00000000dead".to_string();
    engine.jobs().add_external(Job {
        id: ghost.clone(),
        status: JobStatus::Pending,
        model_slug: None,
        mode: None,
        prompt: None,
        params: None,
        result_urls: vec![],
        credits_charged: None,
        credits_refunded: None,
        error_message: None,
        provider_meta: None,
        created_at: None,
        completed_at: None,
        origin: JobOrigin::Merge,
        folder_id: None,
        unknown_to_server: false,
        local_file: None,
        clip_seconds: None,
        merged_from: Vec::new(),
        storyboard: None,
        flag: None,
        rating: None,
        shot: None,
        take_of: None,
        updated_at: String::new(),
    });
    // A real job alongside it: rounds use history, the ghost falls back to status → 404.
    let ids = generate_ids(&engine, "real", 1).await;
    let ev_unknown = ev
        .until(10.0, "JobUpdated unknown_to_server", |e| {
            matches!(e, EngineEvent::JobUpdated { job } if job.id == ghost && job.unknown_to_server)
        })
        .await;
    assert!(matches!(ev_unknown, EngineEvent::JobUpdated { .. }));
    ev.until_terminal(&ids, 20.0).await;
    engine.jobs().refresh_now().await;
    let asked: Vec<RequestRecord> = log_of(&sim, "status")
        .into_iter()
        .filter(|r| r.job_id.as_deref() == Some(ghost.as_str()))
        .collect();
    assert_eq!(
        asked.len(),
        1,
        "the unknown job was asked about again: {asked:?}"
    );
    assert_eq!(asked[0].status, 404);
    assert!(engine.jobs().get(&ghost).unwrap().unknown_to_server);
    assert!(engine.jobs().polled().await.is_empty());
    engine.shutdown().await;
}
