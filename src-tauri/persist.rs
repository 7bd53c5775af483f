//! What the app keeps on disk, all under one data dir (`ULAZAI_STUDIO_DATA_DIR` or the OS
//! app data dir):
//! - `settings.json`: user settings, through tauri-plugin-store. The plugin's own `save()`
//!   is a plain `fs::write` (truncate + write: NOT atomic; a crash mid-write leaves a torn
//!   file) and it re-saves every store on exit the same way. So the plugin is used to load
//!   and hold the values, its resource is closed right after loading (no exit re-save), and
//!   every change is written here with tmp file + fsync + rename. A file that cannot be read
//!   is moved aside (kept as `settings.json.corrupt-<time>`) and defaults are used.
//! - `jobs.json`: the engine's snapshot (jobs, folders, merge records, notified ids) through
//!   the engine's `JsonFilePersist` (atomic tmp+rename, corrupt file moved aside, debounced
//!   by the engine). Demo mode: `demo-jobs.json` + the simulator's `demo-simulator.json`.
//! - `library.json`: job id -> file in the library folder.
//! - `window-state.json` (tauri-plugin-window-state), `logs/`.
//!
//! The API key is never written to any of them.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::Value;
use tauri::{Manager, Runtime};
use ulazai_engine::store::{JsonFilePersist, MemoryPersist, Persist};

use crate::config::StudioConfig;
use crate::ipc_types::Settings;

pub const SETTINGS_FILE: &str = "settings.json";
pub const JOBS_FILE: &str = "jobs.json";
pub const DEMO_JOBS_FILE: &str = "demo-jobs.json";
pub const DEMO_SIM_FILE: &str = "demo-simulator.json";
/// Which job's result is which file in the library.
pub const LIBRARY_INDEX_FILE: &str = "library.json";
pub const WINDOW_STATE_FILE: &str = "window-state.json";
const KEY_SETTINGS: &str = "settings";
const KEY_DEMO: &str = "demo_mode";

/// Resolved directories.
#[derive(Debug, Clone)]
pub struct Dirs {
    pub data: PathBuf,
    pub logs: PathBuf,
    /// The library folder when none is chosen: `Videos/UlazAI Studio` (or
    /// `<data>/Library` for a profile given by `ULAZAI_STUDIO_DATA_DIR`).
    pub default_library: PathBuf,
}

impl Dirs {
    pub fn resolve<R: Runtime, M: Manager<R>>(cfg: &StudioConfig, app: &M) -> Dirs {
        let (data, logs) = match &cfg.data_dir {
            Some(d) => (d.clone(), d.join("logs")),
            None => {
                let data = app
                    .path()
                    .app_data_dir()
                    .unwrap_or_else(|_| std::env::temp_dir().join("ulazai-studio"));
                let logs = app
                    .path()
                    .app_log_dir()
                    .unwrap_or_else(|_| data.join("logs"));
                (data, logs)
            }
        };
        let _ = fs::create_dir_all(&data);
        let _ = fs::create_dir_all(&logs);
        let default_library = match &cfg.data_dir {
            Some(d) => d.join("Library"),
            None => app
                .path()
                .video_dir()
                .or_else(|_| app.path().home_dir().map(|h| h.join("Videos")))
                .unwrap_or_else(|_| data.join("Library"))
                .join("UlazAI Studio"),
        };
        Dirs {
            data,
            logs,
            default_library,
        }
    }
}

/// The engine's persistence for the real service.
pub fn job_persist(dirs: &Dirs) -> Arc<dyn Persist> {
    Arc::new(JsonFilePersist::new(dirs.data.join(JOBS_FILE)))
}

/// Memory only (a store that cannot be written at all).
pub fn memory_persist() -> Arc<dyn Persist> {
    Arc::new(MemoryPersist::default())
}

/// Demo jobs: the embedded simulator keeps its state in `demo-simulator.json`, so its
/// jobs are kept like real ones, in their own file.
pub fn demo_persist(dirs: &Dirs) -> Arc<dyn Persist> {
    Arc::new(JsonFilePersist::new(dirs.data.join(DEMO_JOBS_FILE)))
}

