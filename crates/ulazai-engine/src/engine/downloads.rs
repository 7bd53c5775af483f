//! The downloads service: saving results into the library: on request, and by themselves when auto-download is
//! on (every completed job without a file, at start and as jobs complete).
//! `EngineEvent::Download` reports each (progress, done, failed); the job's `local_file`
//! follows through `JobUpdated`.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use super::{Engine, EngineEvent, ResultUrlError};
use crate::library::{self, ByteProgress, DownloadError, DownloadOptions, Downloader};
use crate::model::{DownloadProgress, DownloadState, Job, JobId, JobStatus};
use crate::text::Text;

/// Why a clip could not be saved, opened or shown. `Display` is a sentence for the creator.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LibraryError {
    #[error("{}", crate::MissingJob::MESSAGE)]
    NoJob,
    #[error("This clip has no result to download yet.")]
    NoResult,
    #[error("{0}")]
    BadUrl(ResultUrlError),
    #[error("The clip cannot be saved into {dir}: {why}")]
    Folder { dir: String, why: String },
    #[error("{0}")]
    Download(DownloadError),
    #[error("This clip is not in the library (yet).")]
    NotSaved,
    /// The index names a file outside the library folder, or not a video (it is not
    /// opened, played, merged, exported or answered).
    #[error("This clip's file is not a video in the library folder; it is not used.")]
    Refused,
    #[error("{0}")]
    Share(library::ShareError),
    #[error("{0}")]
    Export(library::ExportError),
}

impl LibraryError {
    /// The sentence as a catalog message (its `Display` is the English); `None` for the
    /// errors of sharing and exporting, not in the catalog yet.
    pub fn text(&self) -> Option<Text> {
        Some(match self {
            LibraryError::NoJob => crate::MissingJob.text(),
            LibraryError::NoResult => Text::new("errors-download-no-result"),
            LibraryError::BadUrl(_) | LibraryError::Share(_) | LibraryError::Export(_) => {
                return None
            }
            LibraryError::Folder { dir, why } => Text::new("errors-download-folder")
                .with("folder", dir)
                .with("reason", why),
            LibraryError::Download(e) => e.text(),
            LibraryError::NotSaved => Text::new("errors-clip-not-saved"),
            LibraryError::Refused => Text::new("errors-clip-file-refused"),
        })
    }
}

/// The job's file through `Library::checked_file` (blocking: it resolves links, as every
/// other caller does), or `Refused` with `recorded` named in the log.
fn checked(
    lib: &library::Library,
    id: &str,
    recorded: &std::path::Path,
) -> Result<PathBuf, LibraryError> {
    lib.checked_file(id).ok_or_else(|| {
        tracing::warn!(job = id, file = %recorded.display(), "not handed on");
        LibraryError::Refused
    })
}

/// The library's safe name for the job's file (also the name an export gives it).
pub(super) fn library_name(job: &Job, ext: &str) -> String {
    let prompt = job
        .prompt
        .as_deref()
        .or(job.params.as_ref().map(|p| &*p.prompt));
    library::file_name(
        job.created_at.as_deref(),
        job.model_slug.as_deref(),
        prompt,
        &job.id,
        ext,
    )
}

/// Where a download's progress goes besides the events (a merge shows it as its own).
pub(crate) type OnFraction = Arc<dyn Fn(f64) + Send + Sync>;

/// What only the downloads service keeps.
pub(super) struct DownloadsState {
    /// Save every completed result by itself.
    auto: AtomicBool,
}

impl DownloadsState {
    pub(super) fn new(auto: bool) -> DownloadsState {
        DownloadsState {
            auto: AtomicBool::new(auto),
        }
    }
}

/// Saving one engine's results into the library (`Engine::downloads`).
#[derive(Clone, Copy)]
pub struct Downloads<'a> {
    engine: &'a Engine,
}

impl<'a> Downloads<'a> {
    pub(super) fn of(engine: &'a Engine) -> Downloads<'a> {
        Downloads { engine }
    }

    fn auto(&self) -> &'a AtomicBool {
        &self.engine.inner.downloads.auto
    }

