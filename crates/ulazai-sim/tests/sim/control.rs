//! The `/_sim/` control surface and the embedding handle.

use crate::common;

use common::*;
use serde_json::json;
use ulazai_sim::{SimJobInfo, Stats};

#[tokio::test]
async fn stats_count_and_log_every_request() {
    let sim = start(quick()).await;
    let c = &client();
    let ids = create(
        c,
        &sim,
        json!({"model_slug": "grok_imagine_video", "prompt": "x", "count": 2}),
    )
    .await;
    let done = wait_for(c, &sim, &ids[0], "completed").await;
    get(c, &sim, "/api/v1/video-studio/history/", Some(KEY)).await;
    get(c, &sim, "/api/v1/models/video/", None).await;
    post(
        c,
        &sim,
        "/api/login/",
        None,
        &json!({"username": "demo", "password": "demo"}),
    )
    .await;
    c.get(format!("{}/accounts/login/", sim.base_url()))
        .send()
        .await
        .unwrap();
    c.get(done["result_urls"][0].as_str().unwrap())
        .send()
        .await
        .unwrap();

    let stats: Stats =
        serde_json::from_value(get(c, &sim, "/_sim/stats", None).await.body).unwrap();
    for (k, n) in [
        ("generate", 1),
        ("history", 1),
        ("models", 1),
        ("login", 1),
        ("media", 1),
        ("session_page", 1),
        ("folders", 0),
        ("merge", 0),
    ] {
        assert_eq!(stats.requests[k], n, "{k}");
    }
    // One status read per wait_for poll: one when the job was already done at the first.
    assert!(stats.requests["status"] >= 1);
    assert!(
        !stats.requests.contains_key("_sim"),
        "control requests are not counted"
    );
    let gen = &stats.log[0];
    assert_eq!(
        (gen.endpoint.as_str(), gen.method.as_str(), gen.status),
        ("generate", "POST", 200)
    );
    assert_eq!(gen.job_id.as_deref(), Some(ids.join(",").as_str()));
    let st = stats.log.iter().find(|r| r.endpoint == "status").unwrap();
    assert_eq!(st.job_id.as_deref(), Some(ids[0].as_str()));
    assert_eq!(st.path, format!("/api/v1/video-studio/status/{}/", ids[0]));
    let models = stats.log.iter().find(|r| r.endpoint == "models").unwrap();
    assert_eq!(models.status, 401);
    for pair in stats.log.windows(2) {
        assert_eq!(pair[1].seq, pair[0].seq + 1);
        assert!(pair[1].real_ms >= pair[0].real_ms && pair[1].sim_secs >= pair[0].sim_secs);
    }
    let media = stats.log.iter().find(|r| r.endpoint == "media").unwrap();
    assert_eq!(media.job_id.as_deref(), Some(ids[0].as_str()));
    assert_eq!(
        sim.stats().requests,
        stats.requests,
        "handle and HTTP agree"
    );

    assert_eq!(
        post(c, &sim, "/_sim/stats/reset", None, &json!({}))
            .await
            .status,
        200
    );
    let s = sim.stats();
    assert!(s.log.is_empty() && s.requests.values().all(|n| *n == 0));
    get(c, &sim, "/api/v1/models/video/", Some(KEY)).await;
    assert_eq!(sim.stats().log.len(), 1);
    sim.reset_stats();
    assert!(sim.stats().log.is_empty());
}

#[tokio::test]
async fn jobs_listing_masks_keys_and_times_completion() {
    let sim = start(cfg(10.0, 1.0, 1.0)).await;
    let c = &client();
    assert_eq!(
        post(c, &sim, "/_sim/fail-next", None, &json!({"count": 1}))
            .await
            .status,
        200
    );
    let ids = create(
        c,
        &sim,
        json!({"model_slug": "veo31_fast", "prompt": "x", "count": 2}),
    )
    .await;
    let jobs: Vec<SimJobInfo> =
        serde_json::from_value(get(c, &sim, "/_sim/jobs", None).await.body).unwrap();
    assert_eq!(jobs.len(), 2);
    assert_eq!(jobs[0].job_id, ids[0]);
    assert!(jobs[0].will_fail && !jobs[1].will_fail);
    for j in &jobs {
        assert!(!j.key_owner.contains(KEY), "{}", j.key_owner);
        assert!(j.key_owner.starts_with("ulazai_live_"));
        assert_eq!(j.model_slug, "veo31_fast");
        assert_eq!(
            j.completes_real_unix_ms.unwrap() - j.created_real_unix_ms,
            200
        );
    }
    assert_eq!(serde_json::to_value(jobs[0].status).unwrap(), "pending");
    wait_for(c, &sim, &ids[0], "failed").await;
    let now_ms = chrono::Utc::now().timestamp_millis();
    let info = &sim.jobs()[0];
    assert!(info.completes_real_unix_ms.unwrap() <= now_ms + 5);
    assert_eq!(serde_json::to_value(info.status).unwrap(), "failed");
}

