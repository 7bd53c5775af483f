//! Logins: `POST /api/login/` (API token) and the Django-like browser session
//! (`/accounts/login/` form with CSRF cookie, `sessionid`, `/video-studio/`).

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};
use uuid::Uuid;

use crate::error::{parse_object, require_json, ApiError, ApiResult};
use crate::routes::pages;
use crate::state::{lock, Shared};

const BAD_LOGIN: &str =
    "Please enter a correct username and password. Note that both fields may be case-sensitive.";

/// Every `name=value` pair of every Cookie header.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim().trim_matches('"').to_string())
}

fn new_token() -> String {
    Uuid::new_v4().simple().to_string()
}

fn valid_csrf(token: &str) -> bool {
    token.len() >= 16 && token.len() <= 128 && token.chars().all(|c| c.is_ascii_alphanumeric())
}

fn check_password(s: &Shared, username: &str, password: &str) -> bool {
    s.config
        .users
        .iter()
        .any(|u| u.username == username && u.password == password)
}

/// `POST /api/login/` → `{"token", "user": {"username"}}`; one token per user.
pub async fn api_login(
    State(s): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Json<Value>> {
    require_json(&headers)?;
    let map = parse_object(&body)?;
    for name in map.keys() {
        if name != "username" && name != "password" {
            return Err(ApiError::bad_request(format!("unknown field \"{name}\"")));
        }
    }
    let field = |n: &str| map.get(n).and_then(Value::as_str).unwrap_or("").to_string();
    let (username, password) = (field("username"), field("password"));
    if username.is_empty() || password.is_empty() {
        return Err(ApiError::bad_request("username and password are required"));
    }
    if !check_password(&s, &username, &password) {
        return Err(ApiError::bad_request(
            "Unable to log in with provided credentials.",
        ));
    }
    let mut inner = lock(&s.inner);
    let existing = inner
        .tokens
        .iter()
        .find(|(_, u)| **u == username)
        .map(|(t, _)| t.clone());
    let token = existing.unwrap_or_else(|| {
        let t = format!("{}{}", new_token(), &new_token()[..8]);
        inner.tokens.insert(t.clone(), username.clone());
        t
    });
    Ok(Json(
        json!({"token": token, "user": {"username": username}}),
    ))
}

fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n.to_string(),
        _ => "/video-studio/".to_string(),
    }
}

fn demo_hint(s: &Shared) -> bool {
    check_password(s, "demo", "demo")
}

fn csrf_cookie_header(token: &str) -> HeaderValue {
    HeaderValue::from_str(&format!(
        "csrftoken={token}; Max-Age=31449600; Path=/; SameSite=Lax"
    ))
    .expect("token is ascii")
}

fn login_form(s: &Shared, csrf: &str, next: &str, user: &str, error: Option<&str>) -> Response {
    let html = pages::login_page(csrf, next, user, error, demo_hint(s));
    let mut resp = Html(html).into_response();
    resp.headers_mut()
        .insert(header::SET_COOKIE, csrf_cookie_header(csrf));
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    resp
}

/// `GET /accounts/login/`: the sign-in form; sets (or keeps) the `csrftoken` cookie.
pub async fn login_get(
    State(s): State<Arc<Shared>>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    let csrf = cookie(&headers, "csrftoken")
        .filter(|t| valid_csrf(t))
        .unwrap_or_else(new_token);
    let next = form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .find(|(k, _)| k == "next")
        .map(|(_, v)| v.into_owned());
    login_form(&s, &csrf, &safe_next(next.as_deref()), "", None)
}

fn csrf_failure(reason: &str) -> Response {
    (
        StatusCode::FORBIDDEN,
        Html(pages::csrf_failure_page(reason)),
    )
        .into_response()
}

