//! What the engine tells its subscribers (the desktop shell forwards it to the UI).

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::model::{
    Connectivity, DownloadProgress, ExportProgress, Folder, FolderSyncError, Job, JobId, KeyState,
    MergeProgress,
};
use crate::queue::QueueView;

/// Events the engine emits; the desktop shell forwards them to the UI.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub enum EngineEvent {
    /// A job the engine did not know before (just generated, or found in history).
    JobCreated {
        job: Job,
    },
    /// Any change to a known job that is not terminal.
    JobUpdated {
        job: Job,
    },
    /// The job reached `completed` or `failed` (emitted once per transition).
    JobTerminal {
        job: Job,
    },
    /// The job left the view.
    JobRemoved {
        job_id: JobId,
    },
    Connectivity {
        state: Connectivity,
    },
    KeyState {
        state: KeyState,
    },
    /// Generate POSTs left in the current hour, when the server says so.
    RateLimit {
        remaining: Option<u32>,
        limit: Option<u32>,
        retry_at: Option<String>,
    },
    /// How many jobs still need polling changed.
    ActiveJobs {
        count: u32,
    },
    /// A result is being saved into the library (progress, done, failed).
    Download {
        progress: DownloadProgress,
    },
    /// A merge on this computer advanced, finished, failed or was cancelled.
    Merge {
        progress: MergeProgress,
    },
    /// A folder changed outside a command (its server bucket was created).
    FolderUpdated {
        folder: Folder,
    },
    /// Creating a folder's server bucket failed; the folder is kept here.
    FolderSyncFailed {
        error: FolderSyncError,
    },
    /// The server refused the web session (401/403): it is not used any more until the
    /// shell hands the engine a new one.
    WebSessionRejected,
    /// Clips being copied into a folder the creator picked (progress, done, failed).
    Export {
        progress: ExportProgress,
    },
    /// The render queue changed: its items, their estimated start times, the pause or
    /// the budget.
    QueueUpdated {
        queue: QueueView,
    },
    /// The queue has nothing left to send and every job it submitted has finished (once
    /// per run; refused items count as failed).
    QueueDrained {
        completed: u32,
        failed: u32,
        /// The run's last job (what "Open" on the notification shows).
        last_job_id: Option<JobId>,
    },
}
