//! GUI-free core of UlazAI Studio. No tauri here: the compiler keeps it that way.

pub mod api;
pub mod engine;
pub mod error_code;
pub mod ffmpeg;
pub mod generate;
pub mod library;
pub mod model;
pub mod poll;
pub mod queue;
pub mod secret;
pub mod store;
pub mod urls;
pub mod validate;

pub use error_code::{ErrorCode, MissingJob};
