//! One `reqwest` client per app (cheap clones share its pool and the replaceable auth).
//! Requests never follow redirects (a redirect of a session endpoint means "signed out";
//! elsewhere it is unexpected), and the credentials live only in headers marked sensitive:
//! no error, `Debug`, `Display` or log line built here contains them. Answers are read up
//! to [`MAX_ANSWER_BYTES`]; a bigger 2xx answer is refused as unreadable.
use std::sync::{Arc, RwLock};
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION, CONTENT_TYPE, COOKIE, REFERER};
use reqwest::Method;
use serde_json::{Map, Value};

use crate::model::{GenerateParams, JobId, ModelInfo};
use crate::secret::{Auth, WebSession};

use super::error::ApiError;
use super::lenient;
use super::mapping::{
    error_chain, network_error, read_body, scrub, status_error, unreadable_text, Answer,
    MAX_ANSWER_BYTES,
};
use super::wire::{self, RemoteJob};

#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// e.g. `https://ulazai.com` or `http://127.0.0.1:8787` (no trailing slash needed).
    pub base_url: String,
    /// Whole-request timeout.
    pub timeout: Duration,
    pub connect_timeout: Duration,
}

impl ClientConfig {
    pub fn new(base_url: impl Into<String>) -> ClientConfig {
        ClientConfig {
            base_url: base_url.into(),
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
        }
    }
}

/// Rate-limit budget as the server reported it, when it did: headers
/// `X-RateLimit-Remaining`, `X-RateLimit-Limit`, `X-RateLimit-Reset` (or the IETF draft's
/// `RateLimit-*`), else the same figures in the body (`rate_limit: {limit, remaining,
/// reset}`; see [`super::wire::parse_rate`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RateInfo {
    pub remaining: Option<u32>,
    pub limit: Option<u32>,
    /// How long until the window lets one more request through (a reset given as a Unix
    /// time is turned into the wait from now).
    pub reset_after: Option<Duration>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GenerateAnswer {
    pub job_ids: Vec<JobId>,
    pub rate: RateInfo,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoteFolder {
    pub id: String,
    pub name: String,
}

/// Cheap to clone; all clones share one connection pool and one (replaceable) auth.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    base: Arc<str>,
    auth: Arc<RwLock<Option<Auth>>>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.base)
            .field("has_auth", &self.has_auth())
            .finish()
    }
}

/// What a request authenticates with.
enum Cred<'a> {
    Api,
    Session(&'a WebSession),
}

