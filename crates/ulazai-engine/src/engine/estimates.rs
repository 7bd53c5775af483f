//! Render-time estimates: the poll scheduler's completion model, restored from and saved
//! with the store snapshot, and what a card shows ("usually 38 s for this model").

use std::sync::Arc;

use super::Engine;
use crate::poll::{EtaBook, PollPolicy, RenderEstimate};
use crate::store::Snapshot;

/// The estimator saved in `snapshot` (taken out of it), on the policy's time scale.
pub(super) fn restore(snapshot: &mut Option<Snapshot>, policy: &PollPolicy) -> Arc<EtaBook> {
    let saved = snapshot
        .as_mut()
        .map(|s| std::mem::take(&mut s.eta))
        .unwrap_or_default();
    Arc::new(EtaBook::restore(saved, policy.time_scale))
}

impl Engine {
    /// The estimate the scheduler places checks with for `model_slug`: learned from this
    /// creator's completed jobs, else the model matrix's typical range (known once
    /// [`Engine::models`] has answered). `None` for a model with neither.
    pub fn render_estimate(&self, model_slug: &str) -> Option<RenderEstimate> {
        self.inner.poller.eta().estimate(model_slug)
    }

    /// Every model's estimate (see [`Engine::render_estimate`]), by slug.
    pub fn render_estimates(&self) -> Vec<RenderEstimate> {
        self.inner.poller.eta().estimates()
    }
}
