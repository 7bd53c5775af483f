//! Settings round-trip. Changing the server (`base_url_override`) restarts the engine
//! against it (unless `ULAZAI_BASE_URL` pins the server).

use crate::commands::{CmdResult, CommandError, StudioState};
use crate::demo::check_base_url;
use crate::ipc_types::Settings;

#[tauri::command(rename_all = "snake_case")]
pub async fn get_settings(studio: StudioState<'_>) -> CmdResult<Settings> {
    Ok(studio.settings.settings())
}

#[tauri::command(rename_all = "snake_case")]
pub async fn set_settings(studio: StudioState<'_>, settings: Settings) -> CmdResult<Settings> {
    studio.wait_ready().await;
    let mut s = settings;
    s.base_url_override = match s.base_url_override.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(raw) => Some(check_base_url(raw).map_err(|e| {
            CommandError::new(
                "bad_url",
                format!("The server address cannot be used: {e}."),
            )
        })?),
    };
    s.download_dir = s
        .download_dir
        .map(|d| d.trim().to_string())
        .filter(|d| !d.is_empty());
    let before = studio.settings.settings();
    studio
        .settings
        .set_settings(&s)
        .map_err(|e| CommandError::internal(format!("Could not save the settings: {e}")))?;
    let server_changed =
        before.base_url_override != s.base_url_override && studio.cfg.base_url.is_none();
    if server_changed && !studio.is_demo().await {
        studio
            .switch(false)
            .await
            .map_err(|e| CommandError::new("bad_url", e))?;
    }
    Ok(s)
}
