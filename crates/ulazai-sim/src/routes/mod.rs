//! The router, plus the layer that applies faults and records every request.

pub mod api;
pub mod control;
pub mod media;
pub mod pages;
pub mod session;
pub mod workflow;

use std::sync::Arc;

use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;

use crate::error::ApiError;
use crate::faults::{aborting_body, PostFault, PreFault};
use crate::state::{lock, Shared};
use crate::stats::RequestRecord;

/// Response extension: the job id(s) a request was about, for the request log.
#[derive(Debug, Clone)]
pub struct JobIdTag(pub String);

/// Response extension: the connection is deliberately aborted (logged as status 0).
#[derive(Debug, Clone, Copy)]
pub struct Aborted;

pub fn router(shared: Arc<Shared>) -> Router {
    let control = Router::new()
        .route("/_sim/stats", get(control::stats))
        .route("/_sim/stats/reset", post(control::stats_reset))
        .route(
            "/_sim/faults",
            get(control::faults_get).post(control::faults_set),
        )
        .route("/_sim/fail-next", post(control::fail_next))
        .route("/_sim/sessions/expire", post(control::sessions_expire))
        .route(
            "/_sim/credits",
            get(control::credits_get).post(control::credits),
        )
        .route("/_sim/jobs", get(control::jobs))
        .route("/_sim/folders", get(control::folders))
        .route("/_sim/merges", get(control::merges));
    let service = Router::new()
        .route("/api/v1/video-studio/generate/", post(api::generate))
        .route("/api/v1/video-studio/status/{job_id}/", get(api::status))
        .route("/api/v1/video-studio/history/", get(api::history))
        .route("/api/v1/models/video/", get(api::models_list))
        .route("/api/login/", post(session::api_login))
        .route(
            "/accounts/login/",
            get(session::login_get).post(session::login_post),
        )
        .route("/accounts/logout/", post(session::logout_post))
        .route("/video-studio/", get(session::studio))
        .route("/video-studio/api/folders/", post(workflow::folders))
        .route("/video-studio/api/merge/", post(workflow::merge))
        .route("/media/results/{file}", get(media::result))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(middleware::from_fn_with_state(shared.clone(), observe));
    let app = if shared.config.control_endpoints {
        control.merge(service)
    } else {
        service
    };
    let app = app
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed);
    let app = if shared.config.only_own_host {
        app.layer(middleware::from_fn_with_state(shared.clone(), own_host))
    } else {
        app
    };
    app.layer(middleware::from_fn(read_whole))
        .with_state(shared)
}

/// The largest request body read (axum's own limit for a body a handler takes).
const BODY_LIMIT: usize = 2 * 1024 * 1024;

/// Every request is read to its end before anything answers it, refusals included (404,
/// 405, 421, injected faults). Answering and closing with a body still unread makes the
/// TCP stack reset the connection, and Windows then drops the answer the client had not read
/// yet: the client saw "connection reset" where the server said 404 or 503.
async fn read_whole(req: Request, next: Next) -> Response {
    let (parts, body) = req.into_parts();
    match to_bytes(body, BODY_LIMIT).await {
        Ok(bytes) => {
            next.run(Request::from_parts(parts, Body::from(bytes)))
                .await
        }
        Err(_) => ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "Request body is too large.")
            .into_response(),
    }
}

/// `only_own_host`: a request for another name than `127.0.0.1:PORT` gets 421.
async fn own_host(State(s): State<Arc<Shared>>, req: Request, next: Next) -> Response {
    let own = s.base_url.trim_start_matches("http://");
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok());
    if host == Some(own) {
        next.run(req).await
    } else {
        ApiError::new(
            StatusCode::MISDIRECTED_REQUEST,
            "This server answers only on its own address.",
        )
        .into_response()
    }
}

async fn not_found() -> Response {
    ApiError::not_found("Not found.").into_response()
}

async fn method_not_allowed(method: Method) -> Response {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        format!("Method \"{method}\" not allowed."),
    )
    .into_response()
}

/// Which counter a path belongs to, and whether it is an API-key endpoint (faults apply).
pub fn classify(path: &str) -> (&'static str, bool) {
    if path.starts_with("/api/v1/video-studio/generate/") {
        ("generate", true)
    } else if path.starts_with("/api/v1/video-studio/status/") {
        ("status", true)
    } else if path.starts_with("/api/v1/video-studio/history/") {
        ("history", true)
    } else if path.starts_with("/api/v1/models/video/") {
        ("models", true)
    } else if path.starts_with("/api/login/") {
        ("login", false)
    } else if path.starts_with("/video-studio/api/folders/") {
        ("folders", false)
    } else if path.starts_with("/video-studio/api/merge/") {
        ("merge", false)
    } else if path.starts_with("/media/") {
        ("media", false)
    } else if path.starts_with("/accounts/") || path == "/video-studio/" {
        ("session_page", false)
    } else {
        ("other", false)
    }
}