    fn library(&self) -> &'a Arc<library::Library> {
        self.engine.library()
    }

    /// Save completed results by themselves (and, when switched on, every one missing now).
    pub fn set_auto_download(&self, on: bool) {
        let was = self.auto().swap(on, Ordering::SeqCst);
        if on && !was {
            self.download_missing();
        }
    }

    /// The job's file when it is in the library, still on disk, inside the library
    /// folder and a video (`Library::checked_file`): what Open and Reveal may hand to the
    /// OS.
    pub fn local_file(&self, id: &str) -> Result<PathBuf, LibraryError> {
        self.engine.jobs().get(id).ok_or(LibraryError::NoJob)?;
        let lib = self.library();
        let Some(recorded) = lib.existing_file(id) else {
            self.engine.inner.hub.file_changed(id);
            return Err(LibraryError::NotSaved);
        };
        checked(lib, id, &recorded)
    }

    /// Save the job's result into the library, or answer the file already there. The
    /// file answered (to the UI, and to a merge as ffmpeg's input) has passed
    /// `Library::checked_file`: an index entry outside the library folder is
    /// [`LibraryError::Refused`], never answered, and not replaced by a download.
    pub async fn download(self, id: &str) -> Result<PathBuf, LibraryError> {
        self.download_with(id, None).await
    }

    pub(crate) async fn download_with(
        self,
        id: &str,
        on_fraction: Option<OnFraction>,
    ) -> Result<PathBuf, LibraryError> {
        let lib = self.library().clone();
        let lock = lib.job_lock(id);
        let _one = lock.lock().await;
        if let Some(recorded) = lib.existing_file(id) {
            // Already saved: the card hears of it again (it may have shown it unsaved).
            tracing::info!(job = %id, "already in the library");
            self.engine.inner.hub.file_changed(id);
            return checked(&lib, id, &recorded);
        }
        let job = self.engine.jobs().get(id).ok_or(LibraryError::NoJob)?;
        let url = self.engine.jobs().result_url(id).map_err(|e| match e {
            ResultUrlError::NoJob => LibraryError::NoJob,
            ResultUrlError::NoResult => LibraryError::NoResult,
            other => LibraryError::BadUrl(other),
        })?;
        let sub = self.engine.folders().library_sub_of(&job);
        let name = library_name(&job, library::extension(&url));
        let _slot = lib.slot().await;
        let dest = lib.reserve(&sub, &name).map_err(|e| LibraryError::Folder {
            dir: lib
                .dir()
                .map(|d| d.join(&sub).display().to_string())
                .unwrap_or_default(),
            why: e.to_string(),
        })?;
        tracing::info!(job = %id, "downloading into the library");
        let report = |p: ByteProgress| {
            if let (Some(f), Some(total)) = (&on_fraction, p.total.filter(|t| *t > 0)) {
                f(p.received as f64 / total as f64);
            }
            self.download_event(id, DownloadState::Downloading, p.received, p.total, None);
        };
        let options = DownloadOptions {
            server_origin: Some(self.engine.base_url()),
            max_bytes: lib.max_bytes(),
            ..DownloadOptions::default()
        };
        let result = Downloader::with_options(options)
            .download(url.as_str(), &dest, report, lib.cancel_rx())
            .await;
        match result {
            Ok(bytes) => {
                self.download_event(id, DownloadState::Done, bytes, Some(bytes), None);
                lib.record(id, &dest);
                // The card may have changed folder while its file was on the way.
                let dest = self
                    .engine
                    .jobs()
                    .get(id)
                    .and_then(|job| lib.relocate(id, &self.engine.folders().library_sub_of(&job)))
                    .unwrap_or(dest);
                self.engine.inner.hub.file_changed(id);
                self.saved_soon(id);
                checked(&lib, id, &dest)
            }
            Err(e) => {
                let _ = std::fs::remove_file(&dest);
                self.download_event(id, DownloadState::Failed, 0, None, Some(e.text()));
                Err(LibraryError::Download(e))
            }
        }
    }

    /// Make the saved clip's poster now, in the background (one ffmpeg at a time), so that
    /// its card finds it ready instead of waiting for ffmpeg on first sight;
    /// then probe its real length, which the card shows from then on (`JobUpdated`).
    /// Without ffmpeg there is no poster and the card keeps its player.
    pub(super) fn saved_soon(&self, id: &str) {
        let engine = self.engine.clone();
        let id = id.to_string();
        tokio::spawn(async move {
            let lib = engine.library().clone();
            let ffmpeg = engine.merges().ffmpeg_path();
            lib.poster(&id, ffmpeg.clone()).await;
            let known = lib.seconds(&id).is_some();
            if lib.measure(&id, ffmpeg).await.is_some() && !known {
                engine.inner.hub.file_changed(&id);
            }
        });
    }

    fn download_event(
        &self,
        id: &str,
        state: DownloadState,
        received: u64,
        total: Option<u64>,
        text: Option<Text>,
    ) {
        let progress = DownloadProgress {
            job_id: id.to_string(),
            state,
            received,
            total,
            message: text.as_ref().map(Text::english),
            text,
        };
        self.engine
            .inner
            .hub
            .emit(EngineEvent::Download { progress });
    }

    /// Whether auto-download wants this job (completed, a result, no file recorded).
    fn wants_download(&self, job: &Job) -> bool {
        self.auto().load(Ordering::SeqCst)
            && job.status == JobStatus::Completed
            && !job.result_urls.is_empty()
            && self.library().file(&job.id).is_none()
    }

    fn spawn_download(&self, id: String) {
        let engine = self.engine.clone();
        tokio::spawn(async move {
            if let Err(e) = engine.downloads().download(&id).await {
                tracing::warn!(job = %id, error = %e, "auto-download failed");
            }
        });
    }

    /// Every completed job whose file is not on disk (a background pass: it looks at the
    /// disk once per saved job).
    pub(crate) fn download_missing(&self) {
        if !self.auto().load(Ordering::SeqCst) {
            return;
        }
        let engine = self.engine.clone();
        tokio::spawn(async move {
            // The completed jobs' ids only: copying every job to pick these would copy
            // the whole store at each start.
            let completed: Vec<JobId> = engine.inner.hub.read(|s| {
                s.iter()
                    .filter(|j| j.status == JobStatus::Completed && !j.result_urls.is_empty())
                    .map(|j| j.id.clone())
                    .collect()
            });
            let check = engine.clone();
            let missing = tokio::task::spawn_blocking(move || {
                completed
                    .into_iter()
                    .filter(|id| check.library().existing_file(id).is_none())
                    .collect::<Vec<_>>()
            })
            .await
            .unwrap_or_default();
            for id in missing {
                engine.downloads().spawn_download(id);
            }
        });
    }

    /// Auto-download follows the jobs that complete from now on (and, at start, those
    /// already complete).
    pub(super) fn follow_completed_jobs(&self) {
        let mut rx = self.engine.inner.hub.completed_jobs();
        let weak = Arc::downgrade(&self.engine.inner);
        tokio::spawn(async move {
            while let Some(job) = rx.recv().await {
                let Some(inner) = weak.upgrade() else { break };
                let engine = Engine { inner };
                let downloads = engine.downloads();
                if downloads.wants_download(&job) {
                    downloads.spawn_download(job.id);
                }
            }
        });
        self.download_missing();
    }
}
