//! The local library: finished videos on disk before the service's URLs expire.
//!
//! - Folder: `ULAZAI_LIBRARY_DIR` > Settings' `download_dir` > `Dirs::default_library`;
//!   one sub-folder per app folder (`library::folder_dir_name`), file names from date +
//!   model + the start of the prompt (`library::file_name`): never a path from the server.
//! - Completed results download by themselves when `auto_download` is on (default), two
//!   at a time, through the engine's `Downloader` (temp file, Range resume, size check,
//!   rename); `download://progress` reports each.
//! - `library.json` (data dir) maps job id -> file; jobs reach the UI "decorated" with
//!   `local_file` when that file exists.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ulazai_engine::library::{self as media, Downloader};
use ulazai_engine::model::{Job, JobStatus};

use crate::events::{self, DownloadProgressed, JobUpdated};
use crate::ipc_types::{DownloadProgress, DownloadState, LibraryInfo};
use crate::persist::write_atomic;
use crate::studio::Studio;

/// At most this many downloads at once.
const PARALLEL: usize = 2;
/// Progress events per download at most this often.
const PROGRESS_EVERY: Duration = Duration::from_millis(150);

pub struct Library {
    path: PathBuf,
    index: Mutex<BTreeMap<String, String>>,
    locks: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
    permits: Arc<tokio::sync::Semaphore>,
    stop: tokio::sync::watch::Sender<bool>,
}

impl Library {
    /// Open the index file (`library.json`); an unreadable one is moved aside.
    pub fn open(path: PathBuf) -> Library {
        crate::persist::move_aside_if_corrupt(&path);
        let index = std::fs::read(&path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        Library {
            path,
            index: Mutex::new(index),
            locks: Mutex::default(),
            permits: Arc::new(tokio::sync::Semaphore::new(PARALLEL)),
            stop: tokio::sync::watch::channel(false).0,
        }
    }

    /// The job's file, if recorded and still there.
    pub fn file(&self, id: &str) -> Option<PathBuf> {
        let p = PathBuf::from(self.index.lock().unwrap().get(id)?);
        p.is_file().then_some(p)
    }

    pub fn record(&self, id: &str, file: &Path) {
        let bytes = {
            let mut index = self.index.lock().unwrap();
            index.insert(id.to_string(), file.to_string_lossy().into_owned());
            serde_json::to_vec_pretty(&*index).unwrap_or_default()
        };
        if let Err(e) = write_atomic(&self.path, &bytes) {
            tracing::error!(error = %e, "cannot save the library index");
        }
    }

    fn lock_for(&self, id: &str) -> Arc<tokio::sync::Mutex<()>> {
        self.locks
            .lock()
            .unwrap()
            .entry(id.to_string())
            .or_default()
            .clone()
    }

    /// Cancel every download (app exit).
    pub fn stop(&self) {
        self.stop.send_replace(true);
    }

    pub fn cancel_rx(&self) -> tokio::sync::watch::Receiver<bool> {
        self.stop.subscribe()
    }
}

/// A free name in `dir`, claimed at once with an empty placeholder (so that two downloads
/// of look-alike clips never pick the same name); the download replaces it.
pub fn reserve(dir: &Path, name: &str) -> std::io::Result<PathBuf> {
    static CLAIM: Mutex<()> = Mutex::new(());
    let _one = CLAIM.lock().unwrap();
    for _ in 0..100 {
        let p = media::unique_path(dir, name);
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&p)
        {
            Ok(_) => return Ok(p),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("no free file name"))
}

/// `mp4`, `mov`, `webm` or `m4v` from the URL's path; `mp4` otherwise.
fn extension(url: &str) -> &'static str {
    let path = url::Url::parse(url)
        .map(|u| u.path().to_ascii_lowercase())
        .unwrap_or_default();
    ["mov", "webm", "m4v"]
        .into_iter()
        .find(|e| path.ends_with(&format!(".{e}")))
        .unwrap_or("mp4")
}

impl Studio {
    /// The library folder in use.
    pub fn library_dir(&self) -> PathBuf {
        if let Some(d) = &self.cfg.library_dir {
            return d.clone();
        }
        match self.settings.settings().download_dir {
            Some(d) if Path::new(&d).is_absolute() => PathBuf::from(d),
            _ => self.dirs.default_library.clone(),
        }
    }

    pub fn library_info(&self) -> LibraryInfo {
        LibraryInfo {
            dir: self.library_dir().to_string_lossy().into_owned(),
            default_dir: self.dirs.default_library.to_string_lossy().into_owned(),
            auto_download: self.settings.settings().auto_download,
        }
    }

    /// The job's file in the library (a local merge's own file, or a download).
    pub fn local_file(&self, job: &Job) -> Option<PathBuf> {
        job.local_file
            .as_ref()
            .map(PathBuf::from)
            .filter(|p| p.is_file())
            .or_else(|| self.library.file(&job.id))
    }

