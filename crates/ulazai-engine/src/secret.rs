//! Secrets that must never leak: the API key and the web session. Their `Debug` and
//! `Display` are redacted; the raw text is reachable only through `expose()`.

use std::fmt;

/// The public start of UlazAI API keys: shown in previews, not a secret.
const PUBLIC_PREFIXES: [&str; 2] = ["ulazai_live_", "ulazai_test_"];
/// Characters of the end of a key shown in its preview...
const TAIL: usize = 4;
/// ...when the secret part is at least this long (so the tail is a small share of it).
const MIN_FOR_TAIL: usize = 16;

/// An UlazAI API key (`ulazai_live_...`) or a `Token` from `/api/login/`.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(String);

impl ApiKey {
    pub fn new(key: impl Into<String>) -> ApiKey {
        ApiKey(key.into().trim().to_string())
    }
    /// The raw key, for the Authorization header and the OS keyring only.
    pub fn expose(&self) -> &str {
        &self.0
    }
    /// A preview that is safe to show: the known public prefix, when the key has one, and
    /// the last 4 characters (`ulazai_live_…a1b2`). A key without the prefix shows only
    /// `…a1b2`; a key too short to spare 4 characters shows no tail at all.
    pub fn masked(&self) -> String {
        let (prefix, rest) = PUBLIC_PREFIXES
            .iter()
            .find_map(|p| self.0.strip_prefix(p).map(|rest| (*p, rest)))
            .unwrap_or(("", &self.0));
        let count = rest.chars().count();
        let tail: String = if count >= MIN_FOR_TAIL {
            rest.chars().skip(count - TAIL).collect()
        } else {
            String::new()
        };
        format!("{prefix}…{tail}")
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ApiKey({})", self.masked())
    }
}

impl fmt::Display for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

/// How API-key endpoints are authenticated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Auth {
    /// `Authorization: Bearer <key>`
    Bearer(ApiKey),
    /// `Authorization: Token <token>` (from `POST /api/login/`)
    Token(ApiKey),
}

impl Auth {
    pub fn header_value(&self) -> String {
        match self {
            Auth::Bearer(k) => format!("Bearer {}", k.expose()),
            Auth::Token(k) => format!("Token {}", k.expose()),
        }
    }
}

/// A signed-in browser session for the two session endpoints (folders, merge): the
/// session cookie and the CSRF token, sent as `Cookie` + `X-CSRFToken` + a same-origin
/// `Referer`.
#[derive(Clone, PartialEq, Eq)]
pub struct WebSession {
    pub session_cookie: ApiKey,
    pub csrf_token: ApiKey,
}

impl fmt::Debug for WebSession {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("WebSession(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masked_shows_only_the_public_prefix_and_the_last_four() {
        let live = ApiKey::new("ulazai_live_9f8e7d6c5b4a39281706a1b2");
        assert_eq!(live.masked(), "ulazai_live_…a1b2");
        let test = ApiKey::new("ulazai_test_0123456789abcdefghijWXYZ");
        assert_eq!(test.masked(), "ulazai_test_…WXYZ");
        // Whatever else was pasted: nothing of its head.
        let other = ApiKey::new("sk-proj-SECRETSECRETSECRET9z8y");
        assert_eq!(other.masked(), "…9z8y");
        // Too short to show a tail without giving away much of it.
        assert_eq!(ApiKey::new("ulazai_live_abc12").masked(), "ulazai_live_…");
        assert_eq!(ApiKey::new("hunter2").masked(), "…");
        assert_eq!(ApiKey::new("").masked(), "…");
        // Debug and Display use the same preview.
        assert_eq!(format!("{live}"), "ulazai_live_…a1b2");
        assert_eq!(format!("{live:?}"), "ApiKey(ulazai_live_…a1b2)");
        // Multi-byte text is cut on character boundaries.
        assert_eq!(ApiKey::new("ключ-ключ-ключ-ключ-ключ").masked(), "…ключ");
    }
}
