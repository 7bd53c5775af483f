//! The name resolver of result downloads: a host NAME that passes the URL policy may still
//! resolve to this computer or its network (a DNS answer of `127.0.0.1`, `10.0.0.5`, a
//! rebinding name). [`PublicOnly`] asks the system resolver, then keeps only public
//! addresses ([`super::is_private_ip`]); a name left with none is refused with
//! [`Refused`], before any connection. Address literals never reach a resolver: the URL
//! policy refuses the private ones itself ([`super::check_result`]).
//!
//! The one exception: when the server in use is a local `http://` server named by a
//! domain (`http://localhost:8787`), exactly that name may resolve to loopback (the policy
//! lets only that origin through over http).

use std::net::SocketAddr;

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use reqwest::Url;

use super::{is_loopback, is_private_ip, Refused};

/// Resolves with the system resolver and refuses local and private answers.
#[derive(Debug, Clone, Default)]
pub struct PublicOnly {
    /// The local server's host name, when it is a domain (it may resolve to loopback).
    local_server: Option<String>,
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
        PublicOnly { local_server }
    }

    /// The addresses `name` may be reached at: the system resolver's answer, screened.
    pub async fn lookup(&self, name: &str) -> Result<Vec<SocketAddr>, Refused> {
        let found = tokio::net::lookup_host((name, 0))
            .await
            .map_err(|e| Refused(format!("its host {name} was not found ({e})")))?;
        let local_ok = self
            .local_server
            .as_deref()
            .is_some_and(|s| s.eq_ignore_ascii_case(name));
        screen(name, found.collect(), local_ok)
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

    /// The real system resolver: `localhost` answers loopback, and is refused.
    #[tokio::test]
    async fn the_system_resolvers_loopback_answer_is_refused() {
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
