//! The render queue service's operations: preview an import or variations, add, reorder, remove,
//! pause and resume, "submit now"; the queue as the UI sees it; and the generate budget
//! every generate request (the form's too) counts against. Submission itself is the
//! queue task's (`queue_run`, which also holds the queue's runtime: clock, wake-ups, the
//! submit turn). Every change emits `QueueUpdated` with fresh start times.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

use super::hub::Batch;
use super::queue_run::QueueRuntime;
use super::queue_run::Sent;
use super::{Engine, EngineEvent, GenerateError};
use crate::api::{ApiError, GenerateAnswer};
use crate::model::{FolderId, GenerateParams, Job};
use crate::queue::clock::rfc3339;
use crate::queue::{
    import, plan, FolderChoice, PauseReason, QueueEntry, QueueItem, QueueItemState, QueuePause,
    QueuePreview, QueueView, Request, VariationModel, VariationPick,
};
use crate::store::{new_id, now_rfc3339, Store};
use crate::text::Text;
use crate::validate;

/// Items in the queue at most (a runaway import should not fill the store).
pub const MAX_QUEUED: usize = 5000;

/// The revision of the last queue view, for the whole process (a switch to another engine,
/// demo ↔ real, goes on counting): views are made under the store's lock, so a later view
/// shows a later queue.
static VIEW_REVISION: AtomicU64 = AtomicU64::new(0);

/// The render queue of one engine (`Engine::queue`).
#[derive(Clone, Copy)]
pub struct RenderQueue<'a> {
    pub(super) engine: &'a Engine,
}

impl<'a> RenderQueue<'a> {
    pub(super) fn of(engine: &'a Engine) -> RenderQueue<'a> {
        RenderQueue { engine }
    }

    pub(super) fn runtime(&self) -> &'a QueueRuntime {
        &self.engine.inner.queue
    }

    /// The queue now: items in order with their start times, the pause, the budget.
    pub fn view(&self) -> QueueView {
        self.engine.inner.hub.read(|s| self.view_of(s))
    }

    /// Called with the store locked (`hub.read` / `hub.mutate`), which orders the revisions.
    fn view_of(&self, store: &Store) -> QueueView {
        let now = self.runtime().clock.now_ms();
        let view = self
            .engine
            .jobs()
            .with_models_now(|models| plan::view(store.queue(), models, now));
        QueueView {
            revision: VIEW_REVISION.fetch_add(1, Ordering::Relaxed) + 1,
            ..view
        }
    }

    /// Change the queue; the view (with fresh start times) goes out with the change, and
    /// the queue task looks again.
    pub(super) fn mutate<R>(&self, f: impl FnOnce(&mut Store, &mut Batch) -> R) -> R {
        let out = self.engine.inner.hub.mutate(|store, batch| {
            let out = f(store, batch);
            batch.emit(EngineEvent::QueueUpdated {
                queue: self.view_of(store),
            });
            out
        });
        self.runtime().wake.notify_one();
        out
    }

    /// What a prompt list would queue (nothing is queued): `defaults` are the form's values.
    pub async fn preview_import(
        self,
        content: &str,
        file_name: Option<&str>,
        defaults: GenerateParams,
    ) -> Result<QueuePreview, ApiError> {
        let models = self.engine.jobs().models(false).await?;
        Ok(import::parse_list(content, file_name, &defaults, &models))
    }

    /// The models a set of variations of the form's prompt may use, each with what it
    /// accepts and why it cannot render the prompt as given (its input media included).
    pub async fn variation_models(
        self,
        base: GenerateParams,
    ) -> Result<Vec<VariationModel>, ApiError> {
        let models = self.engine.jobs().models(false).await?;
        Ok(import::variation_models(&base, &models))
    }

    /// What the form's prompt across the picked models and their values would queue.
    pub async fn preview_variations(
        self,
        base: GenerateParams,
        picks: &[VariationPick],
    ) -> Result<QueuePreview, ApiError> {
        let models = self.engine.jobs().models(false).await?;
        Ok(import::variations(&base, picks, &models))
    }

