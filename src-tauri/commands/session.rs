//! The ulazai.com web account: sign in through the sign-in window, state, sign out.
//! Answers carry a state, never a cookie.

use crate::commands::{CmdResult, CommandError, StudioState};
use crate::ipc_types::WebSessionStatus;

#[tauri::command(rename_all = "snake_case")]
pub async fn web_session(studio: StudioState<'_>) -> CmdResult<WebSessionStatus> {
    studio.wait_ready().await;
    Ok(studio.session_status().await)
}

/// Open the "Sign in to UlazAI" window; `session://state` reports the outcome.
#[tauri::command(rename_all = "snake_case")]
pub async fn sign_in_web(studio: StudioState<'_>) -> CmdResult<WebSessionStatus> {
    studio.wait_ready().await;
    studio.begin_sign_in().await.map_err(|e| {
        CommandError::new("sign_in", format!("The sign-in window could not open: {e}"))
    })
}

/// Forget the web session (keyring and memory).
#[tauri::command(rename_all = "snake_case")]
pub async fn sign_out_web(studio: StudioState<'_>) -> CmdResult<WebSessionStatus> {
    studio.wait_ready().await;
    Ok(studio.sign_out().await?)
}
