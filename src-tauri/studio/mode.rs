//! The engine runner: which engine runs, the real service (the user's key) or demo mode
//! (the embedded simulator). Launch, switch, shut down, and the operations that may switch
//! (a new key leaves the demo, a new server restarts the engine). It decides; the engine
//! in use is kept by `CurrentEngine`.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;

use ulazai_engine::api::ClientConfig;
use ulazai_engine::engine::{Engine, EngineConfig, LoadedLibrary, StartError};
use ulazai_engine::secret::{ApiKey, Auth};
use ulazai_engine::store::{MemoryPersist, Persist, SqlitePersist};
use ulazai_engine::Text;

use super::current::{CurrentEngine, Running};
use super::demo::DemoSim;
use super::frame::Frame;
use super::key::KeyService;
use super::library::{ffmpeg_path, LibraryService};
use super::live::LiveStatus;
use super::reactions::Reactions;
use super::settings::SettingsService;
use super::ui::Ui;
use super::web_session::WebSessionService;
use super::StudioError;
use crate::ipc::events::{JobRemoved, JobUpdated};
use crate::ipc::types::{JobRef, KeyStatus, Settings};
use crate::platform::paths::{
    DEMO_JOBS_DB_FILE, DEMO_JOBS_FILE, DEMO_SIM_FILE, JOBS_DB_FILE, JOBS_FILE, WORK_DIR,
};

/// What the runner uses; each part is a service of its own.
pub(super) struct Parts {
    pub data_dir: PathBuf,
    /// `ULAZAI_DEMO`: start in demo mode when no key is set.
    pub demo_wanted: bool,
    pub ui: Arc<Ui>,
    pub settings: Arc<SettingsService>,
    pub current: Arc<CurrentEngine>,
    pub keys: Arc<KeyService>,
    pub web_session: Arc<WebSessionService>,
    pub library: Arc<LibraryService>,
    pub live: Arc<LiveStatus>,
    pub frame: Arc<Frame>,
    pub reactions: Arc<Reactions>,
}

pub struct EngineRunner {
    p: Parts,
    /// The job library read at launch while the keyring answers (see `launch`).
    early: std::sync::Mutex<Option<EarlyRead>>,
}

/// A job library read before the mode was known: the one the settings point to.
struct EarlyRead {
    demo: bool,
    store: Arc<SqlitePersist>,
    image: tauri::async_runtime::JoinHandle<LoadedLibrary>,
}

impl EngineRunner {
    pub(super) fn new(parts: Parts) -> EngineRunner {
        EngineRunner {
            p: parts,
            early: std::sync::Mutex::new(None),
        }
    }

    /// The job library of the demo (`demo`) or of the real server: a database, into which
    /// the JSON store of earlier versions moves at the first start.
    fn job_library(&self, demo: bool) -> Arc<SqlitePersist> {
        let (db, json) = if demo {
            (DEMO_JOBS_DB_FILE, DEMO_JOBS_FILE)
        } else {
            (JOBS_DB_FILE, JOBS_FILE)
        };
        let dir = &self.p.data_dir;
        Arc::new(SqlitePersist::new(dir.join(db)).migrating_from(dir.join(json)))
    }

    /// Start reading the job library the mode will most likely use (a stored key is
    /// only known once the keyring answers, which may take a while): the real one unless
    /// the demo is asked for or was the last mode.
    fn read_early(&self) {
        let demo = self.demo_asked();
        let store = self.job_library(demo);
        let persist: Arc<dyn Persist> = store.clone();
        let image = tauri::async_runtime::spawn(Engine::read_library(persist));
        *self.early.lock().unwrap_or_else(|e| e.into_inner()) =
            Some(EarlyRead { demo, store, image });
    }

    /// The library read early, when it is the one `demo` uses; one that is not is closed
    /// once read (its clean-close mark kept, so the next start skips the full check).
    async fn take_early(&self, demo: bool) -> Option<(Arc<SqlitePersist>, LoadedLibrary)> {
        let early = self
            .early
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()?;
        // A read that did not finish (its task failed) is done again by the caller.
        let image = early.image.await.ok()?;
        if early.demo == demo {
            return Some((early.store, image));
        }
        let store = early.store;
        let _ = tauri::async_runtime::spawn_blocking(move || store.close()).await;
        None
    }

