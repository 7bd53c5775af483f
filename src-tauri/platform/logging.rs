//! Log file `ulazai-studio.log` in the log dir (level from `RUST_LOG`, default info).
//! Nothing logged carries the API key: `ApiKey`'s Debug/Display are masked and the engine's
//! errors never include headers.

use std::fs::OpenOptions;
use std::path::Path;
use std::sync::Mutex;

pub const LOG_FILE: &str = "ulazai-studio.log";
const MAX_BYTES: u64 = 5 * 1024 * 1024;

/// Install the process-wide subscriber (first call wins; later calls do nothing).
pub fn init(dir: &Path) {
    let path = dir.join(LOG_FILE);
    if std::fs::metadata(&path).is_ok_and(|m| m.len() > MAX_BYTES) {
        let _ = std::fs::rename(&path, dir.join(format!("{LOG_FILE}.old")));
    }
    let Ok(file) = OpenOptions::new().create(true).append(true).open(&path) else {
        return;
    };
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
