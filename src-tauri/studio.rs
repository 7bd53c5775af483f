//! The app core behind the commands: the running engine (real service or demo simulator),
//! the key vault, the settings, and the state the UI is told about. Not generic over the
//! Tauri runtime: it talks to the window system through `Shell`.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

mod key;

use ulazai_engine::api::ClientConfig;
use ulazai_engine::engine::{Engine, EngineConfig, StartError};
use ulazai_engine::generate::SubmitPolicy;
use ulazai_engine::model::{Connectivity, KeyState};
use ulazai_engine::poll::PollPolicy;
use ulazai_engine::secret::Auth;
use ulazai_engine::store::Persist;

use crate::config::{StudioConfig, DEFAULT_BASE_URL};
use crate::demo::{check_base_url, DemoSim};
use crate::events::{self, AppStateChanged, JobRemoved, JobUpdated};
use crate::ipc_types::{AppState, JobRef, RateBudget, Settings};
use crate::notify::{Notifier, BURST_WINDOW};
use crate::persist::{self, Dirs, SettingsStore};
use crate::secrets::KeyVault;
use crate::shell::Shell;

/// The engine in use and what it talks to.
pub struct Running {
    pub engine: Arc<Engine>,
    pub demo: Option<DemoSim>,
    pub base_url: String,
    pub epoch: u64,
}

/// What the engine last told us (for `app_state`).
pub struct Live {
    pub connectivity: Connectivity,
    pub rate: Option<RateBudget>,
    pub key_state: KeyState,
}

pub struct Studio {
    pub cfg: StudioConfig,
    pub dirs: Dirs,
    pub shell: Arc<dyn Shell>,
    pub settings: SettingsStore,
    pub vault: KeyVault,
    run: tokio::sync::RwLock<Option<Running>>,
    pub(crate) live: Mutex<Live>,
    pub(crate) active: AtomicUsize,
    epoch: AtomicU64,
    pub(crate) notifier: Mutex<Option<Notifier>>,
    focus_requests: AtomicUsize,
    ready: tokio::sync::watch::Sender<bool>,
    start_error: Mutex<Option<String>>,
    pub(crate) session: crate::session::SessionKeeper,
    pub(crate) library: crate::library::Library,
    pub(crate) merges: crate::merge::Merges,
    media_base: std::sync::OnceLock<String>,
}

/// How long a command waits for the engine at launch.
const READY_WAIT: std::time::Duration = std::time::Duration::from_secs(30);

impl Studio {
    pub fn new(
        cfg: StudioConfig,
        dirs: Dirs,
        shell: Arc<dyn Shell>,
        settings: SettingsStore,
    ) -> Arc<Studio> {
        let vault = KeyVault::new(cfg.keyring_service.clone());
        let library = crate::library::Library::open(dirs.data.join(persist::LIBRARY_INDEX_FILE));
        let studio = Arc::new(Studio {
            cfg,
            dirs,
            shell,
            settings,
            vault,
            run: tokio::sync::RwLock::new(None),
            live: Mutex::new(Live {
                connectivity: Connectivity::Online,
                rate: None,
                key_state: KeyState::Missing,
            }),
            active: AtomicUsize::new(0),
            epoch: AtomicU64::new(0),
            notifier: Mutex::new(None),
            focus_requests: AtomicUsize::new(0),
            ready: tokio::sync::watch::channel(false).0,
            start_error: Mutex::new(None),
            session: Default::default(),
            library,
            merges: Default::default(),
            media_base: Default::default(),
        });
        let weak = Arc::downgrade(&studio);
        let on_open: crate::notify::OnOpen = Arc::new(move |id: &str| {
            if let Some(s) = weak.upgrade() {
                s.focus_job(id);
            }
        });
        *studio.notifier.lock().unwrap() = Some(Notifier::new(on_open, BURST_WINDOW));
        studio
    }

    /// Load the key, pick the mode (real / demo) and start the engine. Runs in the
    /// background at launch (keyring and first history read may take seconds); commands
    /// wait for it (`wait_ready`).
    pub async fn start(self: &Arc<Self>) -> Result<(), String> {
        let res = self.start_inner().await;
        if let Err(e) = &res {
            tracing::error!(error = %e, "the engine did not start");
            *self.start_error.lock().unwrap() = Some(e.clone());
        }
        self.ready.send_replace(true);
        res
    }

