//! The user's API key as the studio holds it: set (keyring or session), clear, verify,
//! status. Only the masked preview and a state ever leave this module.

use std::sync::Arc;

use ulazai_engine::api::ApiError;
use ulazai_engine::model::KeyState;
use ulazai_engine::secret::{ApiKey, Auth};

use super::{Studio, StudioError};
use crate::ipc::events::{AppKeyState, AppStateChanged};
use crate::ipc::types::{KeyCheck, KeyCheckResult, KeyStatus, KeyStorage};

impl Studio {
    pub(super) fn key_status(&self) -> KeyStatus {
        self.key_status_with(self.live.lock().unwrap().key_state)
    }

    /// The user's key, if it was saved for the real server now set (never another's).
    pub(super) fn real_key(&self) -> Option<(ApiKey, KeyStorage)> {
        let url = self.real_base_url(&self.settings.settings()).ok()?;
        self.vault.key_for(&url)
    }

    pub(super) fn key_status_with(&self, state: KeyState) -> KeyStatus {
        match self.real_key() {
            None => KeyStatus::none(),
            Some((key, storage)) => KeyStatus {
                state,
                preview: Some(key.masked()),
                storage,
            },
        }
    }

    /// Keep a new key for the real server now set, and use it: leaves demo mode, or hands
    /// the key to the running engine.
    pub async fn set_key(
        self: &Arc<Self>,
        key: ApiKey,
        session_only: bool,
    ) -> Result<KeyStatus, StudioError> {
        self.wait_ready().await;
        let url = self.real_base_url(&self.settings.settings())?;
        self.vault.store(key.clone(), session_only, &url).await?;
        self.live.lock().unwrap().key_state = KeyState::Unverified;
        if self.is_demo().await {
            if let Err(e) = self.switch(false).await {
                tracing::error!(error = %e, "cannot leave demo mode");
            }
        } else if let Ok(engine) = self.engine().await {
            if engine.base_url() == url {
                engine.set_auth(Some(Auth::Bearer(key)));
            }
            self.emit::<AppStateChanged>(&self.state_now().await);
        }
        let status = self.key_status();
        self.emit::<AppKeyState>(&status);
        Ok(status)
    }

    /// Forget the key: first in memory and in the engine (nothing uses it from here on),
    /// then in the keyring, as best effort — a keyring that fails is reported in the
    /// keyring status, never leaves the key in use.
    pub async fn clear_key(&self) -> Result<KeyStatus, StudioError> {
        self.wait_ready().await;
        self.vault.forget();
        self.live.lock().unwrap().key_state = KeyState::Missing;
        if !self.is_demo().await {
            if let Ok(engine) = self.engine().await {
                engine.set_auth(None);
            }
        }
        let status = self.key_status();
        self.emit::<AppKeyState>(&status);
        if let Err(e) = self.vault.delete_stored().await {
            tracing::warn!(
                error = e.message(),
                "the key is no longer used, but could not be removed from the keyring"
            );
        }
        self.emit::<AppStateChanged>(&self.state_now().await);
        Ok(status)
    }

    /// One cheap authenticated call with the user's key — against the real service, also
    /// in demo mode.
    pub async fn verify_key(&self) -> Result<KeyCheck, StudioError> {
        let url = self.real_base_url(&self.settings.settings())?;
        let Some((key, _)) = self.vault.key_for(&url) else {
            return Err(ApiError::NoCredentials.into());
        };
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
