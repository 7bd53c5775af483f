//! Jobs through the API: batches and credits, failures and refunds, 404s, the
//! pending → processing → completed lifecycle, history paging.

use crate::common;

use common::*;
use reqwest::StatusCode;
use serde_json::json;
use ulazai_sim::{SimConfig, SimUser};

#[tokio::test]
async fn batch_count_and_credits() {
    let sim = start(quick()).await;
    let c = &client();
    let a = generate(c, &sim, with(veo(), json!({"count": 4}))).await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(a.body["job_ids"].as_array().unwrap().len(), 4);
    assert_eq!(a.body["credits_charged"], 400);
    assert_eq!(sim.credits(KEY), 100_000 - 400);

    sim.set_credits(KEY, 200);
    let a = generate(c, &sim, with(veo(), json!({"count": 3}))).await;
    assert_eq!(a.status, StatusCode::PAYMENT_REQUIRED);
    assert_eq!(
        a.error(),
        "Not enough credits: this batch needs 300, you have 200."
    );
    assert_eq!(sim.credits(KEY), 200, "a refused batch charges nothing");
    assert_eq!(
        generate(c, &sim, with(veo(), json!({"count": 2})))
            .await
            .status,
        200
    );
    assert_eq!(sim.credits(KEY), 0);
}

#[tokio::test]
async fn failed_jobs_are_refunded_and_have_exactly_four_fields() {
    // Slow enough that the charge is read before the failure's refund: at quick()'s
    // speed the job fails 1-2 ms after it is made, and under Wine the read came later.
    let sim = start(cfg(4.0, 1.0, 2.0)).await;
    let c = &client();
    sim.set_credits(KEY, 1000);
    sim.fail_next(1);
    let ids = create(c, &sim, with(veo(), json!({"count": 2}))).await;
    assert_eq!(sim.credits(KEY), 800);
    let failed = wait_for(c, &sim, &ids[0], "failed").await;
    let mut keys: Vec<&str> = failed
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    assert_eq!(
        keys,
        ["credits_refunded", "error_message", "job_id", "status"]
    );
    assert_eq!(failed["credits_refunded"], true);
    let msg = failed["error_message"].as_str().unwrap();
    assert!(
        msg == "The provider rejected this prompt (content policy)."
            || msg == "Rendering failed at the provider; credits were refunded.",
        "{msg}"
    );
    wait_for(c, &sim, &ids[1], "completed").await;
    assert_eq!(
        sim.credits(KEY),
        900,
        "the failed job's 100 credits came back"
    );
    let infos = sim.jobs();
    assert!(infos[0].will_fail && !infos[1].will_fail);

    // failure_rate = 1: every job fails.
    let sim = start(SimConfig {
        failure_rate: 1.0,
        ..quick()
    })
    .await;
    let ids = create(c, &sim, veo()).await;
    wait_for(c, &sim, &ids[0], "failed").await;
}

#[tokio::test]
async fn status_404s() {
    let sim = start(SimConfig {
        keys: vec![KEY.into(), "ulazai_live_other_1111111111111111".into()],
        ..quick()
    })
    .await;
    let c = &client();
    let a = status(c, &sim, KEY, "00000000-0000-4000-8000-000000000000").await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
    assert_eq!(a.error(), "Job not found");
    assert_eq!(
        status(c, &sim, KEY, "not-a-uuid").await.status,
        StatusCode::NOT_FOUND
    );
    let ids = create(c, &sim, veo()).await;
    let other = status(c, &sim, "ulazai_live_other_1111111111111111", &ids[0]).await;
    assert_eq!(other.status, StatusCode::NOT_FOUND);
    assert_eq!(other.error(), "Job not found");
    let no_slash = get(
        c,
        &sim,
        &format!("/api/v1/video-studio/status/{}", ids[0]),
        Some(KEY),
    )
    .await;
    assert_eq!(no_slash.status, StatusCode::NOT_FOUND);
    assert_eq!(
        get(c, &sim, "/api/v1/video-studio/generate/", Some(KEY))
            .await
            .status,
        405
    );
}

