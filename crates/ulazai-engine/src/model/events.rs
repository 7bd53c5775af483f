//! The payloads of what the engine tells its subscribers (`engine::EngineEvent`): progress
//! of downloads, merges and exports, and a folder's failed sync.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::{FolderId, JobId};
use crate::Text;
use ulazai_i18n::Localizer;

/// The payloads with a sentence for the creator, worded in `lang` as they leave for the
/// window (the engine keeps English: [`Text::english`]).
macro_rules! worded_message {
    ($($payload:ty),*) => {$(
        impl $payload {
            /// The payload with its sentence in `lang`'s words.
            pub fn worded(mut self, lang: &Localizer) -> Self {
                if let Some(text) = &self.text {
                    self.message = Some(text.render(lang));
                }
                self
            }
        }
    )*};
}
worded_message!(DownloadProgress, MergeProgress, ExportProgress);

impl FolderSyncError {
    /// The error with its sentence in `lang`'s words.
    pub fn worded(mut self, lang: &Localizer) -> FolderSyncError {
        if let Some(text) = &self.text {
            self.message = text.render(lang);
        }
        self
    }
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
    /// `message` as a catalog message (not sent: the shell words it in the window's
    /// language, `worded`); `None` when `message` is words the catalog does not have.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub text: Option<Text>,
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
    /// A note for the creator: why it was re-encoded, failed or stopped.
    pub message: Option<String>,
    /// `message` as a catalog message (not sent: the shell words it in the window's
    /// language, `worded`); `None` when `message` is words the catalog does not have.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub text: Option<Text>,
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
    /// `message` as a catalog message (not sent: the shell words it, `worded`).
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub text: Option<Text>,
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
    /// `message` as a catalog message (not sent: the shell words it in the window's
    /// language, `worded`); `None` when `message` is words the catalog does not have.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub text: Option<Text>,
}
