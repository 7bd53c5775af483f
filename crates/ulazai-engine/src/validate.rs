//! Catch invalid requests before they are sent: a refused generate costs one of the 24
//! POSTs per hour, and the creator deserves a message naming the form field at fault.
//!
//! The recommended flow is [`prepare`]: find the model, [`normalise`] (trim, fill single
//! allowed values), then [`validate`] what will actually be sent.
use std::fmt;

use serde::Serialize;

#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::api::ErrorInfo;
use crate::model::{GenerateParams, ModelInfo};

/// One problem with one form field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct FieldError {
    /// The request field name (`prompt`, `duration_seconds`, ...), which is also the form's.
    pub field: String,
    pub message: String,
}

/// All problems found in one request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValidationErrors(pub Vec<FieldError>);

impl ValidationErrors {
    /// Whether `field` has a problem.
    pub fn has(&self, field: &str) -> bool {
        self.0.iter().any(|e| e.field == field)
    }
    /// The serialisable face for the UI: code `validation`, the first field at fault.
    pub fn info(&self) -> ErrorInfo {
        ErrorInfo {
            code: crate::ErrorCode::Validation,
            message: self.to_string(),
            retry_after_secs: None,
            field: self.0.first().map(|e| e.field.clone()),
        }
    }
}

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let msgs: Vec<&str> = self.0.iter().map(|e| e.message.as_str()).collect();
        f.write_str(&msgs.join(" "))
    }
}

impl std::error::Error for ValidationErrors {}

/// Find the model, normalise the request for it, and validate the result.
pub fn prepare(
    params: GenerateParams,
    models: &[ModelInfo],
) -> Result<GenerateParams, ValidationErrors> {
    let params = match models.iter().find(|m| m.slug == params.model_slug.trim()) {
        Some(m) => normalise(params, m),
        None => params,
    };
    validate(&params, models)?;
    Ok(params)
}

/// Check `params` against the model it names; collects every problem.
pub fn validate<'m>(
    params: &GenerateParams,
    models: &'m [ModelInfo],
) -> Result<&'m ModelInfo, ValidationErrors> {
    let mut errs = Vec::new();
    let mut err = |field: &str, message: String| {
        errs.push(FieldError {
            field: field.to_string(),
            message,
        })
    };

    // Model-independent checks first, so they are reported even for an unknown model.
    let images = &params.input_image_urls;
    let videos = &params.input_video_urls;
    for (i, u) in images.iter().enumerate() {
        if let Err(why) = crate::urls::input_media(u) {
            err(
                "input_image_urls",
                format!("Input image {} is not a usable link: {why}.", i + 1),
            );
        }
    }
    for (i, u) in videos.iter().enumerate() {
        if let Err(why) = crate::urls::input_media(u) {
            err(
                "input_video_urls",
                format!("Input video {} is not a usable link: {why}.", i + 1),
            );
        }
    }

    let slug = params.model_slug.trim();
    let Some(model) = models.iter().find(|m| m.slug == slug) else {
        if !(1..=4).contains(&params.count) {
            err("count", "A batch is 1 to 4 jobs.".to_string());
        }
        let msg = if slug.is_empty() {
            "Choose a model.".to_string()
        } else {
            format!("UlazAI has no model “{slug}”. Choose one from the list.")
        };
        errs.insert(
            0,
            FieldError {
                field: "model_slug".into(),
                message: msg,
            },
        );
        return Err(ValidationErrors(errs));
    };
    let name = model.name.as_str();

    // Prompt.
    let prompt = params.prompt.trim();
    if prompt.is_empty() && model.requires_prompt {
        err("prompt", format!("Write a prompt: {name} needs one."));
    }
    if let Some(max) = model.max_prompt_chars {
        let n = prompt.chars().count();
        if n > max as usize {
            err(
                "prompt",
                format!(
                    "{name} accepts prompts up to {} characters; this one has {}.",
                    thousands(max as usize),
                    thousands(n)
                ),
            );
        }
    }

    // Aspect ratio.
    if let Some(r) = params
        .aspect_ratio
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
    {
        if !model.aspect_ratios.is_empty() && !model.aspect_ratios.iter().any(|a| a == r) {
            let msg = if model.aspect_ratios.len() == 1 {
                format!("{name} renders {} only.", model.aspect_ratios[0])
            } else {
                format!("Choose an aspect ratio: {}.", either(&model.aspect_ratios))
            };
            err("aspect_ratio", msg);
        }
    }

    // Duration.
    if let Some(d) = params.duration_seconds {
        if !model.durations.is_empty() && !model.durations.contains(&d) {
            let msg = if model.durations.len() == 1 {
                format!("{name} renders {} s clips only.", model.durations[0])
            } else {
                let opts: Vec<String> = model.durations.iter().map(|d| format!("{d} s")).collect();
                format!("Choose a duration: {}.", either(&opts))
            };
            err("duration_seconds", msg);
        }
    }

    // Quality.
    let quality = params
        .quality_mode
        .as_deref()
        .map(str::trim)
        .filter(|q| !q.is_empty());
    match (model.quality_modes.is_empty(), quality) {
        (false, None) => err(
            "quality_mode",
            format!("Choose a quality: {}.", either(&model.quality_modes)),
        ),
        (false, Some(q)) if !model.quality_modes.iter().any(|m| m == q) => err(
            "quality_mode",
            format!("Choose a quality: {}.", either(&model.quality_modes)),
        ),
        (true, Some(_)) => err(
            "quality_mode",
            format!("{name} has no quality modes; leave quality unset."),
        ),
        _ => {}
    }

    // Sound (`false` on a silent model is harmless; `normalise` drops it).
    if params.sound == Some(true) && !model.supports_sound {
        err(
            "sound",
            format!("{name} renders without sound; turn sound off."),
        );
    }

    // Input media counts.
    if let Some(m) = media_count_problem(
        name,
        "image",
        images.len(),
        model.min_input_images,
        model.max_input_images,
    ) {
        err("input_image_urls", m);
    }
    if let Some(m) = media_count_problem(
        name,
        "video",
        videos.len(),
        model.min_input_videos,
        model.max_input_videos,
    ) {
        err("input_video_urls", m);
    }

    // Batch size.
    let max_batch = model.max_batch.clamp(1, 4);
    if !(1..=max_batch).contains(&params.count) {
        let msg = if max_batch == 4 {
            "A batch is 1 to 4 jobs.".to_string()
        } else if max_batch == 1 {
            format!("{name} renders one job at a time; set the batch to 1.")
        } else {
            format!("A batch of {name} is 1 to {max_batch} jobs.")
        };
        err("count", msg);
    }

    // Motion control.
    let orientation = params
        .character_orientation
        .as_deref()
        .map(str::trim)
        .filter(|o| !o.is_empty());
    if is_motion_control(model) {
        let longest = match orientation {
            Some("video") => Some(30),
            Some("image") => Some(10),
            _ => None,
        };
        match (longest, params.duration_seconds) {
            (None, _) => err(
                "character_orientation",
                "Choose a character orientation: video (clips up to 30 s) or image (up to 10 s)."
                    .to_string(),
            ),
            (Some(max), Some(d)) if d > max => err(
                "duration_seconds",
                format!(
                    "With {} orientation, clips are up to {max} s.",
                    orientation.unwrap_or_default()
                ),
            ),
            _ => {}
        }
    } else if orientation.is_some() {
        err(
            "character_orientation",
            "Character orientation applies to motion-control models only.".to_string(),
        );
    }

    if errs.is_empty() {
        Ok(model)
    } else {
        Err(ValidationErrors(errs))
    }
}

