//! Model-family fields: motion control, Kling 3.0 extras, Seedance 2 extras.

use serde_json::{Map, Value};

use super::bad;
use super::fields::{opt_str, opt_url, url_list};
use crate::error::ApiResult;
use crate::models::{Extras, ModelSpec, MOTION_MAX_SECS_IMAGE, MOTION_MAX_SECS_VIDEO};

pub(super) const SEEDANCE: &[&str] = &[
    "seedance_mode",
    "first_frame_url",
    "last_frame_url",
    "reference_image_urls",
    "reference_video_urls",
    "reference_audio_urls",
];
pub(super) const KLING: &[&str] = &["start_frame_url", "end_frame_url", "elements"];
pub(super) const MOTION: &[&str] = &["character_orientation"];
pub(super) const SEEDANCE_MODES: &[&str] = &[
    "text_to_video",
    "first_frame",
    "first_last_frame",
    "multimodal",
];

pub(super) fn check_family_fields(body: &Map<String, Value>, model: &ModelSpec) -> ApiResult<()> {
    for name in body.keys() {
        let n = name.as_str();
        if SEEDANCE.contains(&n) && model.extras != Extras::Seedance {
            return Err(bad(format!(
                "Field \"{n}\" is only accepted for Seedance 2 models"
            )));
        }
        if KLING.contains(&n) && model.extras != Extras::Kling {
            return Err(bad(format!("Field \"{n}\" is only accepted for Kling 3.0")));
        }
        if MOTION.contains(&n) && model.extras != Extras::MotionControl {
            return Err(bad(format!(
                "Field \"{n}\" is only accepted for motion control models"
            )));
        }
    }
    Ok(())
}

pub(super) fn check_motion(body: &Map<String, Value>, duration: u32) -> ApiResult<()> {
    let orientation = opt_str(body, "character_orientation")?.ok_or_else(|| {
        bad("character_orientation is required for this model (allowed: video, image)")
    })?;
    let max = match orientation {
        "video" => MOTION_MAX_SECS_VIDEO,
        "image" => MOTION_MAX_SECS_IMAGE,
        other => {
            return Err(bad(format!(
                "Invalid character_orientation: \"{other}\" (allowed: video, image)"
            )))
        }
    };
    if duration > max {
        return Err(bad(format!(
            "Invalid duration for character_orientation \"{orientation}\": {duration} (max {max})"
        )));
    }
    Ok(())
}

/// Returns true when a start frame makes the job image-to-video.
pub(super) fn check_kling(body: &Map<String, Value>) -> ApiResult<bool> {
    let start = opt_url(body, "start_frame_url", false)?;
    let end = opt_url(body, "end_frame_url", false)?;
    if end.is_some() && start.is_none() {
        return Err(bad("end_frame_url requires start_frame_url"));
    }
    if let Some(v) = body.get("elements") {
        let items = v
            .as_array()
            .ok_or_else(|| bad("elements must be a list of objects"))?;
        if items.len() > 3 {
            return Err(bad(format!(
                "elements accepts at most 3 items (got {})",
                items.len()
            )));
        }
        for (i, item) in items.iter().enumerate() {
            let obj = item
                .as_object()
                .ok_or_else(|| bad(format!("elements[{i}] must be an object")))?;
            for key in obj.keys() {
                if key != "name" && key != "image_urls" {
                    return Err(bad(format!("unknown field \"elements[{i}].{key}\"")));
                }
            }
            match obj.get("name") {
                Some(Value::String(s)) if !s.trim().is_empty() => {}
                _ => {
                    return Err(bad(format!(
                        "elements[{i}].name must be a non-empty string"
                    )))
                }
            }
            let urls = url_list(obj, "image_urls", false)
                .map_err(|e| bad(format!("elements[{i}]: {}", e.message)))?;
            if urls.is_empty() || urls.len() > 4 {
                return Err(bad(format!("elements[{i}].image_urls needs 1 to 4 URLs")));
            }
        }
    }
    Ok(start.is_some())
}

/// Returns true when frames make the job image-to-video.
pub(super) fn check_seedance(body: &Map<String, Value>) -> ApiResult<bool> {
    let mode = opt_str(body, "seedance_mode")?.unwrap_or("text_to_video");
    if !SEEDANCE_MODES.contains(&mode) {
        return Err(bad(format!(
            "Invalid seedance_mode: \"{mode}\" (allowed: {})",
            SEEDANCE_MODES.join(", ")
        )));
    }
    let first = opt_url(body, "first_frame_url", true)?;
    let last = opt_url(body, "last_frame_url", true)?;
    let refs = url_list(body, "reference_image_urls", true)?.len()
        + url_list(body, "reference_video_urls", true)?.len()
        + url_list(body, "reference_audio_urls", true)?.len();
    match mode {
        "first_frame" | "first_last_frame" if first.is_none() => Err(bad(format!(
            "seedance_mode \"{mode}\" requires first_frame_url"
        ))),
        "first_last_frame" if last.is_none() => Err(bad(
            "seedance_mode \"first_last_frame\" requires last_frame_url",
        )),
        "first_frame" if last.is_some() => Err(bad(
            "last_frame_url is only accepted with seedance_mode \"first_last_frame\"",
        )),
        "multimodal" if refs == 0 => Err(bad(
            "seedance_mode \"multimodal\" requires at least one reference_*_urls entry",
        )),
        "text_to_video" if first.is_some() || last.is_some() || refs > 0 => Err(bad(
            "seedance_mode \"text_to_video\" takes no frames or references; set seedance_mode",
        )),
        _ => Ok(first.is_some()),
    }
}
