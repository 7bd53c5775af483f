//! What the server sends, read tolerantly: private serde structs where every field is
//! optional (`#[serde(default)]`), unknown fields are ignored, and each field goes through a
//! lenient reader that never fails (a number sent as `100.0` or `"100"` still reads as 100;
//! a value of the wrong kind reads as "missing"). The answers are then normalised into the
//! engine's own types ([`RemoteJob`], [`ModelInfo`]).
use serde::Deserialize;
use serde_json::Value;

use crate::model::{JobStatus, ModelInfo};

pub use crate::model::RemoteJob;

use super::error::ApiError;
use super::lenient::{de, lenient_string};

impl RemoteJob {
    /// Read a status answer (`{"success": true, "job": {...}}`, or a bare job object).
    pub fn from_status_body(body: &str) -> Result<RemoteJob, ApiError> {
        let v = json_body(200, body.as_bytes())?;
        parse_status(&v, None).map_err(|detail| ApiError::UnreadableBody {
            status: 200,
            detail,
        })
    }
}

/// Read a models answer (`{"success": true, "models": [...]}` or a bare array) into
/// normalised [`ModelInfo`]s.
pub fn parse_models_body(body: &str) -> Result<Vec<ModelInfo>, ApiError> {
    let v = json_body(200, body.as_bytes())?;
    parse_models(&v).map_err(|detail| ApiError::UnreadableBody {
        status: 200,
        detail,
    })
}

/// Read a history answer (`{"success": true, "jobs": [...]}`, `results`, or a bare array).
pub fn parse_history_body(body: &str) -> Result<Vec<RemoteJob>, ApiError> {
    let v = json_body(200, body.as_bytes())?;
    parse_history(&v).map_err(|detail| ApiError::UnreadableBody {
        status: 200,
        detail,
    })
}

/// Read a generate answer (`{"success": true, "job_ids": [...]}`) into the new job ids.
pub fn parse_generate_body(body: &str) -> Result<Vec<String>, ApiError> {
    let v = json_body(200, body.as_bytes())?;
    parse_generate(&v).map_err(|detail| ApiError::UnreadableBody {
        status: 200,
        detail,
    })
}

pub(crate) fn json_body(status: u16, body: &[u8]) -> Result<Value, ApiError> {
    serde_json::from_slice(body).map_err(|e| ApiError::UnreadableBody {
        status,
        detail: format!("not JSON: {e}"),
    })
}

/// `success: false` on a 2xx (the server's own text when it gives one).
fn refused(v: &Value) -> Option<String> {
    if v.get("success").and_then(Value::as_bool) == Some(false) {
        let text = ["error", "detail", "message"]
            .iter()
            .find_map(|k| v.get(*k).and_then(lenient_string))
            .unwrap_or_else(|| "no reason given".to_string());
        Some(format!("success: false ({text})"))
    } else {
        None
    }
}

pub(crate) fn parse_status(v: &Value, requested: Option<&str>) -> Result<RemoteJob, String> {
    if let Some(r) = refused(v) {
        return Err(r);
    }
    let job = match v.get("job") {
        Some(j) if j.is_object() => j,
        _ if v.get("status").is_some() => v,
        _ => return Err("no `job` object in the status answer".to_string()),
    };
    let mut wire: WireJob = serde_json::from_value(job.clone()).map_err(|e| e.to_string())?;
    if wire.job_id.is_none() && wire.id.is_none() {
        wire.job_id = requested.map(str::to_string);
    }
    wire.into_remote()
        .ok_or_else(|| "the job has no id or no status".to_string())
}

pub(crate) fn parse_history(v: &Value) -> Result<Vec<RemoteJob>, String> {
    if let Some(r) = refused(v) {
        return Err(r);
    }
    let items = list_in(v, &["jobs", "results", "history"])
        .ok_or_else(|| "no `jobs` list in the history answer".to_string())?;
    Ok(items
        .iter()
        .filter_map(|item| {
            let job = serde_json::from_value::<WireJob>(item.clone())
                .ok()?
                .into_remote();
            if job.is_none() {
                tracing::warn!("history: skipped an entry without id or status");
            }
            job
        })
        .collect())
}