    /// Wait (bounded) until `start` has finished.
    pub async fn wait_ready(&self) {
        let mut rx = self.ready.subscribe();
        let _ = tokio::time::timeout(READY_WAIT, rx.wait_for(|r| *r)).await;
    }

    async fn start_inner(self: &Arc<Self>) -> Result<(), String> {
        let key = self.vault.load().await;
        self.load_session().await;
        match crate::media_server::start(Arc::downgrade(self)).await {
            Ok(base) => {
                let _ = self.media_base.set(base);
            }
            Err(e) => tracing::error!(error = %e, "local media server did not start"),
        }
        self.live.lock().unwrap().key_state = if key.is_some() {
            KeyState::Unverified
        } else {
            KeyState::Missing
        };
        let demo = key.is_none() && (self.cfg.demo || self.settings.demo_mode());
        if demo {
            self.switch(true).await
        } else {
            self.switch(false).await
        }
    }

    /// The engine in use (a cheap handle), once started (commands use this).
    pub async fn engine(&self) -> Result<Arc<Engine>, String> {
        self.wait_ready().await;
        self.engine_now().await
    }

    /// The engine in use right now, without waiting for the launch to finish.
    pub async fn engine_now(&self) -> Result<Arc<Engine>, String> {
        let run = self.run.read().await;
        match (run.as_ref(), self.start_error.lock().unwrap().clone()) {
            (Some(r), _) => Ok(r.engine.clone()),
            (None, Some(e)) => Err(format!("The app could not connect its job engine: {e}")),
            (None, None) => Err("The app is still starting.".to_string()),
        }
    }

    pub async fn is_demo(&self) -> bool {
        self.run
            .read()
            .await
            .as_ref()
            .is_some_and(|r| r.demo.is_some())
    }

    pub async fn base_url(&self) -> String {
        self.run
            .read()
            .await
            .as_ref()
            .map(|r| r.base_url.clone())
            .unwrap_or_default()
    }

    /// The real service's address: env `ULAZAI_BASE_URL` > setting > https://ulazai.com.
    pub fn real_base_url(&self, settings: &Settings) -> Result<String, String> {
        let raw = self
            .cfg
            .base_url
            .clone()
            .or_else(|| settings.base_url_override.clone())
            .unwrap_or_else(|| DEFAULT_BASE_URL.to_string());
        check_base_url(&raw)
    }

    fn user_auth(&self) -> Option<Auth> {
        self.vault.current().map(|(k, _)| Auth::Bearer(k))
    }

    /// (Re)start the engine in demo or real mode. Jobs of the old engine are removed from
    /// the UI and the new engine's jobs are sent (the UI never has to ask).
    pub async fn switch(self: &Arc<Self>, demo: bool) -> Result<(), String> {
        let mut slot = self.run.write().await;
        let old_ids: Vec<String> = match slot.take() {
            Some(old) => {
                let ids = old.engine.jobs().into_iter().map(|j| j.id).collect();
                old.engine.flush().await;
                old.engine.shutdown().await;
                if let Some(sim) = old.demo {
                    sim.stop();
                }
                ids
            }
            None => Vec::new(),
        };
        let (base_url, auth, sim, store): (
            String,
            Option<Auth>,
            Option<DemoSim>,
            Arc<dyn Persist>,
        ) = if demo {
            let sim = DemoSim::start(Some(self.dirs.data.join(persist::DEMO_SIM_FILE)))
                .await
                .map_err(|e| format!("demo simulator: {e}"))?;
            (
                sim.base_url(),
                Some(Auth::Bearer(DemoSim::key())),
                Some(sim),
                persist::demo_persist(&self.dirs),
            )
        } else {
            let url = self.real_base_url(&self.settings.settings())?;
            (
                url,
                self.user_auth(),
                None,
                persist::job_persist(&self.dirs),
            )
        };
        let engine = Arc::new(self.start_engine(&base_url, auth, store).await?);
        let epoch = self.epoch.fetch_add(1, Ordering::SeqCst) + 1;
        let rx = engine.subscribe();
        tauri::async_runtime::spawn(events::forward(Arc::downgrade(self), rx, epoch));
        let jobs = engine.jobs();
        *slot = Some(Running {
            engine,
            demo: sim,
            base_url,
            epoch,
        });
        drop(slot);
        if self.settings.demo_mode() != demo {
            if let Err(e) = self.settings.set_demo_mode(demo) {
                tracing::warn!(error = %e, "cannot remember the demo choice");
            }
        }
        for id in old_ids
            .iter()
            .filter(|id| !jobs.iter().any(|j| &j.id == *id))
        {
            events::emit::<JobRemoved>(&*self.shell, &JobRef { id: id.clone() });
        }
        for job in &jobs {
            events::emit::<JobUpdated>(&*self.shell, &self.decorate(job.clone()));
        }
        self.refresh_active().await;
        let state = self.state_now().await;
        events::emit::<AppStateChanged>(&*self.shell, &state);
        let session = self.session_status().await;
        events::emit::<events::SessionStateChanged>(&*self.shell, &session);
        self.download_missing().await;
        self.sync_folders();
        Ok(())
    }

