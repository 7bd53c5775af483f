//! Generate validation, part 2: input counts and URLs, family fields and motion control,
//! and payloads that must be accepted. (Field rules: `validation_rules.rs`.)

use crate::common;

use common::validation::{check_refusals, sim};
use common::*;
use reqwest::StatusCode;
use serde_json::{json, Value};
use ulazai_sim::SimConfig;

#[tokio::test]
async fn input_counts_and_urls() {
    let (s, c) = (sim().await, client());
    let hailuo = json!({"model_slug": "hailuo_2_3_i2v", "duration_seconds": 6});
    let two_images = json!({"input_image_urls": ["https://a.test/1.png", "https://a.test/2.png"]});
    let wan = json!({"model_slug": "wan_2_6_v2v", "prompt": "make it snow", "duration_seconds": 5});
    let two_videos = json!({"input_video_urls": ["https://a.test/1.mp4", "https://a.test/2.mp4"]});
    let grok = json!({"model_slug": "grok_imagine_video", "prompt": "x", "input_image_urls": ["https://a.test/1.png"]});
    let veo_video = with(veo(), json!({"input_video_urls": ["https://a.test/1.mp4"]}));
    check_refusals(
        &c,
        &s,
        vec![
            (
                hailuo.clone(),
                400,
                "hailuo_2_3_i2v needs exactly 1 input image (got 0)",
            ),
            (
                with(hailuo, two_images),
                400,
                "hailuo_2_3_i2v needs exactly 1 input image (got 2)",
            ),
            (
                wan.clone(),
                400,
                "wan_2_6_v2v needs exactly 1 input video (got 0)",
            ),
            (
                with(wan, two_videos),
                400,
                "wan_2_6_v2v needs exactly 1 input video (got 2)",
            ),
            (
                grok,
                400,
                "grok_imagine_video does not accept input images (input_image_urls)",
            ),
            (
                veo_video,
                400,
                "veo31_fast does not accept input videos (input_video_urls)",
            ),
            (
                with(veo(), json!({"input_image_urls": ["ftp://a.test/1.png"]})),
                400,
                "Invalid URL in input_image_urls: \"ftp://a.test/1.png\" (must be an http(s) URL)",
            ),
            (
                with(veo(), json!({"input_image_urls": ["https:///x.png"]})),
                400,
                "Invalid URL in input_image_urls: \"https:///x.png\" (must be an http(s) URL)",
            ),
            (
                // A control character makes a link invalid (RFC 3986), blank or not.
                with(veo(), json!({"input_image_urls": ["https://a.test/bell\u{7}.png"]})),
                400,
                "Invalid URL in input_image_urls: \"https://a.test/bell\u{7}.png\" (must be an http(s) URL)",
            ),
            (
                with(veo(), json!({"input_image_urls": ["asset://abc"]})),
                400,
                "Invalid URL in input_image_urls: \"asset://abc\" (must be an http(s) URL)",
            ),
            (
                with(veo(), json!({"input_image_urls": "https://a.test/1.png"})),
                400,
                "input_image_urls must be a list of URL strings",
            ),
        ],
    )
    .await;
}

#[tokio::test]
async fn family_fields_and_motion_control() {
    let (s, c) = (sim().await, client());
    let mc = json!({"model_slug": "kling_3_0_motion_control", "quality_mode": "std", "duration_seconds": 15,
        "input_image_urls": ["https://a.test/p.png"], "input_video_urls": ["https://a.test/m.mp4"]});
    let mc_no_video = json!({"model_slug": "kling_3_0_motion_control", "quality_mode": "std", "duration_seconds": 5,
        "character_orientation": "video", "input_image_urls": ["https://a.test/p.png"]});
    let seedance =
        json!({"model_slug": "seedance_2_0", "prompt": "x", "seedance_mode": "first_frame"});
    check_refusals(
        &c,
        &s,
        vec![
            (
                with(veo(), json!({"seedance_mode": "first_frame"})),
                400,
                "Field \"seedance_mode\" is only accepted for Seedance 2 models",
            ),
            (
                with(veo(), json!({"start_frame_url": "https://a.test/1.png"})),
                400,
                "Field \"start_frame_url\" is only accepted for Kling 3.0",
            ),
            (
                with(kling(), json!({"character_orientation": "video"})),
                400,
                "Field \"character_orientation\" is only accepted for motion control models",
            ),
            (
                mc.clone(),
                400,
                "character_orientation is required for this model (allowed: video, image)",
            ),
            (
                with(mc.clone(), json!({"character_orientation": "side"})),
                400,
                "Invalid character_orientation: \"side\" (allowed: video, image)",
            ),
            (
                with(mc, json!({"character_orientation": "image"})),
                400,
                "Invalid duration for character_orientation \"image\": 15 (max 10)",
            ),
            (
                mc_no_video,
                400,
                "kling_3_0_motion_control needs exactly 1 input video (got 0)",
            ),
            (
                seedance,
                400,
                "seedance_mode \"first_frame\" requires first_frame_url",
            ),
            (
                with(kling(), json!({"end_frame_url": "https://a.test/e.png"})),
                400,
                "end_frame_url requires start_frame_url",
            ),
        ],
    )
    .await;
}

