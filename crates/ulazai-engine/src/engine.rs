//! The engine: the API the desktop shell calls. [`Engine`] is a cheap-to-clone facade that
//! holds only the wiring — the API client (private to the engine), the `hub` (the store
//! behind one lock, the event subscribers, the debounced saver, the library), the poll
//! scheduler and the saver task — and hands out small services, each the one owner of its
//! own state, its methods in its own file:
//!
//! - `jobs` — [`Jobs`]: generate (validated, never duplicated), retry, remove, lists, the
//!   model matrix (cached), the generate requests whose answer was lost, render
//!   estimates, and the "already notified" marks;
//! - `folders` — [`Folders`]: the creator's folders, their server buckets and which of
//!   them are being created (`syncing`); a clip's file moves with its card;
//! - `web` — [`Web`]: the web session the folder and merge endpoints need;
//! - `downloads` — [`Downloads`]: saving results into the library (on request, and by
//!   themselves when auto-download is on), posters and real lengths of saved clips;
//! - `export` — [`Exports`]: clips leaving the app as files (drag-out, export to a folder);
//! - `merge` — [`Merges`]: merges on the server or with ffmpeg, their cancel switches, the
//!   chosen ffmpeg, and the merge records; `merge_request`: what a merge is asked and
//!   answers;
//! - `curation` — [`Curation`]: a creator's marks on clips (pick / reject, 1 to 5 stars);
//! - `delete` — [`Deletes`]: clips deleted for real (files to the trash, or kept) and the
//!   last deletes held for undo;
//! - `queue` — [`RenderQueue`]: the render queue's operations and the generate budget;
//!   `queue_run`: its runtime (clock, wake-ups, the task that submits as budget frees);
//! - `spending`: what the library's clips cost ([`Engine::spending`], read under the
//!   store's lock);
//! - `hub`: every change goes out as an [`EngineEvent`] (`events`) on one channel;
//!   `error`: the errors of the facade.
//!
//! Words: a *job* is a render request on the server (its id is the server's); a *clip* is
//! the video a completed job made, once saved into the library. A card shows one job and,
//! when there is one, its clip.

mod curation;
mod delete;
mod downloads;
mod error;
mod events;
mod export;
mod folders;
mod hub;
mod jobs;
mod merge;
mod merge_request;
mod queue;
mod queue_run;
mod spending;
mod view;
mod web;

pub use curation::Curation;
pub use delete::{Deleted, Deletes, FolderClips, Undone, HELD};
pub use downloads::{Downloads, LibraryError};
pub use error::{GenerateError, ResultUrlError, StartError};
pub use events::EngineEvent;
pub use export::Exports;
pub use folders::Folders;
pub use jobs::Jobs;
pub use merge::{
    ffmpeg_status, FfmpegStatus, MergeClip, MergeError, MergeFailure, MergePlace, MergeStarted,
    Merges, Trim, MAX_MERGE_CLIPS,
};
pub use queue::{RenderQueue, MAX_QUEUED};
pub use view::SearchPath;
pub use web::Web;

/// A job library as [`Engine::read_library`] read it (`None`: nothing saved yet).
pub type LoadedLibrary = Result<Option<crate::store::StoreImage>, crate::store::PersistError>;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use crate::api::{ApiError, Client, ClientConfig};
use crate::generate::SubmitPolicy;
use crate::library::Library;
use crate::model::{Connectivity, JobId, KeyState};
use crate::poll::schedule::age_since;
use crate::poll::{EtaBook, PollPolicy, Scheduler, SchedulerHandle};
use crate::secret::{Auth, WebSession};
use crate::store::saver::{Saver, SnapshotSource};
use crate::store::{Persist, Snapshot, Store};
use hub::Hub;

/// The saver writes at most this often.
const SAVE_DEBOUNCE: Duration = Duration::from_millis(300);
/// `start` waits at most this long for the first history read (it goes on afterwards).
const START_HISTORY_WAIT: Duration = Duration::from_secs(5);

#[derive(Clone)]
pub struct EngineConfig {
    pub client: ClientConfig,
    pub poll: PollPolicy,
    pub submit: SubmitPolicy,
    /// Read the first history page at start: refresh known jobs, add server-only jobs as
    /// cards (origin `History`). Default true.
    pub reload_history_on_start: bool,
    /// Where results are saved (shared by every engine of the app: demo and real).
    pub library: Arc<Library>,
    /// Save every completed result into the library by itself (`set_auto_download`).
    pub auto_download: bool,
    /// The app's own folder for working files (a local merge's concat list); `None`: a
    /// fresh private folder in the system temp folder each time.
    pub work_dir: Option<PathBuf>,
    /// The ffmpeg the creator chose (`set_ffmpeg_path`); `None`: found on PATH or beside
    /// the app.
    pub ffmpeg_path: Option<PathBuf>,
}

