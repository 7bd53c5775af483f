//! One render job (a card) and the one way to build each kind of it.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::{
    FolderId, GenerateParams, JobId, JobOrigin, JobStatus, MergeOutcome, Prompt, ProviderMeta,
    RemoteJob,
};

/// One render job: a card in the UI.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct Job {
    pub id: JobId,
    pub status: JobStatus,
    /// Unknown for jobs known only from a minimal server answer.
    pub model_slug: Option<String>,
    pub mode: Option<String>,
    pub prompt: Option<Prompt>,
    /// What this app sent, when this app started it (enables retry).
    pub params: Option<GenerateParams>,
    pub result_urls: Vec<String>,
    pub credits_charged: Option<u32>,
    pub credits_refunded: Option<bool>,
    pub error_message: Option<String>,
    /// Whatever the provider reported (duration, quality...), shown in the detail panel.
    #[cfg_attr(feature = "ts", ts(type = "Record<string, unknown> | null"))]
    pub provider_meta: Option<ProviderMeta>,
    /// RFC 3339 timestamps as the server wrote them (or the local time of creation).
    pub created_at: Option<String>,
    pub completed_at: Option<String>,
    /// Local bookkeeping, never sent to the server.
    pub origin: JobOrigin,
    pub folder_id: Option<FolderId>,
    /// The server answered 404 for this id: it is not polled again.
    pub unknown_to_server: bool,
    /// Local time (RFC 3339) of the last change the engine saw.
    pub updated_at: String,
    /// The result's file in the local library, when it has been saved (or merged on
    /// this computer). Owned by the engine's `library::Library`: every job the engine hands
    /// out carries the library's answer; what a store file says here is not used.
    #[serde(default)]
    pub local_file: Option<String>,
    /// The clip's real length in seconds: probed from the saved file (the library keeps
    /// it), else the server's `effective_duration_seconds`, else unknown. Set as the job
    /// leaves the engine, like `local_file`; what a store file says here is not used.
    #[serde(default)]
    pub clip_seconds: Option<f64>,
    /// A merge's clips, in play order (their cards link here). Empty for other jobs.
    // ts-rs marks `default` + `skip_serializing_if` fields optional by itself.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merged_from: Vec<JobId>,
    /// Its place in an imported prompt list ("storyboard.csv", line 4): the grid's
    /// storyboard order. Set as the queue submits the line; `None` for other clips.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub storyboard: Option<StoryboardPlace>,
    /// The creator's pick or reject (local, never sent to the server; kept through the
    /// server's answers). `store::curation` changes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flag: Option<ClipFlag>,
    /// The creator's stars, 1 to [`MAX_STARS`] (local, like `flag`); `None`: unrated. A
    /// stored value out of range reads as unrated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "stars"
    )]
    pub rating: Option<u8>,
    /// The shot this clip is a take of, named by the shot's first clip (every take of it
    /// carries the same id). Local, kept like `flag`; `None`: a shot of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub shot: Option<JobId>,
    /// The clip this take was made from (a retry, an Edit & retry, a variation); `None`
    /// for a shot's first batch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub take_of: Option<JobId>,
}

/// A line of an imported prompt list, kept with the clips it made (storyboard order:
/// shot 1 before shot 10).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct StoryboardPlace {
    /// The list's file name; `None` for a list pasted without one.
    pub list: Option<String>,
    /// Its line in that list (1-based, comments and blank lines counted).
    pub line: u32,
}

/// A creator's verdict on a clip, as photo tools mark it (P picks, X rejects, U unflags).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub enum ClipFlag {
    Pick,
    Reject,
}

/// The most stars a clip can have.
pub const MAX_STARS: u8 = 5;

/// A stored rating, `None` when it is not 1 to [`MAX_STARS`] (a hand-edited file).
fn stars<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u8>, D::Error> {
    let raw = Option::<serde_json::Value>::deserialize(d)?;
    Ok(raw
        .and_then(|v| v.as_u64())
        .filter(|n| (1..=u64::from(MAX_STARS)).contains(n))
        .map(|n| n as u8))
}

/// Title of a merge's card (and of its file): "Merged clip · 3 clips".
pub fn merge_title(clips: usize) -> String {
    format!("Merged clip · {clips} clips")
}