/// A minimal valid payload for a model, built from the matrix only.
fn payload_from_matrix(m: &Value) -> Value {
    let mut p = json!({
        "model_slug": m["slug"],
        "aspect_ratio": m["aspect_ratios"][0],
        "duration_seconds": m["durations"][0],
        "prompt": "a paper boat on a pond",
    });
    if let Some(q) = m["quality_modes"].as_array().and_then(|q| q.first()) {
        p["quality_mode"] = q.clone();
    }
    let n_img = m["min_input_images"].as_u64().unwrap();
    if n_img > 0 {
        p["input_image_urls"] = json!(vec!["https://example.com/a.png"; n_img as usize]);
    }
    let n_vid = m["min_input_videos"].as_u64().unwrap();
    if n_vid > 0 {
        p["input_video_urls"] = json!(vec!["https://example.com/a.mp4"; n_vid as usize]);
    }
    if m["slug"] == "kling_3_0_motion_control" {
        p["character_orientation"] = json!("video");
    }
    p
}

#[tokio::test]
async fn every_model_accepts_a_payload_built_from_the_matrix() {
    let sim = start(SimConfig {
        generate_limit_per_hour: 100,
        ..quick()
    })
    .await;
    let c = client();
    let models = get(&c, &sim, "/api/v1/models/video/", Some(KEY)).await.body["models"].clone();
    for m in models.as_array().unwrap() {
        let a = generate(&c, &sim, payload_from_matrix(m)).await;
        assert_eq!(a.status, StatusCode::OK, "{}: {}", m["slug"], a.text);
        assert_eq!(a.body["credits_charged"], m["credits"]);
        let id = a.body["job_ids"][0].as_str().unwrap();
        assert_eq!(uuid::Uuid::parse_str(id).unwrap().get_version_num(), 4);
    }
}

#[tokio::test]
async fn accepted_edge_cases() {
    let sim = start(SimConfig {
        generate_limit_per_hour: 1000,
        ..quick()
    })
    .await;
    let c = &client();
    // Prompt limits count Unicode characters, not bytes.
    let a = generate(c, &sim, with(kling(), json!({"prompt": "é".repeat(2500)}))).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    // Sound on a model with audio; asset:// ids in Seedance fields; Kling extras.
    assert_eq!(
        generate(
            c,
            &sim,
            with(
                veo(),
                json!({"sound": true, "prompt_directory_optin": true})
            )
        )
        .await
        .status,
        200
    );
    let sd = json!({"model_slug": "seedance_2_0", "prompt": "x", "seedance_mode": "first_last_frame",
        "first_frame_url": "asset://img_1", "last_frame_url": "https://a.test/l.png"});
    let a = generate(c, &sim, sd).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let kl = with(
        kling(),
        json!({"start_frame_url": "https://a.test/s.png", "end_frame_url": "https://a.test/e.png",
        "elements": [{"name": "hero", "image_urls": ["https://a.test/h.png"]}]}),
    );
    let ids = create(c, &sim, kl).await;
    let job = status(c, &sim, KEY, &ids[0]).await.body["job"].clone();
    assert_eq!(job["mode"], "image_to_video");
    // Motion control with a 30 s video orientation.
    let mc = json!({"model_slug": "kling_3_0_motion_control", "quality_mode": "pro", "duration_seconds": 30,
        "character_orientation": "video", "input_image_urls": ["https://a.test/p.png"], "input_video_urls": ["http://a.test/m.mp4"]});
    let ids = create(c, &sim, mc).await;
    assert_eq!(
        status(c, &sim, KEY, &ids[0]).await.body["job"]["mode"],
        "motion_control"
    );
    let wan = json!({"model_slug": "wan_2_6_v2v", "prompt": "snow", "input_video_urls": ["https://a.test/1.mp4"]});
    let ids = create(c, &sim, wan).await;
    assert_eq!(
        status(c, &sim, KEY, &ids[0]).await.body["job"]["mode"],
        "video_to_video"
    );
}
