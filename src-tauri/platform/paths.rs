//! Where the app keeps its files, all under one data dir (`ULAZAI_STUDIO_DATA_DIR` or the
//! OS's per-user, per-machine app data dir: `~/.local/share/<id>` on Linux,
//! `~/Library/Application Support/<id>` on macOS, `%LOCALAPPDATA%\<id>` on Windows — not
//! the roaming `%APPDATA%`, which a domain profile copies between computers: the library
//! index names files on this computer, and posters and working files are caches), logs in
//! the OS's log dir (`%LOCALAPPDATA%\<id>\logs` on Windows), written through the engine's `store::json_file` (atomic; an
//! unreadable file is set aside, never overwritten):
//! - `settings.json`: user settings and the remembered demo choice (`studio::settings`);
//! - `jobs.db` (+ its `-wal`, `-shm`): the engine's job library, an SQLite database (jobs,
//!   folders, merge records, notified ids, the queue), written row by row (the engine's
//!   `store::database`). Demo mode: `demo-jobs.db` + the simulator's `demo-simulator.json`.
//!   `jobs.json` / `demo-jobs.json` are the stores of earlier versions: moved into the
//!   database at the first start, kept as `*.json.migrated` until the next one;
//! - `library.db` (+ its `-wal`, `-shm`): job id -> file in the library folder, and the
//!   clip's length (the engine's `Library`), an SQLite database written a row per change;
//!   `library.json`, the index of earlier versions, moves in at the first start and is kept
//!   as `library.json.migrated` until the next one;
//! - `window-state.json` (tauri-plugin-window-state), `logs/`;
//! - `work/`: working files of the app's own (a local merge's concat list, private and
//!   removed afterwards), never the shared temp folder.
//!
//! On unix the data, log and work folders are 0700 and the app's files 0600 (tightened at
//! start when found wider); with no data folder from the OS the app does not start (it
//! says why) rather than use a predictable place in the shared temp folder.
//!
//! The API key is never written to any of them.

use std::fs;
use std::path::{Path, PathBuf};

use tauri::{Manager, Runtime};
use ulazai_engine::owner_only;

use crate::config::StudioConfig;

pub const SETTINGS_FILE: &str = "settings.json";
/// The job library (SQLite).
pub const JOBS_DB_FILE: &str = "jobs.db";
pub const DEMO_JOBS_DB_FILE: &str = "demo-jobs.db";
/// The job stores of earlier versions, moved into the databases at the first start.
pub const JOBS_FILE: &str = "jobs.json";
pub const DEMO_JOBS_FILE: &str = "demo-jobs.json";
pub const DEMO_SIM_FILE: &str = "demo-simulator.json";
/// Which job's result is which file in the library (SQLite).
pub const LIBRARY_INDEX_FILE: &str = ulazai_engine::library::INDEX_FILE;
/// The library index of earlier versions, moved into the database at the first start.
pub const LEGACY_LIBRARY_INDEX_FILE: &str = ulazai_engine::library::LEGACY_INDEX_FILE;
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
    /// The folders, made (or tightened to) the creator's alone: see [`make_private`].
    /// Fails with a sentence for the creator when the OS names no data folder or a folder
    /// cannot be made private; never falls back to a shared, predictable place such as
    /// the temp folder.
    pub fn resolve<R: Runtime, M: Manager<R>>(cfg: &StudioConfig, app: &M) -> Result<Dirs, String> {
        let (data, logs) = match &cfg.data_dir {
            Some(d) => (d.clone(), d.join("logs")),
            None => {
                let data = app.path().app_local_data_dir().map_err(|e| {
                    format!(
                        "UlazAI Studio cannot find a folder for its data ({e}); set \
                         ULAZAI_STUDIO_DATA_DIR to a folder of yours."
                    )
                })?;
                let logs = app
                    .path()
                    .app_log_dir()
                    .unwrap_or_else(|_| data.join("logs"));
                (data, logs)
            }
        };
        make_private(&data, &logs)?;
        let default_library = match &cfg.data_dir {
            Some(d) => d.join("Library"),
            None => app
                .path()
                .video_dir()
                .or_else(|_| app.path().home_dir().map(|h| h.join("Videos")))
                .unwrap_or_else(|_| data.join("Library"))
                .join("UlazAI Studio"),
        };
        Ok(Dirs {
            data,
            logs,
            default_library,
        })
    }
}

/// The data, log and work folders created 0700, or tightened to it when an earlier
/// version (or the umask) left them wider, and the files the app keeps in the data folder
/// tightened to 0600 (unix; `ulazai_engine::owner_only`). On Windows they live in the
/// user's own `%LOCALAPPDATA%`, private already.
fn make_private(data: &Path, logs: &Path) -> Result<(), String> {
    let refused = |what: &Path, e: std::io::Error| {
        format!(
            "UlazAI Studio cannot keep {} private to you: {e}.",
            what.display()
        )
    };
    for dir in [data, logs, &data.join(WORK_DIR)] {
        owner_only::private_dir(dir).map_err(|e| refused(dir, e))?;
    }
    for name in [
        SETTINGS_FILE,
        JOBS_DB_FILE,
        DEMO_JOBS_DB_FILE,
        JOBS_FILE,
        DEMO_JOBS_FILE,
        DEMO_SIM_FILE,
        LIBRARY_INDEX_FILE,
        LEGACY_LIBRARY_INDEX_FILE,
        WINDOW_STATE_FILE,
    ] {
        let file = data.join(name);
        // A regular file only: a link is never followed out of the folder.
        if fs::symlink_metadata(&file).is_ok_and(|m| m.is_file()) {
            owner_only::tighten(&file, false).map_err(|e| refused(&file, e))?;
        }
    }
    Ok(())
}

#[cfg(all(test, windows))]
mod tests {
    use super::*;

    /// On Windows the data and the logs are under `%LOCALAPPDATA%` (this computer's, not
    /// the roaming profile), in the app's own folder.
    #[test]
    fn windows_keeps_data_and_logs_under_local_app_data() {
        let app = tauri::test::mock_app();
        let dirs = Dirs::resolve(&StudioConfig::default(), &app).unwrap();
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

#[cfg(all(test, unix))]
mod unix_tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(p: &std::path::Path) -> u32 {
        fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    /// The data, log and work folders are the creator's alone at start, also when an
    /// earlier version made them (and the files in them) with the umask's 0755/0644.
    #[test]
    fn the_data_log_and_work_folders_are_owner_only_at_start() {
        let d = tempfile::tempdir().unwrap();
        let data = d.path().join("profile");
        fs::create_dir_all(data.join("logs")).unwrap();
        fs::set_permissions(&data, fs::Permissions::from_mode(0o755)).unwrap();
        fs::set_permissions(data.join("logs"), fs::Permissions::from_mode(0o755)).unwrap();
        let jobs = data.join(JOBS_FILE);
        fs::write(&jobs, b"{}").unwrap();
        fs::set_permissions(&jobs, fs::Permissions::from_mode(0o644)).unwrap();
        let cfg = StudioConfig {
            data_dir: Some(data.clone()),
            ..StudioConfig::default()
        };
        let app = tauri::test::mock_app();
        let dirs = Dirs::resolve(&cfg, &app).unwrap();
        assert_eq!(dirs.data, data);
        assert_eq!(mode(&data), 0o700, "the data folder");
        assert_eq!(mode(&dirs.logs), 0o700, "the log folder");
        assert_eq!(mode(&data.join(WORK_DIR)), 0o700, "the work folder");
        assert_eq!(mode(&jobs), 0o600, "jobs.json");
    }
}
