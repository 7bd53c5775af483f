//! The render queue's runtime (its clock, wake-ups and submit turn, owned here) and its
//! task: it submits queued requests in order as the generate budget frees up.
//!
//! One task per engine, one request at a time (a "submit now" waits for the task's turn).
//! Each turn:
//!
//! 1. items left `submitting` — the app stopped before their answer, or the answer was
//!    lost and history could not be read — are settled through history first: jobs of
//!    ours the server made become the items' cards; nothing found puts them back in line.
//!    Nothing is ever sent twice on a guess;
//! 2. a run whose items are all sent and whose jobs have all finished is reported once
//!    (`QueueDrained`);
//! 3. paused (by the creator, a 402, a missing or refused key), or nothing planned: wait;
//! 4. the next request (identical neighbours batched) waits for the budget, then its items
//!    are marked `submitting` AND SAVED before it is sent — what makes a crash safe;
//! 5. the answer: jobs (cards, polled; the items leave the queue in the same change), a
//!    429 (the budget waits as the server says), 402 (pause with the server's words),
//!    401 (pause until a key), 400/404 (the item is refused with the reason), or a fault
//!    (back in line after a backoff, or — when the server may have made the batch and
//!    history could not tell — left `submitting` for step 1).

use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use tokio::sync::Notify;
use tokio::task::JoinHandle;
use tokio::time::Instant;

use super::jobs::{record_started, StartedIn};
use super::{lock, Engine, EngineEvent, GenerateError, Inner, RenderQueue};
use crate::api::ApiError;
use crate::generate::{self, find_lost_jobs, SubmitPolicy, Unconfirmed};
use crate::model::{GenerateParams, Job, JobId, ModelInfo};
use crate::queue::clock::{parse_ms, rfc3339};
use crate::queue::{plan, PauseReason, QueueClock, QueueItemState, Refusal, Request};
use crate::store::now_rfc3339;
use crate::validate;
use crate::Text;

/// How often a finished run is looked for while its jobs render.
const DRAIN_CHECK: Duration = Duration::from_secs(2);
/// Backoff after faults: first wait, cap.
const FAULT_FIRST: Duration = Duration::from_secs(5);
const FAULT_MAX: Duration = Duration::from_secs(300);
/// How many jobs of history are searched for a batch whose answer was lost.
const HISTORY_LIMIT: u32 = 100;

/// The queue's runtime parts inside the engine.
pub(super) struct QueueRuntime {
    pub clock: QueueClock,
    /// Something changed: the task looks again.
    pub wake: Arc<Notify>,
    /// One submission at a time (the task's turn, or a "submit now").
    pub submit: tokio::sync::Mutex<()>,
    task: Mutex<Option<JoinHandle<()>>>,
}

impl Default for QueueRuntime {
    fn default() -> Self {
        QueueRuntime {
            clock: QueueClock::new(),
            wake: Arc::new(Notify::new()),
            submit: tokio::sync::Mutex::new(()),
            task: Mutex::new(None),
        }
    }
}

impl QueueRuntime {
    pub fn stop(&self) {
        if let Some(task) = lock(&self.task).take() {
            task.abort();
        }
    }
}

/// What became of one request.
pub(super) enum Sent {
    Jobs(Vec<Job>),
    /// The server (or the matrix) refused it: the items are marked refused.
    Refused(GenerateError),
    /// 429: back in line; the budget waits.
    Throttled(ApiError),
    /// 402 / 401: back in line; the queue is paused.
    Paused(ApiError),
    /// A fault: back in line after a backoff.
    Failed(ApiError),
    /// The server may have made the batch and history could not tell: left submitting.
    Unknown(ApiError),
}

/// What the task does after a turn.
enum Wait {
    Now,
    Change,
    Until(Instant),
}

/// Start the queue task; it holds the engine weakly and ends with it.
pub(super) fn spawn(inner: &Arc<Inner>) {
    let weak: Weak<Inner> = Arc::downgrade(inner);
    let wake = inner.queue.wake.clone();
    let task = tokio::spawn(async move {
        let mut faults = FAULT_FIRST;
        loop {
            let wait = match weak.upgrade() {
                Some(inner) => Engine { inner }.queue().turn(&mut faults).await,
                None => break,
            };
            match wait {
                Wait::Now => tokio::task::yield_now().await,
                Wait::Change => wake.notified().await,
                Wait::Until(at) => {
                    let _ = tokio::time::timeout_at(at, wake.notified()).await;
                }
            }
        }
    });
    *lock(&inner.queue.task) = Some(task);
}

