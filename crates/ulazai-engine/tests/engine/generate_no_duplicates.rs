//! `generate::submit`: a network fault never creates a duplicate (charged) job. Real HTTP
//! against the simulator's fault injection (and a scripted server for endless 5xx).

use crate::support::api as api_support;

use std::collections::HashSet;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Duration;

use api_support::*;
use ulazai_engine::api::{ApiError, NetworkKind};
use ulazai_engine::generate::{submit, SubmitPolicy};
use ulazai_engine::model::GenerateParams;
use ulazai_sim::{Faults, SimHandle};

fn policy() -> SubmitPolicy {
    // History is read 200 ms after an ambiguous error: time for a test to lift a fault.
    SubmitPolicy {
        settle_delay: Duration::from_millis(200),
        ..SubmitPolicy::fast()
    }
}

/// Lift all faults as soon as the first generate request has been answered.
fn clear_faults_after_first_generate(sim: &SimHandle) -> tokio::task::JoinHandle<()> {
    let sim = sim.clone();
    tokio::spawn(async move {
        while sim.stats().requests["generate"] == 0 {
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        sim.set_faults(Faults::default());
    })
}

fn generates(sim: &SimHandle) -> u64 {
    sim.stats().requests["generate"]
}

#[tokio::test]
async fn a_hanging_generate_creates_no_duplicate() {
    let sim = start_sim(fast_config()).await;
    sim.set_faults(Faults {
        hang_generate_ms: 1_500,
        ..Default::default()
    });
    let client = client_for(
        &sim.base_url(),
        Some(demo_auth()),
        Duration::from_millis(400),
    );
    let answer = submit(
        &client,
        &veo("a hanging batch", 3),
        &HashSet::new(),
        &policy(),
    )
    .await
    .unwrap();
    assert_eq!(answer.job_ids.len(), 3);
    let jobs = sim.jobs();
    assert_eq!(jobs.len(), 3, "exactly one batch exists");
    let created: HashSet<String> = jobs.into_iter().map(|j| j.job_id).collect();
    assert_eq!(
        answer.job_ids.iter().cloned().collect::<HashSet<_>>(),
        created
    );
    // Wait out the hang: a resend (which would hang too) would have created 3 more jobs.
    tokio::time::sleep(Duration::from_millis(1_300)).await;
    assert_eq!(sim.jobs().len(), 3, "still exactly one batch");
    // The simulator also counts a request whose client hung up (status 499).
    assert_eq!(generates(&sim), 1, "generate was sent once");
    assert_eq!(sim.stats().requests["history"], 1);
}

#[tokio::test]
async fn a_5xx_before_creation_is_resent_once() {
    let sim = start_sim(fast_config()).await;
    sim.set_faults(Faults {
        error_rate_5xx: 1.0,
        ..Default::default()
    });
    let lift = clear_faults_after_first_generate(&sim);
    let client = demo_client(&sim);
    let answer = submit(&client, &veo("after a 502", 2), &HashSet::new(), &policy())
        .await
        .unwrap();
    lift.await.unwrap();
    assert_eq!(answer.job_ids.len(), 2);
    assert_eq!(sim.jobs().len(), 2, "exactly one batch exists");
    assert_eq!(
        generates(&sim),
        2,
        "the 5xx was not processed, so it was sent again"
    );
    assert_eq!(
        answer.rate.limit,
        Some(24),
        "the answer is the resend's own"
    );
}

#[tokio::test]
async fn a_reset_after_creation_adopts_the_batch() {
    let sim = start_sim(fast_config()).await;
    sim.set_faults(Faults {
        reset_rate: 1.0,
        ..Default::default()
    });
    let lift = clear_faults_after_first_generate(&sim);
    let client = demo_client(&sim);
    let answer = submit(&client, &veo("cut off", 4), &HashSet::new(), &policy())
        .await
        .unwrap();
    lift.await.unwrap();
    assert_eq!(answer.job_ids.len(), 4);
    assert_eq!(sim.jobs().len(), 4);
    assert_eq!(generates(&sim), 1);
}

#[tokio::test]
async fn a_malformed_answer_after_creation_adopts_the_batch() {
    let sim = start_sim(fast_config()).await;
    sim.set_faults(Faults {
        malformed_rate: 1.0,
        ..Default::default()
    });
    let lift = clear_faults_after_first_generate(&sim);
    let client = demo_client(&sim);
    let answer = submit(&client, &veo("garbled", 1), &HashSet::new(), &policy())
        .await
        .unwrap();
    lift.await.unwrap();
    assert_eq!(
        answer.job_ids,
        sim.jobs().into_iter().map(|j| j.job_id).collect::<Vec<_>>()
    );
    assert_eq!(generates(&sim), 1);
}

#[tokio::test]
async fn known_jobs_and_other_prompts_are_not_adopted() {
    let sim = start_sim(fast_config()).await;
    let client = demo_client(&sim);
    let params = veo("same prompt", 1);
    let earlier = client.generate(&params).await.unwrap().job_ids;
    client.generate(&veo("another prompt", 1)).await.unwrap();
    let known: HashSet<String> = earlier.iter().cloned().collect();
    sim.reset_stats();
    sim.set_faults(Faults {
        error_rate_5xx: 1.0,
        ..Default::default()
    });
    let lift = clear_faults_after_first_generate(&sim);
    let answer = submit(&client, &params, &known, &policy()).await.unwrap();
    lift.await.unwrap();
    assert!(!known.contains(&answer.job_ids[0]));
    assert_eq!(sim.jobs().len(), 3);
    assert_eq!(
        generates(&sim),
        2,
        "nothing of ours was in history, so it was resent"
    );
}

#[tokio::test]
async fn when_history_fails_the_original_error_is_returned_without_resending() {
    let sim = start_sim(fast_config()).await;
    sim.set_faults(Faults {
        reset_rate: 1.0,
        ..Default::default()
    });
    let client = demo_client(&sim);
    let err = submit(&client, &veo("no history", 1), &HashSet::new(), &policy())
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            ApiError::Network {
                kind: NetworkKind::Reset,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(generates(&sim), 1);
    assert_eq!(sim.stats().requests["history"], 1);
    assert_eq!(sim.jobs().len(), 1, "the one batch the server did create");
}

#[tokio::test]
async fn refusals_are_returned_at_once() {
    let sim = start_sim(fast_config()).await;
    let client = demo_client(&sim);
    let none = HashSet::new();
    let bad = GenerateParams {
        duration_seconds: Some(7),
        ..veo("x", 1)
    };
    assert!(matches!(
        submit(&client, &bad, &none, &policy()).await,
        Err(ApiError::InvalidRequest { .. })
    ));
    sim.set_faults(Faults {
        storm_429: 5,
        storm_retry_after_secs: 60,
        ..Default::default()
    });
    let err = submit(&client, &veo("x", 1), &none, &policy())
        .await
        .unwrap_err();
    assert_eq!(err.info().retry_after_secs, Some(60));
    sim.set_faults(Faults::default());
    sim.set_credits(ulazai_sim::DEMO_KEY, 0);
    let err = submit(&client, &veo("x", 1), &none, &policy())
        .await
        .unwrap_err();
    assert!(matches!(err, ApiError::InsufficientCredits { .. }));
    assert_eq!(generates(&sim), 3, "one send each, no retries");
    assert_eq!(sim.stats().requests["history"], 0);
    assert!(sim.jobs().is_empty());

    let refused = client_for(
        &closed_port_url().await,
        Some(demo_auth()),
        Duration::from_secs(1),
    );
    let err = submit(&refused, &veo("x", 1), &none, &policy())
        .await
        .unwrap_err();
    assert!(matches!(
        err,
        ApiError::Network {
            kind: NetworkKind::Connect,
            ..
        }
    ));
}

#[tokio::test]
async fn endless_5xx_stops_after_max_attempts() {
    let sends = Arc::new(AtomicU32::new(0));
    let counter = sends.clone();
    let url = scripted_server(move |line| {
        if line.contains("/generate/") {
            counter.fetch_add(1, Ordering::SeqCst);
            raw_answer(
                "502 Bad Gateway",
                &[],
                r#"{"success":false,"error":"upstream"}"#,
            )
        } else {
            raw_answer("200 OK", &[], r#"{"success":true,"jobs":[]}"#)
        }
    })
    .await;
    let client = client_for(&url, Some(demo_auth()), Duration::from_secs(2));
    let err = submit(
        &client,
        &veo("x", 1),
        &HashSet::new(),
        &SubmitPolicy::fast(),
    )
    .await
    .unwrap_err();
    assert_eq!(
        err,
        ApiError::Server {
            status: 502,
            message: "upstream".into()
        }
    );
    assert_eq!(sends.load(Ordering::SeqCst), 3);
}
