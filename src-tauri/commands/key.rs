//! The API key: set (keyring, or kept until the app quits), clear, verify. Results carry the masked
//! preview and a state, never the key.

use ulazai_engine::secret::ApiKey;
use ulazai_engine::Text;

use super::{command, CommandError};
use crate::ipc::types::{KeyCheck, KeyStatus};

/// Fewer characters than this cannot be a key (UlazAI's are `ulazai_live_` and a long
/// random part; a sign-in token is 40): a slip of the paste is refused before it is kept,
/// where it would have left the demo for a key the server refuses.
const MIN_KEY_CHARS: usize = 16;

command! {
    /// Keep a key in the OS keyring (or in memory until the app quits when `until_quit`).
    /// No usable keyring and not `until_quit`: error `keyring_unavailable` (the UI offers
    /// to keep it until quit). Leaves demo mode.
    pub async fn set_api_key(runner: EngineRunner; key: String, until_quit: bool) -> KeyStatus {
        let key = key.trim();
        if key.is_empty() {
            return Err(CommandError::refused(Text::new("errors-key-empty")));
        }
        if key.chars().count() < MIN_KEY_CHARS
            || key.len() > 512
            || key.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            return Err(CommandError::refused(Text::new("errors-key-shape")));
        }
        Ok(runner.use_key(ApiKey::new(key), until_quit).await?)
    }
}

command! {
    /// Forget the key (keyring and memory).
    pub async fn clear_api_key(runner: EngineRunner) -> KeyStatus {
        Ok(runner.remove_key().await?)
    }
}

command! {
    /// One cheap authenticated call (the model list) with the user's key.
    pub async fn verify_api_key(keys: KeyService) -> KeyCheck {
        Ok(keys.verify().await?)
    }
}
