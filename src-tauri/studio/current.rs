//! The engine in use: the running engine (real, or demo with its simulator), whether the
//! launch has finished, why it failed, and what its job store told the creator. Commands
//! get the engine here (`get` waits for the launch); only the engine runner (`mode`)
//! installs or takes one.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;
use ulazai_engine::{ErrorCode, Text};

use tokio::sync::{watch, RwLock, RwLockWriteGuard};
use ulazai_engine::engine::Engine;

use super::demo::DemoSim;
use super::StudioError;

/// How long a command waits for the engine at launch.
const READY_WAIT: std::time::Duration = std::time::Duration::from_secs(30);

/// The engine in use and what it talks to.
pub(super) struct Running {
    pub engine: Engine,
    pub demo: Option<DemoSim>,
}

pub struct CurrentEngine {
    run: RwLock<Option<Running>>,
    /// Counts installed engines: an engine's reactions end when it is replaced.
    epoch: AtomicU64,
    ready: watch::Sender<bool>,
    start_error: Mutex<Option<String>>,
    /// What the creator must know about the app's own files (`AppState::store_notice`).
    store_notice: Mutex<Option<Text>>,
    /// The damaged job library's name once set aside (`AppState::library_set_aside`).
    library_set_aside: Mutex<Option<String>>,
    /// A command was answered "still starting" (the UI may have no job list yet).
    missed_start: AtomicBool,
}

impl CurrentEngine {
    pub(super) fn new() -> CurrentEngine {
        CurrentEngine {
            run: RwLock::new(None),
            epoch: AtomicU64::new(0),
            ready: watch::channel(false).0,
            start_error: Mutex::new(None),
            store_notice: Mutex::new(None),
            library_set_aside: Mutex::new(None),
            missed_start: AtomicBool::new(false),
        }
    }

    /// Wait (bounded) until the launch has finished.
    pub async fn wait_ready(&self) {
        let mut rx = self.ready.subscribe();
        let _ = tokio::time::timeout(READY_WAIT, rx.wait_for(|r| *r)).await;
    }

    /// The launch finished (`error`: why no engine runs).
    pub(super) fn launched(&self, error: Option<String>) {
        if let Some(e) = error {
            *self.start_error.lock().unwrap() = Some(e);
        }
        self.ready.send_replace(true);
    }

    /// The engine in use, once launched (commands use this).
    pub async fn get(&self) -> Result<Engine, StudioError> {
        self.wait_ready().await;
        self.now().await
    }

    /// The engine in use right now, without waiting for the launch to finish.
    pub async fn now(&self) -> Result<Engine, StudioError> {
        let run = self.run.read().await;
        match (run.as_ref(), self.start_error.lock().unwrap().clone()) {
            (Some(r), _) => Ok(r.engine.clone()),
            (None, Some(e)) => Err(StudioError::Worded(
                ErrorCode::Starting,
                Text::new("errors-engine-failed").with("reason", e.to_string()),
            )),
            (None, None) => {
                self.missed_start.store(true, Ordering::SeqCst);
                Err(StudioError::Worded(
                    ErrorCode::Starting,
                    Text::new("errors-still-starting"),
                ))
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

    /// Whether the demo runs, and the address the engine talks to ("" before the launch).
    pub async fn mode_and_url(&self) -> (bool, String) {
        match self.run.read().await.as_ref() {
            Some(r) => (r.demo.is_some(), r.engine.base_url()),
            None => (false, String::new()),
        }
    }

    pub async fn base_url(&self) -> String {
        self.mode_and_url().await.1
    }

    /// The notice as a catalog message (the frame words it in the app's language).
    pub fn store_notice(&self) -> Option<Text> {
        self.store_notice.lock().unwrap().clone()
    }

    pub(super) fn set_store_notice(&self, notice: Option<Text>) {
        *self.store_notice.lock().unwrap() = notice;
    }

    pub fn library_set_aside(&self) -> Option<String> {
        self.library_set_aside.lock().unwrap().clone()
    }

    pub(super) fn set_library_set_aside(&self, name: Option<String>) {
        *self.library_set_aside.lock().unwrap() = name;
    }

    /// Whether a command was answered "still starting" since the last ask.
    pub(super) fn take_missed_start(&self) -> bool {
        self.missed_start.swap(false, Ordering::SeqCst)
    }

    /// The slot, for the engine runner to replace or take its engine (held for the whole
    /// switch: commands wait meanwhile).
    pub(super) async fn slot(&self) -> RwLockWriteGuard<'_, Option<Running>> {
        self.run.write().await
    }

    /// A new engine goes in: its number (see `is_current`).
    pub(super) fn next_epoch(&self) -> u64 {
        self.epoch.fetch_add(1, Ordering::SeqCst) + 1
    }

    /// The engine numbered `epoch` is still the one in use.
    pub(super) fn is_current(&self, epoch: u64) -> bool {
        self.epoch.load(Ordering::SeqCst) == epoch
    }

    /// Write pending changes now (e.g. before the window hides).
    pub async fn flush(&self) {
        if let Ok(e) = self.now().await {
            e.flush().await;
        }
    }
}
