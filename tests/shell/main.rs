//! The shell's integration tests, one binary (each file a module; only this binary and the
//! end-to-end one link Tauri): the real app on Tauri's mock runtime or the real app binary,
//! against the simulator. Run inside tests/harness/desktop-session.sh.
//!
//! libtest starts tests in the order of their names. The soak's short version is the
//! longest (about 100 s, mostly waiting on the real app binary) and is named to start first
//! (`brief_soak`), so the others run beside it instead of after it.

#[allow(dead_code)] // the full plan is the benchmark's
#[path = "../soak/mod.rs"]
mod soak;
mod support;

mod acl;
mod brief_soak;
mod commands;
mod demo_mode;
mod error_language;
mod event_language;
mod keyring_secret_service;
mod language;
mod library;
mod library_view;
mod live_status;
mod moves_sigkill;
mod notification_language;
mod notifications;
#[cfg(unix)]
mod private_data;
mod queue_commands;
mod queue_sigkill;
mod restart_sigkill;
mod second_start;
mod secrets_leak;
mod security;
mod settings;
mod updates;
mod view;
