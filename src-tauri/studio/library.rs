//! The library folder as the creator chose it, and handing clips to the OS (open, show,
//! a result in the browser). Saving and the index are the engine's `Library`.
//!
//! The folder: `ULAZAI_LIBRARY_DIR` > Settings' `download_dir` > `Dirs::default_library`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use ulazai_engine::engine::{ffmpeg_status, FfmpegStatus};

use super::{Studio, StudioError};
use crate::config::StudioConfig;
use crate::ipc::types::{LibraryInfo, Settings};
use crate::platform::paths::Dirs;

/// The library folder for these settings.
pub(super) fn dir_for(cfg: &StudioConfig, dirs: &Dirs, settings: &Settings) -> PathBuf {
    if let Some(d) = &cfg.library_dir {
        return d.clone();
    }
    match &settings.download_dir {
        Some(d) if Path::new(d).is_absolute() => PathBuf::from(d),
        _ => dirs.default_library.clone(),
    }
}

/// The largest download the settings allow, in bytes.
pub(super) fn max_bytes(settings: &Settings) -> u64 {
    u64::from(settings.max_download_mib.max(1)) << 20
}

/// The ffmpeg the creator chose, if any.
pub(super) fn ffmpeg_path(settings: &Settings) -> Option<PathBuf> {
    settings.ffmpeg_path.as_ref().map(PathBuf::from)
}

impl Studio {
    pub fn library_info(&self) -> LibraryInfo {
        LibraryInfo {
            dir: self
                .library
                .dir()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned(),
            default_dir: self.dirs.default_library.to_string_lossy().into_owned(),
            auto_download: self.settings.settings().auto_download,
        }
    }

    /// The settings changed: the library follows (folder, largest download), and the
    /// engine (auto-download, the chosen ffmpeg).
    pub(super) async fn library_follows(&self, settings: &Settings) {
        self.library
            .set_dir(dir_for(&self.cfg, &self.dirs, settings));
        self.library.set_max_bytes(max_bytes(settings));
        if let Ok(engine) = self.engine_now().await {
            engine.downloads().set_auto_download(settings.auto_download);
            engine.merges().set_ffmpeg_path(ffmpeg_path(settings));
        }
    }

    /// Let the creator pick the library folder (a native dialog); keeps it in the settings.
    pub async fn pick_library_dir(self: &Arc<Self>) -> Result<LibraryInfo, StudioError> {
        let (s, current) = (self.clone(), self.library.dir());
        let picked = tauri::async_runtime::spawn_blocking(move || {
            s.shell
                .pick_folder("Choose the library folder", current.as_deref())
        })
        .await
        .map_err(|e| StudioError::Desktop(e.to_string()))?;
        if let Some(dir) = picked {
            let mut settings = self.settings.settings();
            settings.download_dir = Some(dir.to_string_lossy().into_owned());
            self.save_settings(&settings)?;
            self.library_follows(&settings).await;
        }
        Ok(self.library_info())
    }

    /// Whether ffmpeg is there for merging on this computer (the one chosen in Settings,
    /// if any).
    pub async fn ffmpeg_status(&self) -> Result<FfmpegStatus, StudioError> {
        let chosen = ffmpeg_path(&self.settings.settings());
        tauri::async_runtime::spawn_blocking(move || ffmpeg_status(chosen.as_deref()))
            .await
            .map_err(|e| StudioError::Desktop(e.to_string()))
    }

    /// Open the clip's file with the default video player.
    pub async fn open_local_file(&self, id: &str) -> Result<(), StudioError> {
        let file = self.engine().await?.downloads().local_file(id)?;
        self.shell
            .open_path(&file)
            .map_err(|e| StudioError::Desktop(format!("Could not open the file: {e}")))
    }

    /// Show the clip's file in the file manager.
    pub async fn reveal_local_file(&self, id: &str) -> Result<(), StudioError> {
        let file = self.engine().await?.downloads().local_file(id)?;
        self.shell
            .reveal_path(&file)
            .map_err(|e| StudioError::Desktop(format!("Could not show the file: {e}")))
    }

    /// Open the job's (first) result in the OS, as the URL policy allows it.
    pub async fn open_result(&self, id: &str) -> Result<(), StudioError> {
        let url = self.engine().await?.jobs().result_url(id)?;
        self.shell
            .open_url(url.as_str())
            .map_err(|e| StudioError::Desktop(format!("Could not open the result: {e}")))
    }
}
