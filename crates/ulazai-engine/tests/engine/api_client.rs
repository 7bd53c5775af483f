//! The API client against the simulator over real loopback HTTP: lifecycles, models,
//! history, both auth schemes, session endpoints, URL rules, tolerant parsing.

use crate::support::api as api_support;

use std::time::Duration;

use api_support::*;
use ulazai_engine::api::{
    parse_history_body, parse_models_body, ApiError, Client, ClientConfig, RemoteJob,
};
use ulazai_engine::model::JobStatus;
use ulazai_engine::secret::{ApiKey, Auth};

/// Both status answers of the contract, verbatim.
const DOC_COMPLETED: &str = r#"{"success": true,
 "job": {"job_id": "8990f846-f6f0-4ff1-a298-d0a72d49e7ad", "model_slug": "kling_3_0",
         "mode": "text_to_video", "status": "completed",
         "result_urls": ["https://media.ulazai.com/video_studio/results/job-8990f846.mp4"],
         "credits_charged": 100,
         "provider_meta": {"effective_duration_seconds": 5, "quality_mode": "std"},
         "created_at": "2026-02-20T12:40:01.123456+00:00",
         "completed_at": "2026-02-20T12:41:22.948211+00:00"}}"#;
const DOC_FAILED: &str = r#"{"success": true,
 "job": {"job_id": "b1f74f1f-8a81-410c-a533-4701159ed7ba", "status": "failed",
         "error_message": "Invalid duration for this model", "credits_refunded": true}}"#;

#[test]
fn documented_completed_example_parses() {
    let j = RemoteJob::from_status_body(DOC_COMPLETED).unwrap();
    assert_eq!(j.job_id, "8990f846-f6f0-4ff1-a298-d0a72d49e7ad");
    assert_eq!(j.status, JobStatus::Completed);
    assert_eq!(j.model_slug.as_deref(), Some("kling_3_0"));
    assert_eq!(j.mode.as_deref(), Some("text_to_video"));
    assert_eq!(
        j.result_urls,
        vec!["https://media.ulazai.com/video_studio/results/job-8990f846.mp4"]
    );
    assert_eq!(j.credits_charged, Some(100));
    assert_eq!(
        j.provider_meta.as_ref().unwrap()["effective_duration_seconds"],
        5
    );
    assert_eq!(
        j.created_at.as_deref(),
        Some("2026-02-20T12:40:01.123456+00:00")
    );
    assert_eq!(
        j.completed_at.as_deref(),
        Some("2026-02-20T12:41:22.948211+00:00")
    );
}

#[test]
fn documented_failed_example_parses() {
    let j = RemoteJob::from_status_body(DOC_FAILED).unwrap();
    assert_eq!(j.job_id, "b1f74f1f-8a81-410c-a533-4701159ed7ba");
    assert_eq!(j.status, JobStatus::Failed);
    assert_eq!(
        j.error_message.as_deref(),
        Some("Invalid duration for this model")
    );
    assert_eq!(j.credits_refunded, Some(true));
    assert_eq!(
        (j.model_slug, j.created_at, j.credits_charged),
        (None, None, None)
    );
    assert!(j.result_urls.is_empty());
}

