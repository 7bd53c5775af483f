//! The merges service: merging completed clips, in play order:
//! - on the server (`POST /video-studio/api/merge/`, web session): the output is a job
//!   like any other — added, polled, notified, downloaded;
//! - on this computer (no session, the creator asks, or clips are trimmed — the server's
//!   merge has no trim): each clip from the library (or saved into it first), cut to its
//!   trim and joined by ffmpeg (stream copy when the clips and cuts allow it, else
//!   re-encoded); the file lands in the library and a `LocalMerge` card is added.
//!   `EngineEvent::Merge` reports it; [`Merges::cancel`] stops it.
//!
//! It owns the cancel switches of the merges running here, the ffmpeg the creator chose,
//! and keeps the merge records (which jobs made which output).

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use tokio::sync::watch;

pub use super::merge_request::{MergeClip, MergePlace, MergeStarted};
use super::{lock, Engine, EngineEvent, LibraryError};
use crate::api::ApiError;
pub use crate::ffmpeg::Trim;
use crate::ffmpeg::{FfmpegTools, MergeInput, MergeOutcome};
use crate::library;
use crate::model::{
    merge_title, FolderId, Job, JobId, JobOrigin, JobStatus, MergeProgress, MergeRecord, MergeStage,
};
use crate::store::new_id;
use crate::store::now_rfc3339;
use crate::text::{Text, TextArg};

/// At most this many clips in one merge.
pub const MAX_MERGE_CLIPS: usize = 20;

/// Why a merge did not start. `Display` is a sentence for the creator.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum MergeFailure {
    #[error("Choose at least two clips to merge.")]
    TooFew,
    #[error("At most {MAX_MERGE_CLIPS} clips can be merged at once.")]
    TooMany,
    #[error("A clip is listed twice.")]
    Duplicate,
    #[error("{}", crate::MissingJob::MESSAGE)]
    NotFound(JobId),
    #[error("Only completed clips can be merged.")]
    NotCompleted,
    #[error("Your ulazai.com web session has expired. Reconnect in Settings, or use “Merge on this computer”.")]
    SessionExpired,
    #[error("{}", .0.user_message())]
    Api(ApiError),
    #[error("{0}")]
    Ffmpeg(MergeError),
}

pub use crate::ffmpeg::{FfmpegStatus, MergeError};

impl MergeFailure {
    /// The sentence as a catalog message (always one now; an `Option` for the callers).
    pub fn text(&self) -> Option<Text> {
        Some(match self {
            MergeFailure::TooFew => Text::new("errors-merge-too-few"),
            MergeFailure::TooMany => {
                Text::new("errors-merge-too-many").with("max", MAX_MERGE_CLIPS)
            }
            MergeFailure::Duplicate => Text::new("errors-merge-duplicate"),
            MergeFailure::NotFound(_) => crate::MissingJob.text(),
            MergeFailure::NotCompleted => Text::new("errors-merge-not-completed"),
            MergeFailure::SessionExpired => Text::new("errors-merge-session-expired"),
            MergeFailure::Api(e) => e.text(),
            MergeFailure::Ffmpeg(e) => e.text(),
        })
    }
}

/// Whether ffmpeg is there for merging on this computer: the one chosen in Settings, if
/// any, else PATH or beside the app (blocking: it runs the programs).
pub fn ffmpeg_status(chosen: Option<&std::path::Path>) -> FfmpegStatus {
    crate::ffmpeg::status_of(chosen)
}

/// What only the merges service keeps.
pub(super) struct MergesState {
    /// Merges running on this computer: id -> cancel switch.
    running: Mutex<HashMap<String, watch::Sender<bool>>>,
    /// The ffmpeg the creator chose (`set_ffmpeg_path`).
    ffmpeg_path: Mutex<Option<PathBuf>>,
}

impl MergesState {
    pub(super) fn new(ffmpeg_path: Option<PathBuf>) -> MergesState {
        MergesState {
            running: Mutex::default(),
            ffmpeg_path: Mutex::new(ffmpeg_path),
        }
    }
}

