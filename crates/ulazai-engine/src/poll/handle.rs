//! The caller's side of the polling task: commands sent over a channel.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

use super::eta::EtaBook;
use crate::model::JobId;

pub(super) enum Command {
    /// Start polling a job created `age` ago (0 for a job just generated).
    Track {
        id: JobId,
        age: Duration,
    },
    Untrack(JobId),
    /// New credentials: lift a 401 pause.
    CredentialsChanged,
    /// Poll every active job now; answer when the round is over.
    RefreshNow(oneshot::Sender<()>),
    /// Read the first history page, refresh known jobs, add unknown ones as cards.
    ReloadHistory(oneshot::Sender<()>),
    /// The tracked jobs and their poll counts (for diagnostics and tests).
    Tracked(oneshot::Sender<Vec<(JobId, u32)>>),
}

/// The caller's side of the polling task. Dropping it (or `stop`) ends the task.
pub struct SchedulerHandle {
    pub(super) tx: mpsc::UnboundedSender<Command>,
    pub(super) task: Mutex<Option<JoinHandle<()>>>,
    pub(super) eta: Arc<EtaBook>,
}

impl SchedulerHandle {
    /// Poll `id`; its first check follows the schedule from `age` (time since creation).
    pub fn track(&self, id: JobId, age: Duration) {
        let _ = self.tx.send(Command::Track { id, age });
    }
    pub fn untrack(&self, id: &str) {
        let _ = self.tx.send(Command::Untrack(id.to_string()));
    }
    /// Credentials were replaced: polling paused by a 401 resumes.
    pub fn credentials_changed(&self) {
        let _ = self.tx.send(Command::CredentialsChanged);
    }
    /// Poll every active job now (one coalesced round) and wait for it. Does not override
    /// a server-imposed 429 pause or a 401 pause.
    pub async fn refresh_now(&self) {
        let (tx, rx) = oneshot::channel();
        if self.tx.send(Command::RefreshNow(tx)).is_ok() {
            let _ = rx.await;
        }
    }
    /// Read the first history page (refresh known jobs, add unknown ones) and wait for it.
    /// If it cannot be read now, it is retried when polling resumes.
    pub async fn reload_history(&self) {
        let (tx, rx) = oneshot::channel();
        if self.tx.send(Command::ReloadHistory(tx)).is_ok() {
            let _ = rx.await;
        }
    }
    /// Read the first history page as soon as polling allows, without waiting for it
    /// (e.g. to find the jobs of a generate whose answer was lost).
    pub fn request_reload(&self) {
        let (tx, _) = oneshot::channel();
        let _ = self.tx.send(Command::ReloadHistory(tx));
    }
    /// The jobs being polled, with how many times each was polled.
    pub async fn tracked(&self) -> Vec<(JobId, u32)> {
        let (tx, rx) = oneshot::channel();
        if self.tx.send(Command::Tracked(tx)).is_err() {
            return Vec::new();
        }
        rx.await.unwrap_or_default()
    }
    /// The completion estimator the scheduler places checks with (learned per model).
    pub fn eta(&self) -> &Arc<EtaBook> {
        &self.eta
    }
    /// End the task (an in-flight request is abandoned; the store is already up to date).
    pub async fn stop(&self) {
        let task = self.task.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(task) = task {
            task.abort();
            let _ = task.await;
        }
    }
}

impl Drop for SchedulerHandle {
    fn drop(&mut self) {
        if let Some(task) = self.task.lock().unwrap_or_else(|e| e.into_inner()).take() {
            task.abort();
        }
    }
}
