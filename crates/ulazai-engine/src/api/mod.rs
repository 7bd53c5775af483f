//! The UlazAI HTTP client: typed requests and tolerant answers, typed errors.
//!
//! Contract: `shared/ulazai-api.md` (copied into the repo's docs where assumptions are
//! recorded). Unknown fields are ignored, optional fields are optional, and a body that
//! cannot be read becomes `ApiError::UnreadableBody`.

mod client;
mod error;
mod lenient;
mod mapping;
mod wire;

pub use client::{Client, ClientConfig, GenerateAnswer, RateInfo, RemoteFolder};
pub use error::{ApiError, ErrorInfo, NetworkKind};
pub use wire::{parse_generate_body, parse_history_body, parse_models_body, RemoteJob};
#[cfg(feature = "fuzzing")]
pub(crate) use {
    mapping::{scrub, status_error, Answer},
    wire::{json_body, parse_rate, parse_status},
};
