//! The one place that says which web addresses the app uses, and for what:
//!
//! | kind | allowed |
//! |---|---|
//! | [`server`] — the API base | `https://host`, or `http://` on this computer (a local simulator); no user info, query or fragment |
//! | [`input_media`] — image/video inputs of a generate request | `https://host` or `http://host`: UlazAI fetches them, not the app, and takes both; `asset://` ids are for Seedance's own fields only |
//! | [`result`] — a result file to play, open, copy, download (and every redirect of a download) | `https://host` that is not this computer nor an address of a private network, or exactly the origin of the server in use when that server is a local `http://` simulator; a download also connects only to the public addresses a host name resolves to ([`resolver::PublicOnly`]) |
//!
//! A secret (the API key, the web session) belongs to a server's *origin*
//! (`scheme://host[:port]`): [`secret_origin`] is what is kept beside it, [`same_server`]
//! decides whether it may be used with a server address.
//!
//! Everywhere: no whitespace or control characters, no user name or password, at most
//! [`MAX_LEN`] characters. The UI keeps its own copy of the `result` rule (a `<video src>` is
//! set in the page); `urls_table.json` beside this file is the table both are tested against.

use reqwest::Url;

pub mod resolver;

/// Longer addresses are refused (a result URL may carry a signed token, but not a book).
pub const MAX_LEN: usize = 4096;

/// Why an address was refused: a sentence fragment for the creator ("it must start with
/// https://").
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Refused(pub String);

fn refused(why: &str) -> Refused {
    Refused(why.to_string())
}

/// `localhost`, 127.0.0.0/8 or ::1.
pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

/// Whether an address is this computer or on a private network, never a place for a
/// result: loopback (127.0.0.0/8, ::1), unspecified (0.0.0.0, ::), private (10.0.0.0/8,
/// 172.16.0.0/12, 192.168.0.0/16), shared (100.64.0.0/10), link-local (169.254.0.0/16,
/// fe80::/10), unique local (fc00::/7), broadcast and multicast; IPv4-mapped forms too.
pub fn is_private_ip(ip: std::net::IpAddr) -> bool {
    use std::net::IpAddr;
    match ip.to_canonical() {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            v4.is_loopback()
                || v4.is_unspecified()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_broadcast()
                || v4.is_multicast()
                || (a == 100 && (64..128).contains(&b))
        }
        IpAddr::V6(v6) => {
            let first = v6.segments()[0];
            v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80
        }
    }
}

/// Whether the host reaches this computer: `localhost` (and `*.localhost`, with or without
/// the trailing dot of a fully qualified name), loopback and
/// unspecified addresses (`0.0.0.0`, `[::]`), IPv4-mapped forms included.
pub fn is_this_computer(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback() || ip.is_unspecified(),
        Some(url::Host::Ipv6(ip)) => {
            let ip = std::net::IpAddr::V6(ip).to_canonical();
            ip.is_loopback() || ip.is_unspecified()
        }
        Some(url::Host::Domain(d)) => {
            // `localhost.` (the root's trailing dot) is the same name to a resolver.
            let d = d.trim_end_matches('.').to_ascii_lowercase();
            d == "localhost" || d.ends_with(".localhost")
        }
        None => false,
    }
}

/// Whether the host is an address literal of this computer or a private network
/// ([`is_private_ip`]).
fn is_private_literal(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => is_private_ip(ip.into()),
        Some(url::Host::Ipv6(ip)) => is_private_ip(ip.into()),
        _ => false,
    }
}

/// Parse with the checks every kind shares.
fn parse(raw: &str) -> Result<Url, Refused> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(refused("it is empty"));
    }
    if text.len() > MAX_LEN {
        return Err(refused("it is too long"));
    }
    if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(refused("it contains spaces or invisible characters"));
    }
    let url = Url::parse(text).map_err(|_| refused("it is not a web address"))?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(refused("it must not contain a user name or password"));
    }
    Ok(url)
}

/// `https://` with a host, or `http://` on this computer.
fn web(url: &Url) -> Result<(), Refused> {
    if url.host_str().is_none_or(str::is_empty) {
        return Err(refused("it has no host"));
    }
    match url.scheme() {
        "https" => Ok(()),
        "http" if is_loopback(url) => Ok(()),
        "http" => Err(refused(
            "plain http is allowed only for this computer; use https://",
        )),
        _ => Err(refused("it must start with https://")),
    }
}

/// A server the app may talk to. Answers the normalised base (no trailing slash).
pub fn server(raw: &str) -> Result<String, Refused> {
    let url = parse(raw)?;
    if url.query().is_some() || url.fragment().is_some() {
        return Err(refused("it must not contain ? or #"));
    }
    web(&url)?;
    Ok(url.as_str().trim_end_matches('/').to_string())
}

/// An input image or video of a generate request (the server fetches it).
pub fn input_media(raw: &str) -> Result<(), Refused> {
    let url = parse(raw)?;
    if !matches!(url.scheme(), "https" | "http") {
        return Err(refused("it must start with https:// (or http://)"));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(refused("it has no host"));
    }
    Ok(())
}

