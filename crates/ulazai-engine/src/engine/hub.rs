//! The engine's shared state: the store behind one lock, the event subscribers, the
//! debounced saver, and the last connectivity / key state. Mutations go through
//! [`Hub::mutate`], which emits the events *while still holding the store lock* — so
//! every subscriber sees a job's events in the order its changes happened — and marks
//! the store dirty for the saver.

use std::sync::{Arc, Mutex, MutexGuard};

use tokio::sync::mpsc;

use crate::api::RemoteJob;
use crate::model::{Connectivity, EngineEvent, JobOrigin, KeyState};
use crate::poll::{Applied, PollSink};
use crate::store::saver::Saver;
use crate::store::Store;

/// Events kept for the first subscriber when they happen before anyone subscribed
/// (e.g. history cards added by `Engine::start`).
const MAX_BACKLOG: usize = 10_000;

struct Subscribers {
    senders: Vec<mpsc::UnboundedSender<EngineEvent>>,
    /// `Some` until the first subscriber takes it.
    backlog: Option<Vec<EngineEvent>>,
}

/// Events and a dirty flag gathered during one mutation.
#[derive(Default)]
pub(crate) struct Batch {
    events: Vec<EngineEvent>,
    dirty: bool,
}

impl Batch {
    pub fn emit(&mut self, event: EngineEvent) {
        self.events.push(event);
        self.dirty = true;
    }
    pub fn dirty(&mut self) {
        self.dirty = true;
    }
}

pub(crate) struct Hub {
    store: Arc<Mutex<Store>>,
    subs: Mutex<Subscribers>,
    saver: Arc<Saver>,
    connectivity: Mutex<Connectivity>,
    key_state: Mutex<KeyState>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Hub {
    pub fn new(store: Arc<Mutex<Store>>, saver: Arc<Saver>, key_state: KeyState) -> Hub {
        Hub {
            store,
            subs: Mutex::new(Subscribers {
                senders: Vec::new(),
                backlog: Some(Vec::new()),
            }),
            saver,
            connectivity: Mutex::new(Connectivity::Online),
            key_state: Mutex::new(key_state),
        }
    }

    pub fn saver(&self) -> &Arc<Saver> {
        &self.saver
    }

    /// Read the store.
    pub fn read<R>(&self, f: impl FnOnce(&Store) -> R) -> R {
        f(&lock(&self.store))
    }

    /// Change the store; the batch's events are emitted before the lock is released.
    pub fn mutate<R>(&self, f: impl FnOnce(&mut Store, &mut Batch) -> R) -> R {
        let mut store = lock(&self.store);
        let mut batch = Batch::default();
        let out = f(&mut store, &mut batch);
        if batch.dirty {
            self.saver.mark_dirty();
        }
        for event in batch.events {
            self.emit(event);
        }
        out
    }

    pub fn emit(&self, event: EngineEvent) {
        let mut subs = lock(&self.subs);
        if let Some(backlog) = subs.backlog.as_mut() {
            if backlog.len() < MAX_BACKLOG {
                backlog.push(event.clone());
            }
        }
        subs.senders.retain(|tx| tx.send(event.clone()).is_ok());
    }

    /// A new receiver of every event from now on (the first one also gets the events
    /// emitted before it subscribed).
    pub fn subscribe(&self) -> mpsc::UnboundedReceiver<EngineEvent> {
        let (tx, rx) = mpsc::unbounded_channel();
        let mut subs = lock(&self.subs);
        for event in subs.backlog.take().unwrap_or_default() {
            let _ = tx.send(event);
        }
        subs.senders.push(tx);
        rx
    }

    pub fn connectivity_now(&self) -> Connectivity {
        lock(&self.connectivity).clone()
    }

    pub fn key_state_now(&self) -> KeyState {
        *lock(&self.key_state)
    }

    pub fn set_key_state(&self, state: KeyState) {
        let mut current = lock(&self.key_state);
        if *current != state {
            *current = state;
            self.emit(EngineEvent::KeyState { state });
        }
    }

    pub fn set_connectivity(&self, state: Connectivity) {
        let mut current = lock(&self.connectivity);
        if *current != state {
            *current = state.clone();
            self.emit(EngineEvent::Connectivity { state });
        }
    }
}

impl PollSink for Hub {
    fn apply(&self, remote: &RemoteJob) -> Applied {
        self.mutate(|store, batch| {
            if let Some(change) = store.apply_remote(remote) {
                batch.emit(if change.became_terminal {
                    EngineEvent::JobTerminal { job: change.job }
                } else {
                    EngineEvent::JobUpdated { job: change.job }
                });
            }
            match store.job(&remote.job_id) {
                None => Applied::NotInStore,
                Some(job) if job.needs_polling() => Applied::Active,
                Some(_) => Applied::Done,
            }
        })
    }

    fn discover(&self, remote: &RemoteJob) -> bool {
        self.mutate(|store, batch| {
            if store.contains(&remote.job_id) || store.was_removed(&remote.job_id) {
                return false;
            }
            let job = Store::job_from_remote(remote, JobOrigin::History);
            let poll = job.needs_polling();
            store.insert(job.clone());
            batch.emit(EngineEvent::JobCreated { job });
            poll
        })
    }

    fn unknown_to_server(&self, job_id: &str) {
        self.mutate(|store, batch| {
            if let Some(job) = store.mark_unknown_to_server(job_id) {
                batch.emit(EngineEvent::JobUpdated { job });
            }
        })
    }

    fn connectivity(&self, state: Connectivity) {
        self.set_connectivity(state);
    }

    fn key_state(&self, state: KeyState) {
        self.set_key_state(state);
    }
}
