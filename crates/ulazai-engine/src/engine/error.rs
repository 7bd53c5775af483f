//! Errors of the engine facade.

use std::fmt;

use crate::api::{ApiError, ErrorInfo};
use crate::error_code::MissingJob;
use crate::store::PersistError;
use crate::text::Text;
use crate::validate::{FieldError, ValidationErrors};

/// Why `generate` / `retry` did not start jobs.
#[derive(Debug, Clone, PartialEq)]
pub enum GenerateError {
    /// The request was not sent: these form fields are at fault.
    Validation(ValidationErrors),
    /// The server (or the network) refused.
    Api(ApiError),
    /// The job to start again is not in the app (any more).
    MissingJob(MissingJob),
}

impl GenerateError {
    /// A sentence a creator understands, in English (for logs; the shell words each part
    /// in the window's language).
    pub fn user_message(&self) -> String {
        match self {
            GenerateError::Validation(v) => v.to_string(),
            GenerateError::Api(e) => e.user_message(),
            GenerateError::MissingJob(m) => m.to_string(),
        }
    }

    /// The serialisable face for the UI (code `validation`, `not_found` or the API error's
    /// code).
    pub fn info(&self) -> ErrorInfo {
        match self {
            GenerateError::Validation(v) => v.info(),
            GenerateError::Api(e) => e.info(),
            GenerateError::MissingJob(m) => ErrorInfo {
                code: MissingJob::CODE,
                message: m.to_string(),
                retry_after_secs: None,
                field: None,
            },
        }
    }

    pub(crate) fn field(field: &str, text: Text) -> GenerateError {
        GenerateError::Validation(ValidationErrors(vec![FieldError::new(field, text)]))
    }
}

impl fmt::Display for GenerateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.user_message())
    }
}

impl std::error::Error for GenerateError {}

impl From<ValidationErrors> for GenerateError {
    fn from(v: ValidationErrors) -> Self {
        GenerateError::Validation(v)
    }
}

impl From<ApiError> for GenerateError {
    fn from(e: ApiError) -> Self {
        GenerateError::Api(e)
    }
}

/// Why `Engine::start` failed.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The saved store could not be read (an unparseable file is set aside instead).
    #[error(transparent)]
    Persist(#[from] PersistError),
    /// The client could not be set up (e.g. an unacceptable base URL).
    #[error("cannot set up the UlazAI client: {0}")]
    Client(#[from] ApiError),
}

/// Why a job's result cannot be played, opened or downloaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResultUrlError {
    #[error("{}", crate::MissingJob::MESSAGE)]
    NoJob,
    #[error("This clip has no result yet.")]
    NoResult,
    #[error("The result's address cannot be used: {0}.")]
    Refused(crate::urls::Refused),
}
