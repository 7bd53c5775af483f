//! The key service: the user's API key (the vault: keyring, or kept until the app quits)
//! and its state (missing, unverified, valid, invalid). The ONE place that writes the key
//! state; the others ask (`status`) or report (`engine_judged`). Only the masked preview
//! and a state ever leave this module.

use std::sync::{Arc, Mutex};

use ulazai_engine::api::ApiError;
use ulazai_engine::model::KeyState;
use ulazai_engine::secret::{ApiKey, Auth};

use super::current::CurrentEngine;
use super::settings::SettingsService;
use super::ui::Ui;
use super::StudioError;
use crate::ipc::events::AppKeyState;
use crate::ipc::types::{KeyCheck, KeyCheckResult, KeyStatus, KeyStorage, KeyringStatus};
use crate::platform::keyring::KeyVault;

pub struct KeyService {
    vault: KeyVault,
    state: Mutex<KeyState>,
    settings: Arc<SettingsService>,
    current: Arc<CurrentEngine>,
    ui: Arc<Ui>,
}

impl KeyService {
    pub(super) fn new(
        keyring_service: String,
        settings: Arc<SettingsService>,
        current: Arc<CurrentEngine>,
        ui: Arc<Ui>,
    ) -> KeyService {
        KeyService {
            vault: KeyVault::new(keyring_service),
            state: Mutex::new(KeyState::Missing),
            settings,
            current,
            ui,
        }
    }

    /// At launch: read the key from the keyring (a key saved before servers were recorded
    /// is bound to the real server now set).
    pub(super) async fn load(&self) {
        let url = self.settings.real_base_url();
        self.vault
            .load(url.as_deref().unwrap_or(crate::config::DEFAULT_BASE_URL))
            .await;
        self.set_state(if self.real_key().is_some() {
            KeyState::Unverified
        } else {
            KeyState::Missing
        });
    }

    fn set_state(&self, state: KeyState) {
        *self.state.lock().unwrap() = state;
    }

    /// The keyring service name the app's secrets are kept under.
    pub(super) fn keyring_service(&self) -> &str {
        self.vault.service()
    }

    pub fn keyring_status(&self) -> KeyringStatus {
        self.vault.keyring_status()
    }

    /// The key is kept in memory until the app quits (not in the keyring).
    pub(super) fn kept_until_quit(&self) -> bool {
        matches!(self.vault.current(), Some((_, KeyStorage::UntilQuit)))
    }

    /// The user's key, if it was saved for the real server now set (never another's).
    pub(super) fn real_key(&self) -> Option<(ApiKey, KeyStorage)> {
        let url = self.settings.real_base_url().ok()?;
        self.vault.key_for(&url)
    }

    pub fn status(&self) -> KeyStatus {
        match self.real_key() {
            None => KeyStatus::none(),
            Some((key, storage)) => KeyStatus {
                state: *self.state.lock().unwrap(),
                preview: Some(key.masked()),
                storage,
            },
        }
    }

    /// A real engine starts against `url`: the key saved for it, if any (not verified yet).
    pub(super) fn auth_for_engine(&self, url: &str) -> Option<Auth> {
        let auth = self.vault.key_for(url).map(|(k, _)| Auth::Bearer(k));
        self.set_state(if auth.is_some() {
            KeyState::Unverified
        } else {
            KeyState::Missing
        });
        auth
    }

    /// Keep a new key for the real server now set; a real engine of that server uses it at
    /// once. Leaving demo mode is the engine runner's (`EngineRunner::use_key`).
    pub(super) async fn store(&self, key: ApiKey, until_quit: bool) -> Result<(), StudioError> {
        let url = self.settings.real_base_url()?;
        self.vault.store(key.clone(), until_quit, &url).await?;
        self.set_state(KeyState::Unverified);
        if !self.current.is_demo().await {
            if let Ok(engine) = self.current.get().await {
                if engine.base_url() == url {
                    engine.set_auth(Some(Auth::Bearer(key)));
                }
            }
        }
        Ok(())
    }

    /// Tell the UI the key's status; answers it.
    pub(super) fn announce(&self) -> KeyStatus {
        let status = self.status();
        self.ui.emit::<AppKeyState>(&status);
        status
    }

    /// Forget the key: first in memory and in the engine (nothing uses it from here on),
    /// then in the keyring, as best effort — a keyring that fails is reported in the
    /// keyring status, never leaves the key in use.
    pub async fn clear(&self) -> Result<KeyStatus, StudioError> {
        self.current.wait_ready().await;
        self.vault.forget();
        self.set_state(KeyState::Missing);
        if !self.current.is_demo().await {
            if let Ok(engine) = self.current.get().await {
                engine.set_auth(None);
            }
        }
        let status = self.announce();
        if let Err(e) = self.vault.delete_stored().await {
            tracing::warn!(
                error = %e,
                "the key is no longer used, but could not be removed from the keyring"
            );
        }
        Ok(status)
    }

    /// One cheap authenticated call with the user's key — against the real service, also
    /// in demo mode.
    pub async fn verify(&self) -> Result<KeyCheck, StudioError> {
        let url = self.settings.real_base_url()?;
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
            self.set_state(state);
            self.announce();
        }
        Ok(check)
    }

    /// The real engine judged the user's key (in demo mode the engine judges the demo
    /// key, which is never reported).
    pub(super) fn engine_judged(&self, state: KeyState, demo: bool) {
        if !demo && self.real_key().is_some() {
            self.set_state(state);
            self.announce();
        }
    }
}
