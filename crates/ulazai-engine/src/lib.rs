//! GUI-free core of UlazAI Studio. No tauri here: the compiler keeps it that way.
//!
//! Words: a *job* is a render request on the server, known by the server's id; a *clip*
//! is the video a completed job made, once saved into the library (a card shows one job
//! and, when it has one, its clip; a merge joins clips into a new job's clip).
//!
//! Layers, bottom to top; a module imports only the ones below it (no cycles):
//!
//! 1. `model` (plain data), `secret`, `urls`, `cleanup`, `owner_only` (private files and
//!    folders), `error_code`, `text` (a sentence for a person as a catalog message id and
//!    its variables: the engine speaks no language, the shell words it);
//! 2. `api` (the HTTP client), `ffmpeg` (the creator's ffmpeg);
//! 3. `validate`, `generate`, `poll`, `spending` (what the clips cost: today, this week,
//!    per folder);
//! 4. `queue` (the render queue, I/O-free);
//! 5. `store` (jobs, folders, merge records, notified ids, the queue; persisted);
//! 6. `library` (the saved clips on disk);
//! 7. `engine` (the facade and its services);
//! 8. `fuzzing` (entry points for the fuzz targets; only with the `fuzzing` feature).
//!
//! The test kit's `layers` check reads these from the source and fails on a use upward or
//! a cycle.

pub mod api;
mod cleanup;
pub mod engine;
pub mod error_code;
pub mod ffmpeg;
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing;
pub mod generate;
pub mod library;
pub mod model;
pub mod owner_only;
pub mod poll;
pub mod queue;
pub mod secret;
pub mod spending;
pub mod store;
pub mod text;
pub mod urls;
pub mod validate;

pub use error_code::{ErrorCode, MissingJob};
pub use text::{Text, TextArg};