#[test]
fn tolerant_shapes_parse() {
    // Floats and strings where integers are expected; unknown fields; bare arrays.
    let j = RemoteJob::from_status_body(
        r#"{"success":true,"job":{"job_id":"x","status":"completed","credits_charged":100.0,"new_field":{}}}"#,
    )
    .unwrap();
    assert_eq!(j.credits_charged, Some(100));
    let models =
        parse_models_body(r#"[{"slug":"m","durations":[5.0,"10"],"max_batch":"2"}]"#).unwrap();
    assert_eq!(
        (models[0].durations.clone(), models[0].max_batch),
        (vec![5, 10], 2)
    );
    assert_eq!(
        parse_history_body(r#"{"results":[{"job_id":"a","status":"pending"}]}"#)
            .unwrap()
            .len(),
        1
    );
    for bad in [
        "<html>",
        r#"{"success":true}"#,
        r#"{"job":{"status":"pending"}}"#,
    ] {
        assert!(
            matches!(
                RemoteJob::from_status_body(bad),
                Err(ApiError::UnreadableBody { .. })
            ),
            "{bad}"
        );
    }
}

#[test]
fn base_url_rules() {
    let ok = |u: &str| Client::new(ClientConfig::new(u), None).map(|c| c.base_url());
    assert_eq!(ok("https://ulazai.com/").unwrap(), "https://ulazai.com");
    assert_eq!(
        ok("http://127.0.0.1:8787").unwrap(),
        "http://127.0.0.1:8787"
    );
    assert_eq!(ok("http://127.1.2.3:9/").unwrap(), "http://127.1.2.3:9");
    assert_eq!(
        ok("http://localhost:8787").unwrap(),
        "http://localhost:8787"
    );
    assert_eq!(ok("http://[::1]:8787").unwrap(), "http://[::1]:8787");
    for bad in [
        "http://ulazai.com",
        "https://user:pw@ulazai.com",
        "https://:pw@ulazai.com",
        "ftp://ulazai.com",
        "ulazai.com",
        "",
        "https://ulazai.com/?key=1",
    ] {
        assert!(
            matches!(ok(bad), Err(ApiError::BadUrl { .. })),
            "{bad} must be refused"
        );
    }
}

#[tokio::test]
async fn models_come_from_the_simulator_normalised() {
    let sim = start_sim(fast_config()).await;
    let models = demo_client(&sim).models().await.unwrap();
    let get = |s: &str| {
        models
            .iter()
            .find(|m| m.slug == s)
            .unwrap_or_else(|| panic!("{s}"))
    };
    let kling = get("kling_3_0");
    assert_eq!(kling.name, "Kling 3.0");
    assert_eq!(kling.quality_modes, vec!["std", "pro"]);
    assert_eq!(kling.durations, vec![5, 10]);
    assert_eq!(kling.max_prompt_chars, Some(2500));
    let veo = get("veo31_fast");
    assert_eq!(veo.durations, vec![8]);
    assert_eq!(veo.credits, Some(100));
    assert_eq!(veo.typical_seconds, Some((30, 45)));
    assert!(veo.supports_sound && veo.requires_prompt);
    let hailuo = get("hailuo_2_3_i2v");
    assert_eq!(
        (hailuo.min_input_images, hailuo.max_input_images),
        (1, Some(1))
    );
    let wan = get("wan_2_6_v2v");
    assert_eq!((wan.min_input_videos, wan.max_input_videos), (1, Some(1)));
    assert!(models.iter().all(|m| (1..=4).contains(&m.max_batch)));
    assert_eq!(sim.stats().requests["models"], 1);
}

#[tokio::test]
async fn lifecycle_to_completed() {
    let sim = start_sim(fast_config()).await;
    let client = demo_client(&sim);
    let answer = client
        .generate(&veo("a lighthouse at dusk", 1))
        .await
        .unwrap();
    assert_eq!(answer.job_ids.len(), 1);
    assert_eq!(answer.rate.limit, Some(24));
    assert_eq!(answer.rate.remaining, Some(23));
    let first = client.status(&answer.job_ids[0]).await.unwrap();
    assert!(matches!(
        first.status,
        JobStatus::Pending | JobStatus::Processing | JobStatus::Completed
    ));
    let done = wait_terminal(&client, &answer.job_ids[0]).await;
    assert_eq!(done.status, JobStatus::Completed);
    assert_eq!(done.job_id, answer.job_ids[0]);
    assert_eq!(done.model_slug.as_deref(), Some("veo31_fast"));
    assert_eq!(done.prompt.as_deref(), Some("a lighthouse at dusk"));
    assert_eq!(done.result_urls.len(), 1);
    assert!(done.result_urls[0].starts_with(&sim.base_url()));
    assert_eq!(done.credits_charged, Some(100));
    assert!(done.created_at.is_some() && done.completed_at.is_some());
}

#[tokio::test]
async fn lifecycle_to_failed() {
    let sim = start_sim(fast_config()).await;
    let client = demo_client(&sim);
    sim.fail_next(1);
    let answer = client.generate(&veo("a storm", 1)).await.unwrap();
    let done = wait_terminal(&client, &answer.job_ids[0]).await;
    assert_eq!(done.status, JobStatus::Failed);
    assert!(done.error_message.as_deref().is_some_and(|m| !m.is_empty()));
    assert_eq!(done.credits_refunded, Some(true));
    assert!(done.result_urls.is_empty());
}

#[tokio::test]
async fn batch_and_history() {
    let sim = start_sim(fast_config()).await;
    let client = demo_client(&sim);
    let a = client.generate(&veo("first", 1)).await.unwrap();
    let b = client.generate(&veo("batch", 3)).await.unwrap();
    assert_eq!(b.job_ids.len(), 3);
    let history = client.history(100, 0).await.unwrap();
    assert_eq!(history.len(), 4);
    assert_eq!(history[3].job_id, a.job_ids[0], "newest first");
    for id in &b.job_ids {
        assert!(history.iter().any(|j| &j.job_id == id));
    }
    assert_eq!(
        client.history(2, 1).await.unwrap().len(),
        2,
        "limit and offset are sent"
    );
    assert_eq!(
        client.history(500, 0).await.unwrap().len(),
        4,
        "limit is clamped to 100"
    );
    assert_eq!(sim.jobs().len(), 4);
}

#[tokio::test]
async fn token_auth_and_set_auth_reach_every_clone() {
    let sim = start_sim(fast_config()).await;
    let answer: serde_json::Value = reqwest::Client::new()
        .post(format!("{}/api/login/", sim.base_url()))
        .json(&serde_json::json!({"username": "demo", "password": "demo"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = answer["token"].as_str().unwrap().to_string();

    let client = client_for(&sim.base_url(), None, Duration::from_secs(5));
    let clone = client.clone();
    assert!(!clone.has_auth());
    assert_eq!(clone.models().await.unwrap_err(), ApiError::NoCredentials);
    assert_eq!(
        sim.stats().requests["models"],
        0,
        "nothing is sent without credentials"
    );
    client.set_auth(Some(Auth::Token(ApiKey::new(token))));
    assert!(clone.has_auth());
    assert!(!clone.models().await.unwrap().is_empty());
    client.set_auth(Some(Auth::Bearer(ApiKey::new("ulazai_live_wrong"))));
    assert!(matches!(
        clone.models().await,
        Err(ApiError::Unauthorized { .. })
    ));
}

#[tokio::test]
async fn folders_and_merge_with_a_browser_session() {
    let sim = start_sim(fast_config()).await;
    let client = demo_client(&sim);
    let session = sign_in(&sim.base_url()).await;
    let folder = client
        .create_folder(&session, "  Trailer cuts ")
        .await
        .unwrap();
    assert_eq!(folder.name, "Trailer cuts");
    assert!(!folder.id.is_empty());
    assert_eq!(sim.folders().len(), 1);

    let ids = client.generate(&veo("clip", 2)).await.unwrap().job_ids;
    for id in &ids {
        assert_eq!(
            wait_terminal(&client, id).await.status,
            JobStatus::Completed
        );
    }
    let merged = client.merge(&session, &ids).await.unwrap();
    assert!(!ids.contains(&merged));
    let job = wait_terminal(&client, &merged).await;
    assert_eq!(job.status, JobStatus::Completed);
    assert_eq!(sim.merges().len(), 1);
}

/// A history page of `n` pending jobs.
fn history_page(n: usize) -> String {
    let jobs: Vec<String> = (0..n)
        .map(|i| format!(r#"{{"job_id":"job-{i}","status":"pending"}}"#))
        .collect();
    format!(r#"{{"success":true,"jobs":[{}]}}"#, jobs.join(","))
}

#[tokio::test]
async fn a_history_page_keeps_at_most_the_limit() {
    let base = canned_server(raw_answer("200 OK", &[], &history_page(500))).await;
    let client = client_for(&base, Some(demo_auth()), Duration::from_secs(10));
    let kept = client.history(100, 0).await.unwrap();
    assert_eq!(kept.len(), 100);
    assert_eq!(kept[99].job_id, "job-99", "the first ones, in order");
    assert_eq!(client.history(7, 0).await.unwrap().len(), 7);
}

#[tokio::test]
async fn an_oversized_answer_is_refused() {
    let job = |prompt: &str| {
        format!(
            r#"{{"success":true,"job":{{"job_id":"a","status":"pending","prompt":"{prompt}"}}}}"#
        )
    };
    let huge = job(&"x".repeat(6 << 20));
    // Announced by Content-Length, and found while reading (no length given).
    let announced = canned_server(raw_answer("200 OK", &[], &huge)).await;
    let streamed = canned_server(format!(
        "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n{huge}"
    ))
    .await;
    for base in [announced, streamed] {
        let client = client_for(&base, Some(demo_auth()), Duration::from_secs(20));
        // (Only a summary on failure: the answer itself is megabytes.)
        let status = client.status("a").await.map(|j| j.job_id);
        assert!(
            matches!(&status, Err(ApiError::UnreadableBody { detail, .. }) if detail.contains("too large")),
            "{base}: {status:?}"
        );
        let history = client.history(10, 0).await.map(|page| page.len());
        assert!(
            matches!(history, Err(ApiError::UnreadableBody { .. })),
            "{history:?}"
        );
    }
    // A large answer under the cap is read as usual.
    let big = canned_server(raw_answer("200 OK", &[], &job(&"y".repeat(1 << 20)))).await;
    let client = client_for(&big, Some(demo_auth()), Duration::from_secs(20));
    let got = client.status("a").await.unwrap();
    assert_eq!(got.prompt.map(|p| p.len()), Some(1 << 20));
}

/// The generate budget as the server states it: the simulator's headers, other header
/// spellings, figures in the body, and a reset given as a Unix time.
#[tokio::test]
async fn rate_figures_come_from_headers_or_the_body() {
    use ulazai_engine::api::RateInfo;
    let veo = ulazai_engine::model::GenerateParams {
        model_slug: "veo31_fast".into(),
        prompt: "budget".into(),
        count: 1,
        ..Default::default()
    };
    let sim = start_sim(ulazai_sim::SimConfig {
        generate_limit_per_hour: 5,
        rate_window_secs: 120.0,
        ..fast_config()
    })
    .await;
    let client = client_for(&sim.base_url(), Some(demo_auth()), Duration::from_secs(10));
    let rate = client.generate(&veo).await.unwrap().rate;
    assert_eq!(
        rate,
        RateInfo {
            remaining: Some(4),
            limit: Some(5),
            reset_after: Some(Duration::from_secs(120)),
        }
    );

    let ok = r#"{"success":true,"job_ids":["a"]}"#;
    let cases: Vec<(Vec<String>, String, RateInfo)> = vec![
        // The IETF draft's names.
        (
            vec!["RateLimit-Limit: 24".into(), "RateLimit-Remaining: 7".into(), "RateLimit-Reset: 90".into()],
            ok.into(),
            RateInfo { remaining: Some(7), limit: Some(24), reset_after: Some(Duration::from_secs(90)) },
        ),
        // In the body, when the headers are silent.
        (
            vec![],
            r#"{"success":true,"job_ids":["a"],"rate_limit":{"limit":24,"remaining":"3","reset_in":30}}"#.into(),
            RateInfo { remaining: Some(3), limit: Some(24), reset_after: Some(Duration::from_secs(30)) },
        ),
        // A reset given as a Unix time, ten minutes from now.
        (
            vec![format!("X-RateLimit-Reset: {}", chrono::Utc::now().timestamp() + 600)],
            ok.into(),
            RateInfo { remaining: None, limit: None, reset_after: Some(Duration::from_secs(600)) },
        ),
        // Nothing said: nothing assumed.
        (vec![], ok.into(), RateInfo::default()),
    ];
    for (headers, body, want) in cases {
        let h: Vec<&str> = headers.iter().map(String::as_str).collect();
        let base = canned_server(raw_answer("200 OK", &h, &body)).await;
        let client = client_for(&base, Some(demo_auth()), Duration::from_secs(10));
        let got = client.generate(&veo).await.unwrap().rate;
        // A Unix-time reset is read against the clock: allow a few seconds.
        let close = match (got.reset_after, want.reset_after) {
            (Some(a), Some(b)) => a.abs_diff(b) <= Duration::from_secs(3),
            (a, b) => a == b,
        };
        assert!(
            close && got.remaining == want.remaining && got.limit == want.limit,
            "{headers:?} {body}: {got:?}"
        );
    }
}
