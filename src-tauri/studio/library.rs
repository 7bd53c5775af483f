//! The library service: the library folder as the creator chose it, the loopback media
//! server that plays its files, and clips leaving the app as files (opened, shown, dragged
//! out, exported) or results opened in the browser. Saving and the index are the engine's
//! `Library`; which files may go is its answer (`Engine::shareable_files`,
//! `Engine::export`); this is glue to the window system.
//!
//! The folder: `ULAZAI_LIBRARY_DIR` > Settings' `download_dir` > `Dirs::default_library`.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock, Weak};

use ulazai_engine::engine::{ffmpeg_status, FfmpegStatus};
use ulazai_engine::library::Library;

use super::current::CurrentEngine;
use super::settings::SettingsService;
use super::ui::Ui;
use super::StudioError;
use crate::ipc::types::{LibraryInfo, Settings};
use crate::platform::locale::Locale;
use crate::platform::media_server;

pub struct LibraryService {
    library: Arc<Library>,
    /// `ULAZAI_LIBRARY_DIR`: wins over the setting.
    pinned_dir: Option<PathBuf>,
    default_dir: PathBuf,
    /// Where the UI plays library files, once the media server runs.
    media_base: OnceLock<String>,
    settings: Arc<SettingsService>,
    current: Arc<CurrentEngine>,
    ui: Arc<Ui>,
    /// The language of the native dialogs' titles.
    locale: Locale,
}

/// The largest download the settings allow, in bytes.
fn max_bytes(settings: &Settings) -> u64 {
    u64::from(settings.max_download_mib.max(1)) << 20
}

/// The ffmpeg the creator chose, if any.
pub(super) fn ffmpeg_path(settings: &Settings) -> Option<PathBuf> {
    settings.ffmpeg_path.as_ref().map(PathBuf::from)
}

impl LibraryService {
    /// The library indexed in `index_file`, in the folder the settings name.
    pub(super) fn open(
        index_file: PathBuf,
        pinned_dir: Option<PathBuf>,
        default_dir: PathBuf,
        settings: Arc<SettingsService>,
        current: Arc<CurrentEngine>,
        ui: Arc<Ui>,
        locale: Locale,
    ) -> LibraryService {
        let now = settings.get();
        let dir = dir_for(pinned_dir.as_deref(), &default_dir, &now);
        // Read on a thread of its own: this runs in the window's setup.
        let library = Library::open_in_background(index_file, dir);
        library.set_max_bytes(max_bytes(&now));
        LibraryService {
            library,
            pinned_dir,
            default_dir,
            media_base: OnceLock::new(),
            settings,
            current,
            ui,
            locale,
        }
    }

    /// The engine's library (an engine saves into it).
    pub(super) fn library(&self) -> Arc<Library> {
        self.library.clone()
    }

    /// Start the loopback media server (once, at launch).
    pub(super) async fn serve(&self) {
        let settings: Weak<SettingsService> = Arc::downgrade(&self.settings);
        let ffmpeg: media_server::ChosenFfmpeg =
            Arc::new(move || ffmpeg_path(&settings.upgrade()?.get()));
        match media_server::start(self.library.clone(), ffmpeg).await {
            Ok(base) => {
                let _ = self.media_base.set(base);
            }
            Err(e) => tracing::error!(error = %e, "local media server did not start"),
        }
    }

    pub fn media_base(&self) -> Option<String> {
        self.media_base.get().cloned()
    }

    /// Stop saving (app exit).
    pub(super) fn stop(&self) {
        self.library.stop();
    }

    pub fn info(&self) -> LibraryInfo {
        LibraryInfo {
            dir: self
                .library
                .dir()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned(),
            default_dir: self.default_dir.to_string_lossy().into_owned(),
            auto_download: self.settings.get().auto_download,
        }
    }

    /// The settings changed: the library follows (folder, largest download), and the
    /// engine (auto-download, the chosen ffmpeg).
    pub(super) async fn follow(&self, settings: &Settings) {
        self.library.set_dir(dir_for(
            self.pinned_dir.as_deref(),
            &self.default_dir,
            settings,
        ));
        self.library.set_max_bytes(max_bytes(settings));
        if let Ok(engine) = self.current.now().await {
            engine.downloads().set_auto_download(settings.auto_download);
            engine.merges().set_ffmpeg_path(ffmpeg_path(settings));
        }
    }

    /// Let the creator pick the library folder (a native dialog); keeps it in the settings.
    pub async fn pick_dir(&self) -> Result<LibraryInfo, StudioError> {
        let (ui, current) = (self.ui.clone(), self.library.dir());
        let title = self.locale.get().text("dialogs-pick-library-folder");
        let picked = tauri::async_runtime::spawn_blocking(move || {
            ui.shell().pick_folder(&title, current.as_deref())
        })
        .await
        .map_err(|e| StudioError::Desktop(e.to_string()))?;
        if let Some(dir) = picked {
            let mut settings = self.settings.get();
            settings.download_dir = Some(dir.to_string_lossy().into_owned());
            self.settings.save(&settings)?;
            self.follow(&settings).await;
        }
        Ok(self.info())
    }