    async fn start_engine(
        &self,
        base_url: &str,
        auth: Option<Auth>,
        store: Arc<dyn Persist>,
    ) -> Result<Engine, String> {
        let config = || EngineConfig {
            client: ClientConfig::new(base_url),
            poll: PollPolicy::documented(),
            submit: SubmitPolicy::default(),
            reload_history_on_start: true,
        };
        match Engine::start(config(), auth.clone(), store).await {
            Ok(e) => Ok(e),
            Err(StartError::Persist(e)) => {
                // The job store cannot be read or written at all (an unparseable file is
                // already set aside by the engine): run from memory, rebuilt from history.
                tracing::error!(error = %e, "job store unusable; this session keeps jobs in memory");
                Engine::start(config(), auth, persist::memory_persist())
                    .await
                    .map_err(|e| e.to_string())
            }
            Err(e) => Err(e.to_string()),
        }
    }

    /// Count active jobs, update the tray.
    pub async fn refresh_active(&self) -> usize {
        let n = match self.engine_now().await {
            Ok(e) => e.jobs().iter().filter(|j| j.needs_polling()).count(),
            Err(_) => 0,
        };
        if self.active.swap(n, Ordering::SeqCst) != n {
            self.shell.active_changed(n);
        }
        n
    }

    pub fn active_jobs(&self) -> usize {
        self.active.load(Ordering::SeqCst)
    }

    pub fn current_epoch(&self) -> u64 {
        self.epoch.load(Ordering::SeqCst)
    }

    /// The frame state, once the launch has finished (commands use this).
    pub async fn app_state(&self) -> AppState {
        self.wait_ready().await;
        self.state_now().await
    }

    /// The frame state as it is now.
    pub async fn state_now(&self) -> AppState {
        let (demo, base_url) = {
            let run = self.run.read().await;
            match run.as_ref() {
                Some(r) => (r.demo.is_some(), r.base_url.clone()),
                None => (false, String::new()),
            }
        };
        let live = self.live.lock().unwrap();
        AppState {
            version: env!("CARGO_PKG_VERSION").to_string(),
            demo,
            base_url,
            key: self.key_status_with(live.key_state),
            keyring: self.vault.keyring_status(),
            connectivity: live.connectivity.clone(),
            rate: live.rate.clone(),
            active_jobs: self.active_jobs() as u32,
            media_base: self.media_base.get().cloned(),
        }
    }

    /// A notification's "Open": show the window and tell the UI which card.
    pub fn focus_job(&self, id: &str) {
        self.focus_requests.fetch_add(1, Ordering::SeqCst);
        self.shell.focus_main();
        events::emit::<events::FocusJob>(&*self.shell, &JobRef { id: id.to_string() });
    }

    /// How often the main window was asked to come forward (tests).
    pub fn focus_requests(&self) -> usize {
        self.focus_requests.load(Ordering::SeqCst)
    }

    /// Write everything to disk and stop polling (app exit).
    pub async fn shutdown(&self) {
        self.library.stop();
        self.wait_ready().await;
        let mut slot = self.run.write().await;
        if let Some(run) = slot.take() {
            run.engine.flush().await;
            run.engine.shutdown().await;
            if let Some(sim) = run.demo {
                sim.stop();
            }
        }
    }

    /// Write pending changes now (e.g. before the window hides).
    pub async fn flush(&self) {
        if let Ok(e) = self.engine_now().await {
            e.flush().await;
        }
    }
}