    /// Queue `entries` at the end, each checked against the model matrix first (nothing is
    /// queued when one fails). Their clips go to the folder a row names (made when
    /// missing), else to `folder` (an existing one, or a new one made now).
    pub async fn add(
        self,
        entries: Vec<QueueEntry>,
        folder: Option<FolderChoice>,
    ) -> Result<QueueView, GenerateError> {
        // A variation's clip must still be there: its clips join that clip's shot.
        let known = |id: &str| self.engine.inner.hub.read(|s| s.contains(id));
        if entries
            .iter()
            .filter_map(|e| e.take_of.as_deref())
            .any(|id| !known(id))
        {
            return Err(GenerateError::MissingJob(crate::MissingJob));
        }
        let models = self.engine.jobs().models(false).await?;
        let mut checked = Vec::with_capacity(entries.len());
        for (i, entry) in entries.into_iter().enumerate() {
            let params = validate::prepare(entry.params, &models).map_err(|mut v| {
                if let Some(first) = v.0.first_mut() {
                    if let Some(source) = &entry.source {
                        first.message = format!("{source}: {}", first.message);
                    } else if i > 0 {
                        first.message = format!("Item {}: {}", i + 1, first.message);
                    }
                }
                GenerateError::Validation(v)
            })?;
            checked.push((
                params,
                entry.folder,
                entry.source,
                entry.place,
                entry.take_of,
            ));
        }
        if checked.is_empty() {
            return Err(GenerateError::field(
                "queue",
                Text::new("errors-queue-empty"),
            ));
        }
        let now = now_rfc3339();
        let mut made = false;
        let result = self.mutate(|store, batch| {
            if store.queue().items().len() + checked.len() > MAX_QUEUED {
                return Err(GenerateError::field(
                    "queue",
                    Text::new("errors-queue-full").with("max", MAX_QUEUED),
                ));
            }
            let shared = match folder {
                Some(FolderChoice::Existing { id }) if store.folder(&id).is_none() => {
                    return Err(GenerateError::field(
                        "folder",
                        Text::new("errors-folder-gone"),
                    ));
                }
                Some(FolderChoice::Existing { id }) => Some(id),
                Some(FolderChoice::New { name }) => {
                    Some(folder_named(store, batch, &name, &mut made))
                }
                None => None,
            };
            let mut by_name: HashMap<String, FolderId> = HashMap::new();
            let items: Vec<QueueItem> = checked
                .into_iter()
                .map(|(params, row_folder, source, place, take_of)| {
                    let folder_id = match row_folder.map(|n| n.trim().to_string()) {
                        Some(name) if !name.is_empty() => Some(
                            by_name
                                .entry(name.to_lowercase())
                                .or_insert_with(|| folder_named(store, batch, &name, &mut made))
                                .clone(),
                        ),
                        _ => shared.clone(),
                    };
                    QueueItem {
                        id: new_id("q"),
                        state: QueueItemState::Planned,
                        params,
                        folder_id,
                        source,
                        place,
                        take_of,
                        added_at: now.clone(),
                        sent_at: None,
                        error: None,
                        error_text: None,
                    }
                })
                .collect();
            store.queue_mut().push(items);
            Ok(())
        });
        if made {
            // New folders get their server bucket, as any folder does.
            self.engine.folders().sync();
        }
        result.map(|()| self.view())
    }

    /// Remove items (not one whose request is in flight); answers how many went.
    pub fn remove(&self, ids: &[String]) -> usize {
        self.mutate(|store, _| store.queue_mut().remove(ids))
    }

    /// Move an item to `index` of the queue (0 = the front). False when unknown.
    pub fn move_to(&self, id: &str, index: usize) -> bool {
        self.mutate(|store, _| store.queue_mut().move_to(id, index))
    }

    /// Stop submitting (what is in flight finishes).
    pub fn pause(&self) {
        self.set_pause(Some(PauseReason::User), None);
    }

    /// Submit again; refused items stay as they are.
    pub fn resume(&self) {
        self.set_pause(None, None);
    }

    pub(super) fn set_pause(&self, reason: Option<PauseReason>, text: Option<Text>) {
        self.mutate(|store, _| {
            let pause = reason.map(|reason| {
                QueuePause::new(reason, text, rfc3339(self.runtime().clock.now_ms()))
            });
            store.queue_mut().set_pause(pause);
        });
    }

    /// Credentials changed: a queue paused for the key goes on when there is one.
    pub(super) fn credentials_changed(&self, present: bool) {
        let paused_for_key = self
            .engine
            .inner
            .hub
            .read(|s| s.queue().pause().map(|p| p.reason) == Some(PauseReason::Key));
        if present && paused_for_key {
            self.resume();
        }
        self.runtime().wake.notify_one();
    }