    /// Let the creator pick the ffmpeg program (a native dialog: the only way a path to a
    /// program gets into the settings); kept once it answers as ffmpeg, else refused
    /// naming the setting. Cancel: unchanged. Answers the settings kept.
    pub async fn pick_ffmpeg(&self) -> Result<Settings, StudioError> {
        let (ui, current) = (self.ui.clone(), ffmpeg_path(&self.settings.get()));
        let start = current
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf);
        let title = self.locale.get().text("dialogs-pick-ffmpeg");
        let picked = tauri::async_runtime::spawn_blocking(move || {
            ui.shell().pick_file(&title, start.as_deref())
        })
        .await
        .map_err(|e| StudioError::Desktop(e.to_string()))?;
        let Some(file) = picked else {
            return Ok(self.settings.get());
        };
        let kept = self.settings.keep_chosen_ffmpeg(file).await?;
        self.follow(&kept).await;
        Ok(kept)
    }

    /// Use the ffmpeg found on PATH again. Answers the settings kept.
    pub async fn use_ffmpeg_from_path(&self) -> Result<Settings, StudioError> {
        let kept = self.settings.clear_ffmpeg()?;
        self.follow(&kept).await;
        Ok(kept)
    }

    /// Whether ffmpeg is there for merging on this computer (the one chosen in Settings,
    /// if any).
    pub async fn ffmpeg_status(&self) -> Result<FfmpegStatus, StudioError> {
        let chosen = ffmpeg_path(&self.settings.get());
        tauri::async_runtime::spawn_blocking(move || ffmpeg_status(chosen.as_deref()))
            .await
            .map_err(|e| StudioError::Desktop(e.to_string()))
    }

    /// The OS could not do it: `id`'s sentence in the app's language, the OS's reason in it.
    fn desktop_error(&self, id: &str, reason: impl std::fmt::Display) -> StudioError {
        let text = self
            .locale
            .get()
            .format(id, &[("reason", reason.to_string().into())]);
        StudioError::Desktop(text)
    }

    /// Open the clip's file with the default video player.
    pub async fn open_file(&self, id: &str) -> Result<(), StudioError> {
        let file = self.current.get().await?.downloads().local_file(id)?;
        self.ui
            .shell()
            .open_path(&file)
            .map_err(|e| self.desktop_error("errors-open-file", e))
    }

    /// Show the clip's file in the file manager.
    pub async fn reveal_file(&self, id: &str) -> Result<(), StudioError> {
        let file = self.current.get().await?.downloads().local_file(id)?;
        self.ui
            .shell()
            .reveal_path(&file)
            .map_err(|e| self.desktop_error("errors-reveal-file", e))
    }

    /// Open the job's (first) result in the OS, as the URL policy allows it.
    pub async fn open_result(&self, id: &str) -> Result<(), StudioError> {
        let url = self.current.get().await?.jobs().result_url(id)?;
        self.ui
            .shell()
            .open_url(url.as_str())
            .map_err(|e| self.desktop_error("errors-open-result", e))
    }

    /// Start dragging the saved clips `ids` out of the window (the mouse button is down).
    pub async fn drag_out(&self, ids: Vec<String>) -> Result<(), StudioError> {
        let files = self.current.get().await?.exports().shareable_files(&ids)?;
        let ui = self.ui.clone();
        tauri::async_runtime::spawn_blocking(move || ui.shell().drag_out(files))
            .await
            .map_err(|e| StudioError::Desktop(e.to_string()))?
            .map_err(|e| self.desktop_error("errors-drag-out", e))
    }

    /// Let the creator pick a folder, then copy the clips `ids` into it (saving into the
    /// library first those not there yet). `None`: the creator cancelled the picker.
    pub async fn export(&self, ids: Vec<String>) -> Result<Option<String>, StudioError> {
        let engine = self.current.get().await?;
        // Clips that are gone are said before the creator is asked for a folder.
        if ids.iter().any(|id| engine.jobs().get(id).is_none()) {
            return Err(ulazai_engine::MissingJob.into());
        }
        let title = self
            .locale
            .get()
            .format("dialogs-export-clips", &[("count", ids.len().into())]);
        let ui = self.ui.clone();
        let picked =
            tauri::async_runtime::spawn_blocking(move || ui.shell().pick_folder(&title, None))
                .await
                .map_err(|e| StudioError::Desktop(e.to_string()))?;
        let Some(dir) = picked else {
            return Ok(None);
        };
        let marks = self.settings.get().export_marks;
        engine.exports().export(&ids, &dir, marks).await?;
        Ok(Some(dir.to_string_lossy().into_owned()))
    }
}

/// The library folder for these settings.
fn dir_for(pinned: Option<&Path>, default_dir: &Path, settings: &Settings) -> PathBuf {
    if let Some(d) = pinned {
        return d.to_path_buf();
    }
    match &settings.download_dir {
        Some(d) if Path::new(d).is_absolute() => PathBuf::from(d),
        _ => default_dir.to_path_buf(),
    }
}
