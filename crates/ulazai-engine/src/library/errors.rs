//! Why a download failed (with creator-readable texts) and which URLs may be fetched.

use serde::Serialize;

use crate::text::Text;

/// Why a download did not complete. `Display` is a sentence for the creator.
///
/// JSON: `{"kind": "network", "detail": "..."}` (`detail` absent for unit variants).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "kind", content = "detail", rename_all = "snake_case")]
pub enum DownloadError {
    #[error("{}", http_text(*status))]
    Http { status: u16 },
    #[error("The download failed: {0}. Check your internet connection and try again.")]
    Network(String),
    #[error("The download was incomplete ({got} of {expected} bytes). Please try again.")]
    SizeMismatch { expected: u64, got: u64 },
    #[error("The video could not be saved: {0}")]
    Io(String),
    #[error("The download was cancelled.")]
    Cancelled,
    #[error("This video address cannot be downloaded: {0}")]
    BadUrl(String),
    #[error("The server sent something that is not a video (not an MP4, MOV, Matroska or WebM file); it was not saved.")]
    NotVideo,
    #[error("The video is too large to download (over {}); it was not saved.", human_bytes(*limit))]
    TooLarge { limit: u64 },
    #[error("The download took too long (over {}) and was stopped. Please try again.", human_secs(*secs))]
    TimedOut { secs: u64 },
}

impl DownloadError {
    /// The sentence as a catalog message (its `Display` is the English; the network's
    /// own words and sizes are variables).
    pub fn text(&self) -> Text {
        match self {
            DownloadError::Http { status } => {
                let id = match status {
                    401 | 403 => "errors-download-http-expired",
                    404 | 410 => "errors-download-http-gone",
                    500..=599 => "errors-download-http-server",
                    _ => "errors-download-http-refused",
                };
                Text::new(id).with("status", status.to_string())
            }
            DownloadError::Network(why) => Text::new("errors-download-network").with("reason", why),
            DownloadError::SizeMismatch { expected, got } => {
                Text::new("errors-download-incomplete")
                    .with("got", *got)
                    .with("expected", *expected)
            }
            DownloadError::Io(why) => Text::new("errors-download-io").with("reason", why),
            DownloadError::Cancelled => Text::new("errors-download-cancelled"),
            DownloadError::BadUrl(why) => Text::new("errors-download-bad-url").with("reason", why),
            DownloadError::NotVideo => Text::new("errors-download-not-video"),
            DownloadError::TooLarge { limit } => {
                Text::new("errors-download-too-large").with("limit", human_bytes(*limit))
            }
            DownloadError::TimedOut { secs } => {
                let took = match secs {
                    0 | 1 => Text::new("errors-took-second"),
                    2..=119 => Text::new("errors-took-seconds").with("seconds", *secs),
                    _ => Text::new("errors-took-minutes").with("minutes", secs / 60),
                };
                Text::new("errors-download-timed-out").with("took", took)
            }
        }
    }
}

/// `2 GiB`, `500 MiB`, `4096 bytes`.
fn human_bytes(n: u64) -> String {
    const MIB: u64 = 1 << 20;
    const GIB: u64 = 1 << 30;
    if n >= GIB && n.is_multiple_of(GIB) {
        format!("{} GiB", n / GIB)
    } else if n >= MIB {
        format!("{} MiB", n / MIB)
    } else {
        format!("{n} bytes")
    }
}

/// `a second`, `45 seconds`, `120 minutes`.
fn human_secs(s: u64) -> String {
    match s {
        0 | 1 => "a second".into(),
        2..=119 => format!("{s} seconds"),
        _ => format!("{} minutes", s / 60),
    }
}

fn http_text(status: u16) -> String {
    match status {
        401 | 403 => format!(
            "The download link has expired or is not allowed (HTTP {status}). Refresh the job and try again."
        ),
        404 | 410 => format!("The video is no longer available on the server (HTTP {status})."),
        500..=599 => format!(
            "The server had a problem sending the video (HTTP {status}). Please try again later."
        ),
        _ => format!("The server refused the download (HTTP {status})."),
    }
}

pub(super) fn net_err(e: &reqwest::Error) -> DownloadError {
    use std::error::Error as _;
    // The URL may carry a signed token: keep it out of messages.
    let mut text = if e.is_timeout() {
        "the server stopped answering".to_string()
    } else if e.is_connect() {
        "could not connect to the server".to_string()
    } else if e.is_body() || e.is_decode() {
        "the connection was interrupted".to_string()
    } else {
        "the request failed".to_string()
    };
    let mut src = e.source();
    while let Some(s) = src {
        if s.source().is_none() {
            text = format!("{text} ({s})");
        }
        src = s.source();
    }
    DownloadError::Network(text)
}

pub(super) fn io_err(e: std::io::Error) -> DownloadError {
    DownloadError::Io(e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_for_the_ui() {
        let j = |e: &DownloadError| serde_json::to_string(e).unwrap();
        assert_eq!(
            j(&DownloadError::Network("reset".into())),
            r#"{"kind":"network","detail":"reset"}"#
        );
        assert_eq!(j(&DownloadError::Cancelled), r#"{"kind":"cancelled"}"#);
        assert_eq!(
            j(&DownloadError::Http { status: 404 }),
            r#"{"kind":"http","detail":{"status":404}}"#
        );
    }

    #[test]
    fn texts() {
        let t = DownloadError::Http { status: 404 }.to_string();
        assert!(t.contains("no longer available"), "{t}");
        let t = DownloadError::TooLarge { limit: 2 << 30 }.to_string();
        assert!(t.contains("too large") && t.contains("over 2 GiB"), "{t}");
        let t = DownloadError::TooLarge { limit: 4096 }.to_string();
        assert!(t.contains("over 4096 bytes"), "{t}");
        let t = DownloadError::TimedOut { secs: 7200 }.to_string();
        assert!(t.contains("over 120 minutes"), "{t}");
    }
}
