//! The app's state behind the commands, and its reactions to the engine: which engine runs
//! (the real service or the demo simulator), the key vault, the web session, the settings,
//! the library, and what the UI is told. Not generic over the Tauri runtime: it reaches the
//! window system through `platform::window::Shell`. Its fields are private; each concern's
//! methods live in one file of this module:
//!
//! - `mode`: start, switch between demo and real, shut down;
//! - `reactions`: engine events -> UI events, notifications, tray;
//! - `key`, `session`: the API key and the web account;
//! - `settings`, `settings_check`, `library`: the settings file (each changed value
//!   checked before it is kept) and the library folder;
//! - `error`: what its operations fail with (commands map it at the IPC edge).

mod clips_out;
mod demo;
mod error;
mod key;
mod library;
mod mode;
mod reactions;
mod session;
mod settings;
mod settings_check;

pub use error::StudioError;
pub use settings::SettingsStore;

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use ulazai_engine::engine::Engine;
use ulazai_engine::library::Library;
use ulazai_engine::model::{Connectivity, KeyState};

use crate::config::StudioConfig;
use crate::ipc::events::{self, IpcEvent};
use crate::ipc::types::{AppState, JobRef, RateBudget};
use crate::platform::keyring::KeyVault;
use crate::platform::notify::{Notifier, BURST_WINDOW};
use crate::platform::paths::{Dirs, LIBRARY_INDEX_FILE, SETTINGS_FILE};
use crate::platform::window::Shell;

/// How long a command waits for the engine at launch.
const READY_WAIT: std::time::Duration = std::time::Duration::from_secs(30);

/// What the engine last told us (for `app_state`).
struct Live {
    connectivity: Connectivity,
    rate: Option<RateBudget>,
    key_state: KeyState,
}

pub struct Studio {
    cfg: StudioConfig,
    dirs: Dirs,
    shell: Arc<dyn Shell>,
    settings: SettingsStore,
    vault: KeyVault,
    library: Arc<Library>,
    run: tokio::sync::RwLock<Option<mode::Running>>,
    live: Mutex<Live>,
    active: AtomicUsize,
    epoch: AtomicU64,
    notifier: Notifier,
    focus_requests: AtomicUsize,
    ready: tokio::sync::watch::Sender<bool>,
    start_error: Mutex<Option<String>>,
    session: session::SessionKeeper,
    media_base: OnceLock<String>,
    /// What the creator must know about the app's own files (`AppState::store_notice`).
    store_notice: Mutex<Option<String>>,
    /// A command was answered "still starting" (the UI may have no job list yet).
    missed_start: AtomicBool,
}

impl Studio {
    /// The app's state for `cfg`, with its files under `dirs`; nothing runs until `start`.
    pub fn new(cfg: StudioConfig, dirs: Dirs, shell: Arc<dyn Shell>) -> Arc<Studio> {
        let settings = SettingsStore::open(dirs.data.join(SETTINGS_FILE));
        let library = Arc::new(Library::open(
            dirs.data.join(LIBRARY_INDEX_FILE),
            library::dir_for(&cfg, &dirs, &settings.settings()),
        ));
        library.set_max_bytes(library::max_bytes(&settings.settings()));
        Arc::new_cyclic(|weak: &std::sync::Weak<Studio>| {
            let weak = weak.clone();
            let on_open: crate::platform::notify::OnOpen = Arc::new(move |id: &str| {
                if let Some(s) = weak.upgrade() {
                    s.focus_job(id);
                }
            });
            Studio {
                vault: KeyVault::new(cfg.keyring_service.clone()),
                cfg,
                dirs,
                shell,
                settings,
                library,
                run: tokio::sync::RwLock::new(None),
                live: Mutex::new(Live {
                    connectivity: Connectivity::Online,
                    rate: None,
                    key_state: KeyState::Missing,
                }),
                active: AtomicUsize::new(0),
                epoch: AtomicU64::new(0),
                notifier: Notifier::new(on_open, BURST_WINDOW),
                focus_requests: AtomicUsize::new(0),
                ready: tokio::sync::watch::channel(false).0,
                start_error: Mutex::new(None),
                session: Default::default(),
                media_base: OnceLock::new(),
                store_notice: Mutex::new(None),
                missed_start: AtomicBool::new(false),
            }
        })
    }

