//! `normalise` / `prepare`, and validation against the simulator's own model matrix: a
//! request refused locally sends nothing, and every request `prepare` accepts is accepted
//! by the simulator too.

use crate::support::api as api_support;

use api_support::*;
use ulazai_engine::api::parse_models_body;
use ulazai_engine::model::GenerateParams;
use ulazai_engine::validate::{normalise, prepare};

#[tokio::test]
async fn a_refused_request_is_never_sent() {
    let sim = start_sim(fast_config()).await;
    let client = demo_client(&sim);
    let models = client.models().await.unwrap();
    let bad = GenerateParams {
        model_slug: "kling_3_0".into(),
        prompt: "x".repeat(2600).into(),
        duration_seconds: Some(7),
        quality_mode: Some("std".into()),
        ..Default::default()
    };
    let result = prepare(bad, &models);
    let e = result.expect_err("refused locally");
    assert!(e.has("prompt") && e.has("duration_seconds"));
    assert_eq!(sim.stats().requests["generate"], 0);
}

#[tokio::test]
async fn every_prepared_request_is_accepted_by_the_simulator() {
    let sim = start_sim(fast_config()).await;
    let client = demo_client(&sim);
    let models = client.models().await.unwrap();
    let (img, vid) = (
        format!("{}/in/a.png", sim.base_url()),
        format!("{}/in/a.mp4", sim.base_url()),
    );
    for m in &models {
        let p = GenerateParams {
            model_slug: m.slug.clone(),
            prompt: "a paper boat on a river".into(),
            quality_mode: m.quality_modes.first().cloned(),
            input_image_urls: vec![img.clone(); m.min_input_images as usize],
            input_video_urls: vec![vid.clone(); m.min_input_videos as usize],
            character_orientation: m
                .slug
                .contains("motion_control")
                .then(|| "video".to_string()),
            count: 2,
            ..Default::default()
        };
        let p = prepare(p, &models).unwrap_or_else(|e| panic!("{}: {e}", m.slug));
        let answer = client
            .generate(&p)
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", m.slug));
        assert_eq!(answer.job_ids.len(), 2, "{}", m.slug);
    }
}

#[test]
fn normalise_trims_and_fills_single_values() {
    let models = parse_models_body(
        r#"[{"slug": "veo31_fast", "aspect_ratios": ["16:9", "9:16", "Auto"], "durations": [8],
             "inputs": ["text", "image"], "supports_sound": true},
            {"slug": "kling_3_0", "durations": [5, 10], "quality_modes": ["std", "pro"]}]"#,
    )
    .unwrap();
    let veo_model = models.iter().find(|m| m.slug == "veo31_fast").unwrap();
    let p = GenerateParams {
        prompt: "  a whale  ".into(),
        aspect_ratio: Some("auto".into()),
        duration_seconds: None,
        input_image_urls: vec![" https://a.test/x.png ".into(), "  ".into()],
        ..veo("", 1)
    };
    let n = normalise(p, veo_model);
    assert_eq!(&*n.prompt, "a whale");
    assert_eq!(n.aspect_ratio.as_deref(), Some("Auto"));
    assert_eq!(n.duration_seconds, Some(8));
    assert_eq!(n.input_image_urls, vec!["https://a.test/x.png"]);
    let kling_model = models.iter().find(|m| m.slug == "kling_3_0").unwrap();
    let n = normalise(
        GenerateParams {
            sound: Some(false),
            quality_mode: Some("PRO".into()),
            ..GenerateParams {
                model_slug: "kling_3_0".into(),
                prompt: "a fox".into(),
                ..Default::default()
            }
        },
        kling_model,
    );
    assert_eq!((n.sound, n.quality_mode.as_deref()), (None, Some("pro")));
    let prepared = prepare(
        GenerateParams {
            duration_seconds: None,
            ..veo(" x ", 1)
        },
        &models,
    )
    .unwrap();
    assert_eq!(
        (&*prepared.prompt, prepared.duration_seconds),
        ("x", Some(8))
    );
}
