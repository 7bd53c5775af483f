//! Every way a call to UlazAI can fail, with three faces: `Display` (technical, for logs),
//! [`ApiError::user_message`] (a sentence a creator understands) and [`ApiError::info`] (the
//! serialisable form for the UI). None of them ever carries the API key or session tokens:
//! the client never puts headers into an error and scrubs secrets from server texts.
use std::fmt;
use std::time::Duration;

use serde::Serialize;

pub use crate::error_code::ErrorCode;
use crate::text::Text;

#[cfg(feature = "ts")]
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NetworkKind {
    Connect,
    Timeout,
    /// The connection was closed or reset before a whole answer arrived.
    Reset,
    Other,
}

/// Every way a call to UlazAI can go wrong. Never carries the key.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// 400: the server refused the request; `message` is the server's own text.
    InvalidRequest { message: String },
    /// 401: missing or invalid key/token.
    Unauthorized { message: String },
    /// 402: not enough credits for the batch.
    InsufficientCredits { message: String },
    /// 403: (session endpoints) the web session expired or the CSRF check failed.
    Forbidden { message: String },
    /// 404: unknown model slug or job id.
    NotFound { message: String },
    /// 429: per-user rate limit; `retry_after` from the `Retry-After` header when given.
    RateLimited {
        retry_after: Option<Duration>,
        message: String,
    },
    /// 5xx.
    Server { status: u16, message: String },
    /// connect / timeout / reset.
    Network { kind: NetworkKind, message: String },
    /// A body we could not read (not JSON, wrong shape, `success: false` on a 2xx...).
    UnreadableBody { status: u16, detail: String },
    /// Any other HTTP status.
    Unexpected { status: u16, message: String },
    /// The client has no credentials configured.
    NoCredentials,
    /// The base URL or a URL from the server is not acceptable.
    BadUrl { message: String },
}

/// The serialisable face of an error for the UI.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct ErrorInfo {
    /// What went wrong, as the UI tells it apart (an API error's code, or `validation`).
    pub code: ErrorCode,
    /// A sentence a creator understands.
    pub message: String,
    /// Seconds until a retry makes sense (429 with Retry-After).
    pub retry_after_secs: Option<u64>,
    /// For validation errors: which form field is at fault.
    pub field: Option<String>,
}

impl ApiError {
    /// What went wrong, as the UI tells it apart.
    pub fn code(&self) -> ErrorCode {
        match self {
            ApiError::InvalidRequest { .. } => ErrorCode::InvalidRequest,
            ApiError::Unauthorized { .. } => ErrorCode::Unauthorized,
            ApiError::InsufficientCredits { .. } => ErrorCode::InsufficientCredits,
            ApiError::Forbidden { .. } => ErrorCode::Forbidden,
            ApiError::NotFound { .. } => ErrorCode::NotFound,
            ApiError::RateLimited { .. } => ErrorCode::RateLimited,
            ApiError::Server { .. } => ErrorCode::Server,
            ApiError::Network { .. } => ErrorCode::Network,
            ApiError::UnreadableBody { .. } => ErrorCode::Unreadable,
            ApiError::Unexpected { .. } => ErrorCode::Unexpected,
            ApiError::NoCredentials => ErrorCode::NoCredentials,
            ApiError::BadUrl { .. } => ErrorCode::BadUrl,
        }
    }

    /// A sentence (or two) a creator understands, naming what to do next, in English (for
    /// logs; the shell words [`ApiError::text`] in the window's language).
    pub fn user_message(&self) -> String {
        self.text().english()
    }

