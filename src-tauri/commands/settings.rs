//! Settings round-trip. Each changed value is checked before anything is kept; a refused
//! one names its field in the error's `fields` (the UI shows the message beside it).
//! Changing the server (`base_url_override`) restarts the engine against it (unless
//! `ULAZAI_BASE_URL` pins the server). The ffmpeg program is not set here: `set_settings`
//! keeps the stored one whatever the page sends; `pick_ffmpeg` opens a native file picker
//! (Rust, not the page, names the file) and keeps the file once it answers as ffmpeg;
//! `clear_ffmpeg` goes back to the one on PATH.

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

command! {
    /// "Choose ffmpeg…": a native file picker; the file is kept once it answers as ffmpeg
    /// (refused naming `ffmpeg_path` otherwise). Cancel: unchanged. Answers the settings.
    pub async fn pick_ffmpeg(library: LibraryService) -> Settings {
        Ok(library.pick_ffmpeg().await?)
    }
}

command! {
    /// "Use ffmpeg from PATH": forget the chosen ffmpeg. Answers the settings.
    pub async fn clear_ffmpeg(library: LibraryService) -> Settings {
        Ok(library.use_ffmpeg_from_path().await?)
    }
}