impl EngineConfig {
    /// The production defaults for a server at `client`, with a library that saves nothing.
    pub fn new(client: ClientConfig) -> EngineConfig {
        EngineConfig {
            client,
            poll: PollPolicy::documented(),
            submit: SubmitPolicy::default(),
            reload_history_on_start: true,
            library: Arc::new(Library::detached()),
            auto_download: false,
            work_dir: None,
            ffmpeg_path: None,
        }
    }
}

/// Cheap to clone; all clones drive the same engine.
#[derive(Clone)]
pub struct Engine {
    inner: Arc<Inner>,
}

struct Inner {
    config: EngineConfig,
    client: Client,
    hub: Arc<Hub>,
    poller: SchedulerHandle,
    saver_task: Mutex<Option<JoinHandle<()>>>,
    jobs: jobs::JobsState,
    folders: folders::FoldersState,
    deletes: delete::DeletesState,
    web: web::WebState,
    downloads: downloads::DownloadsState,
    merges: merge::MergesState,
    queue: queue_run::QueueRuntime,
    view: view::ViewState,
}

impl Drop for Inner {
    fn drop(&mut self) {
        self.queue.stop();
        if let Some(task) = self
            .saver_task
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
        {
            task.abort();
        }
    }
}

impl Engine {
    /// Load the saved store, resume polling every unfinished job, then (with credentials)
    /// read the first history page: known jobs are refreshed, server-only jobs become
    /// cards (origin `History`, `JobCreated`). Events emitted before the first
    /// `subscribe` are kept for that first subscriber.
    pub async fn start(
        config: EngineConfig,
        auth: Option<Auth>,
        persist: Arc<dyn Persist>,
    ) -> Result<Engine, StartError> {
        let image = Engine::read_library(persist.clone()).await;
        Engine::start_loaded(config, auth, persist, image).await
    }

    /// Read the saved store of `persist` (in a blocking task): what
    /// [`Engine::start_loaded`] starts from. The app reads it while the keyring answers.
    pub async fn read_library(persist: Arc<dyn Persist>) -> LoadedLibrary {
        let began = std::time::Instant::now();
        let image = tokio::task::spawn_blocking(move || persist.load_image())
            .await
            .map_err(|e| crate::store::PersistError::Backend(format!("load task failed: {e}")))??;
        tracing::info!(
            jobs = image.as_ref().map_or(0, |i| i.jobs.len()),
            ms = began.elapsed().as_millis() as u64,
            "the job library is read"
        );
        Ok(image)
    }

    /// [`Engine::start`] from the store `persist` has already read ([`Engine::read_library`]).
    pub async fn start_loaded(
        config: EngineConfig,
        auth: Option<Auth>,
        persist: Arc<dyn Persist>,
        image: LoadedLibrary,
    ) -> Result<Engine, StartError> {
        let mut image = image?;
        let eta = restore_estimates(image.as_mut().map(|i| &mut i.rest), &config.poll);
        let store = Arc::new(Mutex::new(image.map(Store::from_image).unwrap_or_default()));
        let client = Client::new(config.client.clone(), auth.clone())?;

        let (source_store, source_eta) = (store.clone(), eta.clone());
        let source: SnapshotSource = Arc::new(move || {
            // The jobs are shared, not copied: the store's lock is held for a moment.
            let mut image = source_store
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .image();
            image.rest.eta = source_eta.snapshot();
            image
        });
        let saver = Saver::new(persist, source, SAVE_DEBOUNCE);
        eta.on_change({
            let saver = saver.clone();
            move || saver.mark_dirty()
        });
        let saver_task = saver.spawn();
        let key_state = if auth.is_some() {
            KeyState::Unverified
        } else {
            KeyState::Missing
        };
        let hub = Arc::new(Hub::new(store, saver, config.library.clone(), key_state));
        hub.emit(EngineEvent::KeyState { state: key_state });
        let poller = Scheduler::spawn(client.clone(), config.poll.clone(), hub.clone(), eta);

        let resume: Vec<(JobId, Duration)> = hub.read(|s| {
            s.iter()
                .filter(|j| j.needs_polling())
                .map(|j| (j.id.clone(), age_since(j.created_at.as_deref())))
                .collect()
        });
        for (id, age) in resume {
            poller.track(id, age);
        }
        let engine = Engine {
            inner: Arc::new(Inner {
                downloads: downloads::DownloadsState::new(config.auto_download),
                merges: merge::MergesState::new(config.ffmpeg_path.clone()),
                config,
                client,
                hub,
                poller,
                saver_task: Mutex::new(Some(saver_task)),
                jobs: jobs::JobsState::default(),
                folders: folders::FoldersState::default(),
                deletes: delete::DeletesState::default(),
                web: web::WebState::default(),
                queue: queue_run::QueueRuntime::default(),
                view: view::ViewState::default(),
            }),
        };
        engine.downloads().follow_completed_jobs();
        queue_run::spawn(&engine.inner);
        if engine.inner.config.reload_history_on_start {
            // Without credentials this pauses at once and runs when `set_auth` gives some.
            let reload = engine.inner.poller.reload_history();
            if tokio::time::timeout(START_HISTORY_WAIT, reload)
                .await
                .is_err()
            {
                tracing::warn!("history is slow to answer; cards will appear when it does");
            }
        }
        Ok(engine)
    }