impl Job {
    /// The length the server reported (`provider_meta.effective_duration_seconds`, a
    /// number or a numeric string), when it is a positive number.
    pub fn server_seconds(&self) -> Option<f64> {
        let v = self
            .provider_meta
            .as_ref()?
            .get("effective_duration_seconds")?;
        let n = v
            .as_f64()
            .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))?;
        (n.is_finite() && n > 0.0).then_some(n)
    }

    /// Let the job's parameters share its prompt's text when they say the same (as
    /// [`Job::started`] makes them): a job read back from its saved text holds two copies
    /// otherwise, a fifth of a job's memory.
    pub fn share_prompt(&mut self) {
        if let (Some(prompt), Some(params)) = (&self.prompt, &mut self.params) {
            if params.prompt == *prompt {
                params.prompt = prompt.clone();
            }
        }
    }

    /// The shot this clip belongs to: its `shot`, else its own id.
    pub fn shot_id(&self) -> &str {
        self.shot.as_deref().unwrap_or(&self.id)
    }

    /// Polling stops for terminal jobs and for jobs the server does not know.
    pub fn needs_polling(&self) -> bool {
        !self.status.is_terminal() && !self.unknown_to_server
    }

    /// Only what every job has; the constructors below fill in the rest.
    fn bare(id: &str, status: JobStatus, origin: JobOrigin, now: &str) -> Job {
        Job {
            id: id.to_string(),
            status,
            model_slug: None,
            mode: None,
            prompt: None,
            params: None,
            result_urls: Vec::new(),
            credits_charged: None,
            credits_refunded: None,
            error_message: None,
            provider_meta: None,
            created_at: Some(now.to_string()),
            completed_at: None,
            origin,
            folder_id: None,
            unknown_to_server: false,
            updated_at: now.to_string(),
            local_file: None,
            clip_seconds: None,
            merged_from: Vec::new(),
            storyboard: None,
            flag: None,
            rating: None,
            shot: None,
            take_of: None,
        }
    }

    /// A job this app just started with `params` (pending until the server says more).
    pub fn started(id: &str, params: &GenerateParams, now: &str) -> Job {
        Job {
            model_slug: Some(params.model_slug.clone()),
            prompt: Some(params.prompt.clone()).filter(|p| !p.is_empty()),
            params: Some(params.clone()),
            ..Job::bare(id, JobStatus::Pending, JobOrigin::App, now)
        }
    }

    /// A job as a server answer describes it (a card the app did not start).
    pub fn from_remote(remote: &RemoteJob, origin: JobOrigin, now: &str) -> Job {
        Job {
            model_slug: remote.model_slug.clone(),
            mode: remote.mode.clone(),
            prompt: remote.prompt.as_deref().map(Prompt::from),
            result_urls: remote.result_urls.clone(),
            credits_charged: remote.credits_charged,
            credits_refunded: remote.credits_refunded,
            error_message: remote.error_message.clone(),
            provider_meta: remote.provider_meta.as_ref().map(ProviderMeta::from),
            created_at: remote.created_at.clone(),
            completed_at: remote.completed_at.clone(),
            ..Job::bare(&remote.job_id, remote.status.clone(), origin, now)
        }
    }

    /// The output job of a merge on the server: pending, polled like any other.
    pub fn server_merge(
        id: &str,
        sources: &[JobId],
        folder_id: Option<FolderId>,
        now: &str,
    ) -> Job {
        Job {
            model_slug: Some("merge".into()),
            mode: Some("merge".into()),
            prompt: Some(merge_title(sources.len()).into()),
            folder_id,
            merged_from: sources.to_vec(),
            ..Job::bare(id, JobStatus::Pending, JobOrigin::Merge, now)
        }
    }

    /// A merge made on this computer: complete at once, free, never polled.
    pub fn local_merge(
        id: &str,
        sources: &[JobId],
        folder_id: Option<FolderId>,
        created: &str,
        outcome: &MergeOutcome,
        now: &str,
    ) -> Job {
        Job {
            model_slug: Some("merge".into()),
            mode: Some("merge".into()),
            prompt: Some(merge_title(sources.len()).into()),
            credits_charged: Some(0),
            provider_meta: Some(
                serde_json::json!({
                    "effective_duration_seconds": outcome.duration_secs,
                    "merged_on": "this computer",
                    "stream_copy": outcome.stream_copy,
                    "reencoded_because": outcome.reencoded_because,
                    "source_job_ids": sources,
                })
                .into(),
            ),
            completed_at: Some(now.to_string()),
            folder_id,
            merged_from: sources.to_vec(),
            updated_at: created.to_string(),
            ..Job::bare(id, JobStatus::Completed, JobOrigin::LocalMerge, created)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_servers_length_is_read_from_provider_meta() {
        let mut job = Job::bare("j", JobStatus::Completed, JobOrigin::App, "now");
        assert_eq!(job.server_seconds(), None);
        let with = |meta| Job {
            provider_meta: Some(meta),
            ..job.clone()
        };
        let meta = |v| serde_json::json!({ "effective_duration_seconds": v }).into();
        assert_eq!(with(meta(serde_json::json!(8))).server_seconds(), Some(8.0));
        assert_eq!(
            with(meta(serde_json::json!("5.5"))).server_seconds(),
            Some(5.5)
        );
        assert_eq!(with(meta(serde_json::json!(0))).server_seconds(), None);
        assert_eq!(with(meta(serde_json::json!("long"))).server_seconds(), None);
        job.provider_meta = Some(serde_json::json!({ "duration": 8 }).into());
        assert_eq!(
            job.server_seconds(),
            None,
            "only the field the API documents"
        );
    }

    #[test]
    fn marks_are_stored_only_when_set_and_bad_stars_read_as_unrated() {
        let mut job = Job::bare("j", JobStatus::Completed, JobOrigin::App, "now");
        let plain = serde_json::to_value(&job).unwrap();
        assert!(plain.get("flag").is_none() && plain.get("rating").is_none());
        job.flag = Some(ClipFlag::Reject);
        job.rating = Some(4);
        let text = serde_json::to_string(&job).unwrap();
        assert!(text.contains(r#""flag":"reject""#) && text.contains(r#""rating":4"#));
        assert_eq!(serde_json::from_str::<Job>(&text).unwrap(), job);
        for bad in ["6", "0", "-1", "\"three\"", "2.5", "null"] {
            let edited = text.replace(r#""rating":4"#, &format!(r#""rating":{bad}"#));
            let read: Job = serde_json::from_str(&edited).unwrap();
            assert_eq!(read.rating, None, "{bad}");
            assert_eq!(read.flag, Some(ClipFlag::Reject));
        }
    }
}
