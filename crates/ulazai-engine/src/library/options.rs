//! How a [`super::Downloader`] is set up: the limits on one download, where redirects may
//! lead, and the HTTP client that applies both.

use std::time::Duration;

use reqwest::Url;

/// Limits on every download of a [`super::Downloader`], and the server in use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DownloadOptions {
    /// The origin of the UlazAI server in use (e.g. `http://127.0.0.1:8787` for the local
    /// simulator). Redirects may lead to https addresses that are not this computer, or
    /// to exactly this origin; nowhere else (never to another local port). Default: none.
    pub server_origin: Option<String>,
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
            server_origin: None,
            max_bytes: DEFAULT_MAX_BYTES,
            stall_timeout: Duration::from_secs(30),
            deadline: Duration::from_secs(2 * 60 * 60),
        }
    }
}

/// The HTTP client for `options`: redirects (CDNs, signed storage links) are followed at
/// most 5 times, and only where [`redirect_allowed`] says.
pub(super) fn http_client(options: &DownloadOptions) -> reqwest::Client {
    let server = options.server_origin.clone();
    let policy = reqwest::redirect::Policy::custom(move |attempt| {
        if attempt.previous().len() >= 5 {
            attempt.error("too many redirects")
        } else if redirect_allowed(attempt.url(), server.as_deref()) {
            attempt.follow()
        } else {
            attempt.error("redirected to an address that is not allowed")
        }
    });
    // Each host name is resolved and screened: only public addresses (or the local
    // server's own) are connected to, for the first request and every redirect.
    let resolver = crate::urls::resolver::PublicOnly::for_server(options.server_origin.as_deref());
    reqwest::Client::builder()
        .user_agent(concat!("UlazAI-Studio/", env!("CARGO_PKG_VERSION")))
        .dns_resolver(std::sync::Arc::new(resolver))
        .connect_timeout(Duration::from_secs(15))
        .read_timeout(options.stall_timeout)
        .redirect(policy)
        .build()
        .unwrap_or_else(|_| reqwest::Client::new())
}

/// A redirect is a result address like any other: the URL policy decides
/// (`crate::urls::check_result`: https that is not this computer, or exactly the server's
/// own origin; never with a user name or password).
fn redirect_allowed(url: &Url, server: Option<&str>) -> bool {
    crate::urls::check_result(url, server.unwrap_or_default()).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirects_go_to_https_elsewhere_or_to_the_server_itself() {
        let sim = Some("http://127.0.0.1:8787");
        let ok =
            |to: &str, server: Option<&str>| redirect_allowed(&Url::parse(to).unwrap(), server);
        assert!(ok("https://cdn.example.com/a.mp4?sig=x", None));
        assert!(ok("https://storage.example.com:8443/a.mp4", sim));
        assert!(ok("http://127.0.0.1:8787/media/a.mp4", sim));
        for refused in [
            "http://127.0.0.1:8788/a.mp4",
            "http://localhost:8787/a.mp4",
            "https://127.0.0.1:8787/a.mp4",
            "https://127.0.0.1/a.mp4",
            "https://localhost/a.mp4",
            "https://app.localhost/a.mp4",
            "https://[::1]/a.mp4",
            "https://[::ffff:127.0.0.1]/a.mp4",
            "https://0.0.0.0/a.mp4",
            "https://[::]/a.mp4",
            "http://cdn.example.com/a.mp4",
            "https://user:pw@cdn.example.com/a.mp4",
            "ftp://cdn.example.com/a.mp4",
            "file:///etc/hostname",
        ] {
            assert!(!ok(refused, sim), "{refused}");
        }
        assert!(
            !ok("http://127.0.0.1:8787/a.mp4", None),
            "no server: no local http"
        );
    }
}
