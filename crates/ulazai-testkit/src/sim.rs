//! The simulator on a free loopback port.

use std::sync::OnceLock;

use ulazai_sim::{SimConfig, SimHandle};

/// Starts a simulator with `config` on a free loopback port (on the caller's runtime).
pub async fn start(config: SimConfig) -> SimHandle {
    ulazai_sim::start(config, "127.0.0.1:0".parse().expect("loopback address"))
        .await
        .expect("the simulator starts")
}

/// [`start`] for a test without a runtime of its own: the simulator runs on a runtime that
/// lives as long as the test process.
pub fn start_blocking(config: SimConfig) -> SimHandle {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    let rt = RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("the simulator's runtime")
    });
    rt.block_on(start(config))
}

/// A simulator config whose phases last `pending` and `render` simulated seconds at `speed`
/// simulated seconds per real one, with no random failures.
pub fn phases(speed: f64, pending: f64, render: f64) -> SimConfig {
    SimConfig {
        speed,
        pending_secs: pending,
        render_secs: Some(render),
        failure_rate: 0.0,
        ..SimConfig::default()
    }
}
