//! The web session service: the ulazai.com web account, the browser session the folder
//! and merge endpoints need. The one owner of the stored session, its message and whether
//! the sign-in window is open.
//! The cookies come from the sign-in window (`platform::signin`: an ephemeral webview
//! profile, nothing written to disk), live in the OS keyring (user `web-session`, as JSON
//! with the server they belong to) — or in memory only, when the key is kept until the app
//! quits or the keyring cannot be used — and, as a `WebSession` (redacted
//! `Debug`), in the engine of that server. The UI only ever sees `WebSessionStatus`.
//!
//! *Disconnect* forgets the session in memory and in the engine first, then signs it out
//! on the server (its cookie is worthless from then on, wherever a copy went), then
//! removes it from the keyring as best effort: a failing keyring never leaves it active.
//!
//! A session belongs to the server it was signed into by the same rule as the API key
//! (`urls::same_server`: the same origin).
//!
//! When the engine reports the session refused (401/403), it is marked expired (kept,
//! flagged) and the UI offers to reconnect; local folders and clips are untouched.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use ulazai_engine::Text;

use serde::{Deserialize, Serialize};
use ulazai_engine::secret::{ApiKey, WebSession};
use ulazai_engine::urls;

use super::current::CurrentEngine;
use super::key::KeyService;
use super::ui::Ui;
use super::StudioError;
use crate::ipc::events::SessionStateChanged;
use crate::ipc::types::{WebSessionState, WebSessionStatus};
use crate::platform::keyring::{self, blocking, SecretError, SESSION_USER};
use crate::platform::locale::Locale;
use crate::platform::signin::{CSRF_COOKIE, SESSION_COOKIE};

/// What the keyring holds (JSON). Never logged, never sent to the UI.
#[derive(Clone, Serialize, Deserialize)]
struct Stored {
    base_url: String,
    sessionid: String,
    csrftoken: String,
    #[serde(default)]
    expired: bool,
}

pub struct WebSessionService {
    stored: Mutex<Option<Stored>>,
    /// What to tell the creator about the session (worded as the status is sent).
    message: Mutex<Option<Text>>,
    locale: Locale,
    signing_in: AtomicBool,
    keys: Arc<KeyService>,
    current: Arc<CurrentEngine>,
    ui: Arc<Ui>,
}

impl WebSessionService {
    pub(super) fn new(
        keys: Arc<KeyService>,
        current: Arc<CurrentEngine>,
        ui: Arc<Ui>,
        locale: Locale,
    ) -> WebSessionService {
        WebSessionService {
            stored: Mutex::new(None),
            message: Mutex::new(None),
            locale,
            signing_in: AtomicBool::new(false),
            keys,
            current,
            ui,
        }
    }

    fn get(&self) -> Option<Stored> {
        self.stored.lock().unwrap().clone()
    }

    /// At start: read the stored session (if any) from the keyring.
    pub(super) async fn load(&self) {
        let service = self.keys.keyring_service().to_string();
        match blocking(move || keyring::secret_get(&service, SESSION_USER)).await {
            Ok(Some(raw)) => match serde_json::from_str::<Stored>(&raw) {
                Ok(s) => *self.stored.lock().unwrap() = Some(s),
                Err(_) => tracing::warn!("the stored web session is unreadable; ignored"),
            },
            Ok(None) => {}
            Err(e) => tracing::warn!(error = %e, "cannot read the web session"),
        }
    }

    /// The session for the server at `base`, if connected (not expired).
    pub(super) fn for_server(&self, base: &str) -> Option<WebSession> {
        let s = self.get()?;
        (urls::same_server(&s.base_url, base) && !s.expired).then(|| WebSession {
            session_cookie: ApiKey::new(s.sessionid),
            csrf_token: ApiKey::new(s.csrftoken),
        })
    }

    pub async fn status(&self) -> WebSessionStatus {
        let base = self.current.base_url().await;
        let state = match self.get() {
            Some(s) if urls::same_server(&s.base_url, &base) && s.expired => {
                WebSessionState::Expired
            }
            Some(s) if urls::same_server(&s.base_url, &base) => WebSessionState::Connected,
            _ => WebSessionState::None,
        };
        WebSessionStatus {
            state,
            user: None,
            message: self
                .message
                .lock()
                .unwrap()
                .as_ref()
                .map(|t| t.render(&self.locale.get())),
            signing_in: self.signing_in.load(Ordering::SeqCst),
        }
    }

    pub(super) async fn announce(&self) {
        self.ui.emit::<SessionStateChanged>(&self.status().await);
    }

