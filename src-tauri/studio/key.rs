//! The user's key as the studio holds it: set (keyring or session), clear, status.

use std::sync::Arc;

use ulazai_engine::model::KeyState;
use ulazai_engine::secret::{ApiKey, Auth};

use super::Studio;
use crate::events::{self, AppKeyState, AppStateChanged};
use crate::ipc_types::KeyStatus;
use crate::secrets::SecretError;

impl Studio {
    pub fn key_status(&self) -> KeyStatus {
        match self.vault.current() {
            None => KeyStatus::none(),
            Some((key, storage)) => KeyStatus {
                state: self.live.lock().unwrap().key_state,
                preview: Some(key.masked()),
                storage,
            },
        }
    }

    pub(super) fn key_status_with(&self, state: KeyState) -> KeyStatus {
        match self.vault.current() {
            None => KeyStatus::none(),
            Some((key, storage)) => KeyStatus {
                state,
                preview: Some(key.masked()),
                storage,
            },
        }
    }

    /// Keep a new key and use it: leaves demo mode, or hands the key to the running engine.
    pub async fn set_key(
        self: &Arc<Self>,
        key: ApiKey,
        session_only: bool,
    ) -> Result<KeyStatus, SecretError> {
        self.wait_ready().await;
        self.vault.store(key.clone(), session_only).await?;
        self.live.lock().unwrap().key_state = KeyState::Unverified;
        if self.is_demo().await {
            if let Err(e) = self.switch(false).await {
                tracing::error!(error = %e, "cannot leave demo mode");
            }
        } else if let Ok(engine) = self.engine().await {
            engine.set_auth(Some(Auth::Bearer(key)));
            let state = self.state_now().await;
            events::emit::<AppStateChanged>(&*self.shell, &state);
        }
        let status = self.key_status();
        events::emit::<AppKeyState>(&*self.shell, &status);
        Ok(status)
    }

    pub async fn clear_key(&self) -> Result<KeyStatus, SecretError> {
        self.wait_ready().await;
        self.vault.clear().await?;
        self.live.lock().unwrap().key_state = KeyState::Missing;
        if !self.is_demo().await {
            if let Ok(engine) = self.engine().await {
                engine.set_auth(None);
            }
        }
        let status = self.key_status();
        events::emit::<AppKeyState>(&*self.shell, &status);
        Ok(status)
    }
}
