//! Plays a card's local file in the UI: a tiny HTTP server on 127.0.0.1 (random port),
//! `http://127.0.0.1:PORT/<token>/<job id>`. WebKitGTK's media player cannot play from a
//! custom URI scheme (measured: a `media://` scheme answered 200/206 and the <video> still
//! failed with MEDIA_ERR_SRC_NOT_SUPPORTED), while it plays loopback http fine.
//! - The UI names a JOB, never a path; the file is looked up in the library index and
//!   served only when it lies inside the library folder (after resolving links).
//! - `<token>` is random per run (another page or program cannot guess the address).
//! - Range requests are answered with 206, as video elements need.
//! - `<base>/<job id>/poster` is the clip's first frame as a JPEG (the engine's
//!   `Library::poster`): a card shows it instead of keeping a media player (issue 10).

use std::io::{Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::Arc;

use axum::extract::{Path as UrlPath, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use ulazai_engine::ffmpeg::FfmpegTools;
use ulazai_engine::library::{plain_job_id as valid_id, Library};

/// Bytes per answer to an open-ended range (the player asks for the rest as it goes).
const CHUNK: u64 = 4 * 1024 * 1024;

/// Start the server; answers its base (`http://127.0.0.1:PORT/<token>`).
pub async fn start(library: Arc<Library>) -> std::io::Result<String> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
    let port = listener.local_addr()?.port();
    let token = uuid::Uuid::new_v4().simple().to_string();
    let app = axum::Router::new()
        .route("/{token}/{id}", axum::routing::get(handle))
        .route("/{token}/{id}/poster", axum::routing::get(poster))
        .with_state((library, token.clone()));
    tauri::async_runtime::spawn(async move {
        if let Err(e) = axum::serve(listener, app).await {
            tracing::error!(error = %e, "local media server stopped");
        }
    });
    Ok(format!("http://127.0.0.1:{port}/{token}"))
}

type Ctx = (Arc<Library>, String);

async fn handle(
    State((library, token)): State<Ctx>,
    UrlPath((t, id)): UrlPath<(String, String)>,
    headers: HeaderMap,
) -> Response {
    if t != token {
        return status(StatusCode::NOT_FOUND);
    }
    let range = headers
        .get(header::RANGE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    tauri::async_runtime::spawn_blocking(move || serve(&library, &id, range.as_deref()))
        .await
        .unwrap_or_else(|_| status(StatusCode::INTERNAL_SERVER_ERROR))
}

/// The clip's poster, made on first use with the ffmpeg found at start (none: 404, and the
/// card falls back to a player).
async fn poster(
    State((library, token)): State<Ctx>,
    UrlPath((t, id)): UrlPath<(String, String)>,
) -> Response {
    static TOOLS: std::sync::OnceLock<Option<FfmpegTools>> = std::sync::OnceLock::new();
    if t != token || !valid_id(&id) {
        return status(StatusCode::NOT_FOUND);
    }
    let Some(tools) = TOOLS.get_or_init(|| FfmpegTools::locate().ok()) else {
        return status(StatusCode::NOT_FOUND);
    };
    let Some(file) = library.poster(&id, tools).await else {
        return status(StatusCode::NOT_FOUND);
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
        Err(_) => status(StatusCode::NOT_FOUND),
    }
}

fn status(code: StatusCode) -> Response {
    code.into_response()
}

/// `bytes=a-b`, `bytes=a-`, `bytes=-n` against `len`: the inclusive range, or `None`
/// when unsatisfiable. Only the first range of a list is served.
pub fn parse_range(value: &str, len: u64) -> Option<(u64, u64)> {
    let spec = value
        .trim()
        .strip_prefix("bytes=")?
        .split(',')
        .next()?
        .trim();
    let (a, b) = spec.split_once('-')?;
    let (start, end) = match (a.trim(), b.trim()) {
        ("", n) => {
            let n: u64 = n.parse().ok()?;
            (len.checked_sub(n.min(len))?, len.checked_sub(1)?)
        }
        (a, "") => {
            let a: u64 = a.parse().ok()?;
            (a, (a + CHUNK - 1).min(len.checked_sub(1)?))
        }
        (a, b) => (
            a.parse().ok()?,
            b.parse::<u64>().ok()?.min(len.checked_sub(1)?),
        ),
    };
    (start <= end && end < len).then_some((start, end))
}

fn content_type(path: &Path) -> &'static str {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("webm") => "video/webm",
        Some("mov") => "video/quicktime",
        _ => "video/mp4",
    }
}

fn serve(library: &Library, id: &str, range: Option<&str>) -> Response {
    if !valid_id(id) {
        return status(StatusCode::BAD_REQUEST);
    }
    let file = library.existing_file(id).and_then(|f| library.inside(&f));
    let Some(file) = file else {
        return status(StatusCode::NOT_FOUND);
    };
    let Ok(mut f) = std::fs::File::open(&file) else {
        return status(StatusCode::NOT_FOUND);
    };
    let len = f.metadata().map(|m| m.len()).unwrap_or(0);
    let (code, start, end) = match range.map(|v| parse_range(v, len)) {
        None if len == 0 => (StatusCode::OK, 0, 0),
        None => (StatusCode::OK, 0, len - 1),
        Some(Some((s, e))) => (StatusCode::PARTIAL_CONTENT, s, e),
        Some(None) => {
            let mut r = status(StatusCode::RANGE_NOT_SATISFIABLE);
            if let Ok(v) = HeaderValue::from_str(&format!("bytes */{len}")) {
                r.headers_mut().insert(header::CONTENT_RANGE, v);
            }
            return r;
        }
    };
    let count = if len == 0 { 0 } else { end - start + 1 };
    let mut body = vec![0u8; count as usize];
    if f.seek(SeekFrom::Start(start))
        .and_then(|_| f.read_exact(&mut body))
        .is_err()
    {
        return status(StatusCode::INTERNAL_SERVER_ERROR);
    }
    let mut r = (code, body).into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(content_type(&file)),
    );
    h.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if code == StatusCode::PARTIAL_CONTENT {
        if let Ok(v) = HeaderValue::from_str(&format!("bytes {start}-{end}/{len}")) {
            h.insert(header::CONTENT_RANGE, v);
        }
    }
    r
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
    fn ranges() {
        assert_eq!(parse_range("bytes=0-99", 1000), Some((0, 99)));
        assert_eq!(parse_range("bytes=900-", 1000), Some((900, 999)));
        assert_eq!(parse_range("bytes=-100", 1000), Some((900, 999)));
        assert_eq!(parse_range("bytes=0-5000", 1000), Some((0, 999)));
        assert_eq!(parse_range("bytes=1000-", 1000), None);
        assert_eq!(parse_range("bytes=5-1", 1000), None);
        assert_eq!(parse_range("items=0-1", 1000), None);
        assert_eq!(parse_range("bytes=0-", 10 * CHUNK), Some((0, CHUNK - 1)));
    }
}