impl Client {
    pub fn new(config: ClientConfig, auth: Option<Auth>) -> Result<Client, ApiError> {
        let base = check_base_url(&config.base_url)?;
        let http = reqwest::Client::builder()
            .user_agent(concat!("UlazAI-Studio/", env!("CARGO_PKG_VERSION")))
            .timeout(config.timeout)
            .connect_timeout(config.connect_timeout)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| ApiError::BadUrl {
                message: format!("could not set up HTTP: {}", error_chain(&e)),
            })?;
        Ok(Client {
            http,
            base: base.into(),
            auth: Arc::new(RwLock::new(auth)),
        })
    }
    /// Replace the credentials for every clone of this client (e.g. after "set key").
    pub fn set_auth(&self, auth: Option<Auth>) {
        *self.auth.write().unwrap_or_else(|p| p.into_inner()) = auth;
    }
    pub fn has_auth(&self) -> bool {
        self.auth
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .is_some()
    }
    pub fn base_url(&self) -> String {
        self.base.to_string()
    }
    /// `GET /api/v1/models/video/`
    pub async fn models(&self) -> Result<Vec<ModelInfo>, ApiError> {
        let a = self
            .call(Method::GET, "/api/v1/models/video/", Cred::Api, None)
            .await?;
        let v = ok_json(&a)?;
        wire::parse_models(&v).map_err(|detail| unreadable(&a, detail))
    }
    /// One `POST /api/v1/video-studio/generate/`; no retry here (see `generate::submit`).
    pub async fn generate(&self, params: &GenerateParams) -> Result<GenerateAnswer, ApiError> {
        let body = generate_body(params);
        let a = self
            .call(
                Method::POST,
                "/api/v1/video-studio/generate/",
                Cred::Api,
                Some(body),
            )
            .await?;
        let v = ok_json(&a)?;
        let job_ids = wire::parse_generate(&v).map_err(|detail| unreadable(&a, detail))?;
        let rate = rate_info(&a.headers, &v);
        Ok(GenerateAnswer { job_ids, rate })
    }
    /// `GET /api/v1/video-studio/status/{id}/`
    pub async fn status(&self, job_id: &str) -> Result<RemoteJob, ApiError> {
        if job_id.is_empty()
            || !job_id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        {
            return Err(ApiError::NotFound {
                message: "not a job id the app can ask about".into(),
            });
        }
        let path = format!("/api/v1/video-studio/status/{job_id}/");
        let a = self.call(Method::GET, &path, Cred::Api, None).await?;
        let v = ok_json(&a)?;
        wire::parse_status(&v, Some(job_id)).map_err(|detail| unreadable(&a, detail))
    }
    /// `GET /api/v1/video-studio/history/?limit=&offset=` (newest first; limit 1..=100).
    /// At most `limit` jobs are kept, however many the answer holds.
    pub async fn history(&self, limit: u32, offset: u32) -> Result<Vec<RemoteJob>, ApiError> {
        let limit = limit.clamp(1, 100);
        let path = format!("/api/v1/video-studio/history/?limit={limit}&offset={offset}");
        let a = self.call(Method::GET, &path, Cred::Api, None).await?;
        let v = ok_json(&a)?;
        let mut jobs = wire::parse_history(&v).map_err(|detail| unreadable(&a, detail))?;
        jobs.truncate(limit as usize);
        Ok(jobs)
    }
    /// `POST /video-studio/api/folders/` with a browser session.
    pub async fn create_folder(
        &self,
        session: &WebSession,
        name: &str,
    ) -> Result<RemoteFolder, ApiError> {
        let body = serde_json::json!({ "name": name });
        let a = self
            .call(
                Method::POST,
                "/video-studio/api/folders/",
                Cred::Session(session),
                Some(body),
            )
            .await?;
        let v = ok_json(&a)?;
        let folder = v.get("folder").filter(|f| f.is_object()).unwrap_or(&v);
        let id = folder.get("id").and_then(lenient::lenient_string);
        match (v.get("success").and_then(Value::as_bool), id) {
            (Some(false), _) | (_, None) => {
                Err(unreadable(&a, "no folder id in the answer".into()))
            }
            (_, Some(id)) => Ok(RemoteFolder {
                id,
                name: folder
                    .get("name")
                    .and_then(lenient::lenient_string)
                    .unwrap_or_else(|| name.to_string()),
            }),
        }
    }
    /// `POST /video-studio/api/merge/` with a browser session; answers the new job's id.
    pub async fn merge(&self, session: &WebSession, job_ids: &[JobId]) -> Result<JobId, ApiError> {
        let body = serde_json::json!({ "job_ids": job_ids });
        let a = self
            .call(
                Method::POST,
                "/video-studio/api/merge/",
                Cred::Session(session),
                Some(body),
            )
            .await?;
        let v = ok_json(&a)?;
        let id = v
            .get("job_id")
            .and_then(lenient::lenient_string)
            .or_else(|| {
                v.get("job_ids")
                    .and_then(|a| a.get(0))
                    .and_then(lenient::lenient_string)
            })
            .or_else(|| {
                v.get("job")
                    .and_then(|j| j.get("job_id"))
                    .and_then(lenient::lenient_string)
            });
        match (v.get("success").and_then(Value::as_bool), id) {
            (Some(false), _) | (_, None) => {
                Err(unreadable(&a, "no job id in the merge answer".into()))
            }
            (_, Some(id)) => Ok(id),
        }
    }

    /// `POST /accounts/logout/` with a browser session (Django's LogoutView: CSRF token
    /// in `X-CSRFToken`, the answer a redirect or a page). A session the server no longer
    /// knows is signed out already.
    pub async fn log_out(&self, session: &WebSession) -> Result<(), ApiError> {
        let cred = Cred::Session(session);
        let (answer, secrets) = self
            .send(Method::POST, "/accounts/logout/", cred, None)
            .await?;
        match answer.status.as_u16() {
            200..=399 | 401 => Ok(()),
            _ => Err(scrub(status_error(&answer, false), &secrets)),
        }
    }

    /// Send one request and read the whole answer; non-2xx statuses become errors.
    async fn call(
        &self,
        method: Method,
        path: &str,
        cred: Cred<'_>,
        body: Option<Value>,
    ) -> Result<Answer, ApiError> {
        let session = matches!(cred, Cred::Session(_));
        let (answer, secrets) = self.send(method, path, cred, body).await?;
        if answer.status.is_success() {
            return Ok(answer);
        }
        let err = status_error(&answer, session);
        Err(scrub(err, &secrets))
    }

    /// Send one request and read the whole answer, whatever its status; also answers the
    /// secrets it carried (to scrub them from error texts).
    async fn send(
        &self,
        method: Method,
        path: &str,
        cred: Cred<'_>,
        body: Option<Value>,
    ) -> Result<(Answer, Vec<String>), ApiError> {
        let url = format!("{}{path}", self.base);
        let mut req = self.http.request(method.clone(), &url);
        let mut secrets: Vec<String> = Vec::new();
        match cred {
            Cred::Api => {
                let auth = self.auth.read().unwrap_or_else(|p| p.into_inner()).clone();
                let auth = auth.ok_or(ApiError::NoCredentials)?;
                let (Auth::Bearer(k) | Auth::Token(k)) = &auth;
                secrets.push(k.expose().to_string());
                req = req.header(AUTHORIZATION, sensitive(&auth.header_value())?);
            }
            Cred::Session(s) => {
                let (sid, csrf) = (s.session_cookie.expose(), s.csrf_token.expose());
                secrets.extend([sid.to_string(), csrf.to_string()]);
                req = req
                    .header(
                        COOKIE,
                        sensitive(&format!("sessionid={sid}; csrftoken={csrf}"))?,
                    )
                    .header("X-CSRFToken", sensitive(csrf)?)
                    .header(REFERER, format!("{}/video-studio/", self.base));
            }
        }
        if let Some(b) = body {
            req = req
                .header(CONTENT_TYPE, "application/json")
                .body(b.to_string());
        }
        tracing::debug!(%method, path, "UlazAI request");
        let resp = req.send().await.map_err(|e| network_error(&e, false))?;
        let status = resp.status();
        let headers = resp.headers().clone();
        let (body, cut) = read_body(resp).await?;
        tracing::debug!(%method, path, status = status.as_u16(), "UlazAI answer");
        if cut && status.is_success() {
            return Err(unreadable_text(
                status.as_u16(),
                &format!(
                    "the answer is too large (over {} MiB)",
                    MAX_ANSWER_BYTES >> 20
                ),
            ));
        }
        let answer = Answer {
            status,
            headers,
            body,
        };
        Ok((answer, secrets))
    }
}