/// The merges of one engine (`Engine::merges`).
#[derive(Clone, Copy)]
pub struct Merges<'a> {
    engine: &'a Engine,
}

impl<'a> Merges<'a> {
    pub(super) fn of(engine: &'a Engine) -> Merges<'a> {
        Merges { engine }
    }

    fn state(&self) -> &'a MergesState {
        &self.engine.inner.merges
    }

    /// Every merge record (which jobs made which output).
    pub fn records(&self) -> Vec<MergeRecord> {
        self.engine.inner.hub.read(|s| s.merges())
    }

    /// Add (or replace, by id) a merge record.
    pub fn record(&self, rec: MergeRecord) {
        self.engine.inner.hub.mutate(|store, batch| {
            batch.dirty();
            store.record_merge(rec);
        })
    }

    /// Merge `ids` (play order): on the server when `Auto` and a session is set (and no
    /// clip is itself a local merge), else on this computer.
    pub async fn merge(
        self,
        ids: Vec<JobId>,
        place: MergePlace,
    ) -> Result<MergeStarted, MergeFailure> {
        let clips = ids.into_iter().map(MergeClip::whole).collect();
        self.merge_clips(clips, place).await
    }

    /// [`Merges::merge`] of clips that may be trimmed. The server's merge takes whole
    /// clips only: a merge with any trim is always made on this computer (never on the
    /// server with its trims dropped).
    pub async fn merge_clips(
        self,
        clips: Vec<MergeClip>,
        place: MergePlace,
    ) -> Result<MergeStarted, MergeFailure> {
        let ids: Vec<JobId> = clips.iter().map(|c| c.id.clone()).collect();
        if ids.len() < 2 {
            return Err(MergeFailure::TooFew);
        }
        if ids.len() > MAX_MERGE_CLIPS {
            return Err(MergeFailure::TooMany);
        }
        let mut seen = HashSet::new();
        if !ids.iter().all(|id| seen.insert(id)) {
            return Err(MergeFailure::Duplicate);
        }
        let mut jobs = Vec::with_capacity(ids.len());
        for id in &ids {
            let job = self
                .engine
                .jobs()
                .get(id)
                .ok_or_else(|| MergeFailure::NotFound(id.clone()))?;
            if job.status != JobStatus::Completed {
                return Err(MergeFailure::NotCompleted);
            }
            jobs.push(job);
        }
        let trimmed = clips.iter().any(|c| c.trim.is_some());
        let server_ok = !trimmed && jobs.iter().all(|j| j.origin != JobOrigin::LocalMerge);
        if place == MergePlace::Auto && server_ok {
            if let Some(session) = self.engine.web().session() {
                return self.merge_on_server(&session, &jobs).await;
            }
        }
        let trims = clips.into_iter().map(|c| c.trim).collect();
        self.merge_locally(jobs, trims).await
    }

    /// Use the ffmpeg the creator chose (a program or its folder); `None`: PATH or beside
    /// the app. Merges started from now on use it.
    pub fn set_ffmpeg_path(&self, path: Option<PathBuf>) {
        *lock(&self.state().ffmpeg_path) = path;
    }

    pub fn ffmpeg_path(&self) -> Option<PathBuf> {
        lock(&self.state().ffmpeg_path).clone()
    }

    /// How many merges are running on this computer now.
    pub fn running_here(&self) -> usize {
        lock(&self.state().running).len()
    }

    /// Stop a merge running on this computer. False when there is none by that id.
    pub fn cancel(&self, merge_id: &str) -> bool {
        match lock(&self.state().running).get(merge_id) {
            Some(tx) => {
                tx.send_replace(true);
                true
            }
            None => false,
        }
    }

    pub(super) fn cancel_all(&self) {
        for tx in lock(&self.state().running).values() {
            tx.send_replace(true);
        }
    }

