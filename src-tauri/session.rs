//! The ulazai.com web account: the browser session the folder and merge endpoints need.
//! The cookies come from the sign-in window (`signin.rs`), live in the OS keyring (user
//! `web-session`, as JSON with the server they belong to) and in memory as `WebSession`
//! (redacted `Debug`). The UI only ever sees `WebSessionStatus`.
//!
//! A 401/403 from a session endpoint marks the session expired (kept, flagged) and the UI
//! offers to reconnect; local folders and clips are untouched.

use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};
use ulazai_engine::api::ApiError;
use ulazai_engine::secret::{ApiKey, WebSession};

use crate::events::{self, SessionStateChanged};
use crate::ipc_types::{WebSessionState, WebSessionStatus};
use crate::secrets::{self, blocking, SecretError, SESSION_USER};
use crate::signin::{CSRF_COOKIE, SESSION_COOKIE};
use crate::studio::Studio;

/// What the keyring holds (JSON). Never logged, never sent to the UI.
#[derive(Clone, Serialize, Deserialize)]
struct Stored {
    base_url: String,
    sessionid: String,
    csrftoken: String,
    #[serde(default)]
    expired: bool,
}

#[derive(Default)]
pub struct SessionKeeper {
    stored: Mutex<Option<Stored>>,
    message: Mutex<Option<String>>,
    signing_in: std::sync::atomic::AtomicBool,
    /// Folders whose server bucket is being created.
    pub(crate) syncing: Mutex<std::collections::HashSet<String>>,
}

impl SessionKeeper {
    fn get(&self) -> Option<Stored> {
        self.stored.lock().unwrap().clone()
    }
}

impl Studio {
    /// At start: read the stored session (if any) from the keyring.
    pub async fn load_session(&self) {
        let service = self.vault.service().to_string();
        match blocking(move || secrets::secret_get(&service, SESSION_USER)).await {
            Ok(Some(raw)) => match serde_json::from_str::<Stored>(&raw) {
                Ok(s) => *self.session.stored.lock().unwrap() = Some(s),
                Err(_) => tracing::warn!("the stored web session is unreadable; ignored"),
            },
            Ok(None) => {}
            Err(e) => tracing::warn!(error = e.message(), "cannot read the web session"),
        }
    }

    /// The session for the server in use, if connected (not expired).
    pub async fn web_session(&self) -> Option<WebSession> {
        let base = self.base_url().await;
        let s = self.session.get()?;
        (s.base_url == base && !s.expired).then(|| WebSession {
            session_cookie: ApiKey::new(s.sessionid),
            csrf_token: ApiKey::new(s.csrftoken),
        })
    }

    pub async fn session_status(&self) -> WebSessionStatus {
        let base = self.base_url().await;
        let state = match self.session.get() {
            Some(s) if s.base_url == base && s.expired => WebSessionState::Expired,
            Some(s) if s.base_url == base => WebSessionState::Connected,
            _ => WebSessionState::None,
        };
        WebSessionStatus {
            state,
            user: None,
            message: self.session.message.lock().unwrap().clone(),
            signing_in: self
                .session
                .signing_in
                .load(std::sync::atomic::Ordering::SeqCst),
        }
    }

    async fn emit_session(&self) {
        let status = self.session_status().await;
        events::emit::<SessionStateChanged>(&*self.shell, &status);
    }

    /// Open the sign-in window on the server's login page.
    pub async fn begin_sign_in(self: &Arc<Self>) -> Result<WebSessionStatus, String> {
        let base = self.base_url().await;
        if base.is_empty() {
            return Err("The app is still starting.".into());
        }
        let login = url::Url::parse(&format!("{base}/accounts/login/"))
            .map_err(|e| format!("bad server address: {e}"))?;
        let weak = Arc::downgrade(self);
        let on_cookies: crate::signin::OnCookies = Arc::new(move |cookies| {
            if let Some(s) = weak.upgrade() {
                let base = base.clone();
                tauri::async_runtime::spawn(async move { s.signed_in(&base, cookies).await });
            }
        });
        self.shell.open_sign_in(login, on_cookies)?;
        self.session
            .signing_in
            .store(true, std::sync::atomic::Ordering::SeqCst);
        self.emit_session().await;
        Ok(self.session_status().await)
    }

    /// The sign-in window saw a signed-in page: keep the cookies in the keyring.
    async fn signed_in(self: &Arc<Self>, base_url: &str, cookies: Vec<(String, String)>) {
        let find = |name: &str| {
            cookies
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
        };
        self.session
            .signing_in
            .store(false, std::sync::atomic::Ordering::SeqCst);
        let (Some(sessionid), Some(csrftoken)) = (find(SESSION_COOKIE), find(CSRF_COOKIE)) else {
            *self.session.message.lock().unwrap() =
                Some("Signed in, but the web session could not be read. Try again.".into());
            self.emit_session().await;
            return;
        };
        let stored = Stored {
            base_url: base_url.to_string(),
            sessionid,
            csrftoken,
            expired: false,
        };
        match self.save_session(&stored).await {
            Ok(()) => {
                *self.session.stored.lock().unwrap() = Some(stored);
                *self.session.message.lock().unwrap() = None;
                tracing::info!("web account connected");
                self.sync_folders();
            }
            Err(e) => {
                *self.session.message.lock().unwrap() = Some(format!(
                    "The web session could not be kept in the system keyring: {}",
                    e.message()
                ));
            }
        }
        self.emit_session().await;
    }

    async fn save_session(&self, s: &Stored) -> Result<(), SecretError> {
        let service = self.vault.service().to_string();
        let json = serde_json::to_string(s).unwrap_or_default();
        blocking(move || secrets::secret_set(&service, SESSION_USER, &json)).await
    }

    /// Forget the session (keyring and memory) and close the sign-in window.
    pub async fn sign_out(&self) -> Result<WebSessionStatus, SecretError> {
        self.shell.close_sign_in();
        let service = self.vault.service().to_string();
        blocking(move || secrets::secret_delete(&service, SESSION_USER)).await?;
        *self.session.stored.lock().unwrap() = None;
        *self.session.message.lock().unwrap() = None;
        self.session
            .signing_in
            .store(false, std::sync::atomic::Ordering::SeqCst);
        self.emit_session().await;
        Ok(self.session_status().await)
    }

    /// A session endpoint answered: 401/403 (or a redirect to sign-in) marks the session
    /// expired. Answers whether it did.
    pub async fn note_session_error(&self, e: &ApiError) -> bool {
        if !matches!(
            e,
            ApiError::Unauthorized { .. } | ApiError::Forbidden { .. }
        ) {
            return false;
        }
        let updated = {
            let mut slot = self.session.stored.lock().unwrap();
            match slot.as_mut() {
                Some(s) if !s.expired => {
                    s.expired = true;
                    Some(s.clone())
                }
                _ => None,
            }
        };
        if let Some(s) = updated {
            tracing::info!("web session expired");
            *self.session.message.lock().unwrap() = Some(
                "Your ulazai.com web session has expired. Reconnect to sync folders and merge on the server."
                    .into(),
            );
            if let Err(e) = self.save_session(&s).await {
                tracing::warn!(
                    error = e.message(),
                    "cannot mark the stored session expired"
                );
            }
            self.emit_session().await;
        }
        true
    }
}
