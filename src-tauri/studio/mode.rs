//! Which engine runs: the real service (the user's key) or demo mode (the embedded
//! simulator). Launch, switch, shut down.

use std::collections::HashSet;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use ulazai_engine::api::ClientConfig;
use ulazai_engine::engine::{Engine, EngineConfig, StartError};
use ulazai_engine::model::KeyState;
use ulazai_engine::secret::Auth;
use ulazai_engine::store::{JsonFilePersist, MemoryPersist, Persist};

use super::demo::DemoSim;
use super::{Studio, StudioError};
use crate::config::DEFAULT_BASE_URL;
use crate::ipc::events::{AppStateChanged, JobRemoved, JobUpdated, SessionStateChanged};
use crate::ipc::types::{JobRef, Settings};
use crate::platform::media_server;
use crate::platform::paths::{DEMO_JOBS_FILE, DEMO_SIM_FILE, JOBS_FILE, WORK_DIR};

/// The engine in use and what it talks to.
pub(super) struct Running {
    pub engine: Engine,
    pub demo: Option<DemoSim>,
}

impl Studio {
    /// Load the key, pick the mode (real / demo) and start the engine. Runs in the
    /// background at launch (keyring and first history read may take seconds); commands
    /// wait for it (`wait_ready`).
    pub async fn start(self: &Arc<Self>) -> Result<(), StudioError> {
        let res = self.start_inner().await;
        if let Err(e) = &res {
            tracing::error!(error = %e, "the engine did not start");
            *self.start_error.lock().unwrap() = Some(e.to_string());
        }
        self.ready.send_replace(true);
        res
    }