    /// The jobs: generate, retry, remove, lists, the model matrix, estimates.
    pub fn jobs(&self) -> Jobs<'_> {
        Jobs::of(self)
    }

    /// The creator's folders and their server buckets.
    pub fn folders(&self) -> Folders<'_> {
        Folders::of(self)
    }

    /// The web session the folder and merge endpoints need.
    pub fn web(&self) -> Web<'_> {
        Web::of(self)
    }

    /// Saving results into the library, and the saved clips' files.
    pub fn downloads(&self) -> Downloads<'_> {
        Downloads::of(self)
    }

    /// Clips leaving the app as files (drag-out, export into a folder).
    pub fn exports(&self) -> Exports<'_> {
        Exports::of(self)
    }

    /// Merges (on the server or with ffmpeg) and their records.
    pub fn merges(&self) -> Merges<'_> {
        Merges::of(self)
    }

    /// A creator's marks on clips: pick / reject and stars.
    pub fn curation(&self) -> Curation<'_> {
        Curation::of(self)
    }

    /// Deleting clips for real (to the trash, or from the library only) and undoing it.
    pub fn deletes(&self) -> Deletes<'_> {
        Deletes::of(self)
    }

    /// The render queue and the generate budget.
    pub fn queue(&self) -> RenderQueue<'_> {
        RenderQueue::of(self)
    }

    /// The library results are saved into (shared by the app's engines).
    pub fn library(&self) -> &Arc<Library> {
        self.inner.hub.library()
    }

    /// A receiver of every event from now on.
    pub fn subscribe(&self) -> mpsc::UnboundedReceiver<EngineEvent> {
        self.inner.hub.subscribe()
    }

    /// The server this engine talks to (normalised base URL).
    pub fn base_url(&self) -> String {
        self.inner.client.base_url()
    }

    /// Replace the credentials. Polling paused by a 401 resumes; emits `KeyState`
    /// (`Unverified` until the server accepts the key, `Missing` for `None`).
    pub fn set_auth(&self, auth: Option<Auth>) {
        let state = if auth.is_some() {
            KeyState::Unverified
        } else {
            KeyState::Missing
        };
        let present = auth.is_some();
        self.inner.client.set_auth(auth);
        self.inner.hub.set_key_state(state);
        if !present {
            // Nothing is sent without a key: the trouble of the last requests is over.
            self.inner.hub.set_connectivity(Connectivity::Online);
        }
        self.inner.poller.credentials_changed();
        self.queue().credentials_changed(present);
    }

    /// The last known key state.
    pub fn key_state(&self) -> KeyState {
        self.inner.hub.key_state_now()
    }

    /// The last known polling connectivity.
    pub fn connectivity(&self) -> Connectivity {
        self.inner.hub.connectivity_now()
    }

    /// Persist now (errors are logged; the next change retries).
    pub async fn flush(&self) {
        if let Err(e) = self.inner.hub.saver().flush().await {
            tracing::error!(error = %e, "saving the job store failed");
        }
    }

    /// Stop polling, merges and the saver, then persist and close the store (a later change
    /// is still saved: the store opens again). The engine still answers queries.
    pub async fn shutdown(&self) {
        self.inner.queue.stop();
        self.inner.poller.stop().await;
        self.merges().cancel_all();
        let task = self
            .inner
            .saver_task
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        if let Some(task) = task {
            task.abort();
            let _ = task.await;
        }
        // The last save, and the store told it was a clean close.
        if let Err(e) = self.inner.hub.saver().close().await {
            tracing::error!(error = %e, "saving the job store failed");
        }
    }
}

/// The estimator saved in `snapshot` (taken out of it), on the policy's time scale.
fn restore_estimates(snapshot: Option<&mut Snapshot>, policy: &PollPolicy) -> Arc<EtaBook> {
    let saved = snapshot
        .map(|s| std::mem::take(&mut s.eta))
        .unwrap_or_default();
    Arc::new(EtaBook::restore(saved, policy.time_scale))
}

/// Sign the web session out on the server it belongs to (`POST /accounts/logout/` with
/// its cookie and CSRF token), so that its cookie is worthless even if it was copied.
pub async fn log_out_web(base_url: &str, session: &WebSession) -> Result<(), ApiError> {
    Client::new(ClientConfig::new(base_url), None)?
        .log_out(session)
        .await
}

/// Check a key against the server at `base_url` with one cheap call (the model list),
/// without an engine (the key may be for another server than the one in use).
pub async fn check_key(base_url: &str, auth: Auth) -> Result<(), ApiError> {
    Client::new(ClientConfig::new(base_url), Some(auth))?
        .models()
        .await
        .map(|_| ())
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

// The shell keeps the engine in shared state and calls it from any thread.
const _: fn() = || {
    fn shareable<T: Send + Sync + Clone + 'static>() {}
    shareable::<Engine>();
};