/// Trim the prompt and links, fill what the server would need when the model allows only
/// one value (duration, ratio, quality), use the model's spelling of a ratio or quality, and
/// drop `sound: false` on models without sound.
pub fn normalise(mut params: GenerateParams, model: &ModelInfo) -> GenerateParams {
    params.model_slug = params.model_slug.trim().to_string();
    params.prompt = params.prompt.trim().to_string();
    params.aspect_ratio = canonical(params.aspect_ratio, &model.aspect_ratios);
    params.quality_mode = canonical(params.quality_mode, &model.quality_modes);
    if params.duration_seconds.is_none() && model.durations.len() == 1 {
        params.duration_seconds = Some(model.durations[0]);
    }
    if params.sound == Some(false) && !model.supports_sound {
        params.sound = None;
    }
    params.character_orientation = params
        .character_orientation
        .map(|o| o.trim().to_ascii_lowercase())
        .filter(|o| !o.is_empty());
    for u in params
        .input_image_urls
        .iter_mut()
        .chain(params.input_video_urls.iter_mut())
    {
        *u = u.trim().to_string();
    }
    params.input_image_urls.retain(|u| !u.is_empty());
    params.input_video_urls.retain(|u| !u.is_empty());
    params
}

/// Motion-control models take `character_orientation`.
pub fn is_motion_control(model: &ModelInfo) -> bool {
    model.slug.contains("motion_control")
}

fn canonical(value: Option<String>, allowed: &[String]) -> Option<String> {
    let v = value
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty());
    match v {
        None if allowed.len() == 1 => Some(allowed[0].clone()),
        None => None,
        Some(v) => Some(
            allowed
                .iter()
                .find(|a| a.eq_ignore_ascii_case(&v))
                .cloned()
                .unwrap_or(v),
        ),
    }
}

fn media_count_problem(
    name: &str,
    kind: &str,
    n: usize,
    min: u32,
    max: Option<u32>,
) -> Option<String> {
    let (min, max) = (min as usize, max.map(|m| m as usize));
    let ok = n >= min && max.is_none_or(|m| n <= m);
    if ok {
        return None;
    }
    let count = |k: usize| match k {
        1 => format!("one input {kind}"),
        k => format!("{k} input {kind}s"),
    };
    Some(match max {
        Some(0) => format!("{name} does not take input {kind}s; remove them."),
        Some(m) if m == min => format!("{name} needs exactly {}.", count(m)),
        _ if n < min => format!("{name} needs at least {}.", count(min)),
        Some(m) => format!("{name} takes at most {}.", count(m)),
        None => unreachable!("n >= min and no maximum is always fine"),
    })
}

/// "a or b", "a, b or c".
fn either<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => {
            let head: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} or {}", head.join(", "), last.as_ref())
        }
    }
}

/// 2731 → "2,731".
pub fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
