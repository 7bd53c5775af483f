//! App-level commands: the frame state and demo mode.

use crate::commands::{CmdResult, CommandError, StudioState};
use crate::ipc_types::AppState;

/// Everything the UI needs to draw its frame.
#[tauri::command(rename_all = "snake_case")]
pub async fn app_state(studio: StudioState<'_>) -> CmdResult<AppState> {
    Ok(studio.app_state().await)
}

/// Start the embedded simulator with the demo key and use it (remembered across restarts
/// until a real key is set). Already in demo mode: just answers the state.
#[tauri::command(rename_all = "snake_case")]
pub async fn start_demo(studio: StudioState<'_>) -> CmdResult<AppState> {
    studio.wait_ready().await;
    if !studio.is_demo().await {
        studio
            .switch(true)
            .await
            .map_err(|e| CommandError::new("demo", e))?;
    }
    Ok(studio.app_state().await)
}