pub(crate) fn parse_models(v: &Value) -> Result<Vec<ModelInfo>, String> {
    if let Some(r) = refused(v) {
        return Err(r);
    }
    let items = list_in(v, &["models", "results"])
        .ok_or_else(|| "no `models` list in the models answer".to_string())?;
    Ok(items
        .iter()
        .filter_map(|item| {
            serde_json::from_value::<WireModel>(item.clone())
                .ok()?
                .into_model()
        })
        .collect())
}

/// The job ids of a generate answer.
pub(crate) fn parse_generate(v: &Value) -> Result<Vec<String>, String> {
    if let Some(r) = refused(v) {
        return Err(r);
    }
    let ids: Vec<String> = match v.get("job_ids") {
        Some(Value::Array(a)) => a.iter().filter_map(lenient_string).collect(),
        _ => v
            .get("job_id")
            .and_then(lenient_string)
            .into_iter()
            .collect(),
    };
    if ids.is_empty() {
        Err("the generate answer has no `job_ids`".to_string())
    } else {
        Ok(ids)
    }
}

/// Rate figures in a generate answer's body, when the server puts them there:
/// `rate_limit` (or `ratelimit`, `rate`) `{limit, remaining, reset | reset_in |
/// reset_after}`, numbers or numeric strings; anything else reads as missing.
pub(crate) fn parse_rate(v: &Value) -> super::RateInfo {
    let Some(r) = ["rate_limit", "ratelimit", "rate"]
        .iter()
        .find_map(|k| v.get(*k).filter(|r| r.is_object()))
    else {
        return super::RateInfo::default();
    };
    let num = |keys: &[&str]| {
        keys.iter().find_map(|k| match r.get(*k)? {
            Value::Number(n) => n.as_f64(),
            Value::String(s) => s.trim().parse::<f64>().ok(),
            _ => None,
        })
    };
    let count = |v: f64| (v.is_finite() && v >= 0.0).then(|| v.min(f64::from(u32::MAX)) as u32);
    super::RateInfo {
        remaining: num(&["remaining"]).and_then(count),
        limit: num(&["limit"]).and_then(count),
        reset_after: num(&["reset_in", "reset_after", "reset"]).and_then(super::client::reset_wait),
    }
}

fn list_in<'a>(v: &'a Value, keys: &[&str]) -> Option<&'a Vec<Value>> {
    if let Value::Array(a) = v {
        return Some(a);
    }
    keys.iter()
        .find_map(|k| v.get(*k).and_then(Value::as_array))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct WireJob {
    #[serde(deserialize_with = "de::string")]
    job_id: Option<String>,
    #[serde(deserialize_with = "de::string")]
    id: Option<String>,
    #[serde(deserialize_with = "de::string")]
    status: Option<String>,
    #[serde(deserialize_with = "de::string")]
    model_slug: Option<String>,
    #[serde(deserialize_with = "de::string")]
    model: Option<String>,
    #[serde(deserialize_with = "de::string")]
    mode: Option<String>,
    #[serde(deserialize_with = "de::string")]
    prompt: Option<String>,
    #[serde(deserialize_with = "de::strings")]
    result_urls: Vec<String>,
    #[serde(deserialize_with = "de::string")]
    result_url: Option<String>,
    #[serde(deserialize_with = "de::uint")]
    credits_charged: Option<u32>,
    #[serde(deserialize_with = "de::boolean")]
    credits_refunded: Option<bool>,
    #[serde(deserialize_with = "de::string")]
    error_message: Option<String>,
    #[serde(deserialize_with = "de::string")]
    error: Option<String>,
    #[serde(deserialize_with = "de::value")]
    provider_meta: Option<Value>,
    #[serde(deserialize_with = "de::time")]
    created_at: Option<String>,
    #[serde(deserialize_with = "de::time")]
    completed_at: Option<String>,
}

