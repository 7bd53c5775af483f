//! Strict validation of generate requests against the model matrix.
//!
//! Anything the real service would refuse is refused with a 400 (404 for an unknown
//! model) and a message that names the field and the allowed values.

mod family;
mod fields;

use serde_json::{Map, Value};

use crate::error::{ApiError, ApiResult};
use crate::models::{self, Extras, ModelSpec, MAX_BATCH};
use family::{
    check_family_fields, check_kling, check_motion, check_seedance, KLING, MOTION, SEEDANCE,
};
pub use fields::check_url;
use fields::{check_count, opt_str, url_list};

/// A request that passed every check.
#[derive(Debug, Clone)]
pub struct GenerateOrder {
    pub model: &'static ModelSpec,
    pub prompt: String,
    pub aspect_ratio: String,
    pub duration: u32,
    pub quality_mode: Option<String>,
    pub sound: bool,
    pub count: u32,
    pub mode: &'static str,
}

const COMMON: &[&str] = &[
    "model_slug",
    "prompt",
    "aspect_ratio",
    "duration_seconds",
    "quality_mode",
    "input_image_urls",
    "input_video_urls",
    "sound",
    "prompt_directory_optin",
    "count",
];
pub(crate) fn bad(msg: impl Into<String>) -> ApiError {
    ApiError::bad_request(msg)
}

/// Check a generate body. Field order of checks: names, model, types, model rules.
pub fn validate_generate(body: &Map<String, Value>) -> ApiResult<GenerateOrder> {
    for (name, value) in body {
        let known = [COMMON, SEEDANCE, KLING, MOTION]
            .iter()
            .any(|set| set.contains(&name.as_str()));
        if !known {
            return Err(bad(format!("unknown field \"{name}\"")));
        }
        if value.is_null() {
            return Err(bad(format!("Field \"{name}\" may not be null.")));
        }
    }
    let slug = match body.get("model_slug") {
        None => return Err(bad("model_slug is required")),
        Some(Value::String(s)) => s.as_str(),
        Some(_) => return Err(bad("model_slug must be a string")),
    };
    let model = models::find(slug)
        .ok_or_else(|| ApiError::not_found(format!("Unknown model slug \"{slug}\"")))?;
    check_family_fields(body, model)?;

    let prompt = opt_str(body, "prompt")?.unwrap_or("").to_string();
    let count = match body.get("count") {
        None => 1,
        Some(v) => {
            let n = v
                .as_i64()
                .ok_or_else(|| bad("count must be an integer between 1 and 4"))?;
            if n > MAX_BATCH as i64 {
                return Err(bad("Batch size is limited to 4 jobs per request"));
            }
            if n < 1 {
                return Err(bad("count must be an integer between 1 and 4"));
            }
            n as u32
        }
    };

    let aspect_ratio = match opt_str(body, "aspect_ratio")? {
        None => model.aspect_ratios[0].to_string(),
        Some(r) if model.aspect_ratios.contains(&r) => r.to_string(),
        Some(r) => {
            return Err(bad(format!(
                "Invalid aspect_ratio for this model: \"{r}\" (allowed: {})",
                model.aspect_ratios.join(", ")
            )))
        }
    };
    let duration = match body.get("duration_seconds") {
        None => model.durations[0],
        Some(v) => {
            let d = v
                .as_i64()
                .ok_or_else(|| bad("duration_seconds must be an integer"))?;
            if d < 0 || !model.durations.contains(&(d as u32)) {
                return Err(bad(format!(
                    "Invalid duration for this model: {d} (allowed: {})",
                    join_nums(model.durations)
                )));
            }
            d as u32
        }
    };
    let quality_mode = match (
        opt_str(body, "quality_mode")?,
        model.quality_modes.is_empty(),
    ) {
        (Some(_), true) => return Err(bad("This model has no quality modes; remove quality_mode")),
        (None, false) => {
            return Err(bad(format!(
                "quality_mode is required for this model (allowed: {})",
                model.quality_modes.join(", ")
            )))
        }
        (Some(q), false) if !model.quality_modes.contains(&q) => {
            return Err(bad(format!(
                "Invalid quality_mode for this model: \"{q}\" (allowed: {})",
                model.quality_modes.join(", ")
            )))
        }
        (q, _) => q.map(str::to_string),
    };

    if model.requires_prompt && prompt.trim().is_empty() {
        return Err(bad("prompt is required for this model"));
    }
    let chars = prompt.chars().count();
    if chars > model.max_prompt_chars {
        return Err(bad(format!(
            "Prompt is too long: {chars} characters (max {})",
            model.max_prompt_chars
        )));
    }

    let sound = match body.get("sound") {
        None => false,
        Some(Value::Bool(b)) => {
            if !model.supports_sound {
                return Err(bad(
                    "This model does not support sound; remove the sound field",
                ));
            }
            *b
        }
        Some(_) => return Err(bad("sound must be a boolean")),
    };
    if let Some(v) = body.get("prompt_directory_optin") {
        if !v.is_boolean() {
            return Err(bad("prompt_directory_optin must be a boolean"));
        }
    }

    let images = url_list(body, "input_image_urls", false)?;
    let videos = url_list(body, "input_video_urls", false)?;
    check_count(
        model,
        "image",
        images.len(),
        model.min_input_images,
        model.max_input_images,
    )?;
    check_count(
        model,
        "video",
        videos.len(),
        model.min_input_videos,
        model.max_input_videos,
    )?;

    let mut mode = if !videos.is_empty() {
        "video_to_video"
    } else if !images.is_empty() {
        "image_to_video"
    } else {
        "text_to_video"
    };
    match model.extras {
        Extras::MotionControl => {
            check_motion(body, duration)?;
            mode = "motion_control";
        }
        Extras::Kling => {
            if check_kling(body)? {
                mode = "image_to_video";
            }
        }
        Extras::Seedance => {
            if check_seedance(body)? && mode == "text_to_video" {
                mode = "image_to_video";
            }
        }
        Extras::None => {}
    }

    Ok(GenerateOrder {
        model,
        prompt,
        aspect_ratio,
        duration,
        quality_mode,
        sound,
        count,
        mode,
    })
}

fn join_nums(ns: &[u32]) -> String {
    ns.iter().map(u32::to_string).collect::<Vec<_>>().join(", ")
}
