//! The engine facade: the API the desktop shell calls. It ties together the client, the
//! job store (with debounced persistence) and the single polling task, and tells every
//! subscriber what changed (`EngineEvent`) — the UI never has to ask.

mod error;
mod estimates;
mod hub;
mod library;

pub use error::{GenerateError, StartError};

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use crate::api::{ApiError, Client, ClientConfig};
use crate::generate::{self, SubmitPolicy};
use crate::model::{
    Connectivity, EngineEvent, GenerateParams, Job, JobId, JobOrigin, JobStatus, KeyState,
    ModelInfo,
};
use crate::poll::schedule::age_since;
use crate::poll::{PollPolicy, Scheduler, SchedulerHandle};
use crate::secret::Auth;
use crate::store::saver::{Saver, SnapshotSource};
use crate::store::{now_rfc3339, Persist, Store};
use crate::validate;
use hub::Hub;

/// The saver writes at most this often.
const SAVE_DEBOUNCE: Duration = Duration::from_millis(300);
/// `start` waits at most this long for the first history read (it goes on afterwards).
const START_HISTORY_WAIT: Duration = Duration::from_secs(5);

#[derive(Debug, Clone)]
pub struct EngineConfig {
    pub client: ClientConfig,
    pub poll: PollPolicy,
    pub submit: SubmitPolicy,
    /// Read the first history page at start: refresh known jobs, add server-only jobs as
    /// cards (origin `History`). Default true.
    pub reload_history_on_start: bool,
}

