//! What a merge is asked (its clips, each maybe trimmed, and where to make it) and what it
//! answers when it starts (see `merge`).

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::ffmpeg::Trim;
use crate::model::{Job, JobId};

/// `"auto"`: on the server when a web session is connected, else on this computer;
/// `"local"`: always on this computer (ffmpeg).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub enum MergePlace {
    Auto,
    Local,
}

/// One clip of a merge: the job, and the part of it to keep (merges on this computer).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct MergeClip {
    pub id: JobId,
    #[serde(default)]
    pub trim: Option<Trim>,
}

impl MergeClip {
    /// The whole clip.
    pub fn whole(id: impl Into<JobId>) -> MergeClip {
        MergeClip {
            id: id.into(),
            trim: None,
        }
    }
}

/// A merge that started: a server merge answers its output job at once; a local merge
/// reports through `EngineEvent::Merge` and adds its card when done.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct MergeStarted {
    pub merge_id: String,
    pub local: bool,
    pub job: Option<Job>,
}