impl WireJob {
    fn into_remote(self) -> Option<RemoteJob> {
        let job_id = self.job_id.or(self.id)?;
        let status = JobStatus::parse(&self.status?.trim().to_ascii_lowercase());
        let mut result_urls = self.result_urls;
        if result_urls.is_empty() {
            result_urls.extend(self.result_url);
        }
        Some(RemoteJob {
            job_id,
            status,
            model_slug: self.model_slug.or(self.model),
            mode: self.mode,
            prompt: self.prompt,
            result_urls,
            credits_charged: self.credits_charged,
            credits_refunded: self.credits_refunded,
            error_message: self.error_message.or(self.error),
            provider_meta: self.provider_meta,
            created_at: self.created_at,
            completed_at: self.completed_at,
        })
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct WireModel {
    #[serde(deserialize_with = "de::string")]
    slug: Option<String>,
    #[serde(deserialize_with = "de::string")]
    model_slug: Option<String>,
    #[serde(deserialize_with = "de::string")]
    name: Option<String>,
    #[serde(deserialize_with = "de::string")]
    engine: Option<String>,
    #[serde(deserialize_with = "de::strings")]
    aspect_ratios: Vec<String>,
    #[serde(deserialize_with = "de::uints")]
    durations: Vec<u32>,
    #[serde(deserialize_with = "de::strings")]
    quality_modes: Vec<String>,
    #[serde(deserialize_with = "de::strings")]
    inputs: Vec<String>,
    #[serde(deserialize_with = "de::uint")]
    credits: Option<u32>,
    #[serde(deserialize_with = "de::uint")]
    max_prompt_chars: Option<u32>,
    #[serde(deserialize_with = "de::boolean")]
    supports_sound: Option<bool>,
    #[serde(deserialize_with = "de::uint")]
    max_batch: Option<u32>,
    #[serde(deserialize_with = "de::boolean")]
    requires_prompt: Option<bool>,
    #[serde(deserialize_with = "de::uint")]
    min_input_images: Option<u32>,
    #[serde(deserialize_with = "de::uint")]
    max_input_images: Option<u32>,
    #[serde(deserialize_with = "de::uint")]
    min_input_videos: Option<u32>,
    #[serde(deserialize_with = "de::uint")]
    max_input_videos: Option<u32>,
    #[serde(deserialize_with = "de::uints")]
    typical_seconds: Vec<u32>,
}

impl WireModel {
    fn into_model(self) -> Option<ModelInfo> {
        let slug = self.slug.or(self.model_slug)?;
        let mut inputs: Vec<String> = self
            .inputs
            .iter()
            .map(|s| s.trim().to_ascii_lowercase())
            .collect();
        if inputs.is_empty() {
            inputs.push("text".to_string());
        }
        let has = |k: &str| inputs.iter().any(|i| i == k);
        let (text, image, video) = (has("text"), has("image"), has("video"));

        // Documented guards, applied only where the server is silent.
        let (mut min_img, mut max_img) = (None, None);
        let (mut min_vid, mut max_vid) = (None, None);
        if slug.starts_with("hailuo_2_3") {
            (min_img, max_img) = (Some(1), Some(1));
        }
        if slug == "wan_2_6_v2v" {
            (min_vid, max_vid) = (Some(1), Some(1));
        }
        let min_input_images = self
            .min_input_images
            .or(min_img)
            .unwrap_or(u32::from(image && !text));
        let max_input_images = self.max_input_images.or(max_img).or((!image).then_some(0));
        let min_input_videos = self
            .min_input_videos
            .or(min_vid)
            .unwrap_or(u32::from(video && !text && !image));
        let max_input_videos = self.max_input_videos.or(max_vid).or((!video).then_some(0));

        let typical_seconds = match self.typical_seconds.as_slice() {
            [lo, hi, ..] => Some(((*lo).min(*hi), (*lo).max(*hi))),
            [one] => Some((*one, *one)),
            [] => match slug.as_str() {
                // Documented render times.
                "veo31_fast" => Some((30, 45)),
                "veo31_quality" => Some((45, 60)),
                _ => None,
            },
        };
        Some(ModelInfo {
            name: self.name.unwrap_or_else(|| slug.clone()),
            engine: self.engine,
            aspect_ratios: self.aspect_ratios,
            durations: self.durations,
            quality_modes: self.quality_modes,
            credits: self.credits,
            max_prompt_chars: self.max_prompt_chars,
            supports_sound: self.supports_sound.unwrap_or(false),
            max_batch: self.max_batch.unwrap_or(4).clamp(1, 4),
            requires_prompt: self.requires_prompt.unwrap_or(text),
            min_input_images,
            max_input_images,
            min_input_videos,
            max_input_videos,
            typical_seconds,
            inputs,
            slug,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The contract's two documented status answers are tested verbatim in
    // crates/ulazai-engine/tests/engine/api_client.rs.

    #[test]
    fn numbers_are_read_leniently() {
        let body = r#"{"job": {"job_id": 7, "status": "Processing", "credits_charged": 100.0,
            "credits_refunded": "false", "provider_meta": null, "extra": [1,2]}}"#;
        let j = RemoteJob::from_status_body(body).unwrap();
        assert_eq!(j.job_id, "7");
        assert_eq!(j.status, JobStatus::Processing);
        assert_eq!(j.credits_charged, Some(100));
        assert_eq!(j.credits_refunded, Some(false));
        assert_eq!(j.provider_meta, None);
        let j = RemoteJob::from_status_body(
            r#"{"job":{"job_id":"a","status":"x","credits_charged":"250"}}"#,
        )
        .unwrap();
        assert_eq!(j.credits_charged, Some(250));
        assert_eq!(j.status, JobStatus::Other("x".into()));
        assert!(RemoteJob::from_status_body(r#"{"success": true}"#).is_err());
        assert!(RemoteJob::from_status_body(r#"{"success": false, "error": "nope"}"#).is_err());
    }

    #[test]
    fn model_defaults_and_guards() {
        let body = r#"{"success": true, "models": [
            {"slug": "plain"},
            {"slug": "i2v", "inputs": ["image"], "max_batch": 9, "durations": ["5", 10.0]},
            {"slug": "hailuo_2_3_i2v", "inputs": ["text", "image"], "typical_seconds": [60, 40]},
            {"slug": "wan_2_6_v2v", "inputs": ["text", "video"], "max_batch": 0},
            {"name": "no slug"}]}"#;
        let m = parse_models_body(body).unwrap();
        assert_eq!(m.len(), 4);
        assert_eq!(m[0].name, "plain");
        assert_eq!(m[0].inputs, vec!["text"]);
        assert!(m[0].requires_prompt);
        assert_eq!(
            (m[0].max_batch, m[0].min_input_images, m[0].max_input_images),
            (4, 0, Some(0))
        );
        assert_eq!(
            (m[1].max_batch, m[1].min_input_images, m[1].requires_prompt),
            (4, 1, false)
        );
        assert_eq!(m[1].durations, vec![5, 10]);
        assert_eq!((m[2].min_input_images, m[2].max_input_images), (1, Some(1)));
        assert_eq!(m[2].typical_seconds, Some((40, 60)));
        assert_eq!(
            (m[3].min_input_videos, m[3].max_input_videos, m[3].max_batch),
            (1, Some(1), 1)
        );
        assert_eq!(parse_models_body(r#"[{"slug":"a"}]"#).unwrap().len(), 1);
    }

    #[test]
    fn history_shapes() {
        let job = r#"{"job_id":"a","status":"pending"}"#;
        for body in [
            format!(r#"{{"success":true,"jobs":[{job},{{"status":"x"}}]}}"#),
            format!(r#"{{"results":[{job}]}}"#),
            format!("[{job}]"),
        ] {
            assert_eq!(parse_history_body(&body).unwrap().len(), 1, "{body}");
        }
        assert!(parse_history_body(r#"{"success":true}"#).is_err());
    }

    #[test]
    fn generate_answer_needs_job_ids() {
        let ok = serde_json::json!({"success": true, "job_ids": ["a", "b"], "credits": 3});
        assert_eq!(parse_generate(&ok).unwrap(), vec!["a", "b"]);
        assert!(parse_generate(&serde_json::json!({"success": true, "job_ids": []})).is_err());
        assert!(parse_generate(&serde_json::json!({"success": false, "job_ids": ["a"]})).is_err());
    }
}
