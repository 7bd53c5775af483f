//! Demo mode: the embedded simulator on 127.0.0.1 (random port), so a creator can try the
//! app without a key or credits. Locked down, as any web page in the creator's browser
//! can send requests to loopback ports:
//! - no `/_sim/…` control endpoints (they are unauthenticated);
//! - only requests for its own `127.0.0.1:PORT` are answered (DNS rebinding);
//! - its key is random, new every run (the well-known `DEMO_KEY` opens nothing); the
//!   demo jobs of earlier runs are adopted by it;
//! - JSON bodies must say `application/json` (as on the real service).
//!
//! It shows the product honestly: a clip lasts as long as its render asked for, and every
//! [`FAIL_EVERY`]th render fails (credits refunded, the error says it is a demo failure),
//! so that Retry, Edit & retry and refunds can be tried. Deterministic: the first renders
//! always complete.

use ulazai_engine::secret::ApiKey;
use ulazai_sim::{SimConfig, SimHandle, SimUser};

/// Every this-many-th demo render fails on purpose.
pub const FAIL_EVERY: u32 = 5;

/// A running embedded simulator. Dropping it does not stop it: call `stop`.
pub struct DemoSim {
    handle: SimHandle,
    key: ApiKey,
}

impl DemoSim {
    /// `state_path`: where the simulator keeps its jobs across restarts.
    pub async fn start(state_path: Option<std::path::PathBuf>) -> std::io::Result<DemoSim> {
        let addr = "127.0.0.1:0".parse().expect("loopback address");
        let key = format!("ulazai_live_demo_{}", uuid::Uuid::new_v4().simple());
        let handle = ulazai_sim::start(
            SimConfig {
                keys: vec![key.clone()],
                users: vec![SimUser::new("demo", "demo", &key)],
                state_path,
                control_endpoints: false,
                only_own_host: true,
                adopt_saved_jobs: true,
                full_length_clips: true,
                fail_every: FAIL_EVERY,
                ..Default::default()
            },
            addr,
        )
        .await?;
        tracing::info!(base_url = %handle.base_url(), "demo simulator started");
        Ok(DemoSim {
            handle,
            key: ApiKey::new(key),
        })
    }

    pub fn base_url(&self) -> String {
        self.handle.base_url()
    }

    /// The key this run's simulator accepts. Never reported as the user's key.
    pub fn key(&self) -> ApiKey {
        self.key.clone()
    }

    pub fn stop(self) {
        self.handle.shutdown();
    }
}
