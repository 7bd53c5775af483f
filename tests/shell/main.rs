//! The shell's integration tests, one binary (each file a module; only this binary and the
//! end-to-end one link Tauri): the real app on Tauri's mock runtime or the real app binary,
//! against the simulator. Run inside tests/harness/desktop-session.sh.

#[allow(dead_code)] // the full plan is the benchmark's
#[path = "../soak/mod.rs"]
mod soak;
mod support;

mod commands;
mod demo_mode;
mod keyring_secret_service;
mod library;
mod notifications;
mod queue_commands;
mod queue_sigkill;
mod restart_sigkill;
mod secrets_leak;
mod security;
mod settings;
mod soak_short;
