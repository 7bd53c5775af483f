//! Local merging of clips with the creator's own ffmpeg: finding the programs, probing
//! clips, and concatenating them (stream copy when possible, otherwise re-encoding) with
//! progress and cancel. ffmpeg is not bundled; [`MergeError::NotInstalled`] says how to
//! get it on this operating system.

pub(crate) mod args;
mod chosen;
pub(crate) mod list;
mod locate;
mod merge;
pub(crate) mod probe;
mod run;
mod still;
pub(crate) mod trim;

use std::path::PathBuf;

use serde::Serialize;

use crate::Text;

#[cfg(feature = "ts")]
use ts_rs::TS;

pub use chosen::verify_chosen;
pub use locate::how_to_install;
pub use probe::ClipInfo;
pub use trim::{MergeInput, Trim};

/// The two programs used. Build with [`FfmpegTools::locate`] (or by hand in tests).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FfmpegTools {
    pub ffmpeg: PathBuf,
    pub ffprobe: PathBuf,
}

pub use crate::model::MergeOutcome;

/// Why probing or merging failed. `Display` is a sentence for the creator.
///
/// JSON: `{"kind": "probe", "detail": "..."}` (`detail` absent for unit variants).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "kind", content = "detail", rename_all = "snake_case")]
pub enum MergeError {
    #[error("ffmpeg was not found on this computer. {how_to_install}")]
    NotInstalled { how_to_install: String },
    /// The ffmpeg chosen in Settings cannot be used (what is wrong, naming the path).
    #[error(
        "The ffmpeg chosen in Settings cannot be used: {0}. Choose another in Settings → \
         Library (“ffmpeg for merging on this computer”), or use the ffmpeg found on this \
         computer (“Use ffmpeg from PATH”)."
    )]
    ChosenFfmpeg(String),
    #[error("A clip could not be read: {0}")]
    Probe(String),
    #[error("ffmpeg could not merge the clips{}{}", exit_text(*code), tail_text(stderr_tail))]
    Ffmpeg {
        code: Option<i32>,
        stderr_tail: String,
    },
    #[error("The merge was cancelled.")]
    Cancelled,
    #[error("The merged video could not be saved: {0}")]
    Io(String),
    #[error("Choose at least two clips to merge.")]
    NeedTwoClips,
    #[error("A clip cannot be merged: {0}")]
    BadPath(String),
    #[error("A trim cannot be used: {0}")]
    BadTrim(String),
}

impl MergeError {
    /// The sentence as a catalog message (its `Display` is the English, for logs); what
    /// ffmpeg or the system said, a path or a problem stays as it was written (English).
    pub fn text(&self) -> Text {
        match self {
            MergeError::NotInstalled { how_to_install } => {
                Text::new("errors-ffmpeg-not-found").with("how", how_to_install)
            }
            MergeError::ChosenFfmpeg(problem) => {
                Text::new("errors-ffmpeg-chosen").with("problem", problem)
            }
            MergeError::Probe(why) => Text::new("errors-ffmpeg-probe").with("reason", why),
            MergeError::Ffmpeg { code, stderr_tail } => {
                let last = stderr_tail
                    .lines()
                    .rev()
                    .find(|l| !l.trim().is_empty())
                    .map(str::trim);
                match (code, last) {
                    (Some(c), Some(tail)) => Text::new("errors-ffmpeg-failed-code-says")
                        .with("code", c.to_string())
                        .with("tail", tail),
                    (Some(c), None) => {
                        Text::new("errors-ffmpeg-failed-code").with("code", c.to_string())
                    }
                    (None, Some(tail)) => Text::new("errors-ffmpeg-failed-says").with("tail", tail),
                    (None, None) => Text::new("errors-ffmpeg-failed"),
                }
            }
            MergeError::Cancelled => Text::new("errors-ffmpeg-cancelled"),
            MergeError::Io(why) => Text::new("errors-ffmpeg-io").with("reason", why),
            MergeError::NeedTwoClips => Text::new("errors-merge-too-few"),
            MergeError::BadPath(why) => Text::new("errors-ffmpeg-bad-path").with("reason", why),
            MergeError::BadTrim(why) => Text::new("errors-ffmpeg-bad-trim").with("reason", why),
        }
    }
}

fn exit_text(code: Option<i32>) -> String {
    code.map(|c| format!(" (exit code {c})")) // i18n-ignore: part of the English Display, for logs (errors-ffmpeg-failed-code is read)
        .unwrap_or_default()
}

fn tail_text(tail: &str) -> String {
    let last = tail.lines().rev().find(|l| !l.trim().is_empty());
    last.map(|l| format!(": {}", l.trim()))
        .unwrap_or_else(|| ".".into())
}

/// Whether ffmpeg is there for merging on this computer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct FfmpegStatus {
    pub available: bool,
    /// How to install it on this OS, when missing.
    pub how_to_install: Option<String>,
}

/// Look for ffmpeg (blocking: it runs the programs once).
pub fn status() -> FfmpegStatus {
    status_of(None)
}

/// [`status`] of the ffmpeg chosen in Settings, if any.
pub fn status_of(chosen: Option<&std::path::Path>) -> FfmpegStatus {
    match FfmpegTools::locate_chosen(chosen) {
        Ok(_) => FfmpegStatus {
            available: true,
            how_to_install: None,
        },
        Err(MergeError::NotInstalled { how_to_install }) => FfmpegStatus {
            available: false,
            how_to_install: Some(how_to_install),
        },
        Err(e) => FfmpegStatus {
            available: false,
            how_to_install: Some(e.to_string()),
        },
    }
}

pub(crate) fn io_err(e: std::io::Error) -> MergeError {
    MergeError::Io(e.to_string())
}
