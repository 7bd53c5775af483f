//! The creator's settings and the remembered demo choice: `settings.json` in the data dir,
//! `{"settings": {...}, "demo_mode": bool}`, held in memory and written atomically on every
//! change (the engine's `store::json_file`); a file that cannot be read as such is set
//! aside and the defaults are used.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use ulazai_engine::store::json_file::{self, Loaded};

use crate::ipc::types::Settings;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct SettingsFile {
    #[serde(default)]
    settings: Settings,
    #[serde(default)]
    demo_mode: bool,
}

pub struct SettingsStore {
    path: PathBuf,
    current: Mutex<SettingsFile>,
}

impl SettingsStore {
    /// Read `path` (missing: defaults; unreadable: set aside, defaults).
    pub fn open(path: PathBuf) -> SettingsStore {
        let current = match json_file::read_json::<SettingsFile>(&path) {
            Ok(Loaded::Read(f)) => f,
            Ok(_) => SettingsFile::default(),
            Err(e) => {
                tracing::error!(error = %e, "cannot read the settings; using the defaults");
                SettingsFile::default()
            }
        };
        SettingsStore {
            path,
            current: Mutex::new(current),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn settings(&self) -> Settings {
        self.current.lock().unwrap().settings.clone()
    }

    pub fn set_settings(&self, s: &Settings) -> std::io::Result<()> {
        self.change(|f| f.settings = s.clone())
    }

    pub fn demo_mode(&self) -> bool {
        self.current.lock().unwrap().demo_mode
    }

    pub fn set_demo_mode(&self, on: bool) -> std::io::Result<()> {
        self.change(|f| f.demo_mode = on)
    }

    /// Change and save while holding the lock: writes never interleave.
    fn change(&self, f: impl FnOnce(&mut SettingsFile)) -> std::io::Result<()> {
        let mut current = self.current.lock().unwrap();
        f(&mut current);
        json_file::write_json(&self.path, &*current, true)
    }
}

impl super::Studio {
    pub fn settings(&self) -> Settings {
        self.settings.settings()
    }

    pub(super) fn save_settings(&self, s: &Settings) -> Result<(), super::StudioError> {
        self.settings
            .set_settings(s)
            .map_err(|e| super::StudioError::Save(format!("Could not save the settings: {e}")))
    }

    /// Keep new settings. The library follows; a changed server restarts the engine
    /// against it (unless `ULAZAI_BASE_URL` pins the server, or in demo mode).
    pub async fn set_settings(
        self: &std::sync::Arc<Self>,
        mut s: Settings,
    ) -> Result<Settings, super::StudioError> {
        self.wait_ready().await;
        s.base_url_override = match s.base_url_override.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(raw) => Some(ulazai_engine::urls::server(raw).map_err(|e| {
                super::StudioError::BadUrl(format!("The server address cannot be used: {e}."))
            })?),
        };
        s.download_dir = s
            .download_dir
            .map(|d| d.trim().to_string())
            .filter(|d| !d.is_empty());
        let before = self.settings.settings();
        self.save_settings(&s)?;
        self.library_follows(&s).await;
        let server_changed =
            before.base_url_override != s.base_url_override && self.cfg.base_url.is_none();
        if server_changed && !self.is_demo().await {
            self.switch(false).await?;
        }
        Ok(s)
    }
}