    async fn merge_on_server(
        self,
        session: &crate::secret::WebSession,
        jobs: &[Job],
    ) -> Result<MergeStarted, MergeFailure> {
        let ids: Vec<JobId> = jobs.iter().map(|j| j.id.clone()).collect();
        let out = match self.engine.inner.client.merge(session, &ids).await {
            Ok(id) => id,
            Err(e) if self.engine.web().refused(&e) => return Err(MergeFailure::SessionExpired),
            Err(e) => return Err(MergeFailure::Api(e)),
        };
        let now = now_rfc3339();
        let job = Job::server_merge(&out, &ids, common_folder(jobs), &now);
        self.engine.jobs().add_external(job.clone());
        let merge_id = new_id("merge-");
        self.record(MergeRecord {
            id: merge_id.clone(),
            source_job_ids: ids,
            output_job_id: Some(out.clone()),
            created_at: now,
        });
        Ok(MergeStarted {
            merge_id,
            local: false,
            job: Some(self.engine.jobs().get(&out).unwrap_or(job)),
        })
    }

    async fn merge_locally(
        self,
        jobs: Vec<Job>,
        trims: Vec<Option<Trim>>,
    ) -> Result<MergeStarted, MergeFailure> {
        let chosen = self.ffmpeg_path();
        let tools =
            tokio::task::spawn_blocking(move || FfmpegTools::locate_chosen(chosen.as_deref()))
                .await
                .map_err(|e| MergeFailure::Ffmpeg(MergeError::Io(e.to_string())))?
                .map_err(MergeFailure::Ffmpeg)?;
        let merge_id = new_id("local-merge-");
        let (tx, rx) = watch::channel(false);
        lock(&self.state().running).insert(merge_id.clone(), tx);
        let (engine, id) = (self.engine.clone(), merge_id.clone());
        tokio::spawn(async move {
            let merges = engine.merges();
            let result = merges
                .run_local_merge(&id, &tools, jobs, trims, rx.clone())
                .await;
            lock(&merges.state().running).remove(&id);
            let cancelled = *rx.borrow();
            let progress = match result {
                Ok(outcome) => {
                    // ffmpeg's reason stays as the merge check words it (English).
                    let note = outcome
                        .reencoded_because
                        .map(|why| Text::new("errors-merge-reencoded").with("why", why));
                    MergeProgress {
                        merge_id: id.clone(),
                        stage: MergeStage::Done,
                        fraction: 1.0,
                        message: note.as_ref().map(Text::english),
                        text: note,
                        job_id: Some(id.clone()),
                        stream_copy: Some(outcome.stream_copy),
                    }
                }
                Err(stop) => {
                    if !cancelled {
                        tracing::warn!(merge = %id, error = %stop.english, "local merge failed");
                    }
                    let (stage, stop) = if cancelled {
                        (
                            MergeStage::Cancelled,
                            Stop::from(Text::new("errors-merge-cancelled")),
                        )
                    } else {
                        (MergeStage::Failed, stop)
                    };
                    MergeProgress {
                        merge_id: id.clone(),
                        stage,
                        fraction: 0.0,
                        message: Some(stop.english),
                        text: stop.text,
                        job_id: None,
                        stream_copy: None,
                    }
                }
            };
            engine.inner.hub.emit(EngineEvent::Merge { progress });
        });
        Ok(MergeStarted {
            merge_id,
            local: true,
            job: None,
        })
    }

    fn merge_progress(&self, id: &str, stage: MergeStage, fraction: f64) {
        let progress = MergeProgress {
            merge_id: id.to_string(),
            stage,
            fraction: fraction.clamp(0.0, 1.0),
            message: None,
            text: None,
            job_id: None,
            stream_copy: None,
        };
        self.engine.inner.hub.emit(EngineEvent::Merge { progress });
    }

