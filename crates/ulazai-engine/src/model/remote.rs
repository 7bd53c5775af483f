//! A job as a server answer describes it: the engine's reading of the wire (`api::wire`
//! parses into it), and what a card the app did not start is made from
//! (`Job::from_remote`).

use super::JobStatus;

/// A job as the server describes it (status and history answers). Every field but
/// `job_id` and `status` may be missing; unknown fields are ignored.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoteJob {
    pub job_id: String,
    pub status: JobStatus,
    pub model_slug: Option<String>,
    pub mode: Option<String>,
    pub prompt: Option<String>,
    pub result_urls: Vec<String>,
    pub credits_charged: Option<u32>,
    pub credits_refunded: Option<bool>,
    pub error_message: Option<String>,
    pub provider_meta: Option<serde_json::Value>,
    pub created_at: Option<String>,
    pub completed_at: Option<String>,
}

impl RemoteJob {
    /// An answer that says only the job's id and status (every other field missing).
    pub fn bare(job_id: impl Into<String>, status: JobStatus) -> RemoteJob {
        RemoteJob {
            job_id: job_id.into(),
            status,
            model_slug: None,
            mode: None,
            prompt: None,
            result_urls: Vec::new(),
            credits_charged: None,
            credits_refunded: None,
            error_message: None,
            provider_meta: None,
            created_at: None,
            completed_at: None,
        }
    }
}
