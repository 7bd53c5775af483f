//! The jobs service: generate (validated, never duplicated), retry, remove, queries; the
//! model matrix (cached after the first answer); the generate requests whose answer was
//! lost (`generate::Unconfirmed`); render estimates; and the "already notified" marks the
//! shell keeps with each job. A job is a render request on the server; its clip is the
//! video it made.

use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use super::hub::Batch;
use super::{lock, Engine, EngineEvent, GenerateError, ResultUrlError};
use crate::api::ApiError;
use crate::generate;
use crate::model::{FolderId, GenerateParams, Job, JobId, ModelInfo, StoryboardPlace};
use crate::poll::schedule::age_since;
use crate::poll::RenderEstimate;
use crate::store::{now_rfc3339, Store};
use crate::{urls, validate};

/// What new jobs belong to besides their parameters: a folder, their lines of an imported
/// list (`places[i]`: the `i`-th job's; none past its end), and the clip they are takes of.
#[derive(Default)]
pub(super) struct StartedIn<'a> {
    pub folder: Option<&'a FolderId>,
    pub places: &'a [Option<StoryboardPlace>],
    /// The clip they were made from (a retry, an Edit & retry, a variation): they join its
    /// shot. `None`: the jobs of the answer are a new shot.
    pub take_of: Option<&'a str>,
}

/// Add the jobs a generate answer named, started with `params`: a card a history reload
/// found first becomes ours (`JobUpdated`), an id already known stays as it is, a new one
/// becomes a card (`JobCreated`). Every one of them is a take of one shot (see
/// [`StartedIn`]). Inside a `Hub::mutate`.
pub(super) fn record_started(
    store: &mut Store,
    batch: &mut Batch,
    job_ids: &[JobId],
    params: &GenerateParams,
    within: StartedIn<'_>,
    now: &str,
) -> Vec<Job> {
    let Some(first) = job_ids.first() else {
        return Vec::new();
    };
    let take = store.take_for(within.take_of, first);
    let folder = within.folder;
    let mut out = Vec::new();
    let mut started = Vec::new();
    for (i, id) in job_ids.iter().enumerate() {
        let place = within.places.get(i).and_then(Option::as_ref);
        if store.adopt(id, params).is_some() {
            if let Some(f) = folder {
                store.move_jobs(std::slice::from_ref(id), Some(f.clone()));
            }
            if let Some(place) = place {
                store.place_on_storyboard(id, place);
            }
            store.join_shot(id, &take);
            if let Some(job) = store.job(id) {
                batch.emit(EngineEvent::JobUpdated { job: job.clone() });
                out.push(job.clone());
            }
            continue;
        }
        if let Some(existing) = store.job(id) {
            out.push(existing.clone());
            continue;
        }
        if started.iter().any(|j: &Job| &j.id == id) {
            continue;
        }
        let mut job = Job::started(id, params, now);
        job.folder_id = folder.filter(|f| store.folder(f).is_some()).cloned();
        job.storyboard = place.cloned();
        job.shot = Some(take.shot.clone());
        job.take_of = take.take_of.clone();
        started.push(job.clone());
        out.push(job);
    }
    for job in &started {
        batch.emit(EngineEvent::JobCreated { job: job.clone() });
    }
    store.insert_newest(started);
    out
}

/// What only the jobs service keeps.
#[derive(Default)]
pub(super) struct JobsState {
    /// The model capability matrix, once the server answered it.
    models: tokio::sync::Mutex<Option<Vec<ModelInfo>>>,
    /// The same matrix, read without awaiting (queue views and batching); empty before.
    models_now: Mutex<Vec<ModelInfo>>,
    /// Generate requests whose answer was lost (see `generate::Unconfirmed`).
    unconfirmed: generate::Unconfirmed,
    /// Generate requests on their way (sent, not answered yet).
    sending: AtomicUsize,
}

/// Counts one generate request as on its way while it lives.
struct Sending<'a>(&'a AtomicUsize);

impl<'a> Sending<'a> {
    fn start(count: &'a AtomicUsize) -> Sending<'a> {
        count.fetch_add(1, Ordering::SeqCst);
        Sending(count)
    }
}

impl Drop for Sending<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// The jobs of one engine (`Engine::jobs`).
#[derive(Clone, Copy)]
pub struct Jobs<'a> {
    engine: &'a Engine,
}

impl<'a> Jobs<'a> {
    pub(super) fn of(engine: &'a Engine) -> Jobs<'a> {
        Jobs { engine }
    }

    fn state(&self) -> &'a JobsState {
        &self.engine.inner.jobs
    }

