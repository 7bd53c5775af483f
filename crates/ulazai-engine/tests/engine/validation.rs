//! `validate` / `normalise` / `prepare`: one test per rule (the simulator's matrix is
//! exercised in `validation_prepare.rs`, with `normalise` and `prepare`).

use crate::support::api as api_support;

use api_support::veo;
use ulazai_engine::api::parse_models_body;
use ulazai_engine::model::{GenerateParams, ModelInfo};
use ulazai_engine::validate::{validate, ValidationErrors};

/// A matrix like the server's; Hailuo and Wan leave their media bounds out on purpose
/// (the documented guards must fill them in).
fn models() -> Vec<ModelInfo> {
    parse_models_body(
        r#"{"success": true, "models": [
        {"slug": "veo31_fast", "name": "Veo 3.1 Fast", "aspect_ratios": ["16:9", "9:16", "Auto"],
         "durations": [8], "quality_modes": [], "inputs": ["text", "image"], "credits": 100,
         "max_prompt_chars": 4000, "supports_sound": true, "max_batch": 4, "max_input_images": 2},
        {"slug": "kling_3_0", "name": "Kling 3.0", "aspect_ratios": ["16:9", "9:16", "1:1"],
         "durations": [5, 10], "quality_modes": ["std", "pro"], "inputs": ["text", "image"],
         "max_prompt_chars": 2500, "supports_sound": false, "max_input_images": 1},
        {"slug": "hailuo_2_3_i2v", "name": "Hailuo 2.3", "durations": [6, 10], "inputs": ["text", "image"],
         "max_prompt_chars": 5000, "requires_prompt": false},
        {"slug": "wan_2_6_v2v", "name": "Wan 2.6 Video Remix", "durations": [5, 10], "inputs": ["text", "video"]},
        {"slug": "grok_imagine_video", "name": "Grok Imagine Video", "durations": [6], "inputs": ["text"],
         "max_prompt_chars": 5000, "supports_sound": true, "max_batch": 2},
        {"slug": "kling_3_0_motion_control", "name": "Kling 3.0 Motion Control", "durations": [5, 10, 30],
         "quality_modes": ["std", "pro"], "inputs": ["text", "image", "video"], "requires_prompt": false,
         "min_input_images": 1, "max_input_images": 1, "min_input_videos": 1, "max_input_videos": 1}
    ]}"#,
    )
    .unwrap()
}

fn kling() -> GenerateParams {
    GenerateParams {
        model_slug: "kling_3_0".into(),
        prompt: "a fox in the snow".into(),
        aspect_ratio: Some("16:9".into()),
        duration_seconds: Some(5),
        quality_mode: Some("std".into()),
        count: 1,
        ..Default::default()
    }
}

fn errors(p: &GenerateParams) -> ValidationErrors {
    validate(p, &models()).expect_err("must be refused")
}

/// The single message for `field`, asserting there is exactly one problem.
fn only(p: &GenerateParams, field: &str) -> String {
    let e = errors(p);
    assert_eq!(e.0.len(), 1, "{e:?}");
    assert_eq!(e.0[0].field, field);
    e.0[0].message.clone()
}

#[test]
fn a_valid_request_passes_and_names_its_model() {
    assert_eq!(validate(&kling(), &models()).unwrap().slug, "kling_3_0");
}

#[test]
fn model_must_exist() {
    let p = GenerateParams {
        model_slug: "sora_9".into(),
        ..kling()
    };
    assert!(only(&p, "model_slug").contains("sora_9"));
    let p = GenerateParams {
        model_slug: " ".into(),
        ..kling()
    };
    assert_eq!(only(&p, "model_slug"), "Choose a model.");
}

#[test]
fn aspect_ratio_must_be_one_of_the_models() {
    let p = GenerateParams {
        aspect_ratio: Some("4:3".into()),
        ..kling()
    };
    assert_eq!(
        only(&p, "aspect_ratio"),
        "Choose an aspect ratio: 16:9, 9:16 or 1:1."
    );
    let p = GenerateParams {
        aspect_ratio: None,
        ..kling()
    };
    assert!(
        validate(&p, &models()).is_ok(),
        "an absent ratio is the server's default"
    );
}

