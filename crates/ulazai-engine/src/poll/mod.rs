//! Polling: one task watches every active job.
//!
//! - [`schedule`]: the documented schedule (3 s, 5 s, 8 s, then 10 s, ±10 %), the policy,
//!   and failure backoff.
//! - [`eta`]: the expected completion per model slug (the matrix's typical range, then
//!   learned from this creator's completed jobs; persisted with the store).
//! - [`placement`]: where a job's next check goes — first check at 4.5 s, then little
//!   until its model's window opens, dense across the window, 10 s past it.
//! - [`budget`]: the hard budget — never more requests than the naive documented
//!   schedule for the same jobs, never more than a per-user cap per minute.
//! - [`scheduler`]: the single tokio task. It keeps a due time and a credit per active
//!   job, refreshes jobs that fall due together with ONE history read, falls back to
//!   `status` for a lone job or a job history did not list, and pauses all polling on
//!   429 (`Retry-After`), 5xx / network faults (exponential backoff) and 401 (until new
//!   credentials arrive). [`handle`] is the caller's side, [`rounds`] one round's requests.
//!
//! The scheduler owns no job data: it reports what the server said through [`PollSink`],
//! which the engine implements over its job store.

pub mod budget;
pub mod eta;
mod gate;
mod handle;
pub mod placement;
mod rounds;
pub mod schedule;
pub mod scheduler;

pub use eta::{EtaBook, EtaSnapshot, RenderEstimate};
pub use handle::SchedulerHandle;
pub use schedule::{backoff_delay, jittered, next_delay, EtaPolicy, PollPolicy};
pub use scheduler::Scheduler;

use crate::api::RemoteJob;
use crate::model::{Connectivity, KeyState};

/// What became of a job after the sink applied a server answer to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    /// Still running: keep polling.
    Active,
    /// Terminal (or otherwise not worth polling): stop polling it.
    Done,
    /// The store does not hold this job (removed from the view): stop polling it.
    NotInStore,
}

/// Where the scheduler reports. Implementations must be quick and must not block on I/O:
/// they are called from the polling task between requests.
pub trait PollSink: Send + Sync + 'static {
    /// A server answer for a job the store may know (status or history entry).
    fn apply(&self, remote: &RemoteJob) -> Applied;
    /// A history entry the store does not know (only during a history reload): add it as
    /// a card. Returns true when the new card needs polling.
    fn discover(&self, remote: &RemoteJob) -> bool;
    /// `status` answered 404 for this job: the server does not know it.
    fn unknown_to_server(&self, job_id: &str);
    /// Polling connectivity changed (emit only on change).
    fn connectivity(&self, state: Connectivity);
    /// What the last request said about the credentials (emit only on change).
    fn key_state(&self, state: KeyState);
}
