//! Browser-session workflow endpoints: folders and merge.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Map, Value};
use uuid::Uuid;

use crate::error::{parse_object, require_json, ApiError, ApiResult};
use crate::jobs::JobStatus;
use crate::routes::session::check_browser;
use crate::routes::JobIdTag;
use crate::state::{lock, FolderRecord, MergeRecord, Shared};

/// Longest folder name accepted.
pub const MAX_FOLDER_NAME: usize = 100;
/// Most clips in one merge.
pub const MAX_MERGE_INPUTS: usize = 20;

fn only_fields(map: &Map<String, Value>, allowed: &[&str]) -> ApiResult<()> {
    match map.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) => Err(ApiError::bad_request(format!("unknown field \"{k}\""))),
        None => Ok(()),
    }
}

/// `POST /video-studio/api/folders/` `{"name"}` → `{"success", "folder": {"id", "name"}}`.
pub async fn folders(
    State(s): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Json<Value>> {
    let user = check_browser(&s, &headers)?;
    require_json(&headers)?;
    let map = parse_object(&body)?;
    only_fields(&map, &["name"])?;
    let name = match map.get("name") {
        None | Some(Value::Null) => "",
        Some(Value::String(n)) => n.trim(),
        Some(_) => return Err(ApiError::bad_request("name must be a string")),
    };
    if name.is_empty() {
        return Err(ApiError::bad_request("Folder name is required"));
    }
    let chars = name.chars().count();
    if chars > MAX_FOLDER_NAME {
        return Err(ApiError::bad_request(format!(
            "Folder name is too long: {chars} characters (max {MAX_FOLDER_NAME})"
        )));
    }
    let id = {
        let mut inner = lock(&s.inner);
        let id = inner.next_folder_id;
        inner.next_folder_id += 1;
        inner.folders.push(FolderRecord {
            id,
            name: name.to_string(),
            owner: user,
        });
        id
    };
    s.save();
    Ok(Json(
        json!({"success": true, "folder": {"id": id, "name": name}}),
    ))
}

/// `POST /video-studio/api/merge/` `{"job_ids": [...]}` → `{"success", "job_id"}`.
pub async fn merge(State(s): State<Arc<Shared>>, headers: HeaderMap, body: Bytes) -> Response {
    let user = match check_browser(&s, &headers) {
        Ok(u) => u,
        Err(e) => return e.into_response(),
    };
    let mut ids_sent = Vec::new();
    let result = merge_inner(&s, &user, &headers, &body, &mut ids_sent);
    let record = MergeRecord {
        job_ids: ids_sent,
        owner: user,
        status: match &result {
            Ok(_) => 200,
            Err(e) => e.status.as_u16(),
        },
        merge_job_id: result.as_ref().ok().map(Uuid::to_string),
        error: result.as_ref().err().map(|e| e.message.clone()),
    };
    lock(&s.inner).merges.push(record);
    s.save();
    match result {
        Ok(id) => {
            let mut resp = Json(json!({"success": true, "job_id": id.to_string()})).into_response();
            resp.extensions_mut().insert(JobIdTag(id.to_string()));
            resp
        }
        Err(e) => e.into_response(),
    }
}

fn merge_inner(
    s: &Shared,
    user: &str,
    headers: &HeaderMap,
    body: &[u8],
    ids_sent: &mut Vec<String>,
) -> ApiResult<Uuid> {
    require_json(headers)?;
    let map = parse_object(body)?;
    only_fields(&map, &["job_ids"])?;
    let list_error = || ApiError::bad_request("job_ids must be a list of job id strings");
    let list = map
        .get("job_ids")
        .and_then(Value::as_array)
        .ok_or_else(list_error)?;
    for v in list {
        ids_sent.push(v.as_str().ok_or_else(list_error)?.to_string());
    }
    if ids_sent.len() < 2 {
        return Err(ApiError::bad_request(format!(
            "Merge needs at least 2 job ids (got {})",
            ids_sent.len()
        )));
    }
    if ids_sent.len() > MAX_MERGE_INPUTS {
        return Err(ApiError::bad_request(format!(
            "Merge accepts at most {MAX_MERGE_INPUTS} job ids (got {})",
            ids_sent.len()
        )));
    }
    let key = s
        .user_key(user)
        .ok_or_else(|| ApiError::new(StatusCode::FORBIDDEN, "This account has no API key"))?
        .to_string();
    let (sources, total) = {
        let (inner, now) = s.state();
        let mut sources = Vec::new();
        let mut total = 0u32;
        for id in ids_sent.iter() {
            let job = inner
                .owned_job(&key, id)
                .ok_or_else(|| ApiError::bad_request(format!("Job {id} not found")))?;
            let status = job.status_at(now);
            if status != JobStatus::Completed {
                return Err(ApiError::bad_request(format!(
                    "Job {id} is not completed (status: {})",
                    status.as_str()
                )));
            }
            sources.push(job.id);
            total += job.duration;
        }
        (sources, total)
    };
    Ok(s.create_merge(&key, sources, total))
}
