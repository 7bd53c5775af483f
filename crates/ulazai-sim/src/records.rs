//! What the simulator keeps of the folder buckets and merge requests it received.

use serde::{Deserialize, Serialize};

/// A folder bucket created through `POST /video-studio/api/folders/`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FolderRecord {
    pub id: u64,
    pub name: String,
    pub owner: String,
}

/// One merge request received (accepted or not), ids in the order sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MergeRecord {
    pub job_ids: Vec<String>,
    pub owner: String,
    pub status: u16,
    pub merge_job_id: Option<String>,
    pub error: Option<String>,
}
