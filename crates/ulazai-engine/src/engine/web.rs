//! The web session (the browser sign-in the folder and merge endpoints need). The shell
//! keeps it in the OS keyring and hands it to the engine of the server it belongs to; the
//! engine uses it, and drops it when the server refuses it.

use super::EngineEvent;
use super::{lock, Engine};
use crate::api::ApiError;
use crate::secret::WebSession;

impl Engine {
    /// Use this session for folders and server merges (`None`: no web account). A new
    /// session creates the server buckets of folders that have none.
    pub fn set_web_session(&self, session: Option<WebSession>) {
        let connected = session.is_some();
        *lock(&self.inner.web) = session;
        if connected {
            self.sync_folders();
        }
    }

    pub fn has_web_session(&self) -> bool {
        lock(&self.inner.web).is_some()
    }

    pub(crate) fn web_session(&self) -> Option<WebSession> {
        lock(&self.inner.web).clone()
    }

    /// A session endpoint answered `e`: a 401/403 means the session is over — it is
    /// dropped and `WebSessionRejected` tells the shell (once). Answers whether it was.
    pub(crate) fn session_refused(&self, e: &ApiError) -> bool {
        if !matches!(
            e,
            ApiError::Unauthorized { .. } | ApiError::Forbidden { .. }
        ) {
            return false;
        }
        if lock(&self.inner.web).take().is_some() {
            tracing::info!("the server refused the web session");
            self.inner.hub.emit(EngineEvent::WebSessionRejected);
        }
        true
    }
}