    /// The job as the UI sees it: with `local_file` when the file exists.
    pub fn decorate(&self, mut job: Job) -> Job {
        job.local_file = self
            .local_file(&job)
            .map(|p| p.to_string_lossy().into_owned());
        job
    }

    /// A completed job with a result and no file yet: download it when the setting is on.
    pub fn maybe_auto_download(self: &Arc<Self>, job: &Job) {
        if job.status != JobStatus::Completed
            || job.result_urls.is_empty()
            || !self.settings.settings().auto_download
            || self.local_file(job).is_some()
        {
            return;
        }
        let (s, job) = (self.clone(), job.clone());
        tauri::async_runtime::spawn(async move {
            if let Err(e) = s.download_job(&job, None).await {
                tracing::warn!(job = %job.id, error = %e, "auto-download failed");
            }
        });
    }

    /// Every completed job without a file (after the engine starts).
    pub async fn download_missing(self: &Arc<Self>) {
        if let Ok(engine) = self.engine_now().await {
            for job in engine.jobs() {
                self.maybe_auto_download(&job);
            }
        }
    }

    /// Download the job's result into the library (or answer the file already there).
    /// `on_fraction` follows the bytes when the size is known.
    pub async fn download_job(
        self: &Arc<Self>,
        job: &Job,
        on_fraction: Option<Arc<dyn Fn(f64) + Send + Sync>>,
    ) -> Result<PathBuf, String> {
        let lock = self.library.lock_for(&job.id);
        let _one = lock.lock().await;
        if let Some(p) = self.local_file(job) {
            return Ok(p);
        }
        let raw = job
            .result_urls
            .first()
            .ok_or_else(|| "This clip has no result to download yet.".to_string())?;
        let base = self.base_url().await;
        let url = crate::demo::check_result_url(raw, &base)?;
        media::check_media_url(url.as_str()).map_err(|e| e.to_string())?;
        let engine = self.engine_now().await?;
        let folder_name = job.folder_id.as_ref().and_then(|id| {
            engine
                .folders()
                .into_iter()
                .find(|f| &f.id == id)
                .map(|f| f.name)
        });
        let dir = self
            .library_dir()
            .join(media::folder_dir_name(folder_name.as_deref()));
        std::fs::create_dir_all(&dir)
            .map_err(|e| format!("Cannot create the folder {}: {e}", dir.display()))?;
        let prompt = job
            .prompt
            .as_deref()
            .or(job.params.as_ref().map(|p| p.prompt.as_str()));
        let name = media::file_name(
            job.created_at.as_deref(),
            job.model_slug.as_deref(),
            prompt,
            &job.id,
            extension(url.as_str()),
        );
        let dest =
            reserve(&dir, &name).map_err(|e| format!("Cannot save into {}: {e}", dir.display()))?;
        let _permit = self.library.permits.clone().acquire_owned().await;
        let id = job.id.clone();
        let shell = self.shell.clone();
        let last = Mutex::new(Instant::now() - PROGRESS_EVERY);
        let report = move |received: u64, total: Option<u64>| {
            let mut t = last.lock().unwrap();
            if t.elapsed() < PROGRESS_EVERY {
                return;
            }
            *t = Instant::now();
            if let (Some(f), Some(total)) = (&on_fraction, total.filter(|t| *t > 0)) {
                f(received as f64 / total as f64);
            }
            events::emit::<DownloadProgressed>(
                &*shell,
                &DownloadProgress {
                    job_id: id.clone(),
                    state: DownloadState::Downloading,
                    received: received as f64,
                    total: total.map(|t| t as f64),
                    message: None,
                },
            );
        };
        tracing::info!(job = %job.id, "downloading into the library");
        let result = Downloader::new()
            .download(
                url.as_str(),
                &dest,
                |p: media::DownloadProgress| report(p.received, p.total),
                self.library.cancel_rx(),
            )
            .await;
        let (state, received, message) = match &result {
            Ok(bytes) => (DownloadState::Done, *bytes as f64, None),
            Err(e) => (DownloadState::Failed, 0.0, Some(e.to_string())),
        };
        events::emit::<DownloadProgressed>(
            &*self.shell,
            &DownloadProgress {
                job_id: job.id.clone(),
                state,
                received,
                total: None,
                message,
            },
        );
        if let Err(e) = result {
            let _ = std::fs::remove_file(&dest);
            return Err(e.to_string());
        }
        self.library.record(&job.id, &dest);
        if let Some(j) = engine.job(&job.id) {
            events::emit::<JobUpdated>(&*self.shell, &self.decorate(j));
        }
        Ok(dest)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn extension_from_the_url_path_only() {
        assert_eq!(super::extension("https://m.example/a/b.MOV?x=.webm"), "mov");
        assert_eq!(super::extension("https://m.example/a/b"), "mp4");
        assert_eq!(super::extension("https://m.example/x.webm"), "webm");
        assert_eq!(super::extension("not a url"), "mp4");
    }
}
