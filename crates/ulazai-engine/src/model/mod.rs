//! The engine's domain types. These are the shapes the rest of the app (and, through the
//! desktop shell's generated TypeScript bindings, the UI) sees. They are *not* the wire
//! format: `api::wire` parses whatever the server sends and converts into these.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

mod events;
mod job;
mod provider_meta;
mod remote;

pub use events::*;
pub use job::{merge_title, ClipFlag, Job, StoryboardPlace, MAX_STARS};
pub use provider_meta::ProviderMeta;
pub use remote::RemoteJob;

/// A job id as the server issues it (a UUID string for UlazAI; opaque to the app).
pub type JobId = String;
/// A local folder id (the app's own, not the server's bucket id).
pub type FolderId = String;
/// A prompt's text, shared (a job and the parameters it was started with hold the same).
pub type Prompt = std::sync::Arc<str>;

/// A job's state as the API names it. Anything else the server sends is kept as-is in
/// `Other` and treated as not finished.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "ts", derive(TS), ts(export, type = "string"))]
pub enum JobStatus {
    Pending,
    Processing,
    Completed,
    Failed,
    Other(String),
}

impl JobStatus {
    pub fn parse(s: &str) -> JobStatus {
        match s {
            "pending" => JobStatus::Pending,
            "processing" => JobStatus::Processing,
            "completed" => JobStatus::Completed,
            "failed" => JobStatus::Failed,
            other => JobStatus::Other(other.to_string()),
        }
    }
    pub fn as_str(&self) -> &str {
        match self {
            JobStatus::Pending => "pending",
            JobStatus::Processing => "processing",
            JobStatus::Completed => "completed",
            JobStatus::Failed => "failed",
            JobStatus::Other(s) => s,
        }
    }
    /// `completed` and `failed` are final: such a job is never polled again.
    pub fn is_terminal(&self) -> bool {
        matches!(self, JobStatus::Completed | JobStatus::Failed)
    }
}

impl Serialize for JobStatus {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for JobStatus {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ok(JobStatus::parse(&s))
    }
}

/// Where a card came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub enum JobOrigin {
    /// Started from this app.
    #[default]
    App,
    /// Found in the server's history (e.g. started on the web).
    History,
    /// The output of a server-side merge.
    Merge,
    /// A merge made on this computer with ffmpeg: never on the server, never polled.
    LocalMerge,
}

/// The parameters a job was started with, kept so that "retry" can send them again.
/// This is also the validated request the generate form builds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct GenerateParams {
    pub model_slug: String,
    #[serde(default)]
    pub prompt: Prompt,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub aspect_ratio: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub duration_seconds: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub quality_mode: Option<String>,
    // ts-rs marks `default` + `skip_serializing_if` fields optional by itself; its
    // `#[ts(optional)]` only accepts `Option` fields (compile error on a Vec).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub input_image_urls: Vec<String>,
    // ts-rs marks `default` + `skip_serializing_if` fields optional by itself; its
    // `#[ts(optional)]` only accepts `Option` fields (compile error on a Vec).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub input_video_urls: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub sound: Option<bool>,
    /// `video` or `image`, motion-control models only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub character_orientation: Option<String>,
    /// How many jobs to start with these parameters (1 to 4).
    #[serde(default = "one")]
    pub count: u32,
}

fn one() -> u32 {
    1
}

/// A folder to organise clips. Local-first; `remote_id` is the server bucket when synced.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct Folder {
    pub id: FolderId,
    pub name: String,
    pub remote_id: Option<String>,
    pub created_at: String,
}

/// A merge the creator started: the clips in play order and the job that renders it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct MergeRecord {
    pub id: String,
    pub source_job_ids: Vec<JobId>,
    pub output_job_id: Option<JobId>,
    pub created_at: String,
}

/// What the app knows about one model, from `GET /api/v1/models/video/`, normalised.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct ModelInfo {
    pub slug: String,
    pub name: String,
    pub engine: Option<String>,
    pub aspect_ratios: Vec<String>,
    pub durations: Vec<u32>,
    pub quality_modes: Vec<String>,
    /// Input kinds the model takes: "text", "image", "video".
    pub inputs: Vec<String>,
    /// Credits per job.
    pub credits: Option<u32>,
    pub max_prompt_chars: Option<u32>,
    pub supports_sound: bool,
    pub max_batch: u32,
    /// Whether a prompt must be given.
    pub requires_prompt: bool,
    /// Bounds on input media counts (inclusive); derived when the server does not say.
    pub min_input_images: u32,
    pub max_input_images: Option<u32>,
    pub min_input_videos: u32,
    pub max_input_videos: Option<u32>,
    /// Typical render time in seconds, when known (for the card's estimate).
    pub typical_seconds: Option<(u32, u32)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub enum Connectivity {
    Online,
    /// Polling is backing off after network faults / 5xx / 429; next try at `retry_at`.
    BackingOff {
        retry_at: String,
        /// Why, for the banner: English until the shell words `text` in the window's
        /// language ([`Connectivity::worded`]).
        reason: String,
        /// `reason` as a catalog message (not sent).
        #[serde(skip)]
        #[cfg_attr(feature = "ts", ts(skip))]
        text: Option<crate::Text>,
    },
    Offline {
        reason: String,
    },
}

impl Connectivity {
    /// The state with its reason in `lang`'s words.
    pub fn worded(mut self, lang: &ulazai_i18n::Localizer) -> Connectivity {
        if let Connectivity::BackingOff {
            reason,
            text: Some(text),
            ..
        } = &mut self
        {
            *reason = text.render(lang);
        }
        self
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub enum KeyState {
    Missing,
    Valid,
    /// The server answered 401: polling is paused until a new key is set.
    Invalid,
    Unverified,
}

/// What a merge on this computer did (`ffmpeg`'s concat answers it; a local merge's card
/// keeps it).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct MergeOutcome {
    /// True when the clips were joined without re-encoding (fast, lossless).
    pub stream_copy: bool,
    /// Length of the merged file, as probed.
    pub duration_secs: f64,
    /// Why the clips were re-encoded, when they were (a sentence for the merge summary).
    pub reencoded_because: Option<String>,
}
