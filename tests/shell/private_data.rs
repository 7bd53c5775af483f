//! The creator's data stays theirs on a shared computer (unix): after a start and a real
//! cycle (a key, a render, a download, a settings change, a quit) the data, log and work
//! folders are 0700 and every file the app wrote there (`jobs.db`, `library.db` and the
//! databases' `-wal`/`-shm`, `settings.json`, the log) 0600, whatever the umask. A profile an earlier version made
//! with 0755/0644 is tightened at start.

use crate::support::*;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::Duration;

use serde_json::json;

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p)
        .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        .permissions()
        .mode()
        & 0o777
}

#[test]
fn the_data_log_and_work_folders_and_their_files_are_owner_only() {
    if !desktop_session("private_data") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("profile");
    // An earlier version's profile: the umask's modes.
    std::fs::create_dir_all(data.join("logs")).unwrap();
    for d in [&data, &data.join("logs")] {
        std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let key = test_key();
    let sim = start_sim(&key, 20.0, 2.0);
    let t = TestApp::start(config(&data, Some(sim.base_url())));
    t.session_key(&key);
    let jobs = t.ok(
        "generate",
        json!({"params": veo_params("private: a note to self", 1)}),
    );
    let ids = ids_of(&jobs);
    t.wait_terminal(&ids, Duration::from_secs(40));
    t.ok("download_result", json!({"id": ids[0]}));
    let mut settings = t.ok("get_settings", json!({}));
    settings["theme"] = json!("dark");
    t.ok("set_settings", json!({"settings": settings}));
    t.shutdown();

    let dirs = t.studio().dirs().clone();
    assert_eq!(dirs.data, data);
    for folder in [&dirs.data, &dirs.logs, &dirs.data.join("work")] {
        assert_eq!(mode(folder), 0o700, "{}", folder.display());
    }
    for file in [
        dirs.data.join("jobs.db"),
        dirs.data.join("library.db"),
        dirs.data.join("settings.json"),
        dirs.logs.join(ulazai_studio::platform::logging::LOG_FILE),
    ] {
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }
    // The databases' sidecars: the library's are there (the download above wrote its row
    // through the WAL, and the library is still open); the job database's close at the
    // quit removed its own, checked while they are there.
    for side in [
        "library.db-wal",
        "library.db-shm",
        "jobs.db-wal",
        "jobs.db-shm",
    ] {
        let file = dirs.data.join(side);
        if side.starts_with("library") || file.exists() {
            assert_eq!(mode(&file), 0o600, "{}", file.display());
        }
    }
    sim.shutdown();
}
