//! The API key: set (keyring or session only), clear, verify. Results carry the masked
//! preview and a state, never the key.

use ulazai_engine::api::ApiError;
use ulazai_engine::model::KeyState;
use ulazai_engine::secret::{ApiKey, Auth};

use crate::commands::{CmdResult, CommandError, StudioState};
use crate::events::{self, AppKeyState};
use crate::ipc_types::{KeyCheck, KeyCheckResult, KeyStatus};

/// Keep a key in the OS keyring (or in memory for this session when `session_only`).
/// No usable keyring and not `session_only`: error `keyring_unavailable` (the UI offers
/// session-only). Leaves demo mode.
#[tauri::command(rename_all = "snake_case")]
pub async fn set_api_key(
    studio: StudioState<'_>,
    key: String,
    session_only: bool,
) -> CmdResult<KeyStatus> {
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

/// Forget the key (keyring and memory).
#[tauri::command(rename_all = "snake_case")]
pub async fn clear_api_key(studio: StudioState<'_>) -> CmdResult<KeyStatus> {
    Ok(studio.clear_key().await?)
}

/// One cheap authenticated call (the model list) with the user's key.
#[tauri::command(rename_all = "snake_case")]
pub async fn verify_api_key(studio: StudioState<'_>) -> CmdResult<KeyCheck> {
    let Some((key, _)) = studio.vault.current() else {
        return Err(CommandError::new(
            "no_credentials",
            ApiError::NoCredentials.user_message(),
        ));
    };
    // The user's key is checked against the real service even in demo mode.
    let url = studio
        .real_base_url(&studio.settings.settings())
        .map_err(|e| CommandError::new("bad_url", e))?;
    let client = ulazai_engine::api::Client::new(
        ulazai_engine::api::ClientConfig::new(url),
        Some(Auth::Bearer(key)),
    )?;
    let (check, state) = match client.models().await {
        Ok(_) => (
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
        studio.live.lock().unwrap().key_state = state;
        events::emit::<AppKeyState>(&*studio.shell, &studio.key_status());
    }
    Ok(check)
}
