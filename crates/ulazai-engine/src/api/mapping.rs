//! From HTTP answers and transport errors to [`ApiError`]: status codes, the server's own
//! words (capped, control characters stripped, echoed secrets scrubbed), `Retry-After`,
//! and the kind of a network failure; and reading an answer's body up to a size cap.
use std::time::Duration;

use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde_json::Value;

use super::error::{ApiError, NetworkKind};

/// A whole answer: status, headers and body.
pub(crate) struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

/// How much of a server's error text is kept.
const MAX_SERVER_TEXT: usize = 500;

/// Map a non-2xx answer to its error.
pub(crate) fn status_error(a: &Answer, session: bool) -> ApiError {
    let code = a.status.as_u16();
    let message = server_text(a);
    match code {
        400 => ApiError::InvalidRequest { message },
        401 => ApiError::Unauthorized { message },
        402 => ApiError::InsufficientCredits { message },
        403 => ApiError::Forbidden { message },
        404 => ApiError::NotFound { message },
        429 => ApiError::RateLimited {
            retry_after: retry_after(&a.headers),
            message,
        },
        500..=599 => ApiError::Server {
            status: code,
            message,
        },
        // A session endpoint that redirects is sending us to the sign-in page.
        300..=399 if session => ApiError::Forbidden {
            message: "redirected to sign-in".into(),
        },
        _ => ApiError::Unexpected {
            status: code,
            message,
        },
    }
}

/// The server's own words (`error`, `detail` or `message`), else its plain text, else the
/// status reason; control characters stripped, length capped.
fn server_text(a: &Answer) -> String {
    let from_json = serde_json::from_slice::<Value>(&a.body).ok().and_then(|v| {
        ["error", "detail", "message"]
            .iter()
            .find_map(|k| match v.get(*k)? {
                Value::String(s) => Some(s.clone()),
                Value::Null => None,
                other => Some(other.to_string()),
            })
    });
    let text = from_json.unwrap_or_else(|| {
        let t = String::from_utf8_lossy(&a.body);
        let t = t.trim();
        if !t.is_empty() && !t.starts_with('<') && !t.starts_with('{') && t.len() <= MAX_SERVER_TEXT
        {
            t.to_string()
        } else {
            a.status
                .canonical_reason()
                .unwrap_or("no reason given")
                .to_string()
        }
    });
    clean(&text)
}

/// Control characters become spaces; at most `MAX_SERVER_TEXT` characters are kept.
fn clean(s: &str) -> String {
    let t: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    if t.chars().count() > MAX_SERVER_TEXT {
        let mut cut: String = t.chars().take(MAX_SERVER_TEXT).collect();
        cut.push('…');
        cut
    } else {
        t
    }
}

/// The longest wait a `Retry-After` asks for is taken as this (the waits are added to
/// clocks: an `Instant`, the wall clock, milliseconds since 1970).
const LONGEST_RETRY_AFTER: Duration = Duration::from_secs(7 * 86_400);

/// `Retry-After` as delay-seconds or as an HTTP-date, at most [`LONGEST_RETRY_AFTER`].
fn retry_after(h: &HeaderMap) -> Option<Duration> {
    let v = h.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim();
    let wait = if let Ok(secs) = v.parse::<u64>() {
        Duration::from_secs(secs)
    } else if let Ok(secs) = v.parse::<f64>() {
        if !(secs.is_finite() && secs >= 0.0) {
            return None;
        }
        Duration::from_secs_f64(secs.min(LONGEST_RETRY_AFTER.as_secs_f64()))
    } else {
        let when = chrono::DateTime::parse_from_rfc2822(v).ok()?;
        let wait = when.signed_duration_since(chrono::Utc::now());
        wait.to_std().unwrap_or(Duration::ZERO)
    };
    Some(wait.min(LONGEST_RETRY_AFTER))
}

/// A server that echoes a secret back must not get it into our errors.
pub(crate) fn scrub(err: ApiError, secrets: &[String]) -> ApiError {
    let fix = |s: String| {
        secrets
            .iter()
            .filter(|k| k.len() >= 4)
            .fold(s, |s, k| s.replace(k.as_str(), "[redacted]"))
    };
    match err {
        ApiError::InvalidRequest { message } => ApiError::InvalidRequest {
            message: fix(message),
        },
        ApiError::Unauthorized { message } => ApiError::Unauthorized {
            message: fix(message),
        },
        ApiError::InsufficientCredits { message } => ApiError::InsufficientCredits {
            message: fix(message),
        },
        ApiError::Forbidden { message } => ApiError::Forbidden {
            message: fix(message),
        },
        ApiError::NotFound { message } => ApiError::NotFound {
            message: fix(message),
        },
        ApiError::RateLimited {
            retry_after,
            message,
        } => ApiError::RateLimited {
            retry_after,
            message: fix(message),
        },
        ApiError::Server { status, message } => ApiError::Server {
            status,
            message: fix(message),
        },
        ApiError::Unexpected { status, message } => ApiError::Unexpected {
            status,
            message: fix(message),
        },
        other => other,
    }
}

