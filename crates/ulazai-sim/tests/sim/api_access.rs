//! API access: auth (Bearer, Token), the model matrix, the generate rate limit.

use crate::common;

use common::*;
use reqwest::StatusCode;
use serde_json::json;
use ulazai_sim::SimConfig;

#[tokio::test]
async fn auth_none_bad_bearer_token() {
    let sim = start(quick()).await;
    let c = client();
    let a = get(&c, &sim, "/api/v1/models/video/", None).await;
    assert_eq!(a.status, StatusCode::UNAUTHORIZED);
    assert_eq!(a.error(), "Authentication credentials were not provided.");

    let a = get(&c, &sim, "/api/v1/models/video/", Some("ulazai_live_wrong")).await;
    assert_eq!(a.status, StatusCode::UNAUTHORIZED);
    assert_eq!(a.error(), "Invalid API key.");

    let a = get(&c, &sim, "/api/v1/models/video/", Some(KEY)).await;
    assert_eq!(a.status, StatusCode::OK);

    // Token login.
    let bad = post(
        &c,
        &sim,
        "/api/login/",
        None,
        &json!({"username": "demo", "password": "nope"}),
    )
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad.error(), "Unable to log in with provided credentials.");
    let ok = post(
        &c,
        &sim,
        "/api/login/",
        None,
        &json!({"username": "demo", "password": "demo"}),
    )
    .await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.text);
    assert_eq!(ok.body["user"]["username"], "demo");
    let token = ok.body["token"].as_str().unwrap().to_string();
    let url = format!("{}/api/v1/models/video/", sim.base_url());
    let r = c
        .get(&url)
        .header("Authorization", format!("Token {token}"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let r = c
        .get(&url)
        .header("Authorization", "Token deadbeef")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = c
        .get(&url)
        .header("Authorization", format!("Basic {KEY}"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);

    // A job made with the key is visible through the token (same user).
    let ids = create(&c, &sim, veo()).await;
    let r = c
        .get(format!(
            "{}/api/v1/video-studio/status/{}/",
            sim.base_url(),
            ids[0]
        ))
        .header("Authorization", format!("Token {token}"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
}

#[tokio::test]
async fn models_matrix() {
    let sim = start(quick()).await;
    let c = client();
    let a = get(&c, &sim, "/api/v1/models/video/", Some(KEY)).await;
    assert_eq!(a.body["success"], true);
    let models = a.body["models"].as_array().unwrap();
    let find = |slug: &str| models.iter().find(|m| m["slug"] == slug).cloned().unwrap();
    for m in models {
        for f in [
            "slug",
            "name",
            "engine",
            "aspect_ratios",
            "durations",
            "quality_modes",
            "inputs",
            "credits",
            "max_prompt_chars",
            "supports_sound",
            "max_batch",
            "requires_prompt",
            "min_input_images",
            "max_input_images",
            "min_input_videos",
            "max_input_videos",
            "typical_seconds",
        ] {
            assert!(m.get(f).is_some(), "{} lacks {f}", m["slug"]);
        }
        assert_eq!(m["max_batch"], 4);
    }
    let veo = find("veo31_fast");
    assert_eq!(veo["name"], "Veo 3.1 Fast");
    assert_eq!(veo["engine"], "veo");
    assert_eq!(veo["aspect_ratios"], json!(["16:9", "9:16", "Auto"]));
    assert_eq!(veo["durations"], json!([8]));
    assert_eq!(veo["quality_modes"], json!([]));
    assert_eq!(veo["inputs"], json!(["text", "image"]));
    assert_eq!(veo["credits"], 100);
    assert_eq!(veo["supports_sound"], true);
    assert_eq!(veo["max_prompt_chars"], 4000);
    assert_eq!(veo["typical_seconds"], json!([30.0, 45.0]));
    assert_eq!(find("veo31_quality")["credits"], 250);
    let kling = find("kling_3_0");
    assert_eq!(kling["quality_modes"], json!(["std", "pro"]));
    assert_eq!(kling["durations"], json!([5, 10]));
    assert_eq!(kling["max_prompt_chars"], 2500);
    let wan = find("wan_2_6_v2v");
    assert_eq!(
        (
            wan["min_input_videos"].clone(),
            wan["max_input_videos"].clone()
        ),
        (json!(1), json!(1))
    );
    assert_eq!(wan["credits"], 80);
    let hailuo = find("hailuo_2_3_i2v");
    assert_eq!(hailuo["durations"], json!([6, 10]));
    assert_eq!(hailuo["requires_prompt"], false);
    assert_eq!(hailuo["max_prompt_chars"], 5000);
    let grok = find("grok_imagine_video");
    assert_eq!(grok["inputs"], json!(["text"]));
    assert_eq!(grok["credits"], 50);
    let mc = find("kling_3_0_motion_control");
    assert_eq!(mc["inputs"], json!(["text", "image", "video"]));

    // Trailing slash is part of the path.
    let a = get(&c, &sim, "/api/v1/models/video", Some(KEY)).await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn rate_limit_429_retry_after_and_headers() {
    let sim = start(SimConfig {
        generate_limit_per_hour: 3,
        rate_window_secs: 2.0,
        ..quick()
    })
    .await;
    let c = &client();
    // An invalid request counts too.
    let a = generate(c, &sim, json!({"model_slug": "veo31_fast"})).await;
    assert_eq!(a.status, 400);
    assert_eq!(a.header("x-ratelimit-limit").as_deref(), Some("3"));
    assert_eq!(a.header("x-ratelimit-remaining").as_deref(), Some("2"));
    assert_eq!(
        generate(c, &sim, veo())
            .await
            .header("x-ratelimit-remaining")
            .as_deref(),
        Some("1")
    );
    assert_eq!(
        generate(c, &sim, veo())
            .await
            .header("x-ratelimit-remaining")
            .as_deref(),
        Some("0")
    );
    let a = generate(c, &sim, veo()).await;
    assert_eq!(a.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(a.header("retry-after").as_deref(), Some("2"));
    assert_eq!(a.header("x-ratelimit-remaining").as_deref(), Some("0"));
    assert_eq!(a.header("x-ratelimit-limit").as_deref(), Some("3"));
    assert!(a.error().starts_with("Request was throttled."));
    assert_eq!(sim.jobs().len(), 2, "throttled POSTs create nothing");
    // Other endpoints are not limited.
    assert_eq!(
        get(c, &sim, "/api/v1/video-studio/history/", Some(KEY))
            .await
            .status,
        200
    );
    tokio::time::sleep(std::time::Duration::from_millis(2050)).await;
    let a = generate(c, &sim, veo()).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    assert_eq!(a.header("x-ratelimit-remaining").as_deref(), Some("2"));
}

/// The rate window runs on tokio's clock, like the sim clock: a test with paused time sees
/// it slide in virtual time (an hour-long window in an instant). `x-ratelimit-reset` says
/// when the oldest counted POST leaves the window, i.e. when one more is allowed.
#[tokio::test(start_paused = true)]
async fn rate_window_follows_paused_time_and_names_its_reset() {
    let sim = start(SimConfig {
        generate_limit_per_hour: 2,
        rate_window_secs: 600.0,
        ..quick()
    })
    .await;
    let c = &client();
    let a = generate(c, &sim, veo()).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    assert_eq!(a.header("x-ratelimit-reset").as_deref(), Some("600"));
    tokio::time::sleep(std::time::Duration::from_secs(100)).await;
    let a = generate(c, &sim, veo()).await;
    assert_eq!(a.header("x-ratelimit-remaining").as_deref(), Some("0"));
    // The first POST leaves the window 600 s after it was made: 500 s from now.
    assert_eq!(a.header("x-ratelimit-reset").as_deref(), Some("500"));
    let a = generate(c, &sim, veo()).await;
    assert_eq!(a.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(a.header("retry-after").as_deref(), Some("500"));
    assert_eq!(a.header("x-ratelimit-reset").as_deref(), Some("500"));
    tokio::time::sleep(std::time::Duration::from_secs(501)).await;
    let a = generate(c, &sim, veo()).await;
    assert_eq!(a.status, StatusCode::OK, "the window slid in virtual time");
    assert_eq!(a.header("x-ratelimit-remaining").as_deref(), Some("0"));
    // Now the second POST (made at 100 s) is the oldest: it leaves at 700 s, 99 s from now.
    assert_eq!(a.header("x-ratelimit-reset").as_deref(), Some("99"));
}

/// A simulator told that every model renders in 9–13 s says so in the matrix it serves
/// (for a client that places its checks by it) and renders within that range; without it,
/// each model keeps its own range.
#[tokio::test]
async fn a_configured_typical_range_is_served_and_rendered() {
    let c = client();
    let sim = start(SimConfig {
        typical_secs: Some((9, 13)),
        render_secs: None,
        pending_secs: 0.0,
        speed: 10.0,
        ..quick()
    })
    .await;
    let a = get(&c, &sim, "/api/v1/models/video/", Some(KEY)).await;
    for m in a.body["models"].as_array().unwrap() {
        assert_eq!(m["typical_seconds"], json!([9.0, 13.0]), "{m}");
    }
    let speed = sim.config().speed;
    let mut four = veo();
    four["count"] = json!(4);
    for id in create(&c, &sim, four).await {
        let job = sim.jobs().into_iter().find(|j| j.job_id == id).unwrap();
        let real = (job.completes_real_unix_ms.unwrap() - job.created_real_unix_ms) as f64;
        let secs = real / 1000.0 * speed;
        assert!((8.9..=13.1).contains(&secs), "rendered in {secs} sim s");
    }

    let own = start(quick()).await;
    let a = get(&c, &own, "/api/v1/models/video/", Some(KEY)).await;
    let veo = a.body["models"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["slug"] == "veo31_fast")
        .cloned()
        .unwrap();
    assert_eq!(veo["typical_seconds"], json!([30.0, 45.0]));
}
