//! Secrets that must never leak: the API key and the web session. Their `Debug` and
//! `Display` are redacted; the raw text is reachable only through `expose()`.

use std::fmt;

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
    /// A preview that is safe to show: the first 9 characters and an ellipsis (`ulazai_li…`).
    pub fn masked(&self) -> String {
        let head: String = self.0.chars().take(9).collect();
        format!("{head}…")
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
