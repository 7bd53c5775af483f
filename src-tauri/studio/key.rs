//! The user's API key as the studio holds it: set (keyring or session), clear, verify,
//! status. Only the masked preview and a state ever leave this module.

use std::sync::Arc;

use ulazai_engine::api::ApiError;
use ulazai_engine::model::KeyState;
use ulazai_engine::secret::{ApiKey, Auth};

use super::{Studio, StudioError};
use crate::ipc::events::{AppKeyState, AppStateChanged};
use crate::ipc::types::{KeyCheck, KeyCheckResult, KeyStatus};

impl Studio {
    pub(super) fn key_status(&self) -> KeyStatus {
        self.key_status_with(self.live.lock().unwrap().key_state)
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
    ) -> Result<KeyStatus, StudioError> {
        self.wait_ready().await;
        self.vault.store(key.clone(), session_only).await?;
        self.live.lock().unwrap().key_state = KeyState::Unverified;
        if self.is_demo().await {
            if let Err(e) = self.switch(false).await {
                tracing::error!(error = %e, "cannot leave demo mode");
            }
        } else if let Ok(engine) = self.engine().await {
            engine.set_auth(Some(Auth::Bearer(key)));
            self.emit::<AppStateChanged>(&self.state_now().await);
        }
        let status = self.key_status();
        self.emit::<AppKeyState>(&status);
        Ok(status)
    }

    pub async fn clear_key(&self) -> Result<KeyStatus, StudioError> {
        self.wait_ready().await;
        self.vault.clear().await?;
        self.live.lock().unwrap().key_state = KeyState::Missing;
        if !self.is_demo().await {
            if let Ok(engine) = self.engine().await {
                engine.set_auth(None);
            }
        }
        let status = self.key_status();
        self.emit::<AppKeyState>(&status);
        Ok(status)
    }

    /// One cheap authenticated call with the user's key — against the real service, also
    /// in demo mode.
    pub async fn verify_key(&self) -> Result<KeyCheck, StudioError> {
        let Some((key, _)) = self.vault.current() else {
            return Err(ApiError::NoCredentials.into());
        };
        let url = self.real_base_url(&self.settings.settings())?;
        let (check, state) = match ulazai_engine::engine::check_key(&url, Auth::Bearer(key)).await {
            Ok(()) => (
                KeyCheck {
                    result: KeyCheckResult::Valid,
                    message: "UlazAI accepted the key.".into(),
                },
                Some(KeyState::Valid),
            ),
            Err(e @ ApiError::Unauthorized { .. }) => (
                KeyCheck {
                    result: KeyCheckResult::Invalid,
                    message: e.user_message(),
                },
                Some(KeyState::Invalid),
            ),
            Err(e) => (
                KeyCheck {
                    result: KeyCheckResult::Unreachable,
                    message: e.user_message(),
                },
                None,
            ),
        };
        if let Some(state) = state {
            self.live.lock().unwrap().key_state = state;
            self.emit::<AppKeyState>(&self.key_status());
        }
        Ok(check)
    }
}
