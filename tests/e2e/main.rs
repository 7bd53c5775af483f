//! End-to-end tests: the real app binary, driven through WebDriver in its real window, against
//! the UlazAI simulator over loopback. Run inside tests/harness/desktop-session.sh (the
//! README's `make test` does), which provides Xvfb, D-Bus, gnome-keyring and a notification
//! recorder. Each test starts its own app window; up to `ULAZAI_E2E_WINDOWS` (3) at a time;
//! tests that use the X pointer, keyboard or focus get a display of their own
//! ([`own_display`]).

mod a11y;
mod announce;
mod demo;
mod drag_out;
mod edit;
use ulazai_testkit::webdriver as driver;
mod flows;
mod generate;
mod journey;
mod keyboard;
mod keys;
mod layout;
mod library;
mod organise;
mod queue;
mod session;
mod settings;
mod variations;

use std::time::Duration;

use ulazai_sim::{SimConfig, SimHandle};

/// How many app windows may be open at once (`ULAZAI_E2E_WINDOWS`, default 3): each app has
/// its own data folder, keyring service, single-instance id and WebDriver ports, so tests
/// that only use their own window overlap on the one display.
fn windows_at_once() -> u32 {
    std::env::var("ULAZAI_E2E_WINDOWS")
        .ok()
        .and_then(|n| n.parse().ok())
        .filter(|n| *n >= 1)
        .unwrap_or(3)
}

static WINDOWS: std::sync::OnceLock<(tokio::sync::Semaphore, u32)> = std::sync::OnceLock::new();

fn windows() -> &'static (tokio::sync::Semaphore, u32) {
    WINDOWS.get_or_init(|| {
        let n = windows_at_once();
        (tokio::sync::Semaphore::new(n as usize), n)
    })
}

/// A place for one more app window beside others (held for the test's length).
pub async fn window() -> tokio::sync::SemaphorePermit<'static> {
    windows()
        .0
        .acquire()
        .await
        .expect("the window count is never closed")
}

/// A place beside the other windows, on an X display of the test's own (a private Xvfb),
/// for a test that uses what windows on one display share: the real X pointer or keyboard
/// (xdotool: drag-out, typing into the sign-in window) or keyboard focus (the keyboard-only
/// tests: with three windows open a focused element's tooltip was not shown). Launch the
/// app with [`OwnPlace::env`] and run X clients with `App::x_command`.
pub async fn own_display() -> driver::TestResult<OwnPlace> {
    let place = window().await;
    let display = ulazai_testkit::display::OwnDisplay::start()?;
    Ok(OwnPlace {
        _place: place,
        display,
    })
}

/// A window's place and the display it is shown on (both held for the test's length).
pub struct OwnPlace {
    _place: tokio::sync::SemaphorePermit<'static>,
    display: ulazai_testkit::display::OwnDisplay,
}

impl OwnPlace {
    /// What `App::launch` adds so that the app opens on this display.
    pub fn env(&self) -> [(&str, &str); 1] {
        [("DISPLAY", self.display.name())]
    }
}

/// A simulator whose renders take long enough to be seen pending and processing (the app's
/// first check comes 4.5 s after a job is created), done 11 s after creation; its model
/// matrix says every model typically takes 9–13 s, so the app looks when that render is
/// done, as it does on the real service with the real matrix (told "30–45 s", it would
/// next look 20 s later).
pub fn sim_config() -> SimConfig {
    SimConfig {
        speed: 1.0,
        pending_secs: 2.0,
        render_secs: Some(9.0),
        typical_secs: Some((9, 13)),
        ..Default::default()
    }
}

/// A simulator on a free loopback port.
pub async fn sim_with(config: SimConfig) -> SimHandle {
    ulazai_testkit::sim::start(config).await
}

pub async fn sim() -> SimHandle {
    sim_with(sim_config()).await
}

pub const RENDER_TIMEOUT: Duration = Duration::from_secs(45);