#[tokio::test]
async fn credits_over_http() {
    let sim = start(quick()).await;
    let c = &client();
    let a = post(
        c,
        &sim,
        "/_sim/credits",
        None,
        &json!({"key": KEY, "credits": 99}),
    )
    .await;
    assert_eq!(a.status, 200, "{}", a.text);
    let a = generate(c, &sim, veo()).await;
    assert_eq!(a.status, 402);
    assert_eq!(
        a.error(),
        "Not enough credits: this batch needs 100, you have 99."
    );
    let q = get(c, &sim, &format!("/_sim/credits?key={KEY}"), None).await;
    assert_eq!(q.body["credits"], 99);
    let bad = post(c, &sim, "/_sim/credits", None, &json!({"key": KEY})).await;
    assert_eq!(bad.status, 400);
}

#[tokio::test]
async fn shutdown_stops_serving() {
    let sim = start(quick()).await;
    let c = client();
    assert_eq!(get(&c, &sim, "/_sim/stats", None).await.status, 200);
    let clone = sim.clone();
    clone.shutdown();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        let fresh = reqwest::Client::new();
        if fresh
            .get(format!("{}/_sim/stats", sim.base_url()))
            .send()
            .await
            .is_err()
        {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "still serving after shutdown"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn base_url_and_unknown_paths() {
    let sim = start(quick()).await;
    assert_eq!(
        sim.base_url(),
        format!("http://127.0.0.1:{}", sim.addr().port())
    );
    let c = &client();
    let a = get(c, &sim, "/nope/", None).await;
    assert_eq!((a.status.as_u16(), a.error()), (404, "Not found."));
}

/// The app's embedded demo: no control endpoints, only its own `Host`, JSON bodies only.
#[tokio::test]
async fn the_embedded_demo_has_no_control_surface_and_answers_only_its_own_host() {
    let sim = start(ulazai_sim::SimConfig {
        control_endpoints: false,
        only_own_host: true,
        ..quick()
    })
    .await;
    let c = &client();
    for path in ["/_sim/stats", "/_sim/jobs", "/_sim/faults"] {
        assert_eq!(get(c, &sim, path, None).await.status, 404, "{path}");
    }
    let fail = post(c, &sim, "/_sim/fail-next", None, &json!({"count": 1})).await;
    assert_eq!(fail.status, 404);
    assert_eq!(
        get(c, &sim, "/api/v1/models/video/", Some(KEY))
            .await
            .status,
        200
    );
    let port = sim.addr().port();
    for host in [
        format!("evil.example:{port}"),
        format!("localhost:{port}"),
        "127.0.0.1".to_string(),
    ] {
        let r = c
            .get(format!("{}/api/v1/models/video/", sim.base_url()))
            .header("Host", &host)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 421, "Host {host}");
    }
    // A web page's "simple" cross-origin POST (text/plain) is not read as JSON.
    let r = c
        .post(format!("{}/api/v1/video-studio/generate/", sim.base_url()))
        .header("Authorization", format!("Bearer {KEY}"))
        .header("Content-Type", "text/plain")
        .body(r#"{"model_slug": "veo31_fast", "prompt": "injected"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 415);
    assert!(sim.jobs().is_empty());
}

#[tokio::test]
async fn the_request_log_names_the_credentials_masked() {
    let sim = start(quick()).await;
    let c = &client();
    get(c, &sim, "/api/v1/models/video/", Some(KEY)).await;
    get(c, &sim, "/api/v1/models/video/", None).await;
    let log = sim.stats().log;
    assert_eq!(log[0].auth.as_deref(), Some("Bearer ulazai_live_…0000"));
    assert_eq!(log[1].auth, None);
    let text = serde_json::to_string(&log).unwrap();
    assert!(!text.contains(KEY), "never the key itself");
}
