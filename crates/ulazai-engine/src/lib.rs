//! GUI-free core of UlazAI Studio. No tauri here: the compiler keeps it that way.

pub mod api;
mod cleanup;
pub mod engine;
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