impl RenderQueue<'_> {
    async fn turn(self, faults: &mut Duration) -> Wait {
        let _turn = self.runtime().submit.lock().await;
        let mut backoff = || {
            let wait = *faults;
            *faults = (*faults * 2).min(FAULT_MAX);
            Wait::Until(Instant::now() + wait)
        };
        if let Err(e) = self.settle_in_flight().await {
            tracing::warn!(error = %e, "queue: history unreadable; in-flight items wait");
            return backoff();
        }
        self.report_drained();
        let (paused, running) = self
            .engine
            .inner
            .hub
            .read(|s| (s.queue().pause().is_some(), s.queue().running()));
        let idle = if running {
            Wait::Until(Instant::now() + DRAIN_CHECK)
        } else {
            Wait::Change
        };
        if paused {
            return idle;
        }
        let planned = self.engine.inner.hub.read(|s| {
            s.queue()
                .items()
                .iter()
                .any(|i| i.state == QueueItemState::Planned)
        });
        if !planned {
            return idle;
        }
        if !self.engine.inner.client.has_auth() {
            self.set_pause(
                Some(PauseReason::Key),
                Some(Text::new("errors-queue-no-key")),
            );
            return Wait::Change;
        }
        let models = match self.engine.jobs().models(false).await {
            Ok(m) => m,
            Err(e @ (ApiError::Unauthorized { .. } | ApiError::NoCredentials)) => {
                self.set_pause(Some(PauseReason::Key), Some(e.text()));
                return Wait::Change;
            }
            Err(e) => {
                tracing::warn!(error = %e, "queue: the model matrix is unavailable");
                return backoff();
            }
        };
        let now = self.runtime().clock.now_ms();
        let (next, free) = self.engine.inner.hub.read(|s| {
            let reqs = plan::requests(s.queue().items(), &models);
            (reqs.into_iter().next(), s.queue().budget.next_free(now))
        });
        let Some(request) = next else { return idle };
        if free > now {
            return Wait::Until(self.runtime().clock.instant_at(free));
        }
        match self.send_request(&request, &models).await {
            Sent::Jobs(_) => {
                *faults = FAULT_FIRST;
                Wait::Now
            }
            Sent::Refused(_) | Sent::Throttled(_) => Wait::Now,
            Sent::Paused(_) => Wait::Change,
            Sent::Failed(e) | Sent::Unknown(e) => {
                tracing::warn!(error = %e, "queue: the request failed; trying again later");
                backoff()
            }
        }
    }

    /// Send one request of queued items (see the module documentation, steps 4 and 5).
    pub(super) async fn send_request(self, request: &Request, models: &[ModelInfo]) -> Sent {
        let ids = &request.item_ids;
        let params = match validate::prepare(request.params.clone(), models) {
            Ok(p) => p,
            Err(v) => {
                // One field at fault reads in the window's language; several stay English.
                let why = match v.0.as_slice() {
                    [one] if one.text.is_some() => Refusal {
                        english: v.to_string(),
                        text: one.text.clone(),
                    },
                    _ => Refusal {
                        english: v.to_string(),
                        text: None,
                    },
                };
                self.mutate(|store, _| {
                    store
                        .queue_mut()
                        .set_state(ids, QueueItemState::Refused, None, Some(&why))
                });
                return Sent::Refused(GenerateError::Validation(v));
            }
        };
        let sent_at = rfc3339(self.runtime().clock.now_ms());
        self.mutate(|store, _| {
            store
                .queue_mut()
                .set_state(ids, QueueItemState::Submitting, Some(&sent_at), None)
        });
        // Saved before the request leaves: after a crash, history settles it (step 1).
        self.engine.flush().await;
        let unconfirmed = Unconfirmed::default();
        let policy = SubmitPolicy {
            max_attempts: 1,
            ..self.engine.inner.config.submit.clone()
        };
        let result = generate::submit_with(
            &self.engine.inner.client,
            &params,
            &self.engine.jobs().app_job_ids(),
            &policy,
            &unconfirmed,
        )
        .await;
        self.budget_outcome(&result);
        let e = match result {
            Ok(answer) => return Sent::Jobs(self.adopt_batch(request, &params, &answer.job_ids)),
            Err(e) => e,
        };
        let back = |state: QueueItemState, error: Option<&Refusal>| {
            self.mutate(|store, _| store.queue_mut().set_state(ids, state, None, error));
        };
        if e.may_have_created_jobs() && unconfirmed.holds(&params) {
            // History could not be read: the batch may exist. Settled by history first.
            self.engine.inner.poller.request_reload();
            return Sent::Unknown(e);
        }
        match &e {
            ApiError::RateLimited { .. } => {
                back(QueueItemState::Planned, None);
                Sent::Throttled(e)
            }
            ApiError::InsufficientCredits { .. } => {
                back(QueueItemState::Planned, None);
                self.set_pause(Some(PauseReason::Credits), Some(e.text()));
                Sent::Paused(e)
            }
            ApiError::Unauthorized { .. } | ApiError::NoCredentials => {
                back(QueueItemState::Planned, None);
                self.set_pause(Some(PauseReason::Key), Some(e.text()));
                Sent::Paused(e)
            }
            ApiError::InvalidRequest { .. } | ApiError::NotFound { .. } => {
                back(QueueItemState::Refused, Some(&e.text().into()));
                Sent::Refused(GenerateError::Api(e))
            }
            _ => {
                back(QueueItemState::Planned, None);
                Sent::Failed(e)
            }
        }
    }

    /// The jobs of a request are the app's: cards (in the request's folder, each at its
    /// item's line of an imported list, takes of the clip its items were made from), polled, and notified as they finish like any
    /// render (the shell marks each as it tells of it); its items leave the queue in the
    /// same change.
    fn adopt_batch(
        &self,
        request: &Request,
        params: &GenerateParams,
        job_ids: &[JobId],
    ) -> Vec<Job> {
        let now = now_rfc3339();
        let jobs = self.mutate(|store, batch| {
            // The answer names the batch's jobs in request order: the first item's clips
            // first (identical parameters: which clip of them gets which line is moot).
            let places = store.queue().places(&request.item_ids);
            let within = StartedIn {
                folder: request.folder_id.as_ref(),
                places: &places,
                take_of: request.take_of.as_deref(),
            };
            let jobs = record_started(store, batch, job_ids, params, within, &now);
            store.queue_mut().submitted(&request.item_ids, job_ids);
            jobs
        });
        self.engine.jobs().track_new(&jobs);
        jobs
    }

    /// Settle items left `submitting` through history (step 1). Errs when history cannot
    /// be read (they stay as they are).
    async fn settle_in_flight(self) -> Result<(), ApiError> {
        let groups: Vec<Request> = self.engine.inner.hub.read(|s| {
            let mut groups: Vec<(Option<String>, Request)> = Vec::new();
            for item in s.queue().items() {
                if item.state != QueueItemState::Submitting {
                    continue;
                }
                let same = groups.iter_mut().find(|(at, r)| {
                    *at == item.sent_at
                        && r.folder_id == item.folder_id
                        && r.take_of == item.take_of
                        && GenerateParams {
                            count: 1,
                            ..r.params.clone()
                        } == GenerateParams {
                            count: 1,
                            ..item.params.clone()
                        }
                });
                match same {
                    Some((_, r)) => {
                        r.item_ids.push(item.id.clone());
                        r.params.count += item.params.count.max(1);
                    }
                    None => groups.push((
                        item.sent_at.clone(),
                        Request {
                            item_ids: vec![item.id.clone()],
                            params: item.params.clone(),
                            folder_id: item.folder_id.clone(),
                            take_of: item.take_of.clone(),
                        },
                    )),
                }
            }
            groups.into_iter().map(|(_, r)| r).collect()
        });
        if groups.is_empty() {
            return Ok(());
        }
        let history = self.engine.inner.client.history(HISTORY_LIMIT, 0).await?;
        let window = chrono::Duration::from_std(self.engine.inner.config.submit.match_window)
            .unwrap_or_default();
        for request in groups {
            let sent_ms = self.engine.inner.hub.read(|s| {
                request
                    .item_ids
                    .first()
                    .and_then(|id| s.queue().item(id))
                    .and_then(|i| i.sent_at.as_deref())
                    .and_then(parse_ms)
            });
            let sent = sent_ms
                .and_then(chrono::DateTime::from_timestamp_millis)
                .unwrap_or_else(chrono::Utc::now);
            let ours = find_lost_jobs(
                &history,
                &request.params,
                &self.engine.jobs().app_job_ids(),
                sent - window,
            );
            if ours.is_empty() {
                tracing::info!(
                    items = request.item_ids.len(),
                    "queue: an unanswered request made nothing; back in line"
                );
                self.mutate(|store, _| {
                    store.queue_mut().set_state(
                        &request.item_ids,
                        QueueItemState::Planned,
                        None,
                        None,
                    )
                });
            } else {
                tracing::info!(
                    jobs = ours.len(),
                    "queue: an unanswered request did make its batch; adopting it"
                );
                self.adopt_batch(&request, &request.params, &ours);
            }
        }
        Ok(())
    }

    /// Report a finished run once (step 2).
    fn report_drained(&self) {
        let drained = self.engine.inner.hub.mutate(|store, batch| {
            if !store.queue().running() {
                return None;
            }
            let jobs: std::collections::HashMap<JobId, Job> = store
                .queue()
                .run_jobs()
                .iter()
                .filter_map(|id| store.job(id).map(|j| (id.clone(), j.clone())))
                .collect();
            let last = store.queue().run_jobs().last().cloned();
            let counts = store.queue_mut().take_drained(|id| jobs.get(id).cloned())?;
            batch.dirty();
            Some((counts, last))
        });
        if let Some(((completed, failed), last_job_id)) = drained {
            tracing::info!(completed, failed, "queue: drained");
            self.engine.inner.hub.emit(EngineEvent::QueueDrained {
                completed,
                failed,
                last_job_id,
            });
        }
    }
}
