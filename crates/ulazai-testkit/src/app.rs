//! The real app binary as a process (no WebDriver): for tests that kill it, restart it and
//! read what it left on disk.

use std::path::Path;
use std::process::{Child, Command, Stdio};

/// Starts `binary` (the app) with its own data folder and keyring service, against
/// `base_url`, not in demo mode, logging at info, its output discarded.
pub fn launch(binary: &Path, data_dir: &Path, base_url: &str, keyring_service: &str) -> Child {
    Command::new(binary)
        .env("ULAZAI_BASE_URL", base_url)
        .env("ULAZAI_STUDIO_DATA_DIR", data_dir)
        .env("ULAZAI_KEYRING_SERVICE", keyring_service)
        .env_remove("ULAZAI_DEMO")
        .env("RUST_LOG", "info")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the app starts")
}