    pub fn dirs(&self) -> &Dirs {
        &self.dirs
    }

    /// Emit a typed event to the UI.
    fn emit<E: IpcEvent>(&self, payload: &E::Payload) {
        match serde_json::to_value(payload) {
            Ok(v) => self.shell.emit(E::NAME, v),
            Err(e) => tracing::error!(event = E::NAME, error = %e, "cannot serialise event"),
        }
    }

    /// Wait (bounded) until `start` has finished.
    pub async fn wait_ready(&self) {
        let mut rx = self.ready.subscribe();
        let _ = tokio::time::timeout(READY_WAIT, rx.wait_for(|r| *r)).await;
    }

    /// The engine in use, once started (commands use this).
    pub async fn engine(&self) -> Result<Engine, StudioError> {
        self.wait_ready().await;
        self.engine_now().await
    }

    /// The engine in use right now, without waiting for the launch to finish.
    async fn engine_now(&self) -> Result<Engine, StudioError> {
        let run = self.run.read().await;
        match (run.as_ref(), self.start_error.lock().unwrap().clone()) {
            (Some(r), _) => Ok(r.engine.clone()),
            (None, Some(e)) => Err(StudioError::Starting(format!(
                "The app could not connect its job engine: {e}"
            ))),
            (None, None) => {
                self.missed_start.store(true, Ordering::SeqCst);
                Err(StudioError::Starting("The app is still starting.".into()))
            }
        }
    }

    pub async fn is_demo(&self) -> bool {
        self.run
            .read()
            .await
            .as_ref()
            .is_some_and(|r| r.demo.is_some())
    }

    async fn base_url(&self) -> String {
        self.run
            .read()
            .await
            .as_ref()
            .map(|r| r.engine.base_url())
            .unwrap_or_default()
    }

    /// Jobs still pending or processing (the engine keeps the count).
    pub fn active_jobs(&self) -> usize {
        self.active.load(Ordering::SeqCst)
    }

    fn set_active(&self, n: usize) {
        if self.active.swap(n, Ordering::SeqCst) != n {
            self.shell.active_changed(n);
        }
    }

    /// The frame state, once the launch has finished (commands use this).
    pub async fn app_state(&self) -> AppState {
        self.wait_ready().await;
        self.state_now().await
    }

    /// The frame state as it is now.
    async fn state_now(&self) -> AppState {
        let (demo, base_url) = {
            let run = self.run.read().await;
            match run.as_ref() {
                Some(r) => (r.demo.is_some(), r.engine.base_url()),
                None => (false, String::new()),
            }
        };
        let live = self.live.lock().unwrap();
        AppState {
            version: env!("CARGO_PKG_VERSION").to_string(),
            demo,
            base_url,
            server_default: self
                .cfg
                .base_url
                .clone()
                .unwrap_or_else(|| crate::config::DEFAULT_BASE_URL.to_string()),
            key: self.key_status_with(live.key_state),
            keyring: self.vault.keyring_status(),
            connectivity: live.connectivity.clone(),
            rate: live.rate.clone(),
            active_jobs: self.active_jobs() as u32,
            media_base: self.media_base.get().cloned(),
            store_notice: self.store_notice.lock().unwrap().clone(),
        }
    }

    /// A notification's "Open": show the window and tell the UI which card.
    fn focus_job(&self, id: &str) {
        self.focus_requests.fetch_add(1, Ordering::SeqCst);
        self.shell.focus_main();
        self.emit::<events::FocusJob>(&JobRef { id: id.to_string() });
    }

    /// How often the main window was asked to come forward (tests).
    pub fn focus_requests(&self) -> usize {
        self.focus_requests.load(Ordering::SeqCst)
    }

    /// Write pending changes now (e.g. before the window hides).
    pub async fn flush(&self) {
        if let Ok(e) = self.engine_now().await {
            e.flush().await;
        }
    }
}
