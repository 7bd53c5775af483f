//! Generate validation, part 1: field names and types, ratio/duration/quality, prompt and
//! sound, batch size, body shape. One refused request per rule, each with its exact
//! message. (Input counts, family fields and accepted payloads: `validation_inputs.rs`.)

use crate::common;

use common::validation::{check_refusals, sim};
use common::*;
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn field_names_types_and_model() {
    let (s, c) = (sim().await, client());
    check_refusals(
        &c,
        &s,
        vec![
            (with(veo(), json!({"foo": 1})), 400, "unknown field \"foo\""),
            (json!({"prompt": "x"}), 400, "model_slug is required"),
            (
                json!({"model_slug": "sora_9", "prompt": "x"}),
                404,
                "Unknown model slug \"sora_9\"",
            ),
            (
                with(veo(), json!({"duration_seconds": "8"})),
                400,
                "duration_seconds must be an integer",
            ),
            (
                with(veo(), json!({"duration_seconds": 8.5})),
                400,
                "duration_seconds must be an integer",
            ),
            (
                with(veo(), json!({"prompt": null})),
                400,
                "Field \"prompt\" may not be null.",
            ),
            (
                with(veo(), json!({"prompt": 5})),
                400,
                "prompt must be a string",
            ),
            (
                with(veo(), json!({"sound": "yes"})),
                400,
                "sound must be a boolean",
            ),
            (
                with(veo(), json!({"prompt_directory_optin": 1})),
                400,
                "prompt_directory_optin must be a boolean",
            ),
        ],
    )
    .await;
}

#[tokio::test]
async fn ratio_duration_quality() {
    let (s, c) = (sim().await, client());
    let no_quality = json!({"model_slug": "kling_3_0", "prompt": "a fox", "duration_seconds": 5});
    check_refusals(
        &c,
        &s,
        vec![
            (
                with(kling(), json!({"duration_seconds": 7})),
                400,
                "Invalid duration for this model: 7 (allowed: 5, 10)",
            ),
            (
                with(veo(), json!({"aspect_ratio": "1:1"})),
                400,
                "Invalid aspect_ratio for this model: \"1:1\" (allowed: 16:9, 9:16, Auto)",
            ),
            (
                no_quality,
                400,
                "quality_mode is required for this model (allowed: std, pro)",
            ),
            (
                with(kling(), json!({"quality_mode": "ultra"})),
                400,
                "Invalid quality_mode for this model: \"ultra\" (allowed: std, pro)",
            ),
            (
                with(veo(), json!({"quality_mode": "std"})),
                400,
                "This model has no quality modes; remove quality_mode",
            ),
        ],
    )
    .await;
}

#[tokio::test]
async fn prompt_and_sound() {
    let (s, c) = (sim().await, client());
    let wan_no_prompt =
        json!({"model_slug": "wan_2_6_v2v", "input_video_urls": ["https://a.test/1.mp4"]});
    check_refusals(
        &c,
        &s,
        vec![
            (
                json!({"model_slug": "veo31_fast"}),
                400,
                "prompt is required for this model",
            ),
            (
                with(veo(), json!({"prompt": "   "})),
                400,
                "prompt is required for this model",
            ),
            (wan_no_prompt, 400, "prompt is required for this model"),
            (
                with(kling(), json!({"prompt": "é".repeat(2501)})),
                400,
                "Prompt is too long: 2501 characters (max 2500)",
            ),
            (
                json!({"model_slug": "grok_imagine_video", "prompt": "x".repeat(5001)}),
                400,
                "Prompt is too long: 5001 characters (max 5000)",
            ),
            (
                with(kling(), json!({"sound": true})),
                400,
                "This model does not support sound; remove the sound field",
            ),
        ],
    )
    .await;
}

#[tokio::test]
async fn batch_size() {
    let (s, c) = (sim().await, client());
    check_refusals(
        &c,
        &s,
        vec![
            (
                with(veo(), json!({"count": 5})),
                400,
                "Batch size is limited to 4 jobs per request",
            ),
            (
                with(veo(), json!({"count": 0})),
                400,
                "count must be an integer between 1 and 4",
            ),
            (
                with(veo(), json!({"count": "2"})),
                400,
                "count must be an integer between 1 and 4",
            ),
        ],
    )
    .await;
}

#[tokio::test]
async fn body_content_type_and_shape() {
    let (s, c) = (sim().await, client());
    let url = format!("{}{GENERATE}", s.base_url());
    let send = |ct: &'static str, body: String| {
        c.post(&url)
            .bearer_auth(KEY)
            .header("Content-Type", ct)
            .body(body)
            .send()
    };
    let a = read(send("text/plain", veo().to_string()).await.unwrap()).await;
    assert_eq!(a.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(
        a.error()
            .starts_with("Unsupported media type \"text/plain\""),
        "{}",
        a.text
    );
    let a = read(
        send(
            "application/x-www-form-urlencoded",
            "model_slug=veo31_fast".into(),
        )
        .await
        .unwrap(),
    )
    .await;
    assert_eq!(a.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let a = read(send("application/json", "[1,2]".into()).await.unwrap()).await;
    assert_eq!(
        (a.status.as_u16(), a.error()),
        (400, "Request body must be a JSON object")
    );
    let a = read(send("application/json", "{nope".into()).await.unwrap()).await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST);
    assert!(a.error().starts_with("JSON parse error"), "{}", a.text);
    let a = read(
        send("application/json; charset=utf-8", veo().to_string())
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
}