    /// Fetch the clips, join them, add the card (its id is the merge id).
    async fn run_local_merge(
        self,
        id: &str,
        tools: &FfmpegTools,
        jobs: Vec<Job>,
        trims: Vec<Option<Trim>>,
        cancel: watch::Receiver<bool>,
    ) -> Result<MergeOutcome, Stop> {
        let n = jobs.len();
        let lib = self.engine.library().clone();
        let need_download = jobs.iter().any(|j| lib.existing_file(&j.id).is_none());
        let share = if need_download { 0.5 } else { 0.0 };
        self.merge_progress(id, MergeStage::Downloading, 0.0);
        let mut inputs: Vec<MergeInput> = Vec::with_capacity(n);
        for (i, (job, trim)) in jobs.iter().zip(trims).enumerate() {
            if *cancel.borrow() {
                return Err(Text::new("errors-merge-cancelled").into());
            }
            let (engine, mid) = (self.engine.clone(), id.to_string());
            let part: super::downloads::OnFraction = Arc::new(move |f| {
                let done = share * (i as f64 + f) / n as f64;
                engine
                    .merges()
                    .merge_progress(&mid, MergeStage::Downloading, done)
            });
            let file = self
                .engine
                .downloads()
                .download_with(&job.id, Some(part))
                .await
                .map_err(|e: LibraryError| {
                    let why: TextArg = match e.text() {
                        Some(t) => t.into(),
                        None => e.to_string().into(),
                    };
                    Text::new("errors-merge-clip-download")
                        .with("number", i + 1)
                        .with("reason", why)
                })?;
            inputs.push(MergeInput { path: file, trim });
        }
        let folder_id = common_folder(&jobs);
        let folder_name = folder_id
            .as_ref()
            .and_then(|f| self.engine.folders().get(f))
            .map(|f| f.name);
        let created = now_rfc3339();
        let sources: Vec<JobId> = jobs.iter().map(|j| j.id.clone()).collect();
        let title = merge_title(n);
        let name = library::file_name(Some(&created), None, Some(&title), id, "mp4");
        let output = lib
            .reserve(&library::folder_dir_name(folder_name.as_deref()), &name)
            .map_err(|e| Text::new("errors-merge-save").with("reason", e.to_string()))?;
        self.merge_progress(id, MergeStage::Merging, share);
        let (engine, mid) = (self.engine.clone(), id.to_string());
        let on_progress = move |f: f64| {
            engine
                .merges()
                .merge_progress(&mid, MergeStage::Merging, share + (1.0 - share) * f)
        };
        let merged = match &self.engine.inner.config.work_dir {
            Some(dir) => {
                tools
                    .concat_clips_in(dir, &inputs, &output, on_progress, cancel)
                    .await
            }
            None => {
                tools
                    .concat_clips(&inputs, &output, on_progress, cancel)
                    .await
            }
        };
        let outcome = merged.map_err(|e| {
            let _ = std::fs::remove_file(&output);
            Stop::from(e.text())
        })?;
        lib.record(id, &output);
        lib.set_seconds(id, outcome.duration_secs);
        self.engine.downloads().saved_soon(id);
        let job = Job::local_merge(id, &sources, folder_id, &created, &outcome, &now_rfc3339());
        self.engine.jobs().add_external(job);
        self.record(MergeRecord {
            id: id.to_string(),
            source_job_ids: sources,
            output_job_id: Some(id.to_string()),
            created_at: created,
        });
        Ok(outcome)
    }
}

/// Why a merge on this computer stopped: the English (logs, `message`) and the catalog
/// message the shell words.
struct Stop {
    english: String,
    text: Option<Text>,
}

impl From<Text> for Stop {
    fn from(text: Text) -> Stop {
        Stop {
            english: text.english(),
            text: Some(text),
        }
    }
}

/// The folder every clip shares, if any.
fn common_folder(jobs: &[Job]) -> Option<FolderId> {
    let mut folders = jobs.iter().map(|j| j.folder_id.clone());
    let first = folders.next()??;
    folders
        .all(|f| f.as_deref() == Some(&first))
        .then_some(first)
}
