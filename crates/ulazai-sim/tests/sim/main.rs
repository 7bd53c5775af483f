//! The simulator's integration tests, one binary (each file a module).

mod api_access;
mod api_jobs;
mod common;
mod connections;
mod control;
mod demo_honesty;
mod faults;
mod media;
mod persistence;
mod session;
mod validation_inputs;
mod validation_rules;
