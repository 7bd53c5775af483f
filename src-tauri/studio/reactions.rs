//! The studio's reactions to its engine: one task per engine forwards every event to the
//! UI (`ipc::events`), feeds native notifications and the tray, and keeps what `app_state`
//! answers. It ends when the engine is replaced (the epoch changes) or stops.

use std::sync::{Arc, Weak};

use tokio::sync::mpsc::UnboundedReceiver;
use ulazai_engine::engine::EngineEvent as E;
use ulazai_engine::model::{Job, JobOrigin};

use super::Studio;
use crate::ipc::events::{
    AppConnectivity, AppKeyState, AppRateLimit, DownloadProgressed, ExportProgressed,
    FolderSyncFailed, FolderUpdated, JobRemoved, JobUpdated, MergeProgressed, QueueUpdated,
};
use crate::ipc::types::{JobRef, RateBudget};
use crate::platform::notify::Finished;

pub(super) async fn forward(studio: Weak<Studio>, mut rx: UnboundedReceiver<E>, epoch: u64) {
    while let Some(ev) = rx.recv().await {
        let Some(s) = studio.upgrade() else { break };
        if s.epoch.load(std::sync::atomic::Ordering::SeqCst) != epoch {
            break;
        }
        s.react(ev).await;
    }
}

impl Studio {
    async fn react(self: &Arc<Self>, ev: E) {
        tracing::debug!(event = %event_name(&ev), "engine event");
        match ev {
            E::JobCreated { job } => {
                self.emit::<JobUpdated>(&job);
                // Jobs merely reloaded from history, already finished: only when asked for.
                if job.status.is_terminal()
                    && job.origin == JobOrigin::History
                    && self.settings.settings().notify_on_history_reload
                {
                    self.notify_once(job).await;
                }
            }
            E::JobUpdated { job } => self.emit::<JobUpdated>(&job),
            E::JobTerminal { job } => {
                self.emit::<JobUpdated>(&job);
                self.notify_once(job).await;
            }
            E::JobRemoved { job_id } => self.emit::<JobRemoved>(&JobRef { id: job_id }),
            E::ActiveJobs { count } => self.set_active(count as usize),
            E::Connectivity { state } => {
                self.live.lock().unwrap().connectivity = state.clone();
                self.emit::<AppConnectivity>(&state);
            }
            E::KeyState { state } => {
                // In demo mode the engine judges the demo key, not the user's.
                if !self.is_demo().await && self.real_key().is_some() {
                    self.live.lock().unwrap().key_state = state;
                    self.emit::<AppKeyState>(&self.key_status());
                }
            }
            E::RateLimit {
                remaining,
                limit,
                retry_at,
            } => {
                let budget = RateBudget {
                    remaining,
                    limit,
                    retry_at,
                };
                self.live.lock().unwrap().rate = Some(budget.clone());
                self.emit::<AppRateLimit>(&budget);
            }
            E::Download { progress } => self.emit::<DownloadProgressed>(&progress),
            E::Merge { progress } => self.emit::<MergeProgressed>(&progress),
            E::FolderUpdated { folder } => self.emit::<FolderUpdated>(&folder),
            E::FolderSyncFailed { error } => self.emit::<FolderSyncFailed>(&error),
            E::WebSessionRejected => self.session_rejected().await,
            E::Export { progress } => self.emit::<ExportProgressed>(&progress),
            E::QueueUpdated { queue } => self.emit::<QueueUpdated>(&queue),
            E::QueueDrained {
                completed,
                failed,
                last_job_id,
            } => {
                if self.settings.settings().notifications {
                    let last = last_job_id.unwrap_or_default();
                    let note = crate::platform::notify::queue_drained(completed, failed, &last);
                    // After the notifications of its last renders.
                    self.notifier.show_after_pushed(note);
                }
            }
        }
    }

    /// Notify a terminal job unless notifications are off or it was notified before (also
    /// in an earlier run: the engine persists the notified ids).
    async fn notify_once(&self, job: Job) {
        let Ok(engine) = self.engine_now().await else {
            return;
        };
        if !engine.jobs().mark_notified(&job.id) {
            tracing::debug!(job = %job.id, "already notified");
            return;
        }
        if self.settings.settings().notifications {
            tracing::debug!(job = %job.id, "notify");
            let slug = job
                .model_slug
                .clone()
                .or_else(|| job.params.as_ref().map(|p| p.model_slug.clone()));
            // The creator knows models by name; the list is cached after the first read.
            let model_name =
                match slug {
                    Some(slug) => engine.jobs().models(false).await.ok().and_then(|models| {
                        models.into_iter().find(|m| m.slug == slug).map(|m| m.name)
                    }),
                    None => None,
                };
            self.notifier.push(Finished { job, model_name });
        }
    }
}

fn event_name(ev: &E) -> String {
    match ev {
        E::JobCreated { job } => format!("job_created {} {}", job.id, job.status.as_str()),
        E::JobUpdated { job } => format!("job_updated {} {}", job.id, job.status.as_str()),
        E::JobTerminal { job } => format!("job_terminal {} {}", job.id, job.status.as_str()),
        E::JobRemoved { job_id } => format!("job_removed {job_id}"),
        E::ActiveJobs { count } => format!("active_jobs {count}"),
        E::Connectivity { .. } => "connectivity".into(),
        E::KeyState { state } => format!("key_state {state:?}"),
        E::RateLimit { .. } => "rate_limit".into(),
        E::Download { progress } => format!("download {} {:?}", progress.job_id, progress.state),
        E::Merge { progress } => format!("merge {} {:?}", progress.merge_id, progress.stage),
        E::FolderUpdated { folder } => format!("folder_updated {}", folder.id),
        E::FolderSyncFailed { error } => format!("folder_sync_failed {}", error.folder_id),
        E::WebSessionRejected => "web_session_rejected".into(),
        E::Export { progress } => format!("export {} {:?}", progress.export_id, progress.state),
        E::QueueUpdated { queue } => format!("queue_updated {}", queue.items.len()),
        E::QueueDrained {
            completed, failed, ..
        } => format!("queue_drained {completed} {failed}"),
    }
}