/// `POST /accounts/login/`: checks CSRF and credentials; 302 + `sessionid` on success.
pub async fn login_post(State(s): State<Arc<Shared>>, headers: HeaderMap, body: Bytes) -> Response {
    let ct = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !ct
        .to_ascii_lowercase()
        .starts_with("application/x-www-form-urlencoded")
    {
        return ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "The sign-in form must be posted as application/x-www-form-urlencoded",
        )
        .into_response();
    }
    let form: Vec<(String, String)> = form_urlencoded::parse(&body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let field = |n: &str| {
        form.iter()
            .find(|(k, _)| k == n)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let Some(csrf) = cookie(&headers, "csrftoken").filter(|t| valid_csrf(t)) else {
        return csrf_failure("CSRF cookie not set.");
    };
    if field("csrfmiddlewaretoken") != csrf {
        return csrf_failure("CSRF token missing or incorrect.");
    }
    let (username, password) = (field("username"), field("password"));
    let next = safe_next(Some(&field("next")));
    if !check_password(&s, &username, &password) {
        return login_form(&s, &csrf, &next, &username, Some(BAD_LOGIN));
    }
    let sid = new_token();
    lock(&s.inner).sessions.insert(sid.clone(), username);
    let mut resp = StatusCode::FOUND.into_response();
    let h = resp.headers_mut();
    h.insert(
        header::LOCATION,
        HeaderValue::from_str(&next).unwrap_or(HeaderValue::from_static("/video-studio/")),
    );
    h.insert(
        header::SET_COOKIE,
        HeaderValue::from_str(&format!(
            "sessionid={sid}; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax"
        ))
        .expect("ascii"),
    );
    resp
}

/// The signed-in user of a request's `sessionid` cookie, if the session is live.
pub fn session_user(s: &Shared, headers: &HeaderMap) -> Option<String> {
    let sid = cookie(headers, "sessionid")?;
    lock(&s.inner).sessions.get(&sid).cloned()
}

/// `GET /video-studio/`: "Signed in as <user>", or a redirect to the sign-in page.
pub async fn studio(State(s): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    match session_user(&s, &headers) {
        Some(user) => Html(pages::studio_page(&user)).into_response(),
        None => {
            let mut resp = StatusCode::FOUND.into_response();
            resp.headers_mut().insert(
                header::LOCATION,
                HeaderValue::from_static("/accounts/login/?next=/video-studio/"),
            );
            resp
        }
    }
}

/// The origin (`scheme://host[:port]`) of a URL.
fn origin_of(url: &str) -> Option<&str> {
    let scheme_end = url.find("://")? + 3;
    let rest = &url[scheme_end..];
    let host_len = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    (host_len > 0).then(|| &url[..scheme_end + host_len])
}

/// Session endpoints: live `sessionid`, `X-CSRFToken` == `csrftoken` cookie, and a
/// same-origin `Referer`. Returns the signed-in username.
pub fn check_browser(s: &Shared, headers: &HeaderMap) -> ApiResult<String> {
    let user = session_user(s, headers)
        .ok_or_else(|| ApiError::forbidden("Authentication credentials were not provided."))?;
    check_csrf(s, headers, None)?;
    Ok(user)
}

/// Django's CSRF check: the `csrftoken` cookie, the same token in `X-CSRFToken` (or in
/// the form's `csrfmiddlewaretoken`), and a same-origin `Referer`.
fn check_csrf(s: &Shared, headers: &HeaderMap, form_token: Option<&str>) -> ApiResult<()> {
    let cookie_token = cookie(headers, "csrftoken").filter(|t| valid_csrf(t));
    let header_token = headers
        .get("x-csrftoken")
        .and_then(|v| v.to_str().ok())
        .or(form_token);
    match (cookie_token, header_token) {
        (Some(c), Some(h)) if c == h => {}
        _ => return Err(ApiError::forbidden("CSRF verification failed")),
    }
    let referer_failed =
        || ApiError::forbidden("CSRF verification failed. Referer checking failed.");
    let referer = headers
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .ok_or_else(referer_failed)?;
    let origin = origin_of(referer).ok_or_else(referer_failed)?;
    let localhost = s.base_url.replacen("127.0.0.1", "localhost", 1);
    if origin.eq_ignore_ascii_case(&s.base_url) || origin.eq_ignore_ascii_case(&localhost) {
        Ok(())
    } else {
        Err(referer_failed())
    }
}

/// `POST /accounts/logout/` (Django's LogoutView: POST only, CSRF-checked): the session
/// ends on the server, its cookie is cleared, 302 to the sign-in page.
pub async fn logout_post(
    State(s): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let form_token = form_urlencoded::parse(&body)
        .find(|(k, _)| k == "csrfmiddlewaretoken")
        .map(|(_, v)| v.into_owned());
    if let Err(e) = check_csrf(&s, &headers, form_token.as_deref()) {
        return csrf_failure(&e.message);
    }
    if let Some(sid) = cookie(&headers, "sessionid") {
        lock(&s.inner).sessions.remove(&sid);
    }
    let mut resp = StatusCode::FOUND.into_response();
    let h = resp.headers_mut();
    h.insert(
        header::LOCATION,
        HeaderValue::from_static("/accounts/login/"),
    );
    h.insert(
        header::SET_COOKIE,
        HeaderValue::from_static(
            "sessionid=\"\"; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=Lax",
        ),
    );
    resp
}