/// Classify a transport error. `reading_body`: the status line had arrived, so a failure
/// now means the answer broke off mid-way.
pub(super) fn network_error(e: &reqwest::Error, reading_body: bool) -> ApiError {
    let chain = error_chain(e);
    let kind = if e.is_connect() {
        NetworkKind::Connect
    } else if e.is_timeout() {
        NetworkKind::Timeout
    } else if reading_body || is_reset(e, &chain) {
        NetworkKind::Reset
    } else {
        NetworkKind::Other
    };
    ApiError::Network {
        kind,
        message: clean(&chain),
    }
}

fn is_reset(e: &reqwest::Error, chain: &str) -> bool {
    use std::error::Error as _;
    let mut src = e.source();
    while let Some(s) = src {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind::*;
            if matches!(
                io.kind(),
                ConnectionReset | ConnectionAborted | BrokenPipe | UnexpectedEof
            ) {
                return true;
            }
        }
        src = s.source();
    }
    let c = chain.to_ascii_lowercase();
    [
        "connection closed",
        "reset",
        "incomplete",
        "end of file",
        "broken pipe",
        "aborted",
    ]
    .iter()
    .any(|p| c.contains(p))
}

/// The error and its causes, without the URL (it has no secret, but it is noise).
pub(super) fn error_chain(e: &reqwest::Error) -> String {
    use std::error::Error as _;
    let mut parts = vec![e.to_string()];
    let mut src = e.source();
    while let Some(s) = src {
        let t = s.to_string();
        if !parts.iter().any(|p| p.contains(&t)) {
            parts.push(t);
        }
        src = s.source();
    }
    parts.join(": ")
}

/// An unreadable 2xx, its detail cleaned like a server text.
pub(super) fn unreadable_text(status: u16, detail: &str) -> ApiError {
    ApiError::UnreadableBody {
        status,
        detail: clean(detail),
    }
}

/// The largest answer read: far above a history page of 100 jobs, far below what
/// would hurt if a server (or something posing as one) sent an endless body.
pub(crate) const MAX_ANSWER_BYTES: usize = 4 << 20;

/// The body, up to [`MAX_ANSWER_BYTES`]; `true` when there was more (then the rest is
/// not read: an announced length over the cap stops before reading anything).
pub(super) async fn read_body(mut resp: reqwest::Response) -> Result<(Vec<u8>, bool), ApiError> {
    if resp
        .content_length()
        .is_some_and(|n| n > MAX_ANSWER_BYTES as u64)
    {
        return Ok((Vec::new(), true));
    }
    let mut body = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(|e| network_error(&e, true))? {
        if body.len() + chunk.len() > MAX_ANSWER_BYTES {
            let room = MAX_ANSWER_BYTES - body.len();
            body.extend_from_slice(&chunk[..room]);
            return Ok((body, true));
        }
        body.extend_from_slice(&chunk);
    }
    Ok((body, false))
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::{HeaderValue, RETRY_AFTER};

    fn rate_limited(retry_after: &str) -> Option<Duration> {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, HeaderValue::from_str(retry_after).unwrap());
        let a = Answer {
            status: StatusCode::TOO_MANY_REQUESTS,
            headers,
            body: Vec::new(),
        };
        match status_error(&a, false) {
            ApiError::RateLimited { retry_after, .. } => retry_after,
            other => panic!("{other:?}"),
        }
    }

    /// Found by the `api_errors` fuzz target: `Retry-After: 9999991` asked for a wait of 115
    /// days, and 18446744073709551615 seconds made the poll gate's `Instant + wait` panic
    /// (the app aborts on a panic). Every form is capped at a week, as the decimal one was.
    #[test]
    fn a_retry_after_is_at_most_a_week() {
        let week = Duration::from_secs(7 * 86_400);
        for v in [
            "9999991",
            "18446744073709551615",
            "1e300",
            "Fri, 31 Dec 9999 23:59:59 GMT",
        ] {
            assert_eq!(rate_limited(v), Some(week), "{v}");
        }
        assert_eq!(rate_limited("120"), Some(Duration::from_secs(120)));
        assert_eq!(rate_limited("0.5"), Some(Duration::from_millis(500)));
    }
}
