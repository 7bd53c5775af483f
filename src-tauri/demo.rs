//! Demo mode: the embedded simulator on 127.0.0.1 (random port) with the demo key, so a
//! creator can try the app without a key or credits.

use ulazai_engine::secret::ApiKey;
use ulazai_sim::{SimConfig, SimHandle};

/// A running embedded simulator. Dropping it does not stop it: call `stop`.
pub struct DemoSim {
    handle: SimHandle,
}

impl DemoSim {
    /// `state_path`: where the simulator keeps its jobs across restarts.
    pub async fn start(state_path: Option<std::path::PathBuf>) -> std::io::Result<DemoSim> {
        let addr = "127.0.0.1:0".parse().expect("loopback address");
        let handle = ulazai_sim::start(
            SimConfig {
                state_path,
                ..Default::default()
            },
            addr,
        )
        .await?;
        tracing::info!(base_url = %handle.base_url(), "demo simulator started");
        Ok(DemoSim { handle })
    }

    pub fn base_url(&self) -> String {
        self.handle.base_url()
    }

    /// The key the simulator accepts. Not a secret, still never reported as the user's key.
    pub fn key() -> ApiKey {
        ApiKey::new(ulazai_sim::DEMO_KEY)
    }

    pub fn stop(self) {
        self.handle.shutdown();
    }
}

/// Whether `url` is on a loopback host (127.0.0.0/8, ::1, localhost).
pub fn is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

/// A server address the app may talk to: `https://...`, or `http://` on loopback only
/// (the simulator). Returns the normalised URL without a trailing slash.
pub fn check_base_url(raw: &str) -> Result<String, String> {
    let url = url::Url::parse(raw.trim()).map_err(|e| format!("not a URL ({e})"))?;
    let ok = match url.scheme() {
        "https" => url.host().is_some(),
        "http" => is_loopback(&url),
        _ => false,
    };
    if !ok {
        return Err("use https://, or http:// on 127.0.0.1 for a local simulator".into());
    }
    Ok(url.as_str().trim_end_matches('/').to_string())
}

/// A result URL `open_result` may hand to the OS: https, or the same loopback origin as
/// the server in use (the demo / test simulator serves its media itself).
pub fn check_result_url(raw: &str, base_url: &str) -> Result<url::Url, String> {
    let url = url::Url::parse(raw).map_err(|_| "the result address is not a URL".to_string())?;
    if url.scheme() == "https" && url.host().is_some() {
        return Ok(url);
    }
    if let Ok(base) = url::Url::parse(base_url) {
        if url.scheme() == "http" && is_loopback(&url) && url.origin() == base.origin() {
            return Ok(url);
        }
    }
    Err("the result address is not an https:// address".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls() {
        assert_eq!(
            check_base_url("https://ulazai.com/").unwrap(),
            "https://ulazai.com"
        );
        assert!(check_base_url("http://127.0.0.1:8787").is_ok());
        assert!(check_base_url("http://example.com").is_err());
        assert!(check_base_url("file:///etc/passwd").is_err());
        assert!(check_base_url("nonsense").is_err());
    }

    #[test]
    fn result_urls() {
        let base = "http://127.0.0.1:4000";
        assert!(check_result_url("https://media.ulazai.com/a.mp4", base).is_ok());
        assert!(check_result_url("http://127.0.0.1:4000/media/a.mp4", base).is_ok());
        assert!(check_result_url("http://127.0.0.1:4001/media/a.mp4", base).is_err());
        assert!(check_result_url("http://media.ulazai.com/a.mp4", base).is_err());
        assert!(check_result_url("javascript:alert(1)", base).is_err());
        assert!(check_result_url("file:///etc/passwd", "https://ulazai.com").is_err());
    }
}
