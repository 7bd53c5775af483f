//! Plays a card's local file in the UI: a tiny HTTP server on 127.0.0.1 (random port),
//! `http://127.0.0.1:PORT/<token>/<job id>`. WebKitGTK's media player cannot play from a
//! custom URI scheme (measured: a `media://` scheme answered 200/206 and the <video> still
//! failed with MEDIA_ERR_SRC_NOT_SUPPORTED), while it plays loopback http fine.
//! - `Host` must be exactly `127.0.0.1:PORT` (else 421): a web page reached through
//!   another name (DNS rebinding) gets nothing.
//! - `<token>` is random per run and compared in constant time (another page or program
//!   cannot guess the address, nor time its way to it).
//! - The UI names a JOB, never a path; the file is the library's checked file for that
//!   job (`Library::checked_file`: inside the library folder after resolving links, and a
//!   video by its extension).
//! - The file itself is served by tower-http's `ServeFile`: streamed in small chunks
//!   (memory stays flat whatever the size), `Range` (206/416) and the conditional
//!   requests (`If-Modified-Since` → 304), as video elements need. `ServeFile` has no
//!   `If-Range`: here, an `If-Range` that is not exactly the file's `Last-Modified` (an
//!   older date, an ETag: the file has none) drops the `Range`, so the whole, current file
//!   is sent (200) and a client never splices two versions of a clip.
//! - `<base>/<job id>/poster` is the clip's first frame as a JPEG (the engine's
//!   `Library::poster`, made with the ffmpeg chosen in Settings): a card shows it instead
//!   of keeping a media player (thousands of cards stay light).

use std::path::PathBuf;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path as UrlPath, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use tower::ServiceExt;
use tower_http::services::ServeFile;

use ulazai_engine::library::{plain_job_id as valid_id, video_content_type, Library};

/// The ffmpeg the creator chose in Settings, asked at each poster request (the library
/// locates and runs it only when the poster must be made).
pub type ChosenFfmpeg = Arc<dyn Fn() -> Option<PathBuf> + Send + Sync>;

struct Ctx {
    library: Arc<Library>,
    ffmpeg: ChosenFfmpeg,
    token: String,
    /// `127.0.0.1:PORT`: the only `Host` answered.
    host: String,
}

/// Start the server; answers its base (`http://127.0.0.1:PORT/<token>`).
pub async fn start(library: Arc<Library>, ffmpeg: ChosenFfmpeg) -> std::io::Result<String> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
    let port = listener.local_addr()?.port();
    let token = uuid::Uuid::new_v4().simple().to_string();
    let ctx = Arc::new(Ctx {
        library,
        ffmpeg,
        token: token.clone(),
        host: format!("127.0.0.1:{port}"),
    });
    let app = axum::Router::new()
        .route("/{token}/{id}", axum::routing::get(handle))
        .route("/{token}/{id}/poster", axum::routing::get(poster))
        .fallback(|| async { StatusCode::NOT_FOUND })
        .layer(axum::middleware::from_fn_with_state(ctx.clone(), own_host))
        .with_state(ctx);
    tauri::async_runtime::spawn(async move {
        if let Err(e) = axum::serve(listener, app).await {
            tracing::error!(error = %e, "local media server stopped");
        }
    });
    Ok(format!("http://127.0.0.1:{port}/{token}"))
}

/// Every request, whatever its path: `Host` must be this server's own.
async fn own_host(
    State(ctx): State<Arc<Ctx>>,
    req: Request,
    next: axum::middleware::Next,
) -> Response {
    if is_own_host(req.headers(), &ctx.host) {
        next.run(req).await
    } else {
        StatusCode::MISDIRECTED_REQUEST.into_response()
    }
}

fn is_own_host(headers: &HeaderMap, own: &str) -> bool {
    let mut hosts = headers.get_all(header::HOST).iter();
    matches!((hosts.next(), hosts.next()), (Some(h), None) if h.as_bytes() == own.as_bytes())
}

async fn handle(
    State(ctx): State<Arc<Ctx>>,
    UrlPath((t, id)): UrlPath<(String, String)>,
    req: Request,
) -> Response {
    if !same_secret(t.as_bytes(), ctx.token.as_bytes()) {
        return StatusCode::NOT_FOUND.into_response();
    }
    if !valid_id(&id) {
        return StatusCode::BAD_REQUEST.into_response();
    }
    let library = ctx.library.clone();
    let if_range = req.headers().get(header::IF_RANGE).cloned();
    let found = tauri::async_runtime::spawn_blocking(move || {
        let file = library.checked_file(&id)?;
        let range_holds = if_range.is_none_or(|v| if_range_holds(&v, &file));
        Some((file, range_holds))
    })
    .await
    .ok()
    .flatten();
    let Some((file, range_holds)) = found else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let mut req = req;
    if !range_holds {
        req.headers_mut().remove(header::RANGE);
    }
    let content_type = video_content_type(&file);
    let Ok(mut resp) = ServeFile::new(&file).oneshot(req).await;
    let h = resp.headers_mut();
    if h.contains_key(header::CONTENT_TYPE) {
        h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    resp.map(Body::new)
}

/// An `If-Range` holds only when it is exactly the file's `Last-Modified` (HTTP dates have
/// whole seconds).
fn if_range_holds(value: &HeaderValue, file: &std::path::Path) -> bool {
    let Some(date) = value
        .to_str()
        .ok()
        .and_then(|v| httpdate::parse_http_date(v).ok())
    else {
        return false;
    };
    let secs = |t: std::time::SystemTime| {
        t.duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .ok()
    };
    let modified = std::fs::metadata(file).and_then(|m| m.modified()).ok();
    modified
        .and_then(secs)
        .is_some_and(|m| Some(m) == secs(date))
}

/// The clip's poster (a JPEG), made on first use; 404 when there is no checked clip or no
/// ffmpeg.
async fn poster(
    State(ctx): State<Arc<Ctx>>,
    UrlPath((t, id)): UrlPath<(String, String)>,
) -> Response {
    if !same_secret(t.as_bytes(), ctx.token.as_bytes()) || !valid_id(&id) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let Some(file) = ctx.library.poster(&id, (ctx.ffmpeg)()).await else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match tokio::fs::read(&file).await {
        Ok(body) => (
            [
                (header::CONTENT_TYPE, "image/jpeg"),
                (header::CACHE_CONTROL, "private, max-age=3600"),
            ],
            body,
        )
            .into_response(),
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}

/// Equal, in a time that does not depend on where they differ.
fn same_secret(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let diff = a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y));
    std::hint::black_box(diff) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_only() {
        assert!(valid_id("8990f846-f6f0-4ff1-a298-d0a72d49e7ad"));
        assert!(valid_id("local-merge-1b9d6bcd"));
        assert!(!valid_id("../x"));
        assert!(!valid_id("a/b"));
        assert!(!valid_id(""));
    }

    #[test]
    fn secrets_and_hosts() {
        assert!(same_secret(b"abc", b"abc"));
        assert!(!same_secret(b"abc", b"abd"));
        assert!(!same_secret(b"abc", b"abcd"));
        let mut h = HeaderMap::new();
        assert!(!is_own_host(&h, "127.0.0.1:80"), "no Host at all");
        h.insert(header::HOST, HeaderValue::from_static("127.0.0.1:80"));
        assert!(is_own_host(&h, "127.0.0.1:80"));
        h.append(header::HOST, HeaderValue::from_static("evil.example"));
        assert!(!is_own_host(&h, "127.0.0.1:80"), "two Host headers");
    }
}
