//! The reactions service: the app's reactions to its engine. One task per engine forwards
//! every event to the UI (`ipc::events`), feeds native notifications (it owns the
//! notifier) and reports to the services that own what the event changes (the live status,
//! the key state, the web session). It ends when the engine is replaced or stops.
//! A payload's sentence for the creator is worded here, in the app's language as it is
//! sent.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Weak};

use tokio::sync::mpsc::UnboundedReceiver;
use ulazai_engine::engine::EngineEvent as E;
use ulazai_engine::model::{Job, JobOrigin};

use super::current::CurrentEngine;
use super::key::KeyService;
use super::live::LiveStatus;
use super::settings::SettingsService;
use super::ui::Ui;
use super::web_session::WebSessionService;
use crate::ipc::events::{
    AppConnectivity, AppRateLimit, DownloadProgressed, ExportProgressed, FocusJob,
    FolderSyncFailed, FolderUpdated, JobRemoved, JobUpdated, MergeProgressed, QueueUpdated,
};
use crate::ipc::types::{JobRef, RateBudget};
use crate::platform::locale::Locale;
use crate::platform::notify::{Finished, Notifier, OnOpen, BURST_WINDOW};

pub struct Reactions {
    notifier: Notifier,
    focus_requests: AtomicUsize,
    ui: Arc<Ui>,
    settings: Arc<SettingsService>,
    current: Arc<CurrentEngine>,
    keys: Arc<KeyService>,
    web_session: Arc<WebSessionService>,
    live: Arc<LiveStatus>,
    locale: Locale,
}

impl Reactions {
    pub(super) fn new(
        ui: Arc<Ui>,
        settings: Arc<SettingsService>,
        current: Arc<CurrentEngine>,
        keys: Arc<KeyService>,
        web_session: Arc<WebSessionService>,
        live: Arc<LiveStatus>,
        locale: Locale,
    ) -> Arc<Reactions> {
        Arc::new_cyclic(|weak: &Weak<Reactions>| {
            let weak = weak.clone();
            let on_open: OnOpen = Arc::new(move |id: &str| {
                if let Some(r) = weak.upgrade() {
                    r.focus_job(id);
                }
            });
            Reactions {
                notifier: Notifier::new(on_open, BURST_WINDOW, locale.clone()),
                locale,
                focus_requests: AtomicUsize::new(0),
                ui,
                settings,
                current,
                keys,
                web_session,
                live,
            }
        })
    }

    /// Forward the events of the engine numbered `epoch` until it is replaced or stops.
    /// (Ends too when the app's services are gone.)
    pub(super) async fn forward(me: Weak<Self>, mut rx: UnboundedReceiver<E>, epoch: u64) {
        while let Some(ev) = rx.recv().await {
            let Some(r) = me.upgrade() else { break };
            if !r.current.is_current(epoch) {
                break;
            }
            r.react(ev).await;
        }
    }

    /// A notification's "Open": show the window and tell the UI which card.
    fn focus_job(&self, id: &str) {
        self.focus_requests.fetch_add(1, Ordering::SeqCst);
        self.ui.shell().focus_main();
        self.ui.emit::<FocusJob>(&JobRef { id: id.to_string() });
    }

    /// How often the main window was asked to come forward.
    pub fn focus_requests(&self) -> usize {
        self.focus_requests.load(Ordering::SeqCst)
    }

    async fn react(&self, ev: E) {
        tracing::debug!(event = %event_name(&ev), "engine event");
        match ev {
            E::JobCreated { job } => {
                self.ui.emit::<JobUpdated>(&job);
                // Jobs merely reloaded from history, already finished: only when asked for.
                if job.status.is_terminal()
                    && job.origin == JobOrigin::History
                    && self.settings.get().notify_on_history_reload
                {
                    self.notify_once(job).await;
                }
            }
            E::JobUpdated { job } => self.ui.emit::<JobUpdated>(&job),
            E::JobTerminal { job } => {
                self.ui.emit::<JobUpdated>(&job);
                self.notify_once(job).await;
            }
            E::JobRemoved { job_id } => self.ui.emit::<JobRemoved>(&JobRef { id: job_id }),
            E::ActiveJobs { count } => self.live.set_active_jobs(count as usize),
            E::Connectivity { state } => {
                self.live.set_connectivity(state.clone());
                self.ui
                    .emit::<AppConnectivity>(&state.worded(&self.locale.get()));
            }
            E::KeyState { state } => {
                let demo = self.current.is_demo().await;
                self.keys.engine_judged(state, demo);
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
                self.live.set_rate(budget.clone());
                self.ui.emit::<AppRateLimit>(&budget);
            }
            E::Download { progress } => self
                .ui
                .emit::<DownloadProgressed>(&progress.worded(&self.locale.get())),
            E::Merge { progress } => self
                .ui
                .emit::<MergeProgressed>(&progress.worded(&self.locale.get())),
            E::FolderUpdated { folder } => self.ui.emit::<FolderUpdated>(&folder),
            E::FolderSyncFailed { error } => self
                .ui
                .emit::<FolderSyncFailed>(&error.worded(&self.locale.get())),
            E::WebSessionRejected => self.web_session.rejected().await,
            E::Export { progress } => self
                .ui
                .emit::<ExportProgressed>(&progress.worded(&self.locale.get())),
            E::QueueUpdated { queue } => self
                .ui
                .emit::<QueueUpdated>(&queue.worded(&self.locale.get())),
            E::QueueDrained {
                completed,
                failed,
                last_job_id,
            } => {
                if self.settings.get().notifications {
                    let last = last_job_id.unwrap_or_default();
                    let note = crate::platform::notify::queue_drained(
                        &self.locale.get(),
                        completed,
                        failed,
                        &last,
                    );
                    // After the notifications of its last renders (or, when they are all
                    // in the burst being collected, as theirs).
                    let renders = (completed + failed) as usize;
                    self.notifier.show_after_pushed(note, renders);
                }
            }
        }
    }

    /// Notify a terminal job unless notifications are off or it was notified before (also
    /// in an earlier run: the engine persists the notified ids).
    async fn notify_once(&self, job: Job) {
        let Ok(engine) = self.current.now().await else {
            return;
        };
        if !engine.jobs().mark_notified(&job.id) {
            tracing::debug!(job = %job.id, "already notified");
            return;
        }
        if self.settings.get().notifications {
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
