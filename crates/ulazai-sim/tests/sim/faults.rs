//! Injected faults on the API-key endpoints, set through the handle and over HTTP.

use crate::common;

use std::time::{Duration, Instant};

use common::*;
use reqwest::StatusCode;
use serde_json::json;
use ulazai_sim::Faults;

#[tokio::test]
async fn latency_delays_api_requests_only() {
    let sim = start(quick()).await;
    let c = &client();
    sim.set_faults(Faults {
        latency_ms: 150,
        ..Faults::default()
    });
    let t = Instant::now();
    assert_eq!(
        get(c, &sim, "/api/v1/models/video/", Some(KEY))
            .await
            .status,
        200
    );
    assert!(t.elapsed() >= Duration::from_millis(150));
    let t = Instant::now();
    assert_eq!(get(c, &sim, "/_sim/stats", None).await.status, 200);
    assert!(
        t.elapsed() < Duration::from_millis(150),
        "control endpoint is never delayed"
    );
}

#[tokio::test]
async fn server_errors_do_not_process_the_request() {
    let sim = start(quick()).await;
    let c = &client();
    sim.set_faults(Faults {
        error_rate_5xx: 1.0,
        ..Faults::default()
    });
    for _ in 0..5 {
        let a = generate(c, &sim, veo()).await;
        assert!([500, 502, 503].contains(&a.status.as_u16()), "{}", a.status);
        assert!(!a.error().is_empty());
        assert!(a.header("x-ratelimit-limit").is_some());
    }
    assert!(sim.jobs().is_empty(), "a 5xx creates nothing");
    assert_eq!(
        get(c, &sim, "/_sim/jobs", None).await.status,
        200,
        "faults skip /_sim/"
    );
    sim.set_faults(Faults::default());
    assert_eq!(generate(c, &sim, veo()).await.status, 200);
}

#[tokio::test]
async fn reset_happens_after_the_request_was_processed() {
    let sim = start(quick()).await;
    let c = &client();
    sim.set_faults(Faults {
        reset_rate: 1.0,
        ..Faults::default()
    });
    let res = c
        .post(format!("{}{GENERATE}", sim.base_url()))
        .bearer_auth(KEY)
        .json(&veo())
        .send()
        .await;
    let failed = match res {
        Err(_) => true,
        Ok(r) => r.text().await.is_err(),
    };
    assert!(failed, "a reset must look like a network fault");
    assert_eq!(
        sim.jobs().len(),
        1,
        "the job was created before the connection dropped"
    );
    let rec = sim
        .stats()
        .log
        .into_iter()
        .find(|r| r.endpoint == "generate")
        .unwrap();
    assert_eq!(rec.status, 0);
}

#[tokio::test]
async fn malformed_bodies_are_200_and_not_json() {
    let sim = start(quick()).await;
    let c = &client();
    sim.set_faults(Faults {
        malformed_rate: 1.0,
        ..Faults::default()
    });
    let a = get(c, &sim, "/api/v1/models/video/", Some(KEY)).await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(!a.text.is_empty());
    assert!(
        serde_json::from_str::<serde_json::Value>(&a.text).is_err(),
        "{}",
        a.text
    );
}

#[tokio::test]
async fn storm_429_for_the_next_n_requests() {
    let sim = start(quick()).await;
    let c = &client();
    sim.set_faults(Faults {
        storm_429: 2,
        storm_retry_after_secs: 7,
        ..Faults::default()
    });
    let a = get(c, &sim, "/api/v1/video-studio/history/", Some(KEY)).await;
    assert_eq!(a.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(a.header("retry-after").as_deref(), Some("7"));
    let a = generate(c, &sim, veo()).await;
    assert_eq!(a.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(a.header("x-ratelimit-remaining").is_some());
    assert_eq!(generate(c, &sim, veo()).await.status, 200);
    assert_eq!(sim.faults().storm_429, 0);

    // Without storm_retry_after_secs the 429 carries no Retry-After.
    sim.set_faults(Faults {
        storm_429: 1,
        ..Faults::default()
    });
    let a = get(c, &sim, "/api/v1/video-studio/history/", Some(KEY)).await;
    assert_eq!(a.status, 429);
    assert!(a.header("retry-after").is_none());
}

#[tokio::test]
async fn hanging_generate_creates_jobs_then_times_the_client_out() {
    let sim = start(quick()).await;
    sim.set_faults(Faults {
        hang_generate_ms: 400,
        ..Faults::default()
    });
    let impatient = reqwest::Client::builder()
        .timeout(Duration::from_millis(100))
        .build()
        .unwrap();
    let res = impatient
        .post(format!("{}{GENERATE}", sim.base_url()))
        .bearer_auth(KEY)
        .json(&veo())
        .send()
        .await;
    assert!(res.unwrap_err().is_timeout());
    assert_eq!(sim.jobs().len(), 1);
    // A patient client gets the answer.
    let c = &client();
    let t = Instant::now();
    assert_eq!(generate(c, &sim, veo()).await.status, 200);
    assert!(t.elapsed() >= Duration::from_millis(400));
}

#[tokio::test]
async fn faults_over_http() {
    let sim = start(quick()).await;
    let c = &client();
    let a = get(c, &sim, "/_sim/faults", None).await;
    assert_eq!(
        serde_json::from_value::<Faults>(a.body).unwrap(),
        Faults::default()
    );
    let set = json!({"error_rate_5xx": 1.0, "media_reset_after_bytes": 10});
    let a = post(c, &sim, "/_sim/faults", None, &set).await;
    assert_eq!(a.status, 200, "{}", a.text);
    let f = sim.faults();
    assert_eq!(f.error_rate_5xx, 1.0);
    assert_eq!(f.media_reset_after_bytes, Some(10));
    assert_eq!(f.latency_ms, 0, "missing fields take their defaults");
    assert!(get(c, &sim, "/api/v1/models/video/", Some(KEY))
        .await
        .status
        .is_server_error());
    let bad = post(
        c,
        &sim,
        "/_sim/faults",
        None,
        &json!({"latency_ms": "slow"}),
    )
    .await;
    assert_eq!(bad.status, 400);
    post(c, &sim, "/_sim/faults", None, &json!({})).await;
    assert_eq!(
        get(c, &sim, "/api/v1/models/video/", Some(KEY))
            .await
            .status,
        200
    );
}

#[tokio::test]
async fn fault_rates_are_rates() {
    let sim = start(quick()).await;
    let c = &client();
    sim.set_faults(Faults {
        error_rate_5xx: 0.5,
        ..Faults::default()
    });
    let mut errors = 0;
    for _ in 0..60 {
        if get(c, &sim, "/api/v1/models/video/", Some(KEY))
            .await
            .status
            .is_server_error()
        {
            errors += 1;
        }
    }
    assert!((10..=50).contains(&errors), "{errors} of 60 at rate 0.5");
}