    /// What [`ApiError::user_message`] says, as a catalog message: the server's own words
    /// are a variable, placed as they are.
    pub fn text(&self) -> Text {
        match self {
            ApiError::InvalidRequest { message } => {
                if message.is_empty() {
                    Text::new("errors-api-invalid-request")
                } else {
                    Text::new("errors-api-invalid-request-says").with("server", sentence(message))
                }
            }
            ApiError::Unauthorized { .. } => Text::new("errors-api-unauthorized"),
            ApiError::InsufficientCredits { message } => {
                if message.chars().any(|c| c.is_ascii_digit()) {
                    Text::new("errors-api-credits-says").with("server", sentence(message))
                } else {
                    Text::new("errors-api-credits")
                }
            }
            ApiError::Forbidden { .. } => Text::new("errors-api-forbidden"),
            ApiError::NotFound { message } => {
                if message.is_empty() {
                    Text::new("errors-api-not-found")
                } else {
                    Text::new("errors-api-not-found-says").with("server", sentence(message))
                }
            }
            ApiError::RateLimited { retry_after, .. } => match retry_after {
                Some(d) => Text::new("errors-api-rate-limited-at").with("wait", human_wait(*d)),
                None => Text::new("errors-api-rate-limited"),
            },
            ApiError::Server { status, .. } => {
                Text::new("errors-api-server").with("status", status.to_string())
            }
            ApiError::Network { kind, .. } => match kind {
                NetworkKind::Connect => Text::new("errors-api-network-connect"),
                NetworkKind::Timeout => Text::new("errors-api-network-timeout"),
                NetworkKind::Reset => Text::new("errors-api-network-reset"),
                NetworkKind::Other => Text::new("errors-api-network-other"),
            },
            ApiError::UnreadableBody { status, .. } => {
                Text::new("errors-api-unreadable").with("status", status.to_string())
            }
            ApiError::Unexpected { status, .. } => {
                Text::new("errors-api-unexpected").with("status", status.to_string())
            }
            ApiError::NoCredentials => Text::new("errors-api-no-credentials"),
            ApiError::BadUrl { message } => {
                Text::new("errors-api-bad-url").with("reason", sentence(message))
            }
        }
    }

    /// The serialisable form for the UI.
    pub fn info(&self) -> ErrorInfo {
        let retry_after_secs = match self {
            // Round up: "retry in 0 s" would invite a request that fails again.
            ApiError::RateLimited {
                retry_after: Some(d),
                ..
            } => Some(d.as_secs() + u64::from(d.subsec_nanos() > 0)),
            _ => None,
        };
        ErrorInfo {
            code: self.code(),
            message: self.user_message(),
            retry_after_secs,
            field: None,
        }
    }

    /// Worth trying again later without changing anything: network faults, 5xx, 429 and
    /// answers we could not read.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            ApiError::Network { .. }
                | ApiError::Server { .. }
                | ApiError::RateLimited { .. }
                | ApiError::UnreadableBody { .. }
        )
    }

    /// For a `generate` call: the server may have received the request and created (and
    /// charged) jobs although we did not get a readable success answer. A connect failure
    /// means nothing reached the server; a 4xx means the server refused.
    pub fn may_have_created_jobs(&self) -> bool {
        match self {
            ApiError::Network { kind, .. } => *kind != NetworkKind::Connect,
            ApiError::Server { .. } | ApiError::UnreadableBody { .. } => true,
            _ => false,
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::InvalidRequest { message } => write!(f, "invalid request (400): {message}"),
            ApiError::Unauthorized { message } => write!(f, "unauthorized (401): {message}"),
            ApiError::InsufficientCredits { message } => {
                write!(f, "insufficient credits (402): {message}")
            }
            ApiError::Forbidden { message } => write!(f, "forbidden (403): {message}"),
            ApiError::NotFound { message } => write!(f, "not found (404): {message}"),
            ApiError::RateLimited {
                retry_after,
                message,
            } => match retry_after {
                Some(d) => write!(
                    f,
                    "rate limited (429, retry after {} s): {message}",
                    d.as_secs()
                ),
                None => write!(f, "rate limited (429): {message}"),
            },
            ApiError::Server { status, message } => write!(f, "server error ({status}): {message}"),
            ApiError::Network { kind, message } => {
                let k = match kind {
                    NetworkKind::Connect => "connect",
                    NetworkKind::Timeout => "timeout",
                    NetworkKind::Reset => "connection reset",
                    NetworkKind::Other => "network",
                };
                write!(f, "network error ({k}): {message}")
            }
            ApiError::UnreadableBody { status, detail } => {
                write!(f, "unreadable answer ({status}): {detail}")
            }
            ApiError::Unexpected { status, message } => {
                write!(f, "unexpected status ({status}): {message}")
            }
            ApiError::NoCredentials => f.write_str("no API key configured"),
            ApiError::BadUrl { message } => write!(f, "bad URL: {message}"),
        }
    }
}

