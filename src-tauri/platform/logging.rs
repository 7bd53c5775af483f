//! Log file `ulazai-studio.log` in the log dir (level from `RUST_LOG`, default info).
//! Nothing logged carries the API key: `ApiKey`'s Debug/Display are masked and the engine's
//! errors never include headers.

use std::path::Path;
use std::sync::Mutex;

use ulazai_engine::owner_only;

pub const LOG_FILE: &str = "ulazai-studio.log";
const MAX_BYTES: u64 = 5 * 1024 * 1024;

/// Install the process-wide subscriber (first call wins; later calls do nothing).
pub fn init(dir: &Path) {
    let path = dir.join(LOG_FILE);
    if std::fs::metadata(&path).is_ok_and(|m| m.len() > MAX_BYTES) {
        let old = dir.join(format!("{LOG_FILE}.old"));
        let _ = std::fs::rename(&path, &old);
        let _ = owner_only::tighten(&old, false);
    }
    // The creator's alone (job ids, file paths and server errors appear in it): 0600 on
    // unix, also a log an earlier version wrote wider.
    let Ok(file) = owner_only::file_options()
        .create(true)
        .append(true)
        .open(&path)
    else {
        return;
    };
    let _ = owner_only::tighten(&path, false);
    let mut filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    // Transport-level traces may print request headers (the Authorization header): never.
    for quiet in [
        "hyper=info",
        "hyper_util=info",
        "reqwest=info",
        "h2=info",
        "rustls=info",
    ] {
        if let Ok(d) = quiet.parse() {
            filter = filter.add_directive(d);
        }
    }
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(false)
        .with_writer(Mutex::new(file))
        .try_init();
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    /// The log is the creator's alone: 0600, also when
    /// an earlier version wrote it 0644.
    #[test]
    fn the_log_file_is_owner_only() {
        let d = tempfile::tempdir().unwrap();
        let log = d.path().join(LOG_FILE);
        std::fs::write(&log, b"an earlier run\n").unwrap();
        std::fs::set_permissions(&log, std::fs::Permissions::from_mode(0o644)).unwrap();
        init(d.path());
        let mode = std::fs::metadata(&log).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}
