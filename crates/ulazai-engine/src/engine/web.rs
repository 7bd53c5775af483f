//! The web service: the web session (the browser sign-in the folder and merge endpoints
//! need). The shell keeps it in the OS keyring and hands it to the engine of the server it
//! belongs to; the engine uses it, and drops it when the server refuses it.

use std::sync::Mutex;

use super::{lock, Engine, EngineEvent};
use crate::api::ApiError;
use crate::secret::WebSession;

/// What only the web service keeps.
#[derive(Default)]
pub(super) struct WebState {
    /// The signed-in web session for the folder and merge endpoints, when the shell has one.
    session: Mutex<Option<WebSession>>,
}

/// The web session of one engine (`Engine::web`).
#[derive(Clone, Copy)]
pub struct Web<'a> {
    engine: &'a Engine,
}

impl<'a> Web<'a> {
    pub(super) fn of(engine: &'a Engine) -> Web<'a> {
        Web { engine }
    }

    fn slot(&self) -> &'a Mutex<Option<WebSession>> {
        &self.engine.inner.web.session
    }

    /// Use this session for folders and server merges (`None`: no web account). A new
    /// session creates the server buckets of folders that have none.
    pub fn set_session(&self, session: Option<WebSession>) {
        let connected = session.is_some();
        *lock(self.slot()) = session;
        if connected {
            self.engine.folders().sync();
        }
    }

    pub fn has_session(&self) -> bool {
        lock(self.slot()).is_some()
    }

    pub(super) fn session(&self) -> Option<WebSession> {
        lock(self.slot()).clone()
    }

    /// A session endpoint answered `e`: a 401/403 means the session is over — it is
    /// dropped and `WebSessionRejected` tells the shell (once). Answers whether it was.
    pub(super) fn refused(&self, e: &ApiError) -> bool {
        if !matches!(
            e,
            ApiError::Unauthorized { .. } | ApiError::Forbidden { .. }
        ) {
            return false;
        }
        if lock(self.slot()).take().is_some() {
            tracing::info!("the server refused the web session");
            self.engine.inner.hub.emit(EngineEvent::WebSessionRejected);
        }
        true
    }
}
