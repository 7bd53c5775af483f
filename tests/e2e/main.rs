//! End-to-end tests: the real app binary, driven through WebDriver in its real window, against
//! the UlazAI simulator over loopback. Run inside tests/harness/desktop-session.sh (the
//! README's `make test` does), which provides Xvfb, D-Bus, gnome-keyring and a notification
//! recorder. Each test starts its own app window; up to `ULAZAI_E2E_WINDOWS` (2) at a time,
//! except tests that need the display to themselves ([`window_alone`]).

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

/// How many app windows may be open at once (`ULAZAI_E2E_WINDOWS`, default 2): each app has
/// its own data folder, keyring service, single-instance id and WebDriver ports, so tests
/// that only use their own window overlap on the one display.
fn windows_at_once() -> u32 {
    std::env::var("ULAZAI_E2E_WINDOWS")
        .ok()
        .and_then(|n| n.parse().ok())
        .filter(|n| *n >= 1)
        .unwrap_or(2)
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

/// The display to itself, for a test that uses what windows share: the real X pointer or
/// keyboard (xdotool), keyboard focus (the keyboard-only tests: with three windows open a
/// focused element's tooltip was not shown).
///
/// With a test thread to spare (`--test-threads` above the window count, as `make test`
/// runs them) it waits without holding a place in line: the other threads go on with shared
/// tests, and it runs when they pause. Otherwise it queues in order (shared tests that come
/// later wait behind it), so it is not left waiting while the only other thread runs every
/// remaining test one by one.
pub async fn window_alone() -> tokio::sync::SemaphorePermit<'static> {
    let (places, n) = windows();
    if test_threads() <= *n as usize {
        return places
            .acquire_many(*n)
            .await
            .expect("the window count is never closed");
    }
    loop {
        match places.try_acquire_many(*n) {
            Ok(all) => return all,
            Err(tokio::sync::TryAcquireError::NoPermits) => {
                tokio::time::sleep(Duration::from_millis(100)).await
            }
            Err(e) => panic!("the window count is never closed: {e}"),
        }
    }
}

/// The test threads this run has: `--test-threads N`, else `RUST_TEST_THREADS`, else the
/// number of cores (libtest's own order).
fn test_threads() -> usize {
    let args: Vec<String> = std::env::args().collect();
    let from_args = args.iter().enumerate().find_map(|(i, a)| {
        a.strip_prefix("--test-threads=")
            .map(str::to_string)
            .or_else(|| {
                (a == "--test-threads")
                    .then(|| args.get(i + 1).cloned())
                    .flatten()
            })
    });
    from_args
        .or_else(|| std::env::var("RUST_TEST_THREADS").ok())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
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
