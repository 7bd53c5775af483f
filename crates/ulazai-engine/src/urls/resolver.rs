//! The name resolver of result downloads: a host NAME that passes the URL policy may still
//! resolve to this computer or its network (a DNS answer of `127.0.0.1`, `10.0.0.5`, a
//! rebinding name). [`PublicOnly`] asks the system resolver, then keeps only public
//! addresses ([`super::is_private_ip`]); a name left with none is refused with
//! [`Refused`], before any connection. Address literals never reach a resolver: the URL
//! policy refuses the private ones itself ([`super::check_result`]).
//!
//! The exceptions: when the server in use is a local `http://` server named by a domain
//! (`http://localhost:8787`), exactly that name may resolve to loopback (the policy lets
//! only that origin through over http); and the proxy the creator configured
//! (`HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY`, which reqwest uses) may be on the local
//! network, since it is theirs. Through a proxy, the proxy resolves the result's host.

use std::net::SocketAddr;

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use reqwest::Url;

use super::{is_loopback, is_private_ip, Refused};

/// Resolves with the system resolver and refuses local and private answers.
#[derive(Debug, Clone, Default)]
pub struct PublicOnly {
    /// The local server's host name, when it is a domain (it may resolve to loopback).
    local_server: Option<String>,
    /// The host names of the configured proxies (they may be local).
    proxies: Vec<String>,
}

/// The environment variables reqwest takes a proxy from.
pub(crate) const PROXY_VARS: [&str; 6] = [
    "HTTPS_PROXY",
    "https_proxy",
    "HTTP_PROXY",
    "http_proxy",
    "ALL_PROXY",
    "all_proxy",
];

/// The domain of each proxy set in the environment (as reqwest reads them).
fn proxy_hosts() -> Vec<String> {
    let mut hosts: Vec<String> = PROXY_VARS
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .filter_map(|raw| {
            let raw = raw.trim();
            let with_scheme = if raw.contains("://") {
                raw.to_string()
            } else {
                format!("http://{raw}")
            };
            match Url::parse(&with_scheme).ok()?.host()? {
                url::Host::Domain(d) => Some(d.to_ascii_lowercase()),
                _ => None,
            }
        })
        .collect();
    hosts.sort();
    hosts.dedup();
    hosts
}

impl PublicOnly {
    /// For downloads from the server at `server` (its origin or base address).
    pub fn for_server(server: Option<&str>) -> PublicOnly {
        let local_server = server
            .and_then(|s| Url::parse(s.trim()).ok())
            .filter(|u| u.scheme() == "http" && is_loopback(u))
            .and_then(|u| match u.host() {
                Some(url::Host::Domain(d)) => Some(d.to_ascii_lowercase()),
                _ => None,
            });
        PublicOnly {
            local_server,
            proxies: proxy_hosts(),
        }
    }

    /// The addresses `name` may be reached at: the system resolver's answer, screened.
    pub async fn lookup(&self, name: &str) -> Result<Vec<SocketAddr>, Refused> {
        let found = tokio::net::lookup_host((name, 0))
            .await
            .map_err(|e| Refused(format!("its host {name} was not found ({e})")))?;
        let found: Vec<SocketAddr> = found.collect();
        if self.proxies.iter().any(|p| p.eq_ignore_ascii_case(name)) {
            return Ok(found); // the creator's own proxy, wherever it is
        }
        let local_ok = self
            .local_server
            .as_deref()
            .is_some_and(|s| s.eq_ignore_ascii_case(name));
        screen(name, found, local_ok)
    }
}

/// The public addresses among `addrs` (or, for the local server's own name, its loopback
/// ones); none: refused, naming the host.
pub fn screen(
    name: &str,
    addrs: Vec<SocketAddr>,
    local_server: bool,
) -> Result<Vec<SocketAddr>, Refused> {
    let kept: Vec<SocketAddr> = addrs
        .into_iter()
        .filter(|a| {
            let ip = a.ip().to_canonical();
            !is_private_ip(ip) || (local_server && ip.is_loopback())
        })
        .collect();
    if kept.is_empty() {
        return Err(Refused(format!(
            "its host {name} is on this computer or its local network, not the service"
        )));
    }
    Ok(kept)
}