#[test]
fn duration_must_be_one_of_the_models() {
    let p = GenerateParams {
        duration_seconds: Some(7),
        ..kling()
    };
    assert_eq!(
        only(&p, "duration_seconds"),
        "Choose a duration: 5 s or 10 s."
    );
    let p = GenerateParams {
        model_slug: "veo31_fast".into(),
        quality_mode: None,
        duration_seconds: Some(5),
        ..kling()
    };
    assert_eq!(
        only(&p, "duration_seconds"),
        "Veo 3.1 Fast renders 8 s clips only."
    );
}

#[test]
fn quality_is_required_iff_the_model_has_modes() {
    let p = GenerateParams {
        quality_mode: None,
        ..kling()
    };
    assert_eq!(only(&p, "quality_mode"), "Choose a quality: std or pro.");
    let p = GenerateParams {
        quality_mode: Some("ultra".into()),
        ..kling()
    };
    assert_eq!(only(&p, "quality_mode"), "Choose a quality: std or pro.");
    let p = GenerateParams {
        model_slug: "veo31_fast".into(),
        duration_seconds: None,
        ..kling()
    };
    assert!(only(&p, "quality_mode").contains("no quality modes"));
}

#[test]
fn prompt_is_required_and_bounded_in_characters() {
    let p = GenerateParams {
        prompt: "   ".into(),
        ..kling()
    };
    assert_eq!(only(&p, "prompt"), "Write a prompt: Kling 3.0 needs one.");
    let p = GenerateParams {
        prompt: "a".repeat(2731).into(),
        ..kling()
    };
    assert_eq!(
        only(&p, "prompt"),
        "Kling 3.0 accepts prompts up to 2,500 characters; this one has 2,731."
    );
    // 2,500 characters of 3 bytes each: too many bytes, but not too many characters.
    let p = GenerateParams {
        prompt: "雪".repeat(2500).into(),
        ..kling()
    };
    assert!(validate(&p, &models()).is_ok());
    // Hailuo does not need a prompt.
    let p = GenerateParams {
        model_slug: "hailuo_2_3_i2v".into(),
        prompt: String::new().into(),
        quality_mode: None,
        duration_seconds: Some(6),
        aspect_ratio: None,
        input_image_urls: vec!["https://cdn.test/a.png".into()],
        ..kling()
    };
    assert!(validate(&p, &models()).is_ok());
}

#[test]
fn sound_only_on_models_with_audio() {
    let p = GenerateParams {
        sound: Some(true),
        ..kling()
    };
    assert_eq!(
        only(&p, "sound"),
        "Kling 3.0 renders without sound; turn sound off."
    );
    let veo = GenerateParams {
        sound: Some(true),
        ..veo("x", 1)
    };
    assert!(validate(&veo, &models()).is_ok());
}

#[test]
fn input_images_within_bounds() {
    let base = GenerateParams {
        model_slug: "hailuo_2_3_i2v".into(),
        quality_mode: None,
        duration_seconds: None,
        aspect_ratio: None,
        ..kling()
    };
    assert_eq!(
        only(&base, "input_image_urls"),
        "Hailuo 2.3 needs exactly one input image."
    );
    let two = GenerateParams {
        input_image_urls: vec!["https://a.test/1.png".into(); 2],
        ..base
    };
    assert_eq!(
        only(&two, "input_image_urls"),
        "Hailuo 2.3 needs exactly one input image."
    );
    let veo3 = GenerateParams {
        input_image_urls: vec!["https://a.test/1.png".into(); 3],
        ..veo("x", 1)
    };
    assert_eq!(
        only(&veo3, "input_image_urls"),
        "Veo 3.1 Fast takes at most 2 input images."
    );
    let grok = GenerateParams {
        model_slug: "grok_imagine_video".into(),
        duration_seconds: Some(6),
        input_image_urls: vec!["https://a.test/1.png".into()],
        ..veo("x", 1)
    };
    let grok = GenerateParams {
        aspect_ratio: None,
        ..grok
    };
    assert_eq!(
        only(&grok, "input_image_urls"),
        "Grok Imagine Video does not take input images; remove them."
    );
}

#[test]
fn input_videos_within_bounds() {
    let wan = GenerateParams {
        model_slug: "wan_2_6_v2v".into(),
        quality_mode: None,
        aspect_ratio: None,
        ..kling()
    };
    assert_eq!(
        only(&wan, "input_video_urls"),
        "Wan 2.6 Video Remix needs exactly one input video."
    );
    let ok = GenerateParams {
        input_video_urls: vec!["https://a.test/v.mp4".into()],
        ..wan
    };
    assert!(validate(&ok, &models()).is_ok());
    let kling_video = GenerateParams {
        input_video_urls: vec!["https://a.test/v.mp4".into()],
        ..kling()
    };
    assert_eq!(
        only(&kling_video, "input_video_urls"),
        "Kling 3.0 does not take input videos; remove them."
    );
}

