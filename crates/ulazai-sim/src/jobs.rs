//! Jobs: what is stored at creation, and the state DERIVED from the sim clock at read
//! time (no background task per job).

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use uuid::Uuid;

use crate::clock::SimClock;
use crate::media_assets;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JobStatus {
    Pending,
    Processing,
    Completed,
    Failed,
}

impl JobStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            JobStatus::Pending => "pending",
            JobStatus::Processing => "processing",
            JobStatus::Completed => "completed",
            JobStatus::Failed => "failed",
        }
    }
}

pub const FAILURE_MESSAGES: &[&str] = &[
    "The provider rejected this prompt (content policy).",
    "Rendering failed at the provider; credits were refunded.",
];

/// The error of a render the demo fails on purpose (`SimConfig::fail_every`).
pub fn demo_failure_message(every: u32) -> String {
    format!(
        "Demo failure on purpose (one demo render in {every}); credits refunded. Try Retry or \
         Edit & retry."
    )
}

#[derive(Debug, Clone)]
pub struct Job {
    pub id: Uuid,
    /// The key that owns the job (Bearer key, or the key of a Token/session user).
    pub owner_key: String,
    pub model_slug: String,
    pub mode: String,
    pub prompt: String,
    pub credits_charged: u64,
    pub duration: u32,
    pub quality_mode: Option<String>,
    pub created_sim: f64,
    pub pending_secs: f64,
    pub render_secs: f64,
    pub will_fail: bool,
    pub error_message: String,
    /// Set once the failure refund went back to the owner's balance.
    pub refunded: bool,
    /// Merge jobs: the inputs, in play order.
    pub sources: Vec<Uuid>,
}

/// Fields an `/_sim/jobs` row shows about one job.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SimJobInfo {
    pub job_id: String,
    /// Masked key of the owner (never the whole key).
    pub key_owner: String,
    pub model_slug: String,
    pub status: JobStatus,
    pub created_real_unix_ms: i64,
    /// Real wall-clock time at which it will reach / reached a terminal state.
    pub completes_real_unix_ms: Option<i64>,
    pub will_fail: bool,
    /// The prompt as received (tells a batch and its resends apart in soak reports).
    pub prompt: String,
    /// Sim-clock second at which the job reaches / reached its terminal state (compare
    /// with `RequestRecord::sim_secs`).
    pub terminal_sim_secs: f64,
}

impl Job {
    pub fn processing_at(&self) -> f64 {
        self.created_sim + self.pending_secs
    }

    pub fn terminal_at(&self) -> f64 {
        self.processing_at() + self.render_secs
    }

    pub fn status_at(&self, now: f64) -> JobStatus {
        if now < self.processing_at() {
            JobStatus::Pending
        } else if now < self.terminal_at() {
            JobStatus::Processing
        } else if self.will_fail {
            JobStatus::Failed
        } else {
            JobStatus::Completed
        }
    }

    pub fn result_url(&self, base_url: &str) -> String {
        format!("{base_url}/media/results/job-{}.mp4", self.id)
    }

    /// The job object of status and history answers.
    pub fn to_json(&self, now: f64, clock: &SimClock, base_url: &str) -> Value {
        let status = self.status_at(now);
        if status == JobStatus::Failed {
            // Exactly the documented failed shape, nothing more.
            return json!({
                "job_id": self.id.to_string(),
                "status": "failed",
                "error_message": self.error_message,
                "credits_refunded": self.credits_charged > 0,
            });
        }
        let mut m = Map::new();
        m.insert("job_id".into(), json!(self.id.to_string()));
        m.insert("model_slug".into(), json!(self.model_slug));
        m.insert("mode".into(), json!(self.mode));
        m.insert("status".into(), json!(status.as_str()));
        m.insert("prompt".into(), json!(self.prompt));
        m.insert("credits_charged".into(), json!(self.credits_charged));
        m.insert(
            "created_at".into(),
            json!(clock.timestamp(self.created_sim)),
        );
        if status == JobStatus::Completed {
            m.insert("result_urls".into(), json!([self.result_url(base_url)]));
            let mut meta = Map::new();
            meta.insert("effective_duration_seconds".into(), json!(self.duration));
            meta.insert("quality_mode".into(), json!(self.quality_mode));
            if !self.sources.is_empty() {
                let ids: Vec<String> = self.sources.iter().map(Uuid::to_string).collect();
                meta.insert("source_job_ids".into(), json!(ids));
            }
            m.insert("provider_meta".into(), Value::Object(meta));
            m.insert(
                "completed_at".into(),
                json!(clock.timestamp(self.terminal_at())),
            );
        }
        Value::Object(m)
    }

    pub fn info(&self, now: f64, clock: &SimClock) -> SimJobInfo {
        SimJobInfo {
            job_id: self.id.to_string(),
            key_owner: crate::config::mask_key(&self.owner_key),
            model_slug: self.model_slug.clone(),
            status: self.status_at(now),
            created_real_unix_ms: clock.real_unix_ms(self.created_sim),
            completes_real_unix_ms: Some(clock.real_unix_ms(self.terminal_at())),
            will_fail: self.will_fail,
            prompt: self.prompt.clone(),
            terminal_sim_secs: self.terminal_at(),
        }
    }

    /// Which embedded clip this job's result serves (stable in the job id).
    pub fn clip(&self) -> &'static [u8] {
        media_assets::clip_for(&self.id)
    }
}
