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
use crate::text::{Text, TextArg};

/// One problem with one form field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct FieldError {
    /// The request field name (`prompt`, `duration_seconds`, ...), which is also the form's.
    pub field: String,
    /// The sentence, in English until the shell words [`FieldError::text`] in the window's
    /// language.
    pub message: String,
    /// The sentence as a catalog message (not sent: the shell renders it into `message`).
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub text: Option<Text>,
}

impl FieldError {
    /// `field` is at fault, for the reason `text` tells.
    pub fn new(field: &str, text: Text) -> FieldError {
        FieldError {
            field: field.to_string(),
            message: text.english(),
            text: Some(text),
        }
    }

    /// The same, its sentence in `lang`'s words.
    pub fn localized(mut self, lang: &ulazai_i18n::Localizer) -> FieldError {
        if let Some(text) = &self.text {
            self.message = text.render(lang);
        }
        self
    }
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
    let mut err = |field: &str, text: Text| errs.push(FieldError::new(field, text));

    // Model-independent checks first, so they are reported even for an unknown model.
    let images = &params.input_image_urls;
    let videos = &params.input_video_urls;
    for (i, u) in images.iter().enumerate() {
        if let Err(why) = crate::urls::input_media(u) {
            err(
                "input_image_urls",
                Text::new("errors-input-image-link")
                    .with("number", i + 1)
                    .with("reason", why.to_string()),
            );
        }
    }
    for (i, u) in videos.iter().enumerate() {
        if let Err(why) = crate::urls::input_media(u) {
            err(
                "input_video_urls",
                Text::new("errors-input-video-link")
                    .with("number", i + 1)
                    .with("reason", why.to_string()),
            );
        }
    }

    let slug = params.model_slug.trim();
    let Some(model) = models.iter().find(|m| m.slug == slug) else {
        if !(1..=4).contains(&params.count) {
            err("count", Text::new("errors-batch-size"));
        }
        let text = if slug.is_empty() {
            Text::new("errors-choose-model")
        } else {
            Text::new("errors-unknown-model").with("slug", slug)
        };
        errs.insert(0, FieldError::new("model_slug", text));
        return Err(ValidationErrors(errs));
    };
    let name = model.name.as_str();

    // Prompt.
    let prompt = params.prompt.trim();
    if prompt.is_empty() && model.requires_prompt {
        err(
            "prompt",
            Text::new("errors-prompt-needed").with("model", name),
        );
    }
    if let Some(max) = model.max_prompt_chars {
        let n = prompt.chars().count();
        if n > max as usize {
            err(
                "prompt",
                Text::new("errors-prompt-too-long")
                    .with("model", name)
                    .with("max", TextArg::Grouped(u64::from(max)))
                    .with("length", TextArg::Grouped(n as u64)),
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
                Text::new("errors-ratio-only")
                    .with("model", name)
                    .with("ratio", &model.aspect_ratios[0])
            } else {
                Text::new("errors-choose-ratio").with("choices", either(&model.aspect_ratios))
            };
            err("aspect_ratio", msg);
        }
    }

    // Duration.
    if let Some(d) = params.duration_seconds {
        if !model.durations.is_empty() && !model.durations.contains(&d) {
            let msg = if model.durations.len() == 1 {
                Text::new("errors-duration-only")
                    .with("model", name)
                    .with("seconds", model.durations[0])
            } else {
                let opts: Vec<TextArg> = model
                    .durations
                    .iter()
                    .map(|d| Text::new("errors-seconds").with("seconds", *d).into())
                    .collect();
                Text::new("errors-choose-duration").with("choices", TextArg::Either(opts))
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
            Text::new("errors-choose-quality").with("choices", either(&model.quality_modes)),
        ),
        (false, Some(q)) if !model.quality_modes.iter().any(|m| m == q) => err(
            "quality_mode",
            Text::new("errors-choose-quality").with("choices", either(&model.quality_modes)),
        ),
        (true, Some(_)) => err(
            "quality_mode",
            Text::new("errors-no-quality").with("model", name),
        ),
        _ => {}
    }

    // Sound (`false` on a silent model is harmless; `normalise` drops it).
    if params.sound == Some(true) && !model.supports_sound {
        err("sound", Text::new("errors-no-sound").with("model", name));
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
            Text::new("errors-batch-size")
        } else if max_batch == 1 {
            Text::new("errors-batch-one").with("model", name)
        } else {
            Text::new("errors-batch-size-model")
                .with("model", name)
                .with("max", max_batch)
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
                Text::new("errors-choose-orientation"),
            ),
            (Some(max), Some(d)) if d > max => err(
                "duration_seconds",
                Text::new("errors-orientation-duration")
                    .with("orientation", orientation.unwrap_or_default())
                    .with("seconds", max),
            ),
            _ => {}
        }
    } else if orientation.is_some() {
        err(
            "character_orientation",
            Text::new("errors-orientation-not-motion"),
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
    params.prompt = params.prompt.trim().into();
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
) -> Option<Text> {
    let (min, max) = (min as usize, max.map(|m| m as usize));
    let ok = n >= min && max.is_none_or(|m| n <= m);
    if ok {
        return None;
    }
    let count = |k: usize| {
        Text::new("errors-input-count")
            .with("kind", kind)
            .with("count", k)
    };
    let text = match max {
        Some(0) => Text::new("errors-input-none"),
        Some(m) if m == min => Text::new("errors-input-exactly").with("inputs", count(m)),
        _ if n < min => Text::new("errors-input-at-least").with("inputs", count(min)),
        Some(m) => Text::new("errors-input-at-most").with("inputs", count(m)),
        None => unreachable!("n >= min and no maximum is always fine"),
    };
    Some(text.with("model", name).with("kind", kind))
}

/// "a or b", "a, b or c" (worded in the language the message is).
fn either<S: AsRef<str>>(items: &[S]) -> TextArg {
    TextArg::Either(items.iter().map(|i| i.as_ref().into()).collect())
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
