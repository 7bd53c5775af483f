//! What the UI is told about updates of the app itself (`check_for_update`,
//! `install_update`, the `app://update` event).

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use ulazai_engine::ErrorCode;

/// How this copy of the app was installed (the bundle type Tauri's bundler stamps into the
/// program; `unpacked` when none is: a program built or copied by hand).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum InstallKind {
    Deb,
    Rpm,
    Appimage,
    Nsis,
    Msi,
    /// The macOS app bundle (from the .dmg).
    App,
    Unpacked,
}

/// Where an update stands.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
#[ts(export)]
pub enum UpdateStatus {
    /// Not checked yet (checks off, or the first check is still to come).
    Idle,
    Checking,
    /// The update server offers nothing newer than this version.
    UpToDate,
    /// A newer version is offered; `notes` are the release notes (plain text, shown as text).
    Available {
        version: String,
        notes: Option<String>,
        /// When it was published (RFC 3339), when the manifest says.
        date: Option<String>,
    },
    Downloading {
        version: String,
        received_kib: u32,
        total_kib: Option<u32>,
    },
    /// Downloaded and its signature checked; the package is being installed.
    Installing {
        version: String,
    },
    /// The last check or install failed or was refused; the running app is unchanged.
    Failed {
        code: ErrorCode,
        message: String,
    },
}

/// The whole update state: answered by the commands and pushed as `app://update`.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct UpdateState {
    /// The running version.
    pub current_version: String,
    pub install: InstallKind,
    /// Whether this copy can install an update itself; when not, `manual_url` is where to
    /// get it.
    pub can_install: bool,
    pub manual_url: String,
    pub status: UpdateStatus,
}