    /// Open the sign-in window on the server's login page.
    pub async fn begin_sign_in(self: &Arc<Self>) -> Result<WebSessionStatus, StudioError> {
        self.current.wait_ready().await;
        let base = self.current.base_url().await;
        if base.is_empty() {
            return Err(StudioError::Worded(
                ulazai_engine::ErrorCode::Starting,
                Text::new("errors-still-starting"),
            ));
        }
        let login = url::Url::parse(&format!("{base}/accounts/login/"))
            .map_err(|e| StudioError::SignIn(format!("bad server address: {e}")))?; // i18n-ignore: a technical reason, placed in errors-sign-in-window as the system's own words are
        let weak = Arc::downgrade(self);
        let on_cookies: crate::platform::signin::OnCookies = Arc::new(move |cookies| {
            if let Some(s) = weak.upgrade() {
                let base = base.clone();
                tauri::async_runtime::spawn(async move { s.signed_in(&base, cookies).await });
            }
        });
        self.ui
            .shell()
            .open_sign_in(login, on_cookies)
            .map_err(StudioError::SignIn)?;
        self.signing_in.store(true, Ordering::SeqCst);
        self.announce().await;
        Ok(self.status().await)
    }

    /// The sign-in window saw a signed-in page: keep the cookies (keyring, or memory only)
    /// and hand them to the engine. (Tests call it with cookies from the simulator's own
    /// form login.)
    pub async fn signed_in(self: &Arc<Self>, base_url: &str, cookies: Vec<(String, String)>) {
        let find = |name: &str| {
            cookies
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
        };
        self.signing_in.store(false, Ordering::SeqCst);
        let (Some(sessionid), Some(csrftoken)) = (find(SESSION_COOKIE), find(CSRF_COOKIE)) else {
            *self.message.lock().unwrap() = Some(Text::new("errors-web-session-unreadable"));
            self.announce().await;
            return;
        };
        let stored = Stored {
            base_url: base_url.to_string(),
            sessionid,
            csrftoken,
            expired: false,
        };
        // A key kept until the app quits means the same for the web session.
        let until_quit = self.keys.kept_until_quit();
        let message = if until_quit {
            None
        } else {
            match self.save_session(&stored).await {
                Ok(()) => None,
                Err(e) => Some(
                    Text::new("errors-web-session-until-quit").with("reason", e.text().clone()),
                ),
            }
        };
        *self.stored.lock().unwrap() = Some(stored);
        *self.message.lock().unwrap() = message;
        tracing::info!(until_quit, "web account connected");
        if let Ok(engine) = self.current.now().await {
            engine
                .web()
                .set_session(self.for_server(&engine.base_url()));
        }
        self.announce().await;
    }

    async fn save_session(&self, s: &Stored) -> Result<(), SecretError> {
        let service = self.keys.keyring_service().to_string();
        let json = serde_json::to_string(s).unwrap_or_default();
        blocking(move || keyring::secret_set(&service, SESSION_USER, &json)).await
    }

    /// *Disconnect*: close the sign-in window; forget the session in memory and in the
    /// engine; sign it out on the server; then remove it from the keyring (best effort).
    /// Never fails: a server or keyring that cannot be reached is logged.
    pub async fn sign_out(&self) -> Result<WebSessionStatus, StudioError> {
        self.current.wait_ready().await;
        self.ui.shell().close_sign_in();
        let stored = self.stored.lock().unwrap().take();
        if let Ok(engine) = self.current.now().await {
            engine.web().set_session(None);
        }
        *self.message.lock().unwrap() = None;
        self.signing_in.store(false, Ordering::SeqCst);
        self.announce().await;
        if let Some(s) = stored.filter(|s| !s.expired) {
            let session = WebSession {
                session_cookie: ApiKey::new(s.sessionid),
                csrf_token: ApiKey::new(s.csrftoken),
            };
            match ulazai_engine::engine::log_out_web(&s.base_url, &session).await {
                Ok(()) => tracing::info!("web session signed out on the server"),
                Err(e) => tracing::warn!(error = %e, "the server did not sign the web session out"),
            }
        }
        let service = self.keys.keyring_service().to_string();
        if let Err(e) = blocking(move || keyring::secret_delete(&service, SESSION_USER)).await {
            tracing::warn!(
                error = %e,
                "the web session is forgotten, but could not be removed from the keyring"
            );
        }
        Ok(self.status().await)
    }

    /// The engine's server refused the session: keep it, flagged expired, and say so.
    pub(super) async fn rejected(&self) {
        let updated = {
            let mut slot = self.stored.lock().unwrap();
            match slot.as_mut() {
                Some(s) if !s.expired => {
                    s.expired = true;
                    Some(s.clone())
                }
                _ => None,
            }
        };
        let Some(s) = updated else { return };
        tracing::info!("web session expired");
        *self.message.lock().unwrap() = Some(Text::new("errors-web-session-expired"));
        if let Err(e) = self.save_session(&s).await {
            tracing::warn!(
                error = %e,
                "cannot mark the stored session expired"
            );
        }
        self.announce().await;
    }
}
