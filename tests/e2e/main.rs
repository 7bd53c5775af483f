//! End-to-end tests: the real app binary, driven through WebDriver in its real window, against
//! the UlazAI simulator over loopback. Run inside tests/harness/desktop-session.sh (the
//! README's `make test` does), which provides Xvfb, D-Bus, gnome-keyring and a notification
//! recorder. One test at a time: each starts its own app window.

mod a11y;
mod announce;
mod demo;
mod drag_out;
mod driver;
mod edit;
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

/// The app windows must not overlap in time: one display, one WebDriver at a time.
static ONE_WINDOW_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// A simulator whose renders take long enough to be seen pending and processing with the
/// app's documented poll schedule (first check after 3 s, then 5 s, 8 s …).
pub fn sim_config() -> SimConfig {
    SimConfig {
        speed: 1.0,
        pending_secs: 2.0,
        render_secs: Some(9.0),
        ..Default::default()
    }
}

/// A simulator on a free loopback port.
pub async fn sim_with(config: SimConfig) -> SimHandle {
    ulazai_sim::start(config, "127.0.0.1:0".parse().expect("loopback address"))
        .await
        .expect("the simulator starts")
}

pub async fn sim() -> SimHandle {
    sim_with(sim_config()).await
}

pub const RENDER_TIMEOUT: Duration = Duration::from_secs(45);