    /// Send one planned (or refused) item now, ahead of the queue, when the budget has a
    /// request left; answers its jobs.
    pub async fn submit_now(self, id: &str) -> Result<Vec<Job>, GenerateError> {
        let _turn = self.runtime().submit.lock().await;
        let item = self
            .engine
            .inner
            .hub
            .read(|s| s.queue().item(id).cloned())
            .filter(|i| i.state != QueueItemState::Submitting)
            .ok_or_else(|| GenerateError::field("queue", Text::new("errors-queue-item-gone")))?;
        let now = self.runtime().clock.now_ms();
        let free = self
            .engine
            .inner
            .hub
            .read(|s| s.queue().budget.next_free(now));
        if free > now {
            let wait = std::time::Duration::from_millis((free - now) as u64);
            return Err(ApiError::RateLimited {
                retry_after: Some(wait),
                message: "no generate request left in this window".into(),
            }
            .into());
        }
        let models = self.engine.jobs().models(false).await?;
        let request = Request {
            item_ids: vec![item.id.clone()],
            params: item.params.clone(),
            folder_id: item.folder_id.clone(),
            take_of: item.take_of.clone(),
        };
        match self.send_request(&request, &models).await {
            Sent::Jobs(jobs) => Ok(jobs),
            Sent::Refused(e) => Err(e),
            Sent::Throttled(e) | Sent::Paused(e) | Sent::Failed(e) | Sent::Unknown(e) => {
                Err(e.into())
            }
        }
    }

    /// Was this job submitted by the queue in its current run?
    pub fn is_queue_job(&self, id: &str) -> bool {
        self.engine.inner.hub.read(|s| s.queue().ran(id))
    }

    /// Count a generate request against the budget (any answer but a 429 or a refusal
    /// that never reached the limiter), learn what the server said about the budget, and
    /// tell the UI (`RateLimit`, `QueueUpdated`).
    pub(super) fn budget_outcome(&self, result: &Result<GenerateAnswer, ApiError>) {
        let at = self.runtime().clock.now_ms();
        let (remaining, limit) = self.mutate(|store, _| {
            let budget = &mut store.queue_mut().budget;
            match result {
                Ok(answer) => budget.sent(at, &answer.rate),
                Err(ApiError::RateLimited { retry_after, .. }) => {
                    budget.throttled(at, *retry_after)
                }
                Err(e) if counted(e) => budget.sent(at, &Default::default()),
                Err(_) => {}
            }
            let rate = match result {
                Ok(answer) => (answer.rate.remaining, answer.rate.limit),
                Err(ApiError::RateLimited { .. }) => (Some(0), None),
                Err(_) => (None, None),
            };
            (
                rate.0,
                rate.1.or(budget.limit_is_known().then(|| budget.limit())),
            )
        });
        if remaining.is_some() || limit.is_some() {
            let next = self
                .engine
                .inner
                .hub
                .read(|s| s.queue().budget.next_free(at));
            self.engine.inner.hub.emit(EngineEvent::RateLimit {
                remaining,
                limit,
                retry_at: (remaining == Some(0)).then(|| rfc3339(next.max(at))),
            });
        }
    }
}

/// Did the server count this failed generate against the limit? Anything that reached its
/// handler: refusals of the request (400, 402, 404) and answers that may hide a created
/// batch. Not a 429, an auth failure, or a connection that never opened.
fn counted(e: &ApiError) -> bool {
    match e {
        ApiError::InvalidRequest { .. }
        | ApiError::InsufficientCredits { .. }
        | ApiError::NotFound { .. }
        | ApiError::Unexpected { .. } => true,
        other => other.may_have_created_jobs(),
    }
}

/// The folder called `name` (any case), made when there is none (`made` says so).
fn folder_named(store: &mut Store, batch: &mut Batch, name: &str, made: &mut bool) -> FolderId {
    let name = name.trim();
    if let Some(f) = store
        .folders()
        .into_iter()
        .find(|f| f.name.trim().eq_ignore_ascii_case(name))
    {
        return f.id;
    }
    let folder = store.create_folder(name);
    *made = true;
    batch.emit(EngineEvent::FolderUpdated {
        folder: folder.clone(),
    });
    folder.id
}