    /// Load the key, pick the mode (real / demo) and start the engine. Runs in the
    /// background at launch (keyring and first history read may take seconds); commands
    /// wait for it (`CurrentEngine::wait_ready`).
    pub async fn start(&self) -> Result<(), StudioError> {
        let res = self.launch().await;
        if let Err(e) = &res {
            tracing::error!(error = %e, "the engine did not start");
        }
        self.p
            .current
            .launched(res.as_ref().err().map(|e| e.to_string()));
        res
    }

    async fn launch(&self) -> Result<(), StudioError> {
        self.read_early();
        self.p.keys.load().await;
        self.p.web_session.load().await;
        self.p.library.serve().await;
        let demo = self.p.keys.real_key().is_none() && self.demo_asked();
        self.switch(demo).await
    }

    /// The demo is asked for (`ULAZAI_DEMO`) or was the last mode: launched in it unless a
    /// key is stored.
    fn demo_asked(&self) -> bool {
        self.p.demo_wanted || self.p.settings.demo_mode()
    }

    /// Leave real mode for the demo (the "Try the demo" button); already in demo mode:
    /// nothing to do.
    pub async fn start_demo(&self) -> Result<(), StudioError> {
        self.p.current.wait_ready().await;
        if self.p.current.is_demo().await {
            return Ok(());
        }
        self.switch(true).await
    }

    /// Keep a new key for the real server now set, and use it: leaves demo mode, or hands
    /// the key to the running engine.
    pub async fn use_key(&self, key: ApiKey, until_quit: bool) -> Result<KeyStatus, StudioError> {
        self.p.current.wait_ready().await;
        self.p.keys.store(key, until_quit).await?;
        if self.p.current.is_demo().await {
            if let Err(e) = self.switch(false).await {
                tracing::error!(error = %e, "cannot leave demo mode");
            }
        } else {
            self.p.live.forget_rate();
            self.p.frame.announce().await;
        }
        Ok(self.p.keys.announce())
    }

    /// Forget the key (keyring and memory). Outside the demo nothing is sent any more: the
    /// connection's trouble and the hourly budget of the old key are no longer shown.
    pub async fn remove_key(&self) -> Result<KeyStatus, StudioError> {
        let status = self.p.keys.clear().await?;
        if !self.p.current.is_demo().await {
            self.p.live.forget();
        }
        self.p.frame.announce().await;
        Ok(status)
    }

    /// Keep new settings, each changed value checked first: a refused one keeps nothing
    /// and names its field. The library and the language follow; a changed server restarts the engine
    /// against it (unless `ULAZAI_BASE_URL` pins the server, or in demo mode).
    pub async fn apply_settings(&self, next: Settings) -> Result<Settings, StudioError> {
        self.p.current.wait_ready().await;
        let (before, kept) = self.p.settings.check_and_save(next).await?;
        self.p.library.follow(&kept).await;
        if before.language != kept.language {
            self.p.frame.follow_language(kept.language.as_deref()).await;
        }
        let server_changed =
            before.base_url_override != kept.base_url_override && !self.p.settings.server_pinned();
        if server_changed && !self.p.current.is_demo().await {
            self.switch(false).await?;
        }
        Ok(kept)
    }

