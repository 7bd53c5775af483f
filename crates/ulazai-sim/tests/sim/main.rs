//! The simulator's integration tests, one binary (each file a module).

mod api_access;
mod api_jobs;
#[allow(dead_code)]
mod common;
mod control;
mod demo_honesty;
mod faults;
mod media;
mod persistence;
mod session;
mod validation_inputs;
mod validation_rules;
