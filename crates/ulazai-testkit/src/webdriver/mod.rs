//! Drives the real app binary through tauri-driver + WebKitWebDriver, under the display the
//! test harness provides (tests/harness/desktop-session.sh starts Xvfb, a private D-Bus bus,
//! gnome-keyring and a notification recorder). Every launch gets its own data folder and
//! keyring service name; the app talks to a simulator started in this process.
//!
//! A session that does not come up is tried again with a NEW tauri-driver on new ports: a
//! tauri-driver that answers none of its session requests (seen once on a first run, "the
//! webdriver server did not respond") does not recover by being asked again.
//!
//! - [`profile`]: a test's data folder and keyring service, and the key put there;
//! - [`session`]: tauri-driver started, a session through it, ended with its process group;
//! - [`page`]: what a test does in the page (find, click, type, drag, read, screenshot).

mod page;
mod profile;
mod session;

use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use fantoccini::Client;

pub use profile::{children, environ, process_of, web_processes, Profile};

pub type TestResult<T = ()> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// Names the step an error came from: a bare WebDriver error does not say where it happened.
pub trait Step<T> {
    fn step(self, what: &str) -> TestResult<T>;
}

impl<T, E: std::fmt::Debug> Step<T> for Result<T, E> {
    fn step(self, what: &str) -> TestResult<T> {
        self.map_err(|e| format!("{what}: {e:?}").into())
    }
}

/// One running app window under WebDriver.
pub struct App {
    pub client: Client,
    driver: Child,
    /// The X display the app was started on, when the launch named one (`DISPLAY` in its
    /// env); else the session's.
    display: Option<String>,
}

/// Is everything an end-to-end run needs here? Outside the test harness (no display, no
/// WebKitWebDriver) the tests print why they do not run; inside it (`ULAZAI_DESKTOP_SESSION`
/// set, as in CI) a missing piece is a failure, not a skip.
pub fn e2e_available() -> bool {
    let in_session = std::env::var_os("ULAZAI_DESKTOP_SESSION").is_some();
    let display = std::env::var_os("DISPLAY").is_some();
    let driver = tauri_driver_path().is_some();
    let webkit = which("WebKitWebDriver").is_some();
    if display && driver && webkit {
        return true;
    }
    let why = format!("display={display} tauri-driver={driver} WebKitWebDriver={webkit}");
    if in_session {
        panic!("end-to-end tests cannot run inside the desktop session: {why}");
    }
    eprintln!("skipping end-to-end test outside tests/harness/desktop-session.sh ({why})");
    false
}

fn which(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join(name))
            .find(|p| p.is_file())
    })
}

fn tauri_driver_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("TAURI_DRIVER") {
        return Some(PathBuf::from(p));
    }
    let local = crate::workspace_root().join("target/tools/bin/tauri-driver");
    if local.is_file() {
        return Some(local);
    }
    which("tauri-driver")
}

/// The app binary under test: `ULAZAI_APP` when set (the packaging check points it at the
/// INSTALLED /usr/bin/ulazai-studio), else the one cargo built beside the running test or
/// benchmark (`target/<profile>/ulazai-studio`, as `CARGO_BIN_EXE_ulazai-studio` names it).
pub fn app_binary() -> PathBuf {
    if let Some(p) = std::env::var_os("ULAZAI_APP") {
        return PathBuf::from(p);
    }
    let exe = std::env::current_exe().expect("the test's own path");
    // target/<profile>/deps/<test>-<hash> -> target/<profile>/ulazai-studio
    exe.parent()
        .and_then(Path::parent)
        .map(|dir| dir.join("ulazai-studio"))
        .expect("the test runs from target/<profile>/deps")
}

impl App {
    /// A command for an X client (xdotool, a probe) that talks to this app's display.
    pub fn x_command(&self, program: &str) -> Command {
        let mut cmd = Command::new(program);
        if let Some(d) = &self.display {
            cmd.env("DISPLAY", d);
        }
        cmd
    }

    /// Ends the WebDriver session (which ends the app) and tauri-driver.
    pub async fn close(self) -> TestResult {
        let result = self.client.clone().close().await;
        drop(self);
        result.map_err(|e| e.into())
    }
}

impl Drop for App {
    /// A failed test returns early: its tauri-driver (and so the app) must not outlive it.
    fn drop(&mut self) {
        session::end_driver(&mut self.driver);
    }
}

/// Polls `check` until it returns `Some`, or fails with `what`.
pub async fn eventually<T, F, Fut>(timeout: Duration, what: &str, mut check: F) -> TestResult<T>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = TestResult<Option<T>>>,
{
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(v) = check().await? {
            return Ok(v);
        }
        if Instant::now() > deadline {
            return Err(format!("timed out after {timeout:?}: {what}").into());
        }
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
}
