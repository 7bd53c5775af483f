//! The engine's shared state: the store behind one lock, the event subscribers, the
//! debounced saver, the library, and the last connectivity / key state. Mutations go
//! through [`Hub::mutate`], which emits the events *while still holding the store lock* —
//! so every subscriber sees a job's events in the order its changes happened — marks the
//! store dirty for the saver, and reports a changed count of active jobs.
//!
//! Every job leaving the engine (events, queries, command answers) goes through
//! [`Hub::view`]: it carries the library's answer for `local_file`, the one place that
//! knows it, and the clip's real length (`clip_seconds`).

use std::collections::HashSet;
use std::sync::{Arc, Mutex, MutexGuard};

use tokio::sync::mpsc;

use super::EngineEvent;
use crate::api::RemoteJob;
use crate::library::Library;
use crate::model::{Connectivity, Job, JobId, JobOrigin, JobStatus, KeyState};
use crate::poll::{Applied, PollSink};
use crate::store::saver::Saver;
use crate::store::{now_rfc3339, Store};

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
    library: Arc<Library>,
    /// Where completed jobs are sent for auto-download (`completed_jobs`).
    completed: Mutex<Option<mpsc::UnboundedSender<Job>>>,
    connectivity: Mutex<Connectivity>,
    key_state: Mutex<KeyState>,
    /// The ids of the jobs an event named since the grid's view last looked (`changed`);
    /// `None` until a view asks.
    changed: Mutex<Option<HashSet<JobId>>>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Hub {
    pub fn new(
        store: Arc<Mutex<Store>>,
        saver: Arc<Saver>,
        library: Arc<Library>,
        key_state: KeyState,
    ) -> Hub {
        Hub {
            store,
            subs: Mutex::new(Subscribers {
                senders: Vec::new(),
                backlog: Some(Vec::new()),
            }),
            saver,
            library,
            completed: Mutex::default(),
            connectivity: Mutex::new(Connectivity::Online),
            key_state: Mutex::new(key_state),
            changed: Mutex::default(),
        }
    }

    /// The ids of the jobs created, changed or removed (every job event) since the last
    /// call; the first call starts the record and answers `None` (everything is new).
    /// Read it under the store's lock (`read`): job events are sent under it.
    pub fn changed(&self) -> Option<HashSet<JobId>> {
        let mut changed = lock(&self.changed);
        let seen = changed.take();
        *changed = Some(HashSet::new());
        seen
    }

    pub fn saver(&self) -> &Arc<Saver> {
        &self.saver
    }

    pub fn library(&self) -> &Arc<Library> {
        &self.library
    }

    /// The job as it leaves the engine: with the library's `local_file`, and its length
    /// as probed from that file, else as the server reported it.
    pub fn view(&self, mut job: Job) -> Job {
        job.local_file = self
            .library
            .file(&job.id)
            .map(|p| p.to_string_lossy().into_owned());
        job.clip_seconds = job
            .local_file
            .as_ref()
            .and_then(|_| self.library.seconds(&job.id))
            .or_else(|| job.server_seconds());
        job
    }

    /// Every job, newest first, as they leave the engine.
    pub fn jobs(&self) -> Vec<Job> {
        let jobs = self.read(|s| s.jobs());
        jobs.into_iter().map(|j| self.view(j)).collect()
    }

    /// One page of [`Hub::jobs`] (see `Store::jobs_page`), as they leave the engine.
    pub fn jobs_page(&self, after: Option<&str>, limit: usize) -> Option<(Vec<Job>, bool)> {
        let (page, more) = self.read(|s| s.jobs_page(after, limit))?;
        Some((page.into_iter().map(|j| self.view(j)).collect(), more))
    }

    pub fn job(&self, id: &str) -> Option<Job> {
        let job = self.read(|s| s.job(id).cloned());
        job.map(|j| self.view(j))
    }

    /// A job's `local_file` changed (saved, merged, found missing): tell the subscribers.
    /// (Nothing to save: the library keeps its own index.)
    pub fn file_changed(&self, id: &str) {
        let store = lock(&self.store);
        if let Some(job) = store.job(id) {
            self.emit(EngineEvent::JobUpdated { job: job.clone() });
        }
    }

    /// Read the store.
    pub fn read<R>(&self, f: impl FnOnce(&Store) -> R) -> R {
        f(&lock(&self.store))
    }

    /// Change the store; the batch's events are emitted before the lock is released.
    pub fn mutate<R>(&self, f: impl FnOnce(&mut Store, &mut Batch) -> R) -> R {
        let mut store = lock(&self.store);
        let active = store.active();
        let mut batch = Batch::default();
        let out = f(&mut store, &mut batch);
        if batch.dirty {
            self.saver.mark_dirty();
        }
        for event in batch.events {
            self.emit(event);
        }
        if store.active() != active {
            let count = u32::try_from(store.active()).unwrap_or(u32::MAX);
            self.emit(EngineEvent::ActiveJobs { count });
        }
        out
    }

    pub fn emit(&self, event: EngineEvent) {
        let event = match event {
            EngineEvent::JobCreated { job } => EngineEvent::JobCreated {
                job: self.view(job),
            },
            EngineEvent::JobUpdated { job } => EngineEvent::JobUpdated {
                job: self.view(job),
            },
            EngineEvent::JobTerminal { job } => EngineEvent::JobTerminal {
                job: self.view(job),
            },
            other => other,
        };
        if let Some(changed) = lock(&self.changed).as_mut() {
            match &event {
                EngineEvent::JobCreated { job }
                | EngineEvent::JobUpdated { job }
                | EngineEvent::JobTerminal { job } => {
                    changed.insert(job.id.clone());
                }
                EngineEvent::JobRemoved { job_id } => {
                    changed.insert(job_id.clone());
                }
                _ => {}
            }
        }
        if let EngineEvent::JobCreated { job } | EngineEvent::JobTerminal { job } = &event {
            if job.status == JobStatus::Completed {
                if let Some(tx) = lock(&self.completed).as_ref() {
                    let _ = tx.send(job.clone());
                }
            }
        }
        let mut subs = lock(&self.subs);
        if let Some(backlog) = subs.backlog.as_mut() {
            if backlog.len() < MAX_BACKLOG {
                backlog.push(event.clone());
            }
        }
        subs.senders.retain(|tx| tx.send(event.clone()).is_ok());
    }

    /// Every job that becomes (or is found) completed from now on.
    pub fn completed_jobs(&self) -> mpsc::UnboundedReceiver<Job> {
        let (tx, rx) = mpsc::unbounded_channel();
        *lock(&self.completed) = Some(tx);
        rx
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
            let job = Job::from_remote(remote, JobOrigin::History, &now_rfc3339());
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