/// Write `bytes` to `path` atomically: tmp file in the same dir, fsync, rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    let tmp = path.with_extension("json.tmp");
    {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    fs::rename(&tmp, path)
}

/// If `path` exists but is not a JSON object, move it aside (kept) and say where.
pub fn move_aside_if_corrupt(path: &Path) -> Option<PathBuf> {
    let bytes = fs::read(path).ok()?;
    match serde_json::from_slice::<Value>(&bytes) {
        Ok(Value::Object(_)) => None,
        _ => {
            let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S");
            let name = format!(
                "{}.corrupt-{stamp}",
                path.file_name().and_then(|n| n.to_str()).unwrap_or("file")
            );
            let aside = path.with_file_name(name);
            match fs::rename(path, &aside) {
                Ok(()) => {
                    tracing::warn!(file = %path.display(), kept = %aside.display(),
                        "unreadable file moved aside");
                    Some(aside)
                }
                Err(e) => {
                    tracing::error!(file = %path.display(), error = %e, "cannot move file aside");
                    None
                }
            }
        }
    }
}

/// The little a settings store must do; implemented over tauri-plugin-store's `Store<R>`
/// so that the rest of the shell does not depend on the runtime type.
pub trait KvStore: Send + Sync {
    fn get(&self, key: &str) -> Option<Value>;
    fn set(&self, key: &str, value: Value);
    fn entries(&self) -> Vec<(String, Value)>;
}

impl<R: Runtime> KvStore for tauri_plugin_store::Store<R> {
    fn get(&self, key: &str) -> Option<Value> {
        tauri_plugin_store::Store::get(self, key)
    }
    fn set(&self, key: &str, value: Value) {
        tauri_plugin_store::Store::set(self, key, value)
    }
    fn entries(&self) -> Vec<(String, Value)> {
        tauri_plugin_store::Store::entries(self)
    }
}

/// Settings + the remembered demo choice.
pub struct SettingsStore {
    path: PathBuf,
    kv: Arc<dyn KvStore>,
    write_lock: std::sync::Mutex<()>,
}

impl SettingsStore {
    /// Open `settings.json` in the data dir through tauri-plugin-store (the plugin must be
    /// registered). An unreadable file is moved aside first.
    pub fn open<R: Runtime>(app: &tauri::AppHandle<R>, dirs: &Dirs) -> Result<Self, String> {
        use tauri_plugin_store::StoreExt;
        let path = dirs.data.join(SETTINGS_FILE);
        move_aside_if_corrupt(&path);
        let store = app
            .store_builder(&path)
            .disable_auto_save()
            .build()
            .map_err(|e| format!("settings store: {e}"))?;
        // Take it out of the plugin's resource table: the plugin would otherwise re-save it
        // on exit with its non-atomic write. Our Arc keeps it usable.
        store.close_resource();
        Ok(SettingsStore {
            path,
            kv: store,
            write_lock: Default::default(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn settings(&self) -> Settings {
        self.kv
            .get(KEY_SETTINGS)
            .and_then(|v| serde_json::from_value(v).ok())
            .unwrap_or_default()
    }

    pub fn set_settings(&self, s: &Settings) -> std::io::Result<()> {
        self.kv
            .set(KEY_SETTINGS, serde_json::to_value(s).unwrap_or(Value::Null));
        self.save()
    }

    pub fn demo_mode(&self) -> bool {
        self.kv
            .get(KEY_DEMO)
            .and_then(|v| v.as_bool())
            .unwrap_or(false)
    }

    pub fn set_demo_mode(&self, on: bool) -> std::io::Result<()> {
        self.kv.set(KEY_DEMO, Value::Bool(on));
        self.save()
    }

    fn save(&self) -> std::io::Result<()> {
        let _guard = self.write_lock.lock().unwrap();
        let map: serde_json::Map<String, Value> = self.kv.entries().into_iter().collect();
        let bytes = serde_json::to_vec_pretty(&Value::Object(map)).unwrap_or_default();
        write_atomic(&self.path, &bytes)
    }
}