impl EngineConfig {
    /// The production defaults for a server at `client`.
    pub fn new(client: ClientConfig) -> EngineConfig {
        EngineConfig {
            client,
            poll: PollPolicy::documented(),
            submit: SubmitPolicy::default(),
            reload_history_on_start: true,
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
    models: tokio::sync::Mutex<Option<Vec<ModelInfo>>>,
}

impl Drop for Inner {
    fn drop(&mut self) {
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
        let loader = persist.clone();
        let mut snapshot = tokio::task::spawn_blocking(move || loader.load())
            .await
            .map_err(|e| crate::store::PersistError::Backend(format!("load task failed: {e}")))??;
        let eta = estimates::restore(&mut snapshot, &config.poll);
        let store = Arc::new(Mutex::new(
            snapshot.map(Store::from_snapshot).unwrap_or_default(),
        ));
        let client = Client::new(config.client.clone(), auth.clone())?;

        let (source_store, source_eta) = (store.clone(), eta.clone());
        let source: SnapshotSource = Arc::new(move || {
            let mut snapshot = source_store
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .snapshot();
            snapshot.eta = source_eta.snapshot();
            snapshot
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
        let hub = Arc::new(Hub::new(store, saver, key_state));
        hub.emit(EngineEvent::KeyState { state: key_state });
        let poller = Scheduler::spawn(client.clone(), config.poll.clone(), hub.clone(), eta);

        let resume: Vec<(JobId, Duration)> = hub.read(|s| {
            s.jobs()
                .into_iter()
                .filter(|j| j.needs_polling())
                .map(|j| (j.id.clone(), age_since(j.created_at.as_deref())))
                .collect()
        });
        for (id, age) in resume {
            poller.track(id, age);
        }
        let engine = Engine {
            inner: Arc::new(Inner {
                config,
                client,
                hub,
                poller,
                saver_task: Mutex::new(Some(saver_task)),
                models: tokio::sync::Mutex::new(None),
            }),
        };
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

    /// A receiver of every event from now on.
    pub fn subscribe(&self) -> mpsc::UnboundedReceiver<EngineEvent> {
        self.inner.hub.subscribe()
    }

    pub fn client(&self) -> &Client {
        &self.inner.client
    }

    /// Replace the credentials. Polling paused by a 401 resumes; emits `KeyState`
    /// (`Unverified` until the server accepts the key, `Missing` for `None`).
    pub fn set_auth(&self, auth: Option<Auth>) {
        let state = if auth.is_some() {
            KeyState::Unverified
        } else {
            KeyState::Missing
        };
        self.inner.client.set_auth(auth);
        self.inner.hub.set_key_state(state);
        self.inner.poller.credentials_changed();
    }

    /// The last known key state.
    pub fn key_state(&self) -> KeyState {
        self.inner.hub.key_state_now()
    }

    /// The last known polling connectivity.
    pub fn connectivity(&self) -> Connectivity {
        self.inner.hub.connectivity_now()
    }

    /// The model capability matrix; cached after the first success.
    pub async fn models(&self, refresh: bool) -> Result<Vec<ModelInfo>, ApiError> {
        let mut cache = self.inner.models.lock().await;
        if let (false, Some(models)) = (refresh, cache.as_ref()) {
            return Ok(models.clone());
        }
        let models = self.inner.client.models().await?;
        self.inner.poller.eta().set_priors(&models);
        *cache = Some(models.clone());
        Ok(models)
    }

    /// Validate against the model matrix, send once without risking a duplicate
    /// (`generate::submit`), add the new jobs (`JobCreated`) and poll them.
    pub async fn generate(&self, params: GenerateParams) -> Result<Vec<Job>, GenerateError> {
        let models = self.models(false).await?;
        let params = validate::prepare(params, &models)?;
        let known = self.inner.hub.read(|s| s.ids());
        let answer = match generate::submit(
            &self.inner.client,
            &params,
            &known,
            &self.inner.config.submit,
        )
        .await
        {
            Ok(answer) => answer,
            Err(e) => {
                if let ApiError::RateLimited { retry_after, .. } = &e {
                    let retry_at = retry_after.map(|d| {
                        (chrono::Utc::now() + chrono::Duration::from_std(d).unwrap_or_default())
                            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
                    });
                    self.inner.hub.emit(EngineEvent::RateLimit {
                        remaining: Some(0),
                        limit: None,
                        retry_at,
                    });
                }
                return Err(e.into());
            }
        };
        if answer.rate.remaining.is_some() || answer.rate.limit.is_some() {
            let (remaining, limit) = (answer.rate.remaining, answer.rate.limit);
            self.inner.hub.emit(EngineEvent::RateLimit {
                remaining,
                limit,
                retry_at: None,
            });
        }
        let now = now_rfc3339();
        let jobs: Vec<Job> = self.inner.hub.mutate(|store, batch| {
            let mut out = Vec::new();
            for id in &answer.job_ids {
                if let Some(adopted) = store.adopt(id, &params) {
                    batch.emit(EngineEvent::JobUpdated {
                        job: adopted.clone(),
                    });
                    out.push(adopted);
                    continue;
                }
                if let Some(existing) = store.job(id) {
                    out.push(existing.clone());
                    continue;
                }
                let job = new_app_job(id, &params, &now);
                store.insert(job.clone());
                batch.emit(EngineEvent::JobCreated { job: job.clone() });
                out.push(job);
            }
            out
        });
        for job in jobs.iter().filter(|j| j.needs_polling()) {
            self.inner
                .poller
                .track(job.id.clone(), age_since(job.created_at.as_deref()));
        }
        Ok(jobs)
    }

    /// Start the job's parameters again, once (count 1).
    pub async fn retry(&self, job_id: &str) -> Result<Vec<Job>, GenerateError> {
        let job = self
            .job(job_id)
            .ok_or_else(|| GenerateError::field("job_id", "This clip is no longer in the app."))?;
        let Some(mut params) = job.params else {
            return Err(GenerateError::field(
                "job_id",
                "This clip was not started from this app, so its settings are unknown. Start it again from the form.",
            ));
        };
        params.count = 1;
        self.generate(params).await
    }

    /// Every job, newest first.
    pub fn jobs(&self) -> Vec<Job> {
        self.inner.hub.read(|s| s.jobs())
    }

    pub fn job(&self, id: &str) -> Option<Job> {
        self.inner.hub.read(|s| s.job(id).cloned())
    }

    /// Remove a job from the view (it is not polled any more and a history reload will
    /// not bring it back). Emits `JobRemoved`.
    pub fn remove_job(&self, id: &str) -> bool {
        let removed = self.inner.hub.mutate(|store, batch| {
            let removed = store.remove(id).is_some();
            if removed {
                batch.emit(EngineEvent::JobRemoved {
                    job_id: id.to_string(),
                });
            }
            removed
        });
        if removed {
            self.inner.poller.untrack(id);
        }
        removed
    }

    /// Poll every active job now, in one coalesced round (a server-imposed 429 pause and
    /// a 401 pause are still honoured). Returns when the round is over.
    pub async fn refresh_now(&self) {
        self.inner.poller.refresh_now().await;
    }

    /// The jobs being polled and how often each was polled (diagnostics).
    pub async fn polled_jobs(&self) -> Vec<(JobId, u32)> {
        self.inner.poller.tracked().await
    }

    /// Persist now (errors are logged; the next change retries).
    pub async fn flush(&self) {
        if let Err(e) = self.inner.hub.saver().flush().await {
            tracing::error!(error = %e, "saving the job store failed");
        }
    }

    /// Stop polling and the saver, then persist. The engine still answers queries.
    pub async fn shutdown(&self) {
        self.inner.poller.stop().await;
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
        self.flush().await;
    }
}

fn new_app_job(id: &str, params: &GenerateParams, now: &str) -> Job {
    Job {
        id: id.to_string(),
        status: JobStatus::Pending,
        model_slug: Some(params.model_slug.clone()),
        mode: None,
        prompt: Some(params.prompt.clone()).filter(|p| !p.is_empty()),
        params: Some(params.clone()),
        result_urls: Vec::new(),
        credits_charged: None,
        credits_refunded: None,
        error_message: None,
        provider_meta: None,
        created_at: Some(now.to_string()),
        completed_at: None,
        origin: JobOrigin::App,
        folder_id: None,
        unknown_to_server: false,
        local_file: None,
        updated_at: now.to_string(),
    }
}

// The shell keeps the engine in shared state and calls it from any thread.
const _: fn() = || {
    fn shareable<T: Send + Sync + Clone + 'static>() {}
    shareable::<Engine>();
};