/// Applies faults to the API-key endpoints and records every request in the stats.
async fn observe(State(s): State<Arc<Shared>>, req: Request, next: Next) -> Response {
    let real_ms = s.clock.real_ms();
    let sim_secs = s.clock.now();
    let method = req.method().to_string();
    let path = req.uri().path().to_string();
    let (endpoint, is_api) = classify(&path);
    let auth = api::auth_header(req.headers()).map(str::to_string);
    let path_job = path
        .strip_prefix("/api/v1/video-studio/status/")
        .map(|rest| rest.trim_end_matches('/').to_string());
    // A client that hangs up (e.g. times out on a hanging generate) drops this future before
    // the answer is written; the guard still records the request, with status 499.
    let mut guard = HangUpGuard {
        shared: s.clone(),
        record: Some(RequestRecord {
            seq: 0,
            endpoint: endpoint.to_string(),
            method,
            path,
            job_id: path_job.clone(),
            status: 499,
            real_ms,
            sim_secs,
            auth: auth.as_deref().map(masked_auth),
        }),
    };

    let mut resp = if is_api {
        let latency = lock(&s.faults).latency_ms();
        if latency > 0 {
            tokio::time::sleep(std::time::Duration::from_millis(latency)).await;
        }
        let pre = lock(&s.faults).pre();
        match pre {
            PreFault::Storm { retry_after } => storm(retry_after),
            PreFault::ServerError(code) => server_error(code),
            PreFault::None => {
                let resp = next.run(req).await;
                let post = lock(&s.faults).post();
                apply_post(resp, post).await
            }
        }
    } else {
        next.run(req).await
    };

    if endpoint == "generate" && !resp.headers().contains_key(api::H_LIMIT) {
        let limit = s.config.generate_limit_per_hour;
        let remaining = match s.authenticate(auth.as_deref()) {
            Ok(key) => s.rate_remaining(&key),
            Err(_) => limit,
        };
        api::set_rate_headers(&mut resp, limit, remaining, None);
    }
    let job_id = resp
        .extensions()
        .get::<JobIdTag>()
        .map(|t| t.0.clone())
        .or(path_job);
    let status = if resp.extensions().get::<Aborted>().is_some() {
        0
    } else {
        resp.status().as_u16()
    };
    if let Some(mut record) = guard.record.take() {
        record.job_id = job_id;
        record.status = status;
        lock(&s.stats).record(record);
    }
    resp
}

/// `Bearer <key>` with the key masked (`config::mask_key`), for the request log.
fn masked_auth(header: &str) -> String {
    match header.trim().split_once(' ') {
        Some((scheme, cred)) => format!("{scheme} {}", crate::config::mask_key(cred.trim())),
        None => crate::config::mask_key(header),
    }
}

/// Records a request whose client went away before the answer was written.
struct HangUpGuard {
    shared: Arc<Shared>,
    record: Option<RequestRecord>,
}

impl Drop for HangUpGuard {
    fn drop(&mut self) {
        if let Some(record) = self.record.take() {
            lock(&self.shared.stats).record(record);
        }
    }
}

fn storm(retry_after: u64) -> Response {
    let mut err = ApiError::throttled(retry_after.max(1));
    if retry_after == 0 {
        err.retry_after = None;
        err.message = "Request was throttled.".into();
    }
    err.into_response()
}

fn server_error(code: u16) -> Response {
    let status = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let msg = match code {
        502 => "Bad gateway (simulated).",
        503 => "Service temporarily unavailable (simulated).",
        _ => "Internal server error (simulated).",
    };
    ApiError::new(status, msg).into_response()
}

async fn apply_post(resp: Response, post: PostFault) -> Response {
    if post == PostFault::None {
        return resp;
    }
    let (mut parts, body) = resp.into_parts();
    let bytes = to_bytes(body, usize::MAX).await.unwrap_or_default();
    let half = bytes.slice(..bytes.len() / 2);
    match post {
        PostFault::Reset => {
            parts
                .headers
                .insert(header::CONTENT_LENGTH, HeaderValue::from(bytes.len()));
            parts.extensions.insert(Aborted);
            Response::from_parts(parts, aborting_body(half))
        }
        _ => {
            parts.status = StatusCode::OK;
            parts.headers.remove(header::CONTENT_LENGTH);
            parts.headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            Response::from_parts(parts, Body::from(half))
        }
    }
}