impl std::error::Error for ApiError {}

/// Make a server text end like a sentence.
fn sentence(s: &str) -> String {
    let s = s.trim();
    if s.ends_with(['.', '!', '?', '…']) {
        s.to_string()
    } else {
        format!("{s}.")
    }
}

/// "in 45 seconds", "in 12 minutes", "in 2 hours".
pub(crate) fn human_wait(d: Duration) -> Text {
    let secs = d.as_secs() + u64::from(d.subsec_nanos() > 0);
    if secs <= 1 {
        Text::new("errors-wait-second")
    } else if secs < 60 {
        Text::new("errors-wait-seconds").with("seconds", secs)
    } else if secs < 2 * 3600 {
        Text::new("errors-wait-minutes").with("minutes", secs.div_ceil(60))
    } else {
        Text::new("errors-wait-hours").with("hours", secs.div_ceil(3600))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_read_naturally() {
        assert_eq!(
            human_wait(Duration::from_secs(12 * 60)).english(),
            "in 12 minutes"
        );
        assert_eq!(
            human_wait(Duration::from_secs(61)).english(),
            "in 2 minutes"
        );
        assert_eq!(human_wait(Duration::from_secs(60)).english(), "in 1 minute");
        assert_eq!(
            human_wait(Duration::from_secs(30)).english(),
            "in 30 seconds"
        );
        assert_eq!(
            human_wait(Duration::from_secs(3 * 3600)).english(),
            "in 3 hours"
        );
    }

    #[test]
    fn rate_limit_message_names_the_wait() {
        let e = ApiError::RateLimited {
            retry_after: Some(Duration::from_secs(720)),
            message: "slow down".into(),
        };
        assert_eq!(
            e.user_message(),
            "UlazAI's rate limit was reached. You can try again in 12 minutes."
        );
        assert_eq!(e.info().retry_after_secs, Some(720));
        assert_eq!(e.info().code, "rate_limited");
    }

    #[test]
    fn credits_message_adds_server_numbers() {
        let e = ApiError::InsufficientCredits {
            message: "Need 400 credits, have 100".into(),
        };
        assert!(e.user_message().contains("Need 400 credits, have 100."));
        let e = ApiError::InsufficientCredits {
            message: "no".into(),
        };
        assert!(!e.user_message().contains("UlazAI says"));
    }

    #[test]
    fn ambiguity_rules() {
        let net = |kind| ApiError::Network {
            kind,
            message: String::new(),
        };
        assert!(!net(NetworkKind::Connect).may_have_created_jobs());
        assert!(net(NetworkKind::Timeout).may_have_created_jobs());
        assert!(net(NetworkKind::Reset).may_have_created_jobs());
        assert!(ApiError::Server {
            status: 502,
            message: String::new()
        }
        .may_have_created_jobs());
        assert!(!ApiError::RateLimited {
            retry_after: None,
            message: String::new()
        }
        .may_have_created_jobs());
        assert!(ApiError::RateLimited {
            retry_after: None,
            message: String::new()
        }
        .is_transient());
        assert!(!ApiError::InvalidRequest {
            message: String::new()
        }
        .is_transient());
    }
}