impl Resolve for PublicOnly {
    fn resolve(&self, name: Name) -> Resolving {
        let this = self.clone();
        Box::pin(async move {
            let addrs = this.lookup(name.as_str()).await?;
            Ok(Box::new(addrs.into_iter()) as Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(ip: &str) -> SocketAddr {
        SocketAddr::new(ip.parse().unwrap(), 0)
    }

    #[test]
    fn only_public_answers_are_kept() {
        for local in [
            "127.0.0.1",
            "127.0.1.1",
            "10.0.0.5",
            "172.16.0.1",
            "192.168.1.20",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "::",
            "fc00::1",
            "fd12:3456::1",
            "fe80::1",
            "::ffff:10.0.0.1",
            "::ffff:127.0.0.1",
        ] {
            let e = screen("cdn.example", vec![at(local)], false).unwrap_err();
            assert!(
                e.0.contains("cdn.example is on this computer"),
                "{local}: {e}"
            );
        }
        let mixed = vec![at("10.0.0.5"), at("93.184.216.34"), at("::1")];
        assert_eq!(
            screen("cdn.example", mixed, false).unwrap(),
            vec![at("93.184.216.34")],
            "a rebinding answer keeps only its public part"
        );
        assert!(screen("cdn.example", vec![at("172.32.0.1")], false).is_ok());
        assert!(screen("cdn.example", vec![at("2001:db8::1")], false).is_ok());
        assert!(screen("cdn.example", vec![], false).is_err());
        // The local server's own name: loopback only, never the LAN.
        assert!(screen("localhost", vec![at("127.0.0.1")], true).is_ok());
        assert!(screen("localhost", vec![at("192.168.1.2")], true).is_err());
    }

    #[test]
    fn only_a_local_http_server_named_by_a_domain_is_an_exception() {
        let name = |s: Option<&str>| PublicOnly::for_server(s).local_server;
        assert_eq!(
            name(Some("http://localhost:8787")),
            Some("localhost".into())
        );
        assert_eq!(
            name(Some("http://127.0.0.1:8787")),
            None,
            "a literal needs no lookup"
        );
        assert_eq!(name(Some("https://ulazai.com")), None);
        assert_eq!(name(Some("http://example.com")), None);
        assert_eq!(name(None), None);
    }

    /// Under Wine (`make windows-check`) the system resolver cannot be asked for
    /// `localhost`: without a hosts file it has no answer, and with one Wine hands std an
    /// address std's debug build finds misaligned, which aborts the whole test binary. Real
    /// Windows answers; these tests run there (the workflow's Windows job).
    fn system_resolver_usable() -> bool {
        if std::env::var_os("ULAZAI_UNDER_WINE").is_some() {
            eprintln!("SKIP: the system resolver under Wine");
            return false;
        }
        true
    }

    /// The creator's proxy may be on this computer or the LAN: its name is not screened.
    #[tokio::test]
    async fn a_configured_proxy_may_be_local() {
        if !system_resolver_usable() {
            return;
        }
        let r = PublicOnly {
            local_server: None,
            proxies: vec!["localhost".into()],
        };
        let ok = r.lookup("localhost").await.expect("the proxy's own name");
        assert!(ok.iter().all(|a| a.ip().is_loopback()));
        let none = PublicOnly {
            local_server: None,
            proxies: vec![],
        };
        assert!(none.lookup("localhost").await.is_err());
    }

    /// The real system resolver: `localhost` answers loopback, and is refused.
    #[tokio::test]
    async fn the_system_resolvers_loopback_answer_is_refused() {
        if !system_resolver_usable() {
            return;
        }
        let e = PublicOnly::for_server(Some("https://ulazai.com"))
            .lookup("localhost")
            .await
            .unwrap_err();
        assert!(e.0.contains("localhost is on this computer"), "{e}");
        let ok = PublicOnly::for_server(Some("http://localhost:8787"))
            .lookup("localhost")
            .await
            .expect("the local server's own name");
        assert!(ok.iter().all(|a| a.ip().is_loopback()));
    }
}