/// The server address as the URL policy allows it (`crate::urls::server`).
fn check_base_url(raw: &str) -> Result<String, ApiError> {
    crate::urls::server(raw).map_err(|e| ApiError::BadUrl {
        message: e.to_string(),
    })
}

fn sensitive(text: &str) -> Result<HeaderValue, ApiError> {
    let mut v = HeaderValue::from_str(text).map_err(|_| ApiError::Unauthorized {
        message: "the stored credentials contain characters that cannot be sent".into(),
    })?;
    v.set_sensitive(true);
    Ok(v)
}

/// Only the fields that are set: no `null`s, no empty arrays, `count` only above 1.
pub(crate) fn generate_body(p: &GenerateParams) -> Value {
    let mut m = Map::new();
    let mut put_str = |k: &str, v: Option<&str>| {
        if let Some(v) = v.map(str::trim).filter(|v| !v.is_empty()) {
            m.insert(k.to_string(), Value::from(v));
        }
    };
    put_str("model_slug", Some(&p.model_slug));
    put_str("prompt", Some(&p.prompt));
    put_str("aspect_ratio", p.aspect_ratio.as_deref());
    put_str("quality_mode", p.quality_mode.as_deref());
    put_str("character_orientation", p.character_orientation.as_deref());
    if let Some(d) = p.duration_seconds {
        m.insert("duration_seconds".into(), d.into());
    }
    if !p.input_image_urls.is_empty() {
        m.insert("input_image_urls".into(), p.input_image_urls.clone().into());
    }
    if !p.input_video_urls.is_empty() {
        m.insert("input_video_urls".into(), p.input_video_urls.clone().into());
    }
    if let Some(s) = p.sound {
        m.insert("sound".into(), s.into());
    }
    if p.count > 1 {
        m.insert("count".into(), p.count.into());
    }
    Value::Object(m)
}

fn ok_json(a: &Answer) -> Result<Value, ApiError> {
    wire::json_body(a.status.as_u16(), &a.body)
}

fn unreadable(a: &Answer, detail: String) -> ApiError {
    unreadable_text(a.status.as_u16(), &detail)
}

/// The first of `names` the headers carry, as a number.
fn header_num(h: &HeaderMap, names: &[&str]) -> Option<f64> {
    names.iter().find_map(|n| {
        let v: f64 = h.get(*n)?.to_str().ok()?.trim().parse().ok()?;
        v.is_finite().then_some(v)
    })
}

/// The rate figures of a generate answer: headers first, the body for what they omit.
fn rate_info(h: &HeaderMap, body: &Value) -> RateInfo {
    let from_body = wire::parse_rate(body);
    let count = |v: f64| (v >= 0.0).then(|| v.min(f64::from(u32::MAX)) as u32);
    RateInfo {
        remaining: header_num(h, &["x-ratelimit-remaining", "ratelimit-remaining"])
            .and_then(count)
            .or(from_body.remaining),
        limit: header_num(h, &["x-ratelimit-limit", "ratelimit-limit"])
            .and_then(count)
            .or(from_body.limit),
        reset_after: header_num(h, &["x-ratelimit-reset", "ratelimit-reset"])
            .and_then(reset_wait)
            .or(from_body.reset_after),
    }
}

/// A reset as the wait from now: seconds, or (a value past 2001-09-09) a Unix time.
pub(super) fn reset_wait(v: f64) -> Option<Duration> {
    const UNIX_TIME_FROM: f64 = 1e9;
    const LONGEST: f64 = 7.0 * 86_400.0;
    let secs = if v >= UNIX_TIME_FROM {
        v - chrono::Utc::now().timestamp_millis() as f64 / 1000.0
    } else {
        v
    };
    (secs.is_finite() && secs >= 0.0).then(|| Duration::from_secs_f64(secs.min(LONGEST)))
}