    async fn start_inner(self: &Arc<Self>) -> Result<(), StudioError> {
        let real_url = self.real_base_url(&self.settings.settings());
        self.vault
            .load(real_url.as_deref().unwrap_or(DEFAULT_BASE_URL))
            .await;
        let key = self.real_key().map(|(k, _)| k);
        self.load_session().await;
        let studio = Arc::downgrade(self);
        let ffmpeg: media_server::ChosenFfmpeg = Arc::new(move || {
            let studio = studio.upgrade()?;
            super::library::ffmpeg_path(&studio.settings.settings())
        });
        match media_server::start(self.library.clone(), ffmpeg).await {
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
        self.switch(demo).await
    }

    /// The real service's address: env `ULAZAI_BASE_URL` > setting > https://ulazai.com.
    pub(super) fn real_base_url(&self, settings: &Settings) -> Result<String, StudioError> {
        let raw = self
            .cfg
            .base_url
            .clone()
            .or_else(|| settings.base_url_override.clone())
            .unwrap_or_else(|| DEFAULT_BASE_URL.to_string());
        ulazai_engine::urls::server(&raw)
            .map_err(|e| StudioError::BadUrl(format!("The server address cannot be used: {e}.")))
    }

    /// Leave real mode for the demo (the "Try the demo" button); already in demo mode:
    /// nothing to do.
    pub async fn start_demo(self: &Arc<Self>) -> Result<(), StudioError> {
        self.wait_ready().await;
        if self.is_demo().await {
            return Ok(());
        }
        self.switch(true).await
    }

    /// (Re)start the engine in demo or real mode. Jobs of the old engine are removed from
    /// the UI and the new engine's jobs are sent (the UI never has to ask).
    pub(super) async fn switch(self: &Arc<Self>, demo: bool) -> Result<(), StudioError> {
        let mut slot = self.run.write().await;
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
        let dir = &self.dirs.data;
        let (base_url, auth, sim, store): (
            String,
            Option<Auth>,
            Option<DemoSim>,
            Arc<dyn Persist>,
        ) = if demo {
            let sim = DemoSim::start(Some(dir.join(DEMO_SIM_FILE)))
                .await
                .map_err(|e| StudioError::Starting(format!("demo simulator: {e}")))?;
            let store = Arc::new(JsonFilePersist::new(dir.join(DEMO_JOBS_FILE)));
            (
                sim.base_url(),
                Some(Auth::Bearer(sim.key())),
                Some(sim),
                store,
            )
        } else {
            let url = self.real_base_url(&self.settings.settings())?;
            // The key goes only to the server it was saved for.
            let auth = self.vault.key_for(&url).map(|(k, _)| Auth::Bearer(k));
            let store = Arc::new(JsonFilePersist::new(dir.join(JOBS_FILE)));
            (url, auth, None, store)
        };
        if !demo {
            self.live.lock().unwrap().key_state = if auth.is_some() {
                KeyState::Unverified
            } else {
                KeyState::Missing
            };
        }
        let engine = self.start_engine(&base_url, auth, store).await?;
        engine.web().set_session(self.web_session_for(&base_url));
        let epoch = self.epoch.fetch_add(1, Ordering::SeqCst) + 1;
        let rx = engine.subscribe();
        tauri::async_runtime::spawn(super::reactions::forward(Arc::downgrade(self), rx, epoch));
        // Which of the old engine's jobs the new one does not have (ids only: no copy of
        // every job at start, issue 10).
        let kept: HashSet<String> = if old_ids.is_empty() {
            HashSet::new()
        } else {
            engine.jobs().ids().into_iter().collect()
        };
        let replay = engine.clone();
        self.set_active(engine.jobs().active());
        *slot = Some(Running { engine, demo: sim });
        drop(slot);
        if self.settings.demo_mode() != demo {
            if let Err(e) = self.settings.set_demo_mode(demo) {
                tracing::warn!(error = %e, "cannot remember the demo choice");
            }
        }
        for id in old_ids.iter().filter(|id| !kept.contains(*id)) {
            self.emit::<JobRemoved>(&JobRef { id: id.clone() });
        }
        // A UI that already shows the old engine's jobs gets the new ones as events. At the
        // first start no UI has a list yet (its first `list_jobs_page` waits for the engine),
        // unless a command was answered "still starting": one event per job there cost
        // seconds with 10,000 jobs before the first card (issue 10).
        if !first || self.missed_start.swap(false, Ordering::SeqCst) {
            for job in &replay.jobs().list() {
                self.emit::<JobUpdated>(job);
            }
        }
        self.emit::<AppStateChanged>(&self.state_now().await);
        self.emit::<SessionStateChanged>(&self.session_status().await);
        Ok(())
    }

    async fn start_engine(
        &self,
        base_url: &str,
        auth: Option<Auth>,
        store: Arc<dyn Persist>,
    ) -> Result<Engine, StudioError> {
        let settings = self.settings.settings();
        *self.store_notice.lock().unwrap() = None;
        let config = || EngineConfig {
            library: self.library.clone(),
            auto_download: settings.auto_download,
            work_dir: Some(self.dirs.data.join(WORK_DIR)),
            ffmpeg_path: super::library::ffmpeg_path(&settings),
            ..EngineConfig::new(ClientConfig::new(base_url))
        };
        let started = match Engine::start(config(), auth.clone(), store).await {
            Err(StartError::Persist(e)) => {
                // The job store cannot be used (a file from a newer version, which is kept
                // as it is, or no way to read or write it; a damaged one is repaired by
                // the engine): run from memory, rebuilt from history, and say so.
                tracing::error!(error = %e, "job store unusable; this session keeps jobs in memory");
                *self.store_notice.lock().unwrap() = Some(format!(
                    "Your jobs cannot be saved this session: {e}. They are kept in memory until you quit."
                ));
                Engine::start(config(), auth, Arc::new(MemoryPersist::new())).await
            }
            other => other,
        };
        started.map_err(|e| StudioError::Starting(e.to_string()))
    }

    /// Write everything to disk and stop polling, downloads and merges (app exit).
    pub async fn shutdown(&self) {
        self.library.stop();
        self.wait_ready().await;
        let mut slot = self.run.write().await;
        if let Some(run) = slot.take() {
            run.engine.shutdown().await;
            if let Some(sim) = run.demo {
                sim.stop();
            }
        }
    }
}