    /// The model capability matrix; cached after the first success.
    pub async fn models(self, refresh: bool) -> Result<Vec<ModelInfo>, ApiError> {
        let mut cache = self.state().models.lock().await;
        if let (false, Some(models)) = (refresh, cache.as_ref()) {
            return Ok(models.clone());
        }
        let models = self.engine.inner.client.models().await?;
        self.engine.inner.poller.eta().set_priors(&models);
        *lock(&self.state().models_now) = models.clone();
        *cache = Some(models.clone());
        Ok(models)
    }

    /// The model matrix as last read, without awaiting (empty before the first answer).
    pub(super) fn with_models_now<R>(&self, f: impl FnOnce(&[ModelInfo]) -> R) -> R {
        f(&lock(&self.state().models_now))
    }

    /// Validate against the model matrix, send once without risking a duplicate
    /// (`generate::submit`), add the new jobs (`JobCreated`) and poll them. The request
    /// counts against the generate budget the render queue plans with. The jobs are the
    /// takes of a new shot.
    pub async fn generate(self, params: GenerateParams) -> Result<Vec<Job>, GenerateError> {
        self.generate_from(params, None).await
    }

    /// [`Jobs::generate`], made from the clip `take_of` (an Edit & retry, a retry): the new
    /// jobs are takes of its shot. A clip the store does not hold is refused before
    /// anything is sent.
    pub async fn generate_from(
        self,
        params: GenerateParams,
        take_of: Option<&str>,
    ) -> Result<Vec<Job>, GenerateError> {
        if let Some(origin) = take_of {
            if !self.engine.inner.hub.read(|s| s.contains(origin)) {
                return Err(GenerateError::MissingJob(crate::MissingJob));
            }
        }
        let models = self.models(false).await?;
        let params = validate::prepare(params, &models)?;
        // Until the answer is in the store: an app update waits (a restart in between
        // could lose the answer that names the charged jobs).
        let _sending = Sending::start(&self.state().sending);
        let result = generate::submit_with(
            &self.engine.inner.client,
            &params,
            &self.app_job_ids(),
            &self.engine.inner.config.submit,
            &self.state().unconfirmed,
        )
        .await;
        self.engine.queue().budget_outcome(&result);
        let answer = match result {
            Ok(answer) => answer,
            Err(e) => {
                if e.may_have_created_jobs() {
                    // The server may hold the batch: history will turn it into cards.
                    self.engine.inner.poller.request_reload();
                }
                return Err(e.into());
            }
        };
        let now = now_rfc3339();
        let jobs = self.engine.inner.hub.mutate(|store, batch| {
            let within = StartedIn {
                take_of,
                ..StartedIn::default()
            };
            record_started(store, batch, &answer.job_ids, &params, within, &now)
        });
        self.track_new(&jobs);
        // As they leave the engine (a card a history reload found first may be saved).
        Ok(jobs
            .into_iter()
            .map(|j| self.engine.inner.hub.view(j))
            .collect())
    }

    /// Jobs this app started; a card a history reload found may be our own lost batch.
    pub(super) fn app_job_ids(&self) -> HashSet<JobId> {
        self.engine.inner.hub.read(|s| {
            s.iter()
                .filter(|j| j.params.is_some())
                .map(|j| j.id.clone())
                .collect()
        })
    }

    /// Poll the jobs just started.
    pub(super) fn track_new(&self, jobs: &[Job]) {
        for job in jobs.iter().filter(|j| j.needs_polling()) {
            self.engine
                .inner
                .poller
                .track(job.id.clone(), age_since(job.created_at.as_deref()));
        }
    }

    /// The checks `generate` runs, without sending anything (the form's live validation).
    /// Empty: the request is fine.
    pub async fn check_generate(
        self,
        params: GenerateParams,
    ) -> Result<Vec<validate::FieldError>, ApiError> {
        let models = self.models(false).await?;
        Ok(match validate::prepare(params, &models) {
            Ok(_) => Vec::new(),
            Err(v) => v.0,
        })
    }

    /// Generate requests on their way now (the form's; the render queue's items say
    /// their own state).
    pub fn sending(&self) -> usize {
        self.state().sending.load(Ordering::SeqCst)
    }

