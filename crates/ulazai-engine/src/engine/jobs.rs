//! Jobs: generate (validated, never duplicated), retry, remove, queries.

use std::collections::HashSet;

use super::hub::Batch;
use super::EngineEvent;
use super::{Engine, GenerateError, ResultUrlError};
use crate::api::ApiError;
use crate::generate;
use crate::model::GenerateParams;
use crate::model::{FolderId, Job, JobId};
use crate::poll::schedule::age_since;
use crate::store::{now_rfc3339, Store};
use crate::{urls, validate};

/// Add the jobs a generate answer named, started with `params` (into `folder`): a card a
/// history reload found first becomes ours (`JobUpdated`), an id already known stays as
/// it is, a new one becomes a card (`JobCreated`). Inside a `Hub::mutate`.
pub(super) fn record_started(
    store: &mut Store,
    batch: &mut Batch,
    job_ids: &[JobId],
    params: &GenerateParams,
    folder: Option<&FolderId>,
    now: &str,
) -> Vec<Job> {
    let mut out = Vec::new();
    for id in job_ids {
        if store.adopt(id, params).is_some() {
            if let Some(f) = folder {
                store.move_jobs(std::slice::from_ref(id), Some(f.clone()));
            }
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
        let mut job = Job::started(id, params, now);
        job.folder_id = folder.filter(|f| store.folder(f).is_some()).cloned();
        store.insert(job.clone());
        batch.emit(EngineEvent::JobCreated { job: job.clone() });
        out.push(job);
    }
    out
}

impl Engine {
    /// Validate against the model matrix, send once without risking a duplicate
    /// (`generate::submit`), add the new jobs (`JobCreated`) and poll them. The request
    /// counts against the generate budget the render queue plans with.
    pub async fn generate(&self, params: GenerateParams) -> Result<Vec<Job>, GenerateError> {
        let models = self.models(false).await?;
        let params = validate::prepare(params, &models)?;
        let result = generate::submit_with(
            &self.inner.client,
            &params,
            &self.app_job_ids(),
            &self.inner.config.submit,
            &self.inner.unconfirmed,
        )
        .await;
        self.budget_outcome(&result);
        let answer = match result {
            Ok(answer) => answer,
            Err(e) => {
                if e.may_have_created_jobs() {
                    // The server may hold the batch: history will turn it into cards.
                    self.inner.poller.request_reload();
                }
                return Err(e.into());
            }
        };
        let now = now_rfc3339();
        let jobs = self.inner.hub.mutate(|store, batch| {
            record_started(store, batch, &answer.job_ids, &params, None, &now)
        });
        self.track_new(&jobs);
        // As they leave the engine (a card a history reload found first may be saved).
        Ok(jobs.into_iter().map(|j| self.inner.hub.view(j)).collect())
    }

    /// Jobs this app started; a card a history reload found may be our own lost batch.
    pub(super) fn app_job_ids(&self) -> HashSet<JobId> {
        self.inner.hub.read(|s| {
            s.iter()
                .filter(|j| j.params.is_some())
                .map(|j| j.id.clone())
                .collect()
        })
    }

    /// Poll the jobs just started.
    pub(super) fn track_new(&self, jobs: &[Job]) {
        for job in jobs.iter().filter(|j| j.needs_polling()) {
            self.inner
                .poller
                .track(job.id.clone(), age_since(job.created_at.as_deref()));
        }
    }

    /// The checks `generate` runs, without sending anything (the form's live validation).
    /// Empty: the request is fine.
    pub async fn check_generate(
        &self,
        params: GenerateParams,
    ) -> Result<Vec<validate::FieldError>, ApiError> {
        let models = self.models(false).await?;
        Ok(match validate::prepare(params, &models) {
            Ok(_) => Vec::new(),
            Err(v) => v.0,
        })
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
        self.inner.hub.jobs()
    }

    /// Every job's id, newest first (without copying the jobs).
    pub fn job_ids(&self) -> Vec<JobId> {
        self.inner
            .hub
            .read(|s| s.iter().map(|j| j.id.clone()).collect())
    }

    /// Up to `limit` jobs, newest first, after the job `after` (from the newest when
    /// `None`), and whether more follow: the UI paints the first screenful before the rest
    /// (issue 10). `None` when `after` is no longer in the store.
    pub fn jobs_page(&self, after: Option<&str>, limit: usize) -> Option<(Vec<Job>, bool)> {
        self.inner.hub.jobs_page(after, limit)
    }

    pub fn job(&self, id: &str) -> Option<Job> {
        self.inner.hub.job(id)
    }

    /// How many jobs still need polling.
    pub fn active_jobs(&self) -> usize {
        self.inner.hub.read(|s| s.active())
    }

    /// The job's first result as an address the app may play, open or download (the URL
    /// policy's `result` rule against the server in use).
    pub fn result_url(&self, id: &str) -> Result<reqwest::Url, ResultUrlError> {
        let job = self.job(id).ok_or(ResultUrlError::NoJob)?;
        let raw = job.result_urls.first().ok_or(ResultUrlError::NoResult)?;
        urls::result(raw, &self.inner.client.base_url()).map_err(ResultUrlError::Refused)
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
}
