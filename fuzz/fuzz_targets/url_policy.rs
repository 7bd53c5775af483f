#![no_main]
//! The URL policy (`urls.rs`) on any address and server: no panic, and an accepted address
//! keeps its answer when read again from what the app keeps of it: a server's normalised
//! base is accepted as itself and its secret's origin is its own; a result URL re-parses to
//! the same URL, accepted again, https to another computer (or exactly the local
//! simulator's origin), never this computer however its name is written; an accepted input
//! is accepted as serialised.
//!
//! Input: the address, a line break, the server address.

use libfuzzer_sys::fuzz_target;
use std::net::IpAddr;
use ulazai_engine::urls::{self, MAX_LEN};

use url::{Host, Url};

/// This computer, however a URL writes it: an oracle written apart from
/// `urls::is_this_computer` (a name with its root's trailing dot, `localhost.`, is the same
/// name to a resolver; IPv4-mapped IPv6 is IPv4).
fn names_this_computer(u: &Url) -> bool {
    match u.host() {
        Some(Host::Domain(d)) => {
            let d = d.trim_end_matches('.').to_ascii_lowercase();
            d == "localhost" || d.ends_with(".localhost")
        }
        Some(Host::Ipv4(ip)) => ip.is_loopback() || ip.is_unspecified(),
        Some(Host::Ipv6(ip)) => {
            let ip = IpAddr::V6(ip).to_canonical();
            ip.is_loopback() || ip.is_unspecified()
        }
        None => false,
    }
}

fn plain(s: &str) -> bool {
    !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (raw, server) = text
        .split_once('\n')
        .unwrap_or((&text, "https://ulazai.com"));

    if let Ok(base) = urls::server(raw) {
        assert!(plain(&base) && base.len() <= MAX_LEN, "{base:?}");
        assert!(!base.ends_with('/'), "{base:?}");
        assert_eq!(urls::server(&base).as_ref(), Ok(&base), "{raw:?}");
        let u = Url::parse(&base).expect("a base parses");
        assert!(
            u.scheme() == "https" || (u.scheme() == "http" && urls::is_loopback(&u)),
            "{base}"
        );
        assert!(
            urls::same_server(&urls::secret_origin(&base), &base),
            "{base}"
        );
        assert!(
            urls::same_server(&urls::secret_origin(raw), &base),
            "{raw:?} vs {base}"
        );
    }

    if let Ok(u) = urls::result(raw, server) {
        assert!(plain(u.as_str()), "{u}");
        let again = urls::result(u.as_str(), server)
            .unwrap_or_else(|e| panic!("{u} refused when read again: {e}"));
        assert_eq!(again, u);
        assert!(u.username().is_empty() && u.password().is_none(), "{u}");
        let local = Url::parse(server)
            .ok()
            .filter(|s| s.scheme() == "http" && urls::is_loopback(s));
        let from_local = local.is_some_and(|s| s.origin() == u.origin());
        assert!(
            from_local || (u.scheme() == "https" && !urls::is_this_computer(&u)),
            "{u} with {server:?}"
        );
        assert!(
            from_local || !names_this_computer(&u),
            "{u} is this computer"
        );
    }

    if urls::input_media(raw).is_ok() {
        let u = Url::parse(raw.trim()).expect("an accepted input parses");
        assert!(
            urls::input_media(u.as_str()).is_ok(),
            "{u} refused when read again"
        );
    }
});
