//! # ulazai-sim — a strict, local UlazAI Video Studio API
//!
//! Imitates the documented (and, where unpublished, assumed) UlazAI API so that the
//! desktop app and its tests run with no key and no network; it is also the app's demo
//! mode. It refuses what the real service would refuse (400 + a clear message), derives
//! job state from a sim clock (real time × speed), serves real playable MP4 clips with
//! Range support, and has an unauthenticated control surface under `/_sim/` for tests.
//! With `SimConfig::state_path` its jobs and credits survive a restart ([`persist`]).
//!
//! Layers, bottom to top; a module uses only the ones below it:
//!
//! 1. `sync`, `numbers`, `clock`, `error`, `mp4_loop`, `records`, `stats`, `models`;
//! 2. `timing`, `faults`, `media_assets`, `persist`, `validate`;
//! 3. `config`;
//! 4. `jobs`;
//! 5. `state`;
//! 6. `routes` (the HTTP surface).
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! let sim = ulazai_sim::start(ulazai_sim::SimConfig::default(), "127.0.0.1:0".parse().unwrap()).await?;
//! println!("{} (key {})", sim.base_url(), ulazai_sim::DEMO_KEY);
//! sim.shutdown();
//! # Ok(()) }
//! ```

pub mod clock;
pub mod config;
pub mod error;
pub mod faults;
pub mod jobs;
pub mod media_assets;
pub mod models;
pub mod mp4_loop;
mod numbers;
pub mod persist;
mod records;
pub mod routes;
pub mod state;
pub mod stats;
mod sync;
pub mod timing;
pub mod validate;

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::sync::watch;

pub use config::{SimConfig, SimUser, DEMO_KEY};
pub use faults::Faults;
pub use jobs::{JobStatus, SimJobInfo};
pub use state::{FolderRecord, MergeRecord};
pub use stats::{RequestRecord, Stats};
pub use timing::RenderTimes;

use state::{lock, Shared};

/// A running simulator. Cheap to clone; every clone controls the same server.
#[derive(Clone)]
pub struct SimHandle {
    addr: SocketAddr,
    shared: Arc<Shared>,
    stop: Arc<watch::Sender<bool>>,
}

/// Marker type; the simulator is started with [`start`] (or [`Sim::start`]).
pub struct Sim;

impl Sim {
    pub async fn start(config: SimConfig, addr: SocketAddr) -> std::io::Result<SimHandle> {
        start(config, addr).await
    }
}

/// Bind `addr` (port 0 = any free port), spawn the server on the current tokio runtime
/// and return at once.
pub async fn start(config: SimConfig, addr: SocketAddr) -> std::io::Result<SimHandle> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let local = listener.local_addr()?;
    let host = if local.ip().is_unspecified() {
        "127.0.0.1".to_string()
    } else if local.is_ipv6() {
        format!("[{}]", local.ip())
    } else {
        local.ip().to_string()
    };
    let base_url = format!("http://{host}:{}", local.port());
    let shared = Arc::new(Shared::new(config, base_url));
    let app = routes::router(shared.clone());
    let (stop, mut stopped) = watch::channel(false);
    tokio::spawn(async move {
        let shutdown = async move {
            let _ = stopped.wait_for(|v| *v).await;
        };
        if let Err(e) = axum::serve(listener, app)
            .with_graceful_shutdown(shutdown)
            .await
        {
            tracing::error!("ulazai-sim server error: {e}");
        }
    });
    Ok(SimHandle {
        addr: local,
        shared,
        stop: Arc::new(stop),
    })
}

impl SimHandle {
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT` (the address result URLs point at).
    pub fn base_url(&self) -> String {
        self.shared.base_url.clone()
    }

    /// The configuration in force (after clamping nonsense values).
    pub fn config(&self) -> &SimConfig {
        &self.shared.config
    }

    /// Same data as `GET /_sim/stats`.
    pub fn stats(&self) -> Stats {
        lock(&self.shared.stats).snapshot()
    }

    pub fn reset_stats(&self) {
        lock(&self.shared.stats).reset();
    }

    pub fn faults(&self) -> Faults {
        lock(&self.shared.faults).faults.clone()
    }

    pub fn set_faults(&self, f: Faults) {
        lock(&self.shared.faults).set(f);
    }

    /// The next `n` created jobs (generate or merge) fail.
    pub fn fail_next(&self, n: u32) {
        self.fail_next_with(n, None);
    }

    /// Like `fail_next`, with the error message those jobs report (`None`: a stock one).
    pub fn fail_next_with(&self, n: u32, message: Option<&str>) {
        {
            let mut inner = lock(&self.shared.inner);
            inner.fail_next = n;
            inner.fail_message = message.map(str::to_string);
        }
        self.shared.save();
    }

    /// Forget every browser session (folders/merge answer 403 until a new sign-in).
    pub fn expire_sessions(&self) {
        lock(&self.shared.inner).sessions.clear();
    }

    /// The `sessionid` of every live browser session (tests: where may it have gone?).
    pub fn session_ids(&self) -> Vec<String> {
        lock(&self.shared.inner).sessions.keys().cloned().collect()
    }

    pub fn set_credits(&self, key: &str, credits: u64) {
        self.shared.state().0.set_balance(key, credits);
        self.shared.save();
    }

    /// A key's current balance (refunds of jobs that failed by now included).
    pub fn credits(&self, key: &str) -> u64 {
        self.shared
            .state()
            .0
            .balance(key, self.shared.config.credits)
    }

    /// Every job, oldest first (same data as `GET /_sim/jobs`).
    pub fn jobs(&self) -> Vec<SimJobInfo> {
        routes::control::job_infos(&self.shared)
    }

    pub fn folders(&self) -> Vec<FolderRecord> {
        lock(&self.shared.inner).folders.clone()
    }

    pub fn merges(&self) -> Vec<MergeRecord> {
        lock(&self.shared.inner).merges.clone()
    }

    /// The state file in use (`SimConfig::state_path`), if any.
    pub fn state_path(&self) -> Option<&std::path::Path> {
        self.shared.persist.as_ref().map(|p| p.path())
    }

    /// Sim-clock seconds since start (restored jobs were created at negative times).
    pub fn sim_now(&self) -> f64 {
        self.shared.clock.now()
    }

    /// Stop serving (graceful: in-flight requests finish).
    pub fn shutdown(&self) {
        let _ = self.stop.send(true);
    }
}

impl std::fmt::Debug for SimHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SimHandle")
            .field("addr", &self.addr)
            .finish()
    }
}