    /// Start the job's parameters again, once (count 1): a new take of its shot.
    pub async fn retry(self, job_id: &str) -> Result<Vec<Job>, GenerateError> {
        let job = self
            .get(job_id)
            .ok_or(GenerateError::MissingJob(crate::MissingJob))?;
        let Some(mut params) = job.params else {
            return Err(GenerateError::field(
                "job_id",
                crate::text::Text::new("errors-retry-unknown-settings"),
            ));
        };
        params.count = 1;
        self.generate_from(params, Some(job_id)).await
    }

    /// Every job, newest first.
    pub fn list(&self) -> Vec<Job> {
        self.engine.inner.hub.jobs()
    }

    /// Every job's id, newest first (without copying the jobs).
    pub fn ids(&self) -> Vec<JobId> {
        self.engine
            .inner
            .hub
            .read(|s| s.iter().map(|j| j.id.clone()).collect())
    }

    /// Up to `limit` jobs, newest first, after the job `after` (from the newest when
    /// `None`), and whether more follow: the UI paints the first screenful before the rest.
    /// `None` when `after` is no longer in the store.
    pub fn page(&self, after: Option<&str>, limit: usize) -> Option<(Vec<Job>, bool)> {
        self.engine.inner.hub.jobs_page(after, limit)
    }

    /// The job `id`, as it leaves the engine (with its clip's file and length).
    pub fn get(&self, id: &str) -> Option<Job> {
        self.engine.inner.hub.job(id)
    }

    /// How many jobs still need polling.
    pub fn active(&self) -> usize {
        self.engine.inner.hub.read(|s| s.active())
    }

    /// The job's first result as an address the app may play, open or download (the URL
    /// policy's `result` rule against the server in use).
    pub fn result_url(&self, id: &str) -> Result<reqwest::Url, ResultUrlError> {
        let job = self.get(id).ok_or(ResultUrlError::NoJob)?;
        let raw = job.result_urls.first().ok_or(ResultUrlError::NoResult)?;
        urls::result(raw, &self.engine.inner.client.base_url()).map_err(ResultUrlError::Refused)
    }

    /// Remove a job from the view (it is not polled any more and a history reload will
    /// not bring it back). Emits `JobRemoved`.
    pub fn remove(&self, id: &str) -> bool {
        let removed = self.engine.inner.hub.mutate(|store, batch| {
            let removed = store.remove(id).is_some();
            if removed {
                batch.emit(EngineEvent::JobRemoved {
                    job_id: id.to_string(),
                });
            }
            removed
        });
        if removed {
            self.engine.inner.poller.untrack(id);
        }
        removed
    }

    /// Poll every active job now, in one coalesced round (a server-imposed 429 pause and
    /// a 401 pause are still honoured). Returns when the round is over.
    pub async fn refresh_now(self) {
        self.engine.inner.poller.refresh_now().await;
    }

    /// The jobs being polled and how often each was polled (diagnostics).
    pub async fn polled(self) -> Vec<(JobId, u32)> {
        self.engine.inner.poller.tracked().await
    }

    /// Add a job the app did not generate itself (e.g. a merge output): `JobCreated`, and
    /// polled like any other. A job id already known is ignored.
    pub fn add_external(&self, job: Job) {
        let (id, age, poll) = (
            job.id.clone(),
            age_since(job.created_at.as_deref()),
            job.needs_polling(),
        );
        let added = self.engine.inner.hub.mutate(|store, batch| {
            let added = store.insert(job.clone());
            if added {
                batch.emit(EngineEvent::JobCreated { job });
            }
            added
        });
        if added && poll {
            self.engine.inner.poller.track(id, age);
        }
    }

    /// Remember that the shell notified about this job (kept with the store, so never
    /// twice across restarts). True if it was not marked before.
    pub fn mark_notified(&self, id: &str) -> bool {
        self.engine.inner.hub.mutate(|store, batch| {
            let new = store.mark_notified(id);
            if new {
                batch.dirty();
            }
            new
        })
    }

    /// The estimate the scheduler places checks with for `model_slug`: learned from this
    /// creator's completed jobs, else the model matrix's typical range (known once
    /// [`Jobs::models`] has answered). `None` for a model with neither.
    pub fn render_estimate(&self, model_slug: &str) -> Option<RenderEstimate> {
        self.engine.inner.poller.eta().estimate(model_slug)
    }

    /// Every model's estimate (see [`Jobs::render_estimate`]), by slug.
    pub fn render_estimates(&self) -> Vec<RenderEstimate> {
        self.engine.inner.poller.eta().estimates()
    }
}

#[cfg(test)]
#[path = "jobs_tests.rs"]
mod tests;
