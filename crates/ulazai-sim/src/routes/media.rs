//! Result media: `GET /media/results/job-{id}.mp4`, real MP4 bytes with Range support.

use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use uuid::Uuid;

use crate::error::ApiError;
use crate::faults::aborting_body;
use crate::jobs::{Job, JobStatus};
use crate::media_assets;
use crate::routes::JobIdTag;
use crate::state::{lock, Inner, Shared};

/// A parsed single `Range: bytes=` request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ByteRange {
    /// No (usable) Range header: the whole body, 200.
    Full,
    /// Inclusive start..=end, 206.
    Part(u64, u64),
    /// 416.
    Unsatisfiable,
}

/// Parse `bytes=a-b`, `bytes=a-` and `bytes=-n` against a body of `len` bytes.
/// Malformed or multi-range headers are ignored (whole body), as RFC 9110 allows.
pub fn parse_range(value: Option<&str>, len: u64) -> ByteRange {
    let Some(spec) = value.and_then(|v| v.trim().strip_prefix("bytes=")) else {
        return ByteRange::Full;
    };
    if spec.contains(',') {
        return ByteRange::Full;
    }
    let Some((a, b)) = spec.trim().split_once('-') else {
        return ByteRange::Full;
    };
    let (a, b) = (a.trim(), b.trim());
    if a.is_empty() {
        return match b.parse::<u64>() {
            Ok(0) => ByteRange::Unsatisfiable,
            Ok(n) if len > 0 => ByteRange::Part(len.saturating_sub(n), len - 1),
            Ok(_) => ByteRange::Unsatisfiable,
            Err(_) => ByteRange::Full,
        };
    }
    let Ok(start) = a.parse::<u64>() else {
        return ByteRange::Full;
    };
    let end = if b.is_empty() {
        None
    } else {
        match b.parse::<u64>() {
            Ok(e) if e >= start => Some(e),
            _ => return ByteRange::Full,
        }
    };
    if start >= len {
        return ByteRange::Unsatisfiable;
    }
    ByteRange::Part(start, end.unwrap_or(len - 1).min(len - 1))
}

fn not_found() -> Response {
    ApiError::not_found("Media not found").into_response()
}

pub async fn result(
    State(s): State<Arc<Shared>>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Response {
    let Some(id) = file
        .strip_prefix("job-")
        .and_then(|f| f.strip_suffix(".mp4"))
        .and_then(|f| Uuid::parse_str(f).ok())
    else {
        return not_found();
    };
    let parts = {
        let (inner, now) = s.state();
        match inner.job(&id) {
            Some(job) if job.status_at(now) != JobStatus::Completed => return not_found(),
            Some(job) if s.config.full_length_clips => Ok(clip_parts(&inner, job)),
            Some(job) => Err(job.clip()),
            None => return not_found(),
        }
    };
    // Built outside the state lock.
    let clip = match parts {
        Ok(parts) => media_assets::looped(&parts),
        Err(embedded) => Bytes::from_static(embedded),
    };
    let mut resp = serve(&s, clip, &headers);
    resp.extensions_mut().insert(JobIdTag(id.to_string()));
    resp
}

/// What a full-length clip plays: the job's own clip for its duration, or for a merge each
/// source's clip for that source's duration, in order.
fn clip_parts(inner: &Inner, job: &Job) -> Vec<(usize, u32)> {
    let parts: Vec<(usize, u32)> = job
        .sources
        .iter()
        .filter_map(|id| inner.job(id))
        .map(|src| (media_assets::clip_index(&src.id), src.duration))
        .filter(|(_, secs)| *secs > 0)
        .collect();
    if parts.is_empty() {
        vec![(media_assets::clip_index(&job.id), job.duration.max(1))]
    } else {
        parts
    }
}

fn serve(s: &Shared, clip: Bytes, headers: &HeaderMap) -> Response {
    let len = clip.len() as u64;
    let range = parse_range(
        headers.get(header::RANGE).and_then(|v| v.to_str().ok()),
        len,
    );
    let (status, start, end) = match range {
        ByteRange::Full => (StatusCode::OK, 0, len.saturating_sub(1)),
        ByteRange::Part(a, b) => (StatusCode::PARTIAL_CONTENT, a, b),
        ByteRange::Unsatisfiable => {
            let mut resp = ApiError::new(
                StatusCode::RANGE_NOT_SATISFIABLE,
                format!("Requested range not satisfiable (size {len})"),
            )
            .into_response();
            resp.headers_mut().insert(
                header::CONTENT_RANGE,
                HeaderValue::from_str(&format!("bytes */{len}")).expect("ascii"),
            );
            return resp;
        }
    };
    let slice = clip.slice(start as usize..=end as usize);
    let body_len = slice.len() as u64;
    let cut = lock(&s.faults).media_cut();
    let body = match cut {
        Some(n) if n < body_len => aborting_body(slice.slice(..n as usize)),
        _ => Body::from(slice),
    };
    let mut resp = Response::new(body);
    *resp.status_mut() = status;
    let h = resp.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("video/mp4"));
    h.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(body_len));
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    if status == StatusCode::PARTIAL_CONTENT {
        h.insert(
            header::CONTENT_RANGE,
            HeaderValue::from_str(&format!("bytes {start}-{end}/{len}")).expect("ascii"),
        );
    }
    if matches!(cut, Some(n) if n < body_len) {
        resp.extensions_mut().insert(crate::routes::Aborted);
    }
    resp
}

#[cfg(test)]
mod tests {
    use super::{parse_range, ByteRange::*};

    #[test]
    fn ranges() {
        assert_eq!(parse_range(None, 100), Full);
        assert_eq!(parse_range(Some("bytes=0-9"), 100), Part(0, 9));
        assert_eq!(parse_range(Some("bytes=90-"), 100), Part(90, 99));
        assert_eq!(parse_range(Some("bytes=90-500"), 100), Part(90, 99));
        assert_eq!(parse_range(Some("bytes=-10"), 100), Part(90, 99));
        assert_eq!(parse_range(Some("bytes=-500"), 100), Part(0, 99));
        assert_eq!(parse_range(Some("bytes=100-"), 100), Unsatisfiable);
        assert_eq!(parse_range(Some("bytes=-0"), 100), Unsatisfiable);
        assert_eq!(parse_range(Some("bytes=5-1"), 100), Full);
        assert_eq!(parse_range(Some("bytes=0-1,5-6"), 100), Full);
        assert_eq!(parse_range(Some("items=0-1"), 100), Full);
        assert_eq!(parse_range(Some("bytes=x-"), 100), Full);
    }
}
