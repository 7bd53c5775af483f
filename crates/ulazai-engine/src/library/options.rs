//! How a [`super::Downloader`] is set up: the limits on one download, where redirects may
//! lead, and the HTTP client that applies both.

use std::net::IpAddr;
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
    let server = options
        .server_origin
        .as_deref()
        .and_then(|o| Url::parse(o.trim()).ok())
        .and_then(|u| origin(&u));
    let policy = reqwest::redirect::Policy::custom(move |attempt| {
        if attempt.previous().len() >= 5 {
            attempt.error("too many redirects")
        } else if redirect_allowed(attempt.url(), server.as_ref()) {
            attempt.follow()
        } else {
            attempt.error("redirected to an address that is not allowed")
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

/// Scheme, host and port (the default port filled in).
type Origin = (String, String, u16);

fn origin(url: &Url) -> Option<Origin> {
    Some((
        url.scheme().to_string(),
        url.host_str()?.to_ascii_lowercase(),
        url.port_or_known_default()?,
    ))
}

/// A redirect may lead to exactly the server's own origin, or to an https address that
/// is not this computer; never with a user name or password in it.
fn redirect_allowed(url: &Url, server: Option<&Origin>) -> bool {
    if !url.username().is_empty() || url.password().is_some() {
        return false;
    }
    let Some(to) = origin(url) else {
        return false;
    };
    server == Some(&to) || (to.0 == "https" && !is_this_computer(&to.1))
}

/// `localhost` (and `*.localhost`), loopback and unspecified addresses (`0.0.0.0`,
/// `[::]` and their IPv4-mapped forms reach this computer too).
fn is_this_computer(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    match host.parse::<IpAddr>() {
        Ok(ip) => {
            let ip = ip.to_canonical();
            ip.is_loopback() || ip.is_unspecified()
        }
        Err(_) => host == "localhost" || host.ends_with(".localhost"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirects_go_to_https_elsewhere_or_to_the_server_itself() {
        let sim = origin(&Url::parse("http://127.0.0.1:8787").unwrap());
        let ok =
            |to: &str, server: Option<&Origin>| redirect_allowed(&Url::parse(to).unwrap(), server);
        assert!(ok("https://cdn.example.com/a.mp4?sig=x", None));
        assert!(ok("https://storage.example.com:8443/a.mp4", sim.as_ref()));
        assert!(ok("http://127.0.0.1:8787/media/a.mp4", sim.as_ref()));
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
            assert!(!ok(refused, sim.as_ref()), "{refused}");
        }
        assert!(
            !ok("http://127.0.0.1:8787/a.mp4", None),
            "no server: no local http"
        );
    }
}
