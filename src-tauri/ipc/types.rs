//! Types that cross the IPC boundary and are not engine types. Rust is the source of truth:
//! `bindings.rs` exports them (and the engine's) to `ui/src/lib/bindings/`.
//! Integers are `u32` so that TypeScript sees `number` (ts-rs maps `u64` to `bigint`).
//! `CommandError`'s constructors and the mapping from the core's errors live at the IPC
//! edge, in `commands/`.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use ulazai_engine::library::ExportMarks;
use ulazai_engine::model::{Connectivity, KeyState};
use ulazai_engine::validate::FieldError;
use ulazai_engine::{ErrorCode, Text};

/// The keyring's own status types cross IPC as they are.
pub use crate::platform::keyring::{KeyStorage, KeyringStatus};

/// Everything the UI needs to draw its frame; sent by `app_state` and `app://state`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AppState {
    pub version: String,
    /// The embedded simulator is in use (no real renders, no credits).
    pub demo: bool,
    /// The service the engine talks to (the simulator's loopback address in demo mode).
    pub base_url: String,
    /// The real service an empty "API base URL" setting means (`ULAZAI_BASE_URL`, else
    /// https://ulazai.com): what Settings shows, never the demo's simulator.
    pub server_default: String,
    /// The user's own API key (in demo mode too; the demo key is never reported).
    pub key: KeyStatus,
    pub keyring: KeyringStatus,
    pub connectivity: Connectivity,
    pub rate: Option<RateBudget>,
    /// Jobs still pending or processing.
    pub active_jobs: u32,
    /// Where the UI plays library files: `http://127.0.0.1:PORT/<token>`; a card's file is
    /// `<media_base>/<job id>`.
    pub media_base: Option<String>,
    /// Something about the app's own files the creator must know (e.g. a jobs file from
    /// a newer version, kept as it is while the jobs are kept in memory until the app quits).
    pub store_notice: Option<String>,
    /// The job library was damaged at this start: the file name (in the data folder) it
    /// was moved aside under. The library starts empty and the server's history fills it.
    pub library_set_aside: Option<String>,
    /// The language of the app's words, a catalog code (`en`, `de`, `pt-BR`, `en-XA`): the
    /// UI speaks the one the shell's notifications and tray speak.
    pub language: String,
    /// The OS's language as the catalog has it (English when it has none of the OS's):
    /// what the `language` setting `None` means, named in the language picker.
    pub system_language: String,
    /// `ULAZAI_LANG` is set: it decides the language, whatever the setting says.
    pub language_pinned: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct KeyStatus {
    pub state: KeyState,
    /// `ulazai_live_…3tZZ` (`ApiKey::masked()`: the known public prefix and the last 4
    /// characters), never more.
    pub preview: Option<String>,
    pub storage: KeyStorage,
}

impl KeyStatus {
    pub fn none() -> KeyStatus {
        KeyStatus {
            state: KeyState::Missing,
            preview: None,
            storage: KeyStorage::None,
        }
    }
}

/// Generate requests left in the server's window, when it says so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RateBudget {
    pub remaining: Option<u32>,
    pub limit: Option<u32>,
    /// RFC 3339 time when the budget refills / a retry makes sense.
    pub retry_at: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, Default)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

/// User settings (tauri-plugin-store, `settings.json` in the data dir).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct Settings {
    /// Desktop notifications when renders finish or fail.
    pub notifications: bool,
    /// Also notify jobs that were already finished when reloaded from history at start.
    pub notify_on_history_reload: bool,
    pub download_dir: Option<String>,
    pub auto_download: bool,
    pub theme: Theme,
    /// Another UlazAI-compatible server (`https://...`, or `http://127.0.0.1:PORT`).
    /// The env var `ULAZAI_BASE_URL` wins over it.
    pub base_url_override: Option<String>,
    /// The ffmpeg program (or its folder) used for merging on this computer; `None`: found
    /// on PATH or beside the app. An absolute path.
    pub ffmpeg_path: Option<String>,
    /// The largest video one download may bring, in MiB (default 2048: 2 GiB).
    pub max_download_mib: u32,
    /// Whether an export carries the clips' flags and stars (in the names, or an XMP
    /// sidecar beside each file).
    pub export_marks: ExportMarks,
    /// Look for a new version of the app at start and every few hours (not in demo mode
    /// unless an update server is named with `ULAZAI_UPDATE_URL`).
    pub check_for_updates: bool,
    /// The grid stacks each shot's takes into one card (remembered across restarts).
    pub stack_takes: bool,
    /// The language of the window, notifications and tray, a catalog code (`de`, `pt-BR`);
    /// `None`: the system's. `ULAZAI_LANG` wins over it.
    pub language: Option<String>,
}

/// [`Settings::max_download_mib`] by default: 2 GiB.
pub const DEFAULT_MAX_DOWNLOAD_MIB: u32 = 2048;
/// The largest [`Settings::max_download_mib`] accepted: 1 TiB.
pub const MAX_DOWNLOAD_MIB_LIMIT: u32 = 1 << 20;

impl Default for Settings {
    fn default() -> Self {
        Settings {
            notifications: true,
            notify_on_history_reload: false,
            download_dir: None,
            auto_download: true,
            theme: Theme::System,
            base_url_override: None,
            ffmpeg_path: None,
            max_download_mib: DEFAULT_MAX_DOWNLOAD_MIB,
            export_marks: ExportMarks::None,
            check_for_updates: true,
            stack_takes: false,
            language: None,
        }
    }
}

/// Every command fails with this: what went wrong (`code`, the one vocabulary of
/// [`ErrorCode`], the UI switches on it) and a sentence for the creator (`message`). A
/// refused setting or form field is named in `fields`.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct CommandError {
    pub code: ErrorCode,
    pub message: String,
    pub retry_after_secs: Option<u32>,
    pub fields: Vec<FieldError>,
    /// `message` as a catalog message (not sent): every command words it, and each field's,
    /// in the app's language as it answers (`command!`).
    #[serde(skip)]
    #[ts(skip)]
    pub text: Option<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum KeyCheckResult {
    Valid,
    Invalid,
    Unreachable,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct KeyCheck {
    pub result: KeyCheckResult,
    pub message: String,
}

/// `{ id }`: payload of `job://removed` and `app://focus-job`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct JobRef {
    pub id: String,
}

/// One page of the job list (`list_jobs_page`): the UI paints the first screenful, then
/// asks for the rest after `next`.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct JobPage {
    pub jobs: Vec<ulazai_engine::model::Job>,
    /// The last job's id when more follow (the next page's `after`), else null.
    pub next: Option<String>,
}

/// Whether the ulazai.com web account (browser session) is connected. The cookies
/// themselves never cross IPC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum WebSessionState {
    None,
    Connected,
    /// The server refused the session (401/403): sign in again.
    Expired,
}

/// Payload of `session://state` and the session commands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct WebSessionStatus {
    pub state: WebSessionState,
    /// The account name, when known.
    pub user: Option<String>,
    /// Why it is expired / what failed (a sentence for the creator).
    pub message: Option<String>,
    /// The sign-in window is open.
    pub signing_in: bool,
}

/// Where finished videos are saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LibraryInfo {
    /// The folder in use.
    pub dir: String,
    /// The folder used when none is chosen.
    pub default_dir: String,
    pub auto_download: bool,
}