/// The server's rule for input links (found by the differential property test against the
/// simulator): an http(s) address with a host. Plain http is the server's business (it
/// fetches the link, not the app); `asset://` ids belong to Seedance's frame and reference
/// fields only, and the server refuses them here.
#[test]
fn input_links_are_http_or_https_addresses() {
    let with = |u: &str| GenerateParams {
        input_image_urls: vec![u.into()],
        ..kling()
    };
    for ok in [
        "https://cdn.test/a.png",
        "http://127.0.0.1:8787/a.png",
        "http://localhost/a.png",
        "http://cdn.test/a.png",
    ] {
        assert!(validate(&with(ok), &models()).is_ok(), "{ok}");
    }
    for bad in [
        "asset://img_42",
        "https://cdn.test/a b.png",
        "https://cdn.test/a\u{7}.png",
        "file:///a.png",
        "ftp://cdn.test/a.png",
        "a.png",
    ] {
        let m = only(&with(bad), "input_image_urls");
        assert!(
            m.starts_with("Input image 1 is not a usable link"),
            "{bad}: {m}"
        );
    }
}

#[test]
fn batch_is_one_to_four_and_within_the_models_limit() {
    for n in [0, 5] {
        assert_eq!(
            only(
                &GenerateParams {
                    count: n,
                    ..kling()
                },
                "count"
            ),
            "A batch is 1 to 4 jobs."
        );
    }
    assert!(validate(
        &GenerateParams {
            count: 4,
            ..kling()
        },
        &models()
    )
    .is_ok());
    let grok = GenerateParams {
        model_slug: "grok_imagine_video".into(),
        duration_seconds: Some(6),
        aspect_ratio: None,
        count: 3,
        ..veo("x", 1)
    };
    assert_eq!(
        only(&grok, "count"),
        "A batch of Grok Imagine Video is 1 to 2 jobs."
    );
}

#[test]
fn character_orientation_only_for_motion_control() {
    let motion = GenerateParams {
        model_slug: "kling_3_0_motion_control".into(),
        aspect_ratio: None,
        input_image_urls: vec!["https://a.test/me.png".into()],
        input_video_urls: vec!["https://a.test/dance.mp4".into()],
        ..kling()
    };
    assert!(
        only(&motion, "character_orientation").starts_with("Choose a character orientation: video")
    );
    let sideways = GenerateParams {
        character_orientation: Some("sideways".into()),
        ..motion.clone()
    };
    assert_eq!(
        only(&sideways, "character_orientation"),
        only(&motion, "character_orientation")
    );
    let video = GenerateParams {
        character_orientation: Some("video".into()),
        duration_seconds: Some(30),
        ..motion
    };
    assert!(validate(&video, &models()).is_ok());
    let image = GenerateParams {
        character_orientation: Some("image".into()),
        ..video
    };
    assert_eq!(
        only(&image, "duration_seconds"),
        "With image orientation, clips are up to 10 s."
    );
    let plain = GenerateParams {
        character_orientation: Some("video".into()),
        ..kling()
    };
    assert_eq!(
        only(&plain, "character_orientation"),
        "Character orientation applies to motion-control models only."
    );
}

#[test]
fn all_problems_are_reported_at_once() {
    let p = GenerateParams {
        prompt: String::new().into(),
        duration_seconds: Some(3),
        quality_mode: None,
        sound: Some(true),
        count: 9,
        ..kling()
    };
    let e = errors(&p);
    let fields: Vec<&str> = e.0.iter().map(|f| f.field.as_str()).collect();
    for f in [
        "prompt",
        "duration_seconds",
        "quality_mode",
        "sound",
        "count",
    ] {
        assert!(fields.contains(&f), "{f} in {fields:?}");
    }
    assert!(
        e.to_string().contains("Write a prompt")
            && e.to_string().contains("A batch is 1 to 4 jobs.")
    );
    let info = e.info();
    assert_eq!(
        (info.code.as_str(), info.field.as_deref()),
        ("validation", Some("prompt"))
    );
}
