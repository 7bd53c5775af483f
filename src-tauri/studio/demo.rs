//! Demo mode: the embedded simulator on 127.0.0.1 (random port) with the demo key, so a
//! creator can try the app without a key or credits.

use ulazai_engine::secret::ApiKey;
use ulazai_sim::{SimConfig, SimHandle};

/// A running embedded simulator. Dropping it does not stop it: call `stop`.
pub struct DemoSim {
    handle: SimHandle,
}

impl DemoSim {
    /// `state_path`: where the simulator keeps its jobs across restarts.
    pub async fn start(state_path: Option<std::path::PathBuf>) -> std::io::Result<DemoSim> {
        let addr = "127.0.0.1:0".parse().expect("loopback address");
        let handle = ulazai_sim::start(
            SimConfig {
                state_path,
                ..Default::default()
            },
            addr,
        )
        .await?;
        tracing::info!(base_url = %handle.base_url(), "demo simulator started");
        Ok(DemoSim { handle })
    }

    pub fn base_url(&self) -> String {
        self.handle.base_url()
    }

    /// The key the simulator accepts. Not a secret, still never reported as the user's key.
    pub fn key() -> ApiKey {
        ApiKey::new(ulazai_sim::DEMO_KEY)
    }

    pub fn stop(self) {
        self.handle.shutdown();
    }
}
