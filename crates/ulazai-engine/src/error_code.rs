//! The one vocabulary of error codes: every error that reaches the UI carries one of these
//! with its sentence. The engine's API errors ([`crate::api::ApiError::code`]) and the
//! desktop shell's command errors use this enum; the TypeScript bindings export it, so the UI
//! switches on the same variants and never on free strings. On the wire each code is the
//! snake_case string named beside it (stable: the UI and saved logs rely on them).
//!
//! Also here: [`MissingJob`], the one answer to a job id the app does not know (any more).

use std::fmt;

use serde::Serialize;

#[cfg(feature = "ts")]
use ts_rs::TS;

/// Defines [`ErrorCode`] with each variant's wire string written once (serde's `rename`),
/// and [`ErrorCode::ALL`] / [`ErrorCode::as_str`] from that same list.
macro_rules! error_codes {
    ($( $(#[doc = $doc:literal])* $variant:ident = $wire:literal, )*) => {
        /// Why an operation failed, as the UI tells it apart. Every error that crosses IPC
        /// carries one, with a sentence a creator understands. When each one happens is
        /// written beside it in `crates/ulazai-engine/src/error_code.rs`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
        #[cfg_attr(feature = "ts", derive(TS), ts(export))]
        pub enum ErrorCode {
            $( $(#[doc = $doc])* #[serde(rename = $wire)] $variant, )*
        }

        impl ErrorCode {
            /// Every code, in declaration order.
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant),*];

            /// The wire string (the same as serde writes).
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(ErrorCode::$variant => $wire,)*
                }
            }
        }
    };
}

error_codes! {
    // ---- The UlazAI API answered with an error (or could not be reached) ----
    /// 400: UlazAI refused the request; the message carries the server's reason.
    InvalidRequest = "invalid_request",
    /// 401: UlazAI did not accept the API key (or the web session's token).
    Unauthorized = "unauthorized",
    /// 402: not enough credits for the batch.
    InsufficientCredits = "insufficient_credits",
    /// 403: the ulazai.com web session expired or its CSRF check failed.
    Forbidden = "forbidden",
    /// Something the request names does not exist (any more): a job id the app does not
    /// know (see [`MissingJob`]), a folder, a queued clip, a merge — or, from UlazAI (404),
    /// an unknown model or job.
    NotFound = "not_found",
    /// 429: the per-user rate limit was reached; `retry_after_secs` says when to try again
    /// when the server said so.
    RateLimited = "rate_limited",
    /// 5xx: UlazAI had a problem on its side.
    Server = "server",
    /// Connecting, a timeout or a broken connection: UlazAI could not be reached.
    Network = "network",
    /// UlazAI answered with a body the app could not read.
    Unreadable = "unreadable",
    /// UlazAI answered with an HTTP status the app does not expect.
    Unexpected = "unexpected",
    /// No API key is set for the server in use.
    NoCredentials = "no_credentials",
    /// A server address (the setting, or a result's address) that the app will not use.
    BadUrl = "bad_url",

    // ---- The request itself ----
    /// Form fields of a generate request are at fault; `fields` names them.
    Validation = "validation",
    /// An argument the app refuses before doing anything (an empty name, too few clips, a
    /// setting out of range); a refused setting names its field.
    BadInput = "bad_input",

    // ---- This computer ----
    /// The OS keyring (Keychain, Credential Manager, Secret Service) cannot be used.
    KeyringUnavailable = "keyring_unavailable",
    /// The keyring is there but reading or writing the secret failed.
    Keyring = "keyring",
    /// A merge on ulazai.com needs the web session, which has expired.
    SessionExpired = "session_expired",
    /// Merging on this computer needs ffmpeg, which is not installed; the message says how
    /// to install it.
    FfmpegMissing = "ffmpeg_missing",
    /// The ffmpeg chosen in Settings cannot be used (installing ffmpeg would not help).
    FfmpegPath = "ffmpeg_path",
    /// ffmpeg ran and failed (or the merge could not be finished).
    Ffmpeg = "ffmpeg",
    /// The clip has no file in the library (not saved yet, or refused as not a video).
    NoFile = "no_file",
    /// The clip's file cannot be handed to another app (drag-out, share).
    NotShareable = "not_shareable",
    /// Exporting clips into a folder failed.
    Export = "export",
    /// Saving a result into the library failed.
    Download = "download",
    /// The job has no result to open yet.
    NoResult = "no_result",
    /// A clip's file could not be moved to the system trash (its card is kept).
    Trash = "trash",

    // ---- The app ----
    /// The engine is starting, or switching between the demo and the real service.
    Starting = "starting",
    /// The demo (the embedded simulator) could not be started.
    Demo = "demo",
    /// The ulazai.com sign-in window could not open or finish.
    SignIn = "sign_in",
    /// Not now: a render is being submitted or a merge is running (an update waits for it).
    Busy = "busy",

    // ---- Updates of the app itself ----
    /// The update server could not be reached, or the package manager did not install the
    /// update (cancelled, failed); the running app is unchanged.
    Update = "update",
    /// The offered update failed a check: its signature does not match the app's key, the
    /// manifest is not one, the version is older, the package is not for this install.
    /// Nothing was installed.
    UpdateRefused = "update_refused",
    /// This copy cannot install updates itself (an unpacked program, a package it cannot
    /// ask for administrator rights for); the message says where to get the update.
    UpdateElsewhere = "update_elsewhere",
    /// Anything else: the OS could not open or show something, a file of the app's own
    /// could not be written, or the UI got an answer that is not a command error.
    Internal = "internal",
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Tests and logs compare codes with their wire strings.
impl PartialEq<&str> for ErrorCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// A job id the app does not know (any more): removed, never there, or from another
/// server. Every operation given such an id answers this, with code
/// [`ErrorCode::NotFound`] and the same sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{}", MissingJob::MESSAGE)]
pub struct MissingJob;

impl MissingJob {
    /// The sentence in English (`errors-missing-job`; a test holds them equal).
    pub const MESSAGE: &'static str = "This clip is no longer in the app.";
    /// The sentence, as the catalog message the shell words in the window's language.
    pub fn text(&self) -> crate::text::Text {
        crate::text::Text::new("errors-missing-job")
    }
    pub const CODE: ErrorCode = ErrorCode::NotFound;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wire_string_is_what_serde_writes() {
        for code in ErrorCode::ALL {
            let json = serde_json::to_string(code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            assert_eq!(*code, code.as_str());
        }
    }

    #[test]
    fn every_wire_string_is_distinct_snake_case() {
        let mut seen = std::collections::HashSet::new();
        for code in ErrorCode::ALL {
            let s = code.as_str();
            assert!(seen.insert(s), "{s} twice");
            assert!(
                s.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                "{s} is snake_case"
            );
        }
    }

    #[test]
    fn a_missing_job_is_not_found_with_one_sentence() {
        assert_eq!(MissingJob::CODE, ErrorCode::NotFound);
        assert_eq!(MissingJob.to_string(), "This clip is no longer in the app.");
        assert_eq!(MissingJob.text().english(), MissingJob::MESSAGE);
    }
}
