//! Jobs: generate (validated, never duplicated), retry, remove, queries.

use super::{Engine, GenerateError, ResultUrlError};
use crate::api::ApiError;
use crate::generate;
use crate::model::GenerateParams;
use crate::model::{EngineEvent, Job, JobId};
use crate::poll::schedule::age_since;
use crate::store::now_rfc3339;
use crate::{urls, validate};

impl Engine {
    /// Validate against the model matrix, send once without risking a duplicate
    /// (`generate::submit`), add the new jobs (`JobCreated`) and poll them.
    pub async fn generate(&self, params: GenerateParams) -> Result<Vec<Job>, GenerateError> {
        let models = self.models(false).await?;
        let params = validate::prepare(params, &models)?;
        // Jobs this app started; a card a history reload found may be our own lost batch.
        let known = self.inner.hub.read(|s| {
            s.jobs()
                .into_iter()
                .filter(|j| j.params.is_some())
                .map(|j| j.id)
                .collect()
        });
        let answer = match generate::submit_with(
            &self.inner.client,
            &params,
            &known,
            &self.inner.config.submit,
            &self.inner.unconfirmed,
        )
        .await
        {
            Ok(answer) => answer,
            Err(e) => {
                if e.may_have_created_jobs() {
                    // The server may hold the batch: history will turn it into cards.
                    self.inner.poller.request_reload();
                }
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
                let job = Job::started(id, &params, &now);
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