    /// (Re)start the engine in demo or real mode. Jobs of the old engine are removed from
    /// the UI and the new engine's jobs are sent (the UI never has to ask).
    async fn switch(&self, demo: bool) -> Result<(), StudioError> {
        let p = &self.p;
        let mut slot = p.current.slot().await;
        let first = slot.is_none();
        let old_ids: Vec<String> = match slot.take() {
            Some(old) => {
                let ids = old.engine.jobs().ids();
                old.engine.shutdown().await;
                if let Some(sim) = old.demo {
                    sim.stop();
                }
                ids
            }
            None => Vec::new(),
        };
        // The old engine's connection and budget (the demo's "23 requests left" in the
        // real mode, or the real server's trouble in the demo) are not the new one's.
        p.live.forget();
        let dir = &p.data_dir;
        let (store, image) = match self.take_early(demo).await {
            Some((store, image)) => (store, Some(image)),
            None => (self.job_library(demo), None),
        };
        let (base_url, auth, sim): (String, Option<Auth>, Option<DemoSim>) = if demo {
            let sim = DemoSim::start(Some(dir.join(DEMO_SIM_FILE)))
                .await
                .map_err(|e| StudioError::Starting(format!("demo simulator: {e}")))?; // i18n-ignore: a technical failure of the built-in simulator, as the engine's start errors (StudioError::Starting) still are
            (sim.base_url(), Some(Auth::Bearer(sim.key())), Some(sim))
        } else {
            let url = p.settings.real_base_url()?;
            // The key goes only to the server it was saved for.
            let auth = p.keys.auth_for_engine(&url);
            (url, auth, None)
        };
        tracing::info!(demo, "the engine starts");
        let engine = self.start_engine(&base_url, auth, store, image).await?;
        engine
            .web()
            .set_session(p.web_session.for_server(&base_url));
        let epoch = p.current.next_epoch();
        let rx = engine.subscribe();
        tauri::async_runtime::spawn(Reactions::forward(Arc::downgrade(&p.reactions), rx, epoch));
        // Which of the old engine's jobs the new one does not have (ids only: no copy of
        // every job at start).
        let kept: HashSet<String> = if old_ids.is_empty() {
            HashSet::new()
        } else {
            engine.jobs().ids().into_iter().collect()
        };
        let replay = engine.clone();
        p.live.set_active_jobs(engine.jobs().active());
        *slot = Some(Running { engine, demo: sim });
        drop(slot);
        tracing::info!(demo, "the engine is running");
        p.settings.remember_demo_mode(demo);
        for id in old_ids.iter().filter(|id| !kept.contains(*id)) {
            p.ui.emit::<JobRemoved>(&JobRef { id: id.clone() });
        }
        // A UI that already shows the old engine's jobs gets the new ones as events. At the
        // first start no UI has a list yet (its first `list_jobs_page` waits for the engine),
        // unless a command was answered "still starting": one event per job there cost
        // seconds with 10,000 jobs before the first card.
        if !first || p.current.take_missed_start() {
            for job in &replay.jobs().list() {
                p.ui.emit::<JobUpdated>(job);
            }
        }
        p.frame.announce().await;
        p.web_session.announce().await;
        // The library is loaded: build the grid's index (the UI's first question would),
        // then give back the heap pages the load freed.
        let warm = replay.clone();
        tauri::async_runtime::spawn(async move {
            let began = std::time::Instant::now();
            warm.view_summary(&[]).await;
            crate::platform::memory::release_free_heap();
            tracing::info!(
                ms = began.elapsed().as_millis() as u64,
                "the grid's index is built"
            );
        });
        Ok(())
    }

    async fn start_engine(
        &self,
        base_url: &str,
        auth: Option<Auth>,
        store: Arc<SqlitePersist>,
        image: Option<LoadedLibrary>,
    ) -> Result<Engine, StudioError> {
        let settings = self.p.settings.get();
        self.p.current.set_store_notice(None);
        self.p.current.set_library_set_aside(None);
        let config = || EngineConfig {
            library: self.p.library.library(),
            auto_download: settings.auto_download,
            work_dir: Some(self.p.data_dir.join(WORK_DIR)),
            ffmpeg_path: ffmpeg_path(&settings),
            ..EngineConfig::new(ClientConfig::new(base_url))
        };
        let persist: Arc<dyn Persist> = store.clone();
        let image = match image {
            Some(image) => image,
            None => Engine::read_library(persist.clone()).await,
        };
        let started = match Engine::start_loaded(config(), auth.clone(), persist, image).await {
            Err(StartError::Persist(e)) => {
                // The job store cannot be used (a file from a newer version, which is kept
                // as it is, or no way to read or write it; a damaged one is repaired by
                // the engine): run from memory, rebuilt from history, and say so.
                tracing::error!(error = %e, "job store unusable; jobs are kept in memory until the app quits");
                self.p.current.set_store_notice(Some(
                    Text::new("errors-store-unusable").with("reason", e.to_string()),
                ));
                Engine::start(config(), auth, Arc::new(MemoryPersist::new())).await
            }
            other => {
                // A damaged database was kept aside; the library starts from what the
                // server's history gives back, and a banner says so (with the file's name).
                if let Some(aside) = store.recovered_from() {
                    tracing::warn!(kept = %aside.display(), "the job library was damaged and kept aside; starting from the server's history");
                    let name = aside.file_name().map(|n| n.to_string_lossy().into_owned());
                    self.p.current.set_library_set_aside(name);
                }
                other
            }
        };
        started.map_err(|e| StudioError::Starting(e.to_string()))
    }

    /// Write everything to disk and stop polling, downloads and merges (app exit).
    pub async fn shutdown(&self) {
        self.p.library.stop();
        self.p.current.wait_ready().await;
        let mut slot = self.p.current.slot().await;
        if let Some(run) = slot.take() {
            run.engine.shutdown().await;
            if let Some(sim) = run.demo {
                sim.stop();
            }
        }
    }
}
