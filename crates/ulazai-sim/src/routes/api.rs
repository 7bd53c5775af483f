//! API-key endpoints: generate, status, history, models.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

use crate::error::{parse_object, require_json, ApiError, ApiResult};
use crate::models;
use crate::routes::JobIdTag;
use crate::state::{lock, Shared};
use crate::validate::validate_generate;

pub const H_LIMIT: &str = "x-ratelimit-limit";
pub const H_REMAINING: &str = "x-ratelimit-remaining";
/// Seconds until the oldest counted POST leaves the window (one more is allowed then).
pub const H_RESET: &str = "x-ratelimit-reset";

pub fn auth_header(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
}

pub fn set_rate_headers(resp: &mut Response, limit: u32, remaining: u32, reset_secs: Option<u64>) {
    let h = resp.headers_mut();
    h.insert(H_LIMIT, HeaderValue::from(limit));
    h.insert(H_REMAINING, HeaderValue::from(remaining));
    if let Some(reset) = reset_secs {
        h.insert(H_RESET, HeaderValue::from(reset));
    }
}

pub async fn generate(State(s): State<Arc<Shared>>, headers: HeaderMap, body: Bytes) -> Response {
    let key = match s.authenticate(auth_header(&headers)) {
        Ok(k) => k,
        Err(e) => return e.into_response(),
    };
    let limit = s.config.generate_limit_per_hour;
    let (remaining, reset) = match s.rate_take(&key) {
        Ok(r) => r,
        Err(retry_after) => {
            let mut resp = ApiError::throttled(retry_after).into_response();
            set_rate_headers(&mut resp, limit, 0, Some(retry_after));
            return resp;
        }
    };
    let mut resp = match create(&s, &key, &headers, &body) {
        Ok((ids, charged)) => {
            let hang = lock(&s.faults).faults.hang_generate_ms;
            if hang > 0 {
                tokio::time::sleep(std::time::Duration::from_millis(hang)).await;
            }
            let tag = JobIdTag(ids.join(","));
            let mut resp = Json(json!({
                "success": true,
                "job_ids": ids,
                "credits_charged": charged,
            }))
            .into_response();
            resp.extensions_mut().insert(tag);
            resp
        }
        Err(e) => e.into_response(),
    };
    set_rate_headers(&mut resp, limit, remaining, Some(reset));
    resp
}

fn create(
    s: &Shared,
    key: &str,
    headers: &HeaderMap,
    body: &[u8],
) -> ApiResult<(Vec<String>, u64)> {
    require_json(headers)?;
    let map = parse_object(body)?;
    let order = validate_generate(&map)?;
    let (ids, charged) = s.create_jobs(key, &order)?;
    Ok((ids.iter().map(|u| u.to_string()).collect(), charged))
}

pub async fn status(
    State(s): State<Arc<Shared>>,
    Path(job_id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let mut resp = status_inner(&s, &job_id, &headers).into_response();
    resp.extensions_mut().insert(JobIdTag(job_id));
    resp
}

fn status_inner(s: &Shared, job_id: &str, headers: &HeaderMap) -> ApiResult<Json<Value>> {
    let key = s.authenticate(auth_header(headers))?;
    let (inner, now) = s.state();
    let job = inner
        .owned_job(&key, job_id)
        .ok_or_else(|| ApiError::not_found("Job not found"))?;
    Ok(Json(json!({
        "success": true,
        "job": job.to_json(now, &s.clock, &s.base_url),
    })))
}

pub async fn history(
    State(s): State<Arc<Shared>>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> ApiResult<Json<Value>> {
    let key = s.authenticate(auth_header(&headers))?;
    let (limit, offset) = paging(query.as_deref().unwrap_or(""))?;
    let (inner, now) = s.state();
    let jobs: Vec<Value> = inner
        .jobs
        .iter()
        .rev()
        .filter(|j| j.owner_key == key)
        .skip(offset)
        .take(limit)
        .map(|j| j.to_json(now, &s.clock, &s.base_url))
        .collect();
    Ok(Json(json!({"success": true, "jobs": jobs})))
}

/// `limit` 1..=100 (default 20), `offset` ≥ 0 (default 0); anything else is a 400.
pub fn paging(query: &str) -> ApiResult<(usize, usize)> {
    let mut limit = 20usize;
    let mut offset = 0usize;
    for (k, v) in form_urlencoded::parse(query.as_bytes()) {
        match k.as_ref() {
            "limit" => {
                limit = v
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=100).contains(n))
                    .ok_or_else(|| {
                        ApiError::bad_request(format!(
                            "limit must be an integer between 1 and 100 (got \"{v}\")"
                        ))
                    })?;
            }
            "offset" => {
                offset = v.parse::<usize>().map_err(|_| {
                    ApiError::bad_request(format!(
                        "offset must be a non-negative integer (got \"{v}\")"
                    ))
                })?;
            }
            _ => {}
        }
    }
    Ok((limit, offset))
}

pub async fn models_list(
    State(s): State<Arc<Shared>>,
    headers: HeaderMap,
) -> ApiResult<Json<Value>> {
    s.authenticate(auth_header(&headers))?;
    let list: Vec<Value> = models::all()
        .iter()
        .map(|m| m.to_json(s.config.typical_secs))
        .collect();
    Ok(Json(json!({"success": true, "models": list})))
}
