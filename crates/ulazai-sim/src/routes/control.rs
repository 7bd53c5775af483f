//! `/_sim/...`: the unauthenticated control endpoint for tests and benchmarks.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::Json;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::error::{ApiError, ApiResult};
use crate::faults::Faults;
use crate::jobs::SimJobInfo;
use crate::state::{lock, FolderRecord, MergeRecord, Shared};
use crate::stats::Stats;

fn body_json<T: DeserializeOwned>(body: &[u8]) -> ApiResult<T> {
    serde_json::from_slice(body)
        .map_err(|e| ApiError::bad_request(format!("JSON parse error - {e}")))
}

fn ok() -> Json<Value> {
    Json(json!({"success": true}))
}

pub async fn stats(State(s): State<Arc<Shared>>) -> Json<Stats> {
    Json(lock(&s.stats).snapshot())
}

pub async fn stats_reset(State(s): State<Arc<Shared>>) -> Json<Value> {
    lock(&s.stats).reset();
    ok()
}

pub async fn faults_get(State(s): State<Arc<Shared>>) -> Json<Faults> {
    Json(lock(&s.faults).faults.clone())
}

pub async fn faults_set(State(s): State<Arc<Shared>>, body: Bytes) -> ApiResult<Json<Faults>> {
    let f: Faults = body_json(&body)?;
    let mut state = lock(&s.faults);
    state.set(f);
    Ok(Json(state.faults.clone()))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FailNext {
    count: u32,
    /// Optional error message for those jobs (e.g. to test how clients render it).
    #[serde(default)]
    message: Option<String>,
}

pub async fn fail_next(State(s): State<Arc<Shared>>, body: Bytes) -> ApiResult<Json<Value>> {
    let req: FailNext = body_json(&body)?;
    {
        let mut inner = lock(&s.inner);
        inner.fail_next = req.count;
        inner.fail_message = req.message;
    }
    s.save();
    Ok(ok())
}

pub async fn sessions_expire(State(s): State<Arc<Shared>>) -> Json<Value> {
    lock(&s.inner).sessions.clear();
    ok()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SetCredits {
    key: String,
    credits: u64,
}

pub async fn credits(State(s): State<Arc<Shared>>, body: Bytes) -> ApiResult<Json<Value>> {
    let req: SetCredits = body_json(&body)?;
    s.state().0.set_balance(&req.key, req.credits);
    s.save();
    Ok(ok())
}

pub fn job_infos(s: &Shared) -> Vec<SimJobInfo> {
    let (inner, now) = s.state();
    inner.jobs.iter().map(|j| j.info(now, &s.clock)).collect()
}

pub async fn jobs(State(s): State<Arc<Shared>>) -> Json<Vec<SimJobInfo>> {
    Json(job_infos(&s))
}

pub async fn folders(State(s): State<Arc<Shared>>) -> Json<Vec<FolderRecord>> {
    Json(lock(&s.inner).folders.clone())
}

pub async fn merges(State(s): State<Arc<Shared>>) -> Json<Vec<MergeRecord>> {
    Json(lock(&s.inner).merges.clone())
}

/// `GET /_sim/credits?key=K` → `{"credits": n}` (the key's current balance).
pub async fn credits_get(
    State(s): State<Arc<Shared>>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> ApiResult<Json<Value>> {
    let key = form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .find(|(k, _)| k == "key")
        .map(|(_, v)| v.into_owned())
        .ok_or_else(|| ApiError::bad_request("key query parameter is required"))?;
    let credits = s.state().0.balance(&key, s.config.credits);
    Ok(Json(json!({"success": true, "credits": credits})))
}
