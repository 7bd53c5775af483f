//! The live status service: what the engine last said about the connection, the rate
//! budget and how many jobs are still active (for `app_state`, the tray and close-to-tray).
//! The one owner of those three; the reactions and the engine runner report to it.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use ulazai_engine::model::Connectivity;

use crate::ipc::types::RateBudget;
use crate::platform::window::Shell;

pub struct LiveStatus {
    shell: Arc<dyn Shell>,
    connectivity: Mutex<Connectivity>,
    rate: Mutex<Option<RateBudget>>,
    active: AtomicUsize,
}

impl LiveStatus {
    pub(super) fn new(shell: Arc<dyn Shell>) -> LiveStatus {
        LiveStatus {
            shell,
            connectivity: Mutex::new(Connectivity::Online),
            rate: Mutex::new(None),
            active: AtomicUsize::new(0),
        }
    }

    pub fn connectivity(&self) -> Connectivity {
        self.connectivity.lock().unwrap().clone()
    }

    pub(super) fn set_connectivity(&self, state: Connectivity) {
        *self.connectivity.lock().unwrap() = state;
    }

    pub fn rate(&self) -> Option<RateBudget> {
        self.rate.lock().unwrap().clone()
    }

    pub(super) fn set_rate(&self, budget: RateBudget) {
        *self.rate.lock().unwrap() = Some(budget);
    }

    /// Another engine (the demo's or the real service's), or no key at all: what the last
    /// one said about its connection and its budget is not true of what runs now. Nothing
    /// is known to be wrong until the engine in use says so.
    pub(super) fn forget(&self) {
        self.set_connectivity(Connectivity::Online);
        self.forget_rate();
    }

    /// Another key, perhaps of another account: its hourly budget is not known yet.
    pub(super) fn forget_rate(&self) {
        *self.rate.lock().unwrap() = None;
    }

    /// Jobs still pending or processing (the engine keeps the count).
    pub fn active_jobs(&self) -> usize {
        self.active.load(Ordering::SeqCst)
    }

    /// A new count: the tray follows when it changed.
    pub(super) fn set_active_jobs(&self, n: usize) {
        if self.active.swap(n, Ordering::SeqCst) != n {
            self.shell.active_changed(n);
        }
    }
}
