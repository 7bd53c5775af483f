//! What the studio's operations fail with. `Display` is a sentence for the creator; the
//! commands turn it into a `CommandError` with its `ErrorCode` at the IPC edge
//! (`commands/mod.rs`, the one mapping).

use ulazai_engine::api::ApiError;
use ulazai_engine::engine::{GenerateError, LibraryError, MergeFailure, ResultUrlError};
use ulazai_engine::{ErrorCode, MissingJob};

use crate::platform::keyring::SecretError;

#[derive(Debug, thiserror::Error)]
pub enum StudioError {
    /// Between engines: launching, or switching between demo and real.
    #[error("{0}")]
    Starting(String),
    #[error("{0} does not exist (any more).")]
    NotFound(&'static str),
    /// A job id the app does not know (any more).
    #[error(transparent)]
    MissingJob(#[from] MissingJob),
    /// A setting the creator changed that cannot be used: which one (the `Settings` field),
    /// the error code (`BadUrl`, `BadInput`) and why.
    #[error("{text}")]
    Refused {
        field: &'static str,
        code: ErrorCode,
        text: ulazai_engine::Text,
    },
    #[error(transparent)]
    Generate(#[from] GenerateError),
    #[error("{}", .0.user_message())]
    Api(#[from] ApiError),
    #[error(transparent)]
    Keyring(#[from] SecretError),
    #[error(transparent)]
    Library(#[from] LibraryError),
    #[error(transparent)]
    Merge(#[from] MergeFailure),
    #[error(transparent)]
    Result(#[from] ResultUrlError),
    /// A failure the catalog words (`code` for the UI, the sentence in the app's language).
    #[error("{1}")]
    Worded(ErrorCode, ulazai_engine::Text),
    /// The OS could not open, show or pick something.
    #[error("{0}")]
    Desktop(String),
    #[error("The sign-in window could not open: {0}")]
    SignIn(String),
    /// A file of the app's own could not be written.
    #[error("{0}")]
    Save(ulazai_engine::Text),
}