#[tokio::test]
async fn lifecycle_pending_processing_completed() {
    // 1 sim second = 400 real ms: long enough to see every phase.
    let sim = start(cfg(2.5, 1.0, 1.0)).await;
    let c = &client();
    let ids = create(
        c,
        &sim,
        with(
            kling(),
            json!({"quality_mode": "pro", "duration_seconds": 10}),
        ),
    )
    .await;
    let id = &ids[0];
    let first = status(c, &sim, KEY, id).await.body["job"].clone();
    assert_eq!(first["status"], "pending");
    assert!(first.get("result_urls").is_none() && first.get("completed_at").is_none());
    assert_eq!(first["prompt"], "a fox");
    assert_eq!(first["mode"], "text_to_video");
    let processing = wait_for(c, &sim, id, "processing").await;
    assert!(processing.get("provider_meta").is_none());
    let done = wait_for(c, &sim, id, "completed").await;
    assert_eq!(done["job_id"], id.as_str());
    assert_eq!(done["model_slug"], "kling_3_0");
    assert_eq!(done["credits_charged"], 100);
    assert_eq!(
        done["provider_meta"],
        json!({"effective_duration_seconds": 10, "quality_mode": "pro"})
    );
    let url = done["result_urls"][0].as_str().unwrap();
    assert_eq!(
        url,
        format!("{}/media/results/job-{id}.mp4", sim.base_url())
    );
    for f in ["created_at", "completed_at"] {
        let ts = done[f].as_str().unwrap();
        assert!(ts.ends_with("+00:00"), "{ts}");
        assert_eq!(
            ts.split('.').nth(1).unwrap().len(),
            "123456+00:00".len(),
            "{ts}"
        );
        chrono::DateTime::parse_from_rfc3339(ts).unwrap();
    }
    let created =
        chrono::DateTime::parse_from_rfc3339(done["created_at"].as_str().unwrap()).unwrap();
    let completed =
        chrono::DateTime::parse_from_rfc3339(done["completed_at"].as_str().unwrap()).unwrap();
    // Timestamps are wall-clock time, as the real service's: 2 sim s at 2.5x = 800 real ms.
    let span = (completed - created).num_milliseconds();
    assert!(
        (799..=800).contains(&span),
        "pending 1 s + render 1 s of sim time = 800 real ms, got {span}"
    );
    let info = &sim.jobs()[0];
    let real = info.completes_real_unix_ms.unwrap() - info.created_real_unix_ms;
    assert!(
        (795..=805).contains(&real),
        "2 sim s at 2.5x = 800 real ms, got {real}"
    );
}

#[tokio::test]
async fn history_order_paging_and_validation() {
    let sim = start(SimConfig {
        keys: vec![KEY.into(), "ulazai_live_other_1111111111111111".into()],
        users: vec![SimUser::new("demo", "demo", KEY)],
        ..quick()
    })
    .await;
    let c = &client();
    let mut created = create(c, &sim, with(veo(), json!({"count": 3}))).await;
    created.extend(
        create(
            c,
            &sim,
            json!({"model_slug": "grok_imagine_video", "prompt": "x", "count": 2}),
        )
        .await,
    );
    let other = post(
        c,
        &sim,
        GENERATE,
        Some("ulazai_live_other_1111111111111111"),
        &veo(),
    )
    .await;
    assert_eq!(other.status, 200);
    let newest_first: Vec<String> = created.iter().rev().cloned().collect();

    let ids = |a: &Answer| -> Vec<String> {
        a.body["jobs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|j| j["job_id"].as_str().unwrap().to_string())
            .collect()
    };
    let all = get(c, &sim, "/api/v1/video-studio/history/", Some(KEY)).await;
    assert_eq!(all.body["success"], true);
    assert_eq!(ids(&all), newest_first, "newest first, caller's jobs only");
    let first = &all.body["jobs"][0];
    assert_eq!(first["model_slug"], "grok_imagine_video");
    assert!(first.get("created_at").is_some() && first.get("mode").is_some());
    let page = get(
        c,
        &sim,
        "/api/v1/video-studio/history/?limit=2&offset=1",
        Some(KEY),
    )
    .await;
    assert_eq!(ids(&page), newest_first[1..3].to_vec());
    let past = get(
        c,
        &sim,
        "/api/v1/video-studio/history/?offset=50",
        Some(KEY),
    )
    .await;
    assert_eq!(past.body["jobs"], json!([]));
    for q in ["limit=0", "limit=101", "limit=abc", "offset=-1", "offset=x"] {
        let a = get(
            c,
            &sim,
            &format!("/api/v1/video-studio/history/?{q}"),
            Some(KEY),
        )
        .await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{q}");
        let what = q.split('=').next().unwrap();
        assert!(a.error().starts_with(what), "{q}: {}", a.text);
    }
    assert_eq!(
        get(
            c,
            &sim,
            "/api/v1/video-studio/history/?limit=100",
            Some(KEY)
        )
        .await
        .status,
        200
    );
    assert_eq!(
        get(c, &sim, "/api/v1/video-studio/history/", None)
            .await
            .status,
        401
    );
}

#[tokio::test]
async fn fail_next_can_carry_the_tests_own_message() {
    let sim = start(quick()).await;
    let c = &client();
    sim.fail_next_with(1, Some("<b>boom</b> & <script>x()</script>"));
    let ids = create(c, &sim, with(veo(), json!({"count": 2}))).await;
    let failed = wait_for(c, &sim, &ids[0], "failed").await;
    assert_eq!(
        failed["error_message"],
        "<b>boom</b> & <script>x()</script>"
    );
    // Only the forced job gets it; the next one completes.
    wait_for(c, &sim, &ids[1], "completed").await;
}
