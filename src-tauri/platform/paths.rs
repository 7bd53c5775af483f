//! Where the app keeps its files, all under one data dir (`ULAZAI_STUDIO_DATA_DIR` or the
//! OS's per-user, per-machine app data dir: `~/.local/share/<id>` on Linux,
//! `~/Library/Application Support/<id>` on macOS, `%LOCALAPPDATA%\<id>` on Windows — not
//! the roaming `%APPDATA%`, which a domain profile copies between computers: the library
//! index names files on this computer, and posters and working files are caches), logs in
//! the OS's log dir (`%LOCALAPPDATA%\<id>\logs` on Windows), written through the engine's `store::json_file` (atomic; an
//! unreadable file is set aside, never overwritten):
//! - `settings.json`: user settings and the remembered demo choice (`studio::settings`);
//! - `jobs.json`: the engine's snapshot (jobs, folders, merge records, notified ids),
//!   debounced by the engine. Demo mode: `demo-jobs.json` + the simulator's
//!   `demo-simulator.json`;
//! - `library.json`: job id -> file in the library folder (the engine's `Library`);
//! - `window-state.json` (tauri-plugin-window-state), `logs/`;
//! - `work/`: working files of the app's own (a local merge's concat list, private and
//!   removed afterwards), never the shared temp folder.
//!
//! The API key is never written to any of them.

use std::fs;
use std::path::PathBuf;

use tauri::{Manager, Runtime};

use crate::config::StudioConfig;

pub const SETTINGS_FILE: &str = "settings.json";
pub const JOBS_FILE: &str = "jobs.json";
pub const DEMO_JOBS_FILE: &str = "demo-jobs.json";
pub const DEMO_SIM_FILE: &str = "demo-simulator.json";
/// Which job's result is which file in the library.
pub const LIBRARY_INDEX_FILE: &str = "library.json";
pub const WINDOW_STATE_FILE: &str = "window-state.json";
/// Working files (a local merge's concat list).
pub const WORK_DIR: &str = "work";

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
                    .app_local_data_dir()
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

#[cfg(all(test, windows))]
mod tests {
    use super::*;

    /// On Windows the data and the logs are under `%LOCALAPPDATA%` (this computer's, not
    /// the roaming profile), in the app's own folder.
    #[test]
    fn windows_keeps_data_and_logs_under_local_app_data() {
        let app = tauri::test::mock_app();
        let dirs = Dirs::resolve(&StudioConfig::default(), &app);
        let local = PathBuf::from(std::env::var_os("LOCALAPPDATA").expect("LOCALAPPDATA"));
        let roaming = PathBuf::from(std::env::var_os("APPDATA").expect("APPDATA"));
        let id = &app.config().identifier;
        assert_eq!(dirs.data, local.join(id));
        assert!(
            dirs.logs.starts_with(local.join(id)),
            "{}",
            dirs.logs.display()
        );
        assert!(!dirs.data.starts_with(&roaming), "{}", dirs.data.display());
        assert!(dirs.data.is_dir() && dirs.logs.is_dir());
    }
}
