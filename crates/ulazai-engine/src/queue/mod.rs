//! The render queue: requests planned now and submitted as the generate budget frees up.
//!
//! A queued request is NOT a job: it has no server id yet, and its state is named so that
//! no server status can take the name (`planned`, `submitting`, `refused`; the UI says
//! "Queued"). It becomes jobs — cards like any other — when its generate request is
//! answered. GUI-free and I/O-free; the engine submits (`engine::queue`).
//!
//! - [`state`]: the items in order, the pause, the budget and the current run (persisted
//!   with the job store: [`QueueSnapshot`] in `Snapshot::queue`);
//! - [`budget`]: how many generate requests the server still allows, and when;
//! - [`plan`]: the next requests (identical items batched, up to 4 clips) and every
//!   item's estimated start time — what the UI is told ([`QueueView`]);
//! - [`import`]: a prompt list (plain text or CSV), checked against the model matrix, or
//!   variations of one prompt, valid by construction, as a preview ([`QueuePreview`]);
//! - [`clock`]: wall-clock milliseconds that follow tokio's (paused) clock in tests.

pub mod budget;
pub mod clock;
pub mod import;
pub mod plan;
mod state;

pub use budget::{Budget, BudgetSnapshot};
pub use clock::QueueClock;
pub use import::{PreviewItem, PreviewProblem, QueuePreview, VariationModel, VariationPick};
pub use plan::{BudgetView, QueueView, QueuedItem, Request};
pub use state::{
    FolderChoice, PauseReason, Queue, QueueEntry, QueueItem, QueueItemState, QueuePause, QueueRun,
    QueueSnapshot, Refusal,
};
