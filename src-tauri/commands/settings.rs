//! Settings round-trip. Each changed value is checked before anything is kept; a refused
//! one names its field in the error's `fields` (the UI shows the message beside it).
//! Changing the server (`base_url_override`) restarts the engine against it (unless
//! `ULAZAI_BASE_URL` pins the server).

use super::command;
use crate::ipc::types::Settings;

command! {
    pub async fn get_settings(settings: SettingsService) -> Settings {
        Ok(settings.get())
    }
}

command! {
    pub async fn set_settings(runner: EngineRunner; settings: Settings) -> Settings {
        Ok(runner.apply_settings(settings).await?)
    }
}
