//! How a [`super::Downloader`] is set up: the limits on one download, and the HTTP client
//! that applies them.

use std::time::Duration;

use super::errors::check_parsed;

/// Limits on every download of a [`super::Downloader`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DownloadOptions {
    /// The largest file accepted; a bigger one ends in [`super::DownloadError::TooLarge`]
    /// (announced sizes are refused before any byte is written). Default: 2 GiB.
    pub max_bytes: u64,
    /// No byte for this long: the attempt fails and the download resumes (at most
    /// [`super::download::MAX_ATTEMPTS`] attempts). Default: 30 s.
    pub stall_timeout: Duration,
    /// The whole download, every attempt and pause included; past it the download ends
    /// in [`super::DownloadError::TimedOut`]. Default: 2 hours.
    pub deadline: Duration,
}

/// 2 GiB: far above any clip the service renders, far below a full disk.
pub const DEFAULT_MAX_BYTES: u64 = 2 << 30;

impl Default for DownloadOptions {
    fn default() -> Self {
        DownloadOptions {
            max_bytes: DEFAULT_MAX_BYTES,
            stall_timeout: Duration::from_secs(30),
            deadline: Duration::from_secs(2 * 60 * 60),
        }
    }
}

/// The HTTP client for `options`: redirects (CDNs, signed storage links) are followed,
/// but never to a non-https address, and at most 5 times.
pub(super) fn http_client(options: &DownloadOptions) -> reqwest::Client {
    let policy = reqwest::redirect::Policy::custom(|attempt| {
        if attempt.previous().len() >= 5 {
            attempt.error("too many redirects")
        } else if check_parsed(attempt.url()).is_err() {
            attempt.error("redirected to an address that is not https")
        } else {
            attempt.follow()
        }
    });
    reqwest::Client::builder()
        .user_agent(concat!("UlazAI-Studio/", env!("CARGO_PKG_VERSION")))
        .connect_timeout(Duration::from_secs(15))
        .read_timeout(options.stall_timeout)
        .redirect(policy)
        .build()
        .unwrap_or_else(|_| reqwest::Client::new())
}
