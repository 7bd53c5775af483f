//! What the workspace's tests share, in one place (used only as a dev-dependency):
//!
//! - [`sim`]: the UlazAI simulator on a free loopback port, from async or plain tests;
//! - [`app`]: the real app binary started as a process with its own data folder and keyring;
//! - [`webdriver`] (feature `webdriver`): the app in its real window through tauri-driver,
//!   with a session that starts tauri-driver again on new ports when none comes up;
//! - [`display`]: an X display of a test's own (a private Xvfb), for tests that use the X
//!   pointer, keyboard or focus;
//! - [`net`]: a loopback listener that counts the connections made to it;
//! - [`notify_log`]: the desktop session's record of notifications (`NOTIFY_LOG`);
//! - [`store`]: the app's files as a test reads them (the job database `jobs.db`, the
//!   library index);
//! - [`layers`]: each crate's modules keep the layers its root doc declares (no cycle, no
//!   use upward).

pub mod app;
pub mod display;
pub mod layers;
pub mod net;
pub mod notify_log;
pub mod sim;
pub mod store;
#[cfg(feature = "webdriver")]
pub mod webdriver;

use std::path::{Path, PathBuf};

/// The workspace's root folder (where `target/` and `tests/` are).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}
