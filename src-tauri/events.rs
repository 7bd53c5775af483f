//! Events the shell sends to the UI. The list below is the ONLY place an event name and its
//! payload type are written: `emit` is typed by it and `bindings.rs` generates
//! `ui/src/lib/bindings/events.ts` from it.

use serde::Serialize;
use ulazai_engine::model::{Connectivity, Job};

use ulazai_engine::model::Folder;

use crate::ipc_types::{
    AppState, DownloadProgress, FolderSyncError, JobRef, KeyStatus, MergeProgress, RateBudget,
    WebSessionStatus,
};
use crate::shell::Shell;

/// `$callback! { Marker = "name" => Payload; ... }`
#[macro_export]
#[doc(hidden)]
macro_rules! for_each_event {
    ($callback:ident) => {
        $callback! {
            /// A job was created or changed (the whole job; terminal states too).
            JobUpdated = "job://updated" => Job;
            /// A job left the list.
            JobRemoved = "job://removed" => JobRef;
            AppConnectivity = "app://connectivity" => Connectivity;
            /// The user's key changed state (set, cleared, verified, refused by the server).
            AppKeyState = "app://key-state" => KeyStatus;
            AppRateLimit = "app://rate-limit" => RateBudget;
            /// After demo start, key change, server change.
            AppStateChanged = "app://state" => AppState;
            /// A notification's "Open" was clicked: scroll to and focus that card.
            FocusJob = "app://focus-job" => JobRef;
            /// The web account (browser session) changed: none / connected / expired.
            SessionStateChanged = "session://state" => WebSessionStatus;
            /// A folder changed outside a command (its server bucket was created).
            FolderUpdated = "folder://updated" => Folder;
            /// Creating a folder's server bucket failed (the local folder is there).
            FolderSyncFailed = "folder://sync-failed" => FolderSyncError;
            /// A local merge advanced, finished, failed or was cancelled.
            MergeProgressed = "merge://progress" => MergeProgress;
            /// A result is being saved into the library (progress, done, failed).
            DownloadProgressed = "download://progress" => DownloadProgress;
        }
    };
}

/// An event with its name and payload type.
pub trait IpcEvent {
    const NAME: &'static str;
    type Payload: Serialize;
}

macro_rules! define_events {
    ($($(#[$doc:meta])* $marker:ident = $name:literal => $payload:ty;)*) => {
        $(
            $(#[$doc])*
            pub struct $marker;
            impl IpcEvent for $marker {
                const NAME: &'static str = $name;
                type Payload = $payload;
            }
        )*
        /// Every event name, in list order.
        pub const EVENT_NAMES: &[&str] = &[$($name),*];
    };
}
for_each_event!(define_events);

/// Emit a typed event.
pub fn emit<E: IpcEvent>(shell: &dyn Shell, payload: &E::Payload) {
    match serde_json::to_value(payload) {
        Ok(v) => shell.emit(E::NAME, v),
        Err(e) => tracing::error!(event = E::NAME, error = %e, "cannot serialise event"),
    }
}

/// The one task per engine that forwards its events to the UI, feeds notifications and
/// the tray. Ends when the engine is replaced (epoch changes) or stops.
pub async fn forward(
    studio: std::sync::Weak<crate::studio::Studio>,
    mut rx: tokio::sync::mpsc::UnboundedReceiver<ulazai_engine::model::EngineEvent>,
    epoch: u64,
) {
    while let Some(ev) = rx.recv().await {
        let Some(s) = studio.upgrade() else { break };
        if s.current_epoch() != epoch {
            break;
        }
        handle(&s, ev).await;
    }
}

async fn handle(s: &std::sync::Arc<crate::studio::Studio>, ev: ulazai_engine::model::EngineEvent) {
    use ulazai_engine::model::{EngineEvent as E, JobOrigin};
    tracing::debug!(event = ?event_name(&ev), "engine event");
    match ev {
        E::JobCreated { job } => {
            emit::<JobUpdated>(&*s.shell, &s.decorate(job.clone()));
            s.maybe_auto_download(&job);
            // Jobs merely reloaded from history, already finished: only when asked for.
            if job.status.is_terminal()
                && job.origin == JobOrigin::History
                && s.settings.settings().notify_on_history_reload
            {
                notify_once(s, job).await;
            }
            s.refresh_active().await;
        }
        E::JobUpdated { job } => {
            emit::<JobUpdated>(&*s.shell, &s.decorate(job.clone()));
            s.refresh_active().await;
        }
        E::JobTerminal { job } => {
            emit::<JobUpdated>(&*s.shell, &s.decorate(job.clone()));
            s.maybe_auto_download(&job);
            notify_once(s, job).await;
            s.refresh_active().await;
        }
        E::JobRemoved { job_id } => {
            emit::<JobRemoved>(&*s.shell, &JobRef { id: job_id });
            s.refresh_active().await;
        }
        E::Connectivity { state } => {
            s.live.lock().unwrap().connectivity = state.clone();
            emit::<AppConnectivity>(&*s.shell, &state);
        }
        E::KeyState { state } => {
            // In demo mode the engine judges the demo key, not the user's.
            if !s.is_demo().await && s.vault.current().is_some() {
                s.live.lock().unwrap().key_state = state;
                emit::<AppKeyState>(&*s.shell, &s.key_status());
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
            s.live.lock().unwrap().rate = Some(budget.clone());
            emit::<AppRateLimit>(&*s.shell, &budget);
        }
    }
}

fn event_name(ev: &ulazai_engine::model::EngineEvent) -> String {
    use ulazai_engine::model::EngineEvent as E;
    match ev {
        E::JobCreated { job } => format!("job_created {} {}", job.id, job.status.as_str()),
        E::JobUpdated { job } => format!("job_updated {} {}", job.id, job.status.as_str()),
        E::JobTerminal { job } => format!("job_terminal {} {}", job.id, job.status.as_str()),
        E::JobRemoved { job_id } => format!("job_removed {job_id}"),
        E::Connectivity { .. } => "connectivity".into(),
        E::KeyState { state } => format!("key_state {state:?}"),
        E::RateLimit { .. } => "rate_limit".into(),
    }
}

/// Notify a terminal job unless notifications are off or it was notified before (also in
/// an earlier run: the engine persists the notified ids).
async fn notify_once(s: &crate::studio::Studio, job: Job) {
    let Ok(engine) = s.engine_now().await else {
        return;
    };
    if !engine.mark_notified(&job.id) {
        tracing::debug!(job = %job.id, "already notified");
        return;
    }
    if !s.settings.settings().notifications {
        return;
    }
    tracing::debug!(job = %job.id, "notify");
    if let Some(n) = s.notifier.lock().unwrap().as_ref() {
        n.push(job);
    }
}
