//! The API key: set (keyring or session only), clear, verify. Results carry the masked
//! preview and a state, never the key.

use ulazai_engine::secret::ApiKey;

use super::{command, CommandError};
use crate::ipc::types::{KeyCheck, KeyStatus};

command! {
    /// Keep a key in the OS keyring (or in memory for this session when `session_only`).
    /// No usable keyring and not `session_only`: error `keyring_unavailable` (the UI offers
    /// session-only). Leaves demo mode.
    pub async fn set_api_key(studio, key: String, session_only: bool) -> KeyStatus {
        let key = key.trim();
        if key.is_empty() {
            return Err(CommandError::bad_input("Paste your UlazAI API key."));
        }
        if key.len() > 512 || key.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(CommandError::bad_input(
                "This does not look like an API key (keys look like ulazai_live_…).",
            ));
        }
        Ok(studio.set_key(ApiKey::new(key), session_only).await?)
    }
}

command! {
    /// Forget the key (keyring and memory).
    pub async fn clear_api_key(studio) -> KeyStatus {
        Ok(studio.clear_key().await?)
    }
}

command! {
    /// One cheap authenticated call (the model list) with the user's key.
    pub async fn verify_api_key(studio) -> KeyCheck {
        Ok(studio.verify_key().await?)
    }
}
