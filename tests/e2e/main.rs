//! End-to-end tests: the real app binary, driven through WebDriver in its real window, against
//! the UlazAI simulator over loopback. Run inside tests/harness/desktop-session.sh (the
//! README's `make test` does), which provides Xvfb, D-Bus, gnome-keyring and a notification
//! recorder. Each test starts its own app window, in a place [`places`] gives it: up to
//! `ULAZAI_E2E_WINDOWS` (3) at a time, the longest tests first, each on an X display of its
//! own ([`window`]), so no window takes another's keyboard focus.

mod a11y;
mod announce;
mod compare;
mod costs;
mod curation;
mod delete;
mod demo;
mod drag_out;
mod edit;
use ulazai_testkit::webdriver as driver;
mod flows;
mod generate;
mod journey;
mod keyboard;
mod keys;
mod language;
mod languages;
mod layout;
mod library;
mod organise;
mod places;
mod queue;
mod session;
mod set_aside;
mod settings;
mod takes;
mod update_install;
mod updates;
mod variations;

use std::time::Duration;

use ulazai_sim::{SimConfig, SimHandle};

pub use places::window;

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
