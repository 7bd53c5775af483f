//! Events the shell sends to the UI. The list below is the ONLY place an event name and its
//! payload type are written: `studio::Ui::emit` is typed by it and `bindings.rs` generates
//! `ui/src/lib/bindings/events.ts` from it.

use serde::Serialize;
use ulazai_engine::model::{
    Connectivity, DownloadProgress, ExportProgress, Folder, FolderSyncError, Job, MergeProgress,
};

use super::types::{AppState, JobRef, KeyStatus, RateBudget, WebSessionStatus};

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
            /// The app menu's Settings… was chosen (⌘, on macOS): open Settings.
            OpenSettings = "app://open-settings" => ();
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
            /// Clips are being copied into a folder the creator picked (Export selected…).
            ExportProgressed = "export://progress" => ExportProgress;
            /// The render queue changed: items, estimated start times, pause or budget.
            QueueUpdated = "queue://updated" => ulazai_engine::queue::QueueView;
            /// An update of the app was checked, offered, downloaded, installed or refused.
            AppUpdate = "app://update" => $crate::ipc::updates::UpdateState;
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
