//! What the engine tells its subscribers (the desktop shell forwards it to the UI).

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::{Connectivity, Folder, FolderId, Job, JobId, KeyState};

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
        queue: crate::queue::QueueView,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub enum DownloadState {
    Downloading,
    Done,
    Failed,
}

/// A result being saved into the library (payload of `download://progress`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct DownloadProgress {
    pub job_id: JobId,
    pub state: DownloadState,
    /// Bytes so far.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub received: u64,
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub total: Option<u64>,
    /// Why it failed (a sentence for the creator).
    pub message: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub enum MergeStage {
    Downloading,
    Merging,
    Done,
    Failed,
    Cancelled,
}

/// A merge on this computer (payload of `merge://progress`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct MergeProgress {
    pub merge_id: String,
    pub stage: MergeStage,
    /// 0..=1 over the whole merge (downloads first half when clips must be fetched).
    pub fraction: f64,
    pub message: Option<String>,
    /// The merged card, when done.
    pub job_id: Option<JobId>,
    /// Joined without re-encoding (codecs and parameters matched).
    pub stream_copy: Option<bool>,
}

/// A folder's server bucket could not be created (payload of `folder://sync-failed`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct FolderSyncError {
    pub folder_id: FolderId,
    pub name: String,
    pub message: String,
    /// The engine will try again by itself.
    pub will_retry: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub enum ExportState {
    /// Clips not in the library yet are being saved into it first.
    Saving,
    Copying,
    Done,
    Failed,
}

/// Clips being copied out of the library (payload of `export://progress`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct ExportProgress {
    pub export_id: String,
    pub state: ExportState,
    /// The folder the clips go into.
    pub dir: String,
    pub files: u32,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub bytes_done: u64,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub bytes_total: u64,
    /// Why it failed (a sentence for the creator).
    pub message: Option<String>,
}