/// A result file of a job (to play, open, copy or download) from the server at `server`.
pub fn result(raw: &str, server: &str) -> Result<Url, Refused> {
    let url = parse(raw)?;
    check_result(&url, server)?;
    Ok(url)
}

/// [`result`] for an address already parsed (a download's redirect target).
pub fn check_result(url: &Url, server: &str) -> Result<(), Refused> {
    if url.host_str().is_none_or(str::is_empty) {
        return Err(refused("it has no host"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(refused("it must not contain a user name or password"));
    }
    let local_server = Url::parse(server)
        .ok()
        .filter(|s| s.scheme() == "http" && is_loopback(s));
    match local_server {
        Some(s) if url.origin() == s.origin() => Ok(()),
        _ if url.scheme() == "https" && is_this_computer(url) => {
            Err(refused("it points at this computer, not at the service"))
        }
        _ if url.scheme() == "https" && is_private_literal(url) => Err(refused(
            "it points at an address on a local network, not at the service",
        )),
        _ if url.scheme() == "https" => Ok(()),
        _ => Err(refused("only secure (https) addresses are used")),
    }
}

/// `scheme://host[:port]` of a server address: what a secret is kept for. An address
/// that cannot be parsed answers itself (it then matches no server: see [`same_server`]).
pub fn secret_origin(base_url: &str) -> String {
    match Url::parse(base_url.trim()) {
        Ok(u) if u.origin().is_tuple() => u.origin().ascii_serialization(),
        _ => base_url.to_string(),
    }
}

/// THE rule for which server a secret belongs to: `secret_for` (the address or origin it
/// was kept for) and `server` (the address in use) have the same origin — scheme, host and
/// port; the path, a trailing slash and the host's case do not matter. An address that
/// cannot be parsed is nobody's server.
pub fn same_server(secret_for: &str, server: &str) -> bool {
    let origin = |raw: &str| {
        Url::parse(raw.trim())
            .ok()
            .map(|u| u.origin())
            .filter(|o| o.is_tuple())
    };
    match (origin(secret_for), origin(server)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize)]
    struct Case {
        kind: String,
        url: String,
        #[serde(default)]
        server: Option<String>,
        ok: bool,
        why: String,
    }

    /// The table the UI's copy of the `result` rule is tested against too.
    #[test]
    fn every_case_of_the_table() {
        let cases: Vec<Case> = serde_json::from_str(include_str!("urls_table.json")).unwrap();
        assert!(cases.len() > 30);
        for c in &cases {
            let got = match c.kind.as_str() {
                "server" => server(&c.url).is_ok(),
                "input" => input_media(&c.url).is_ok(),
                "result" => result(&c.url, c.server.as_deref().unwrap_or_default()).is_ok(),
                other => panic!("unknown kind {other}"),
            };
            assert_eq!(got, c.ok, "{} {:?} ({}): {}", c.kind, c.url, c.why, c.ok);
        }
    }

    /// Found by the `url_policy` fuzz target: a name with the root's trailing dot is the
    /// same name to a resolver (`localhost.` is `localhost`).
    #[test]
    fn this_computer_by_its_fully_qualified_name() {
        for url in [
            "https://localhost./a.mp4",
            "https://LOCALHOST.:8443/a.mp4",
            "https://app.localhost./a.mp4",
            "https://localhost../a.mp4",
        ] {
            assert!(result(url, "https://ulazai.com").is_err(), "{url}");
        }
        assert!(result("https://media.example./a.mp4", "https://ulazai.com").is_ok());
    }

    #[test]
    fn servers_are_normalised() {
        assert_eq!(server("https://ulazai.com/").unwrap(), "https://ulazai.com");
        assert_eq!(
            server(" http://127.0.0.1:8787 ").unwrap(),
            "http://127.0.0.1:8787"
        );
    }

    #[test]
    fn reasons_are_sentences_for_creators() {
        assert_eq!(
            server("http://example.com").unwrap_err().to_string(),
            "plain http is allowed only for this computer; use https://"
        );
        assert_eq!(
            result("https://u:p@media.example/a.mp4", "https://ulazai.com")
                .unwrap_err()
                .to_string(),
            "it must not contain a user name or password"
        );
    }

    #[test]
    fn a_secret_belongs_to_its_servers_origin() {
        let kept = secret_origin("https://UlazAI.com/");
        assert_eq!(kept, "https://ulazai.com");
        for server in [
            "https://ulazai.com",
            "https://ulazai.com/",
            "https://ULAZAI.com",
            "https://ulazai.com:443/api",
        ] {
            assert!(same_server(&kept, server), "{server}");
            assert!(same_server("https://ulazai.com/", server), "{server}");
        }
        for other in [
            "http://ulazai.com",
            "https://evil.example",
            "https://ulazai.com:8443",
            "not a url",
            "",
        ] {
            assert!(!same_server(&kept, other), "{other}");
        }
        let sim = "http://127.0.0.1:8080";
        assert!(same_server(&secret_origin(sim), "http://127.0.0.1:8080/"));
        assert!(!same_server(&secret_origin(sim), "http://127.0.0.1:8081"));
        assert!(
            !same_server("not a url", "not a url"),
            "unparseable is nobody's"
        );
        assert!(!same_server("file:///tmp/a", "file:///tmp/a"));
    }
}
