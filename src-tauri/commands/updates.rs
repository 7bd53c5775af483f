//! Updates of the app itself: the state, a check, the install (then a restart).

use ulazai_engine::queue::QueueItemState;
use ulazai_engine::Text;

use super::{command, CommandError};
use crate::ipc::updates::UpdateState;
use crate::studio::CurrentEngine;
use crate::updates::UpdateError;

command! {
    /// Where updates stand (the running version, the install type, the last check).
    pub async fn update_state(updates: UpdateService) -> UpdateState {
        Ok(updates.state())
    }
}

command! {
    /// Ask the update server now (also when automatic checks are off).
    pub async fn check_for_update(updates: UpdateService) -> UpdateState {
        updates.check().await.map_err(CommandError::from)
    }
}

command! {
    /// Download the offered update, check its signature, install it and restart. Refused
    /// while a render is being submitted or a merge runs; a copy that cannot update itself
    /// answers where to get the update.
    pub async fn install_update(
        updates: UpdateService,
        current: CurrentEngine,
        runner: EngineRunner
    ) -> UpdateState {
        let busy = busy(&current).await;
        let (current, runner) = (current.inner().clone(), runner.inner().clone());
        updates
            .install(busy, async move { current.flush().await }, async move {
                runner.shutdown().await
            })
            .await
            .map_err(CommandError::from)
    }
}

/// Why an install must wait: a render being submitted or a merge running here.
async fn busy(current: &CurrentEngine) -> Option<Text> {
    let engine = current.now().await.ok()?;
    if engine.merges().running_here() > 0 {
        return Some(Text::new("errors-update-merge-running"));
    }
    let submitting = engine.jobs().sending() > 0
        || engine
            .queue()
            .view()
            .items
            .iter()
            .any(|i| i.item.state == QueueItemState::Submitting);
    submitting.then(|| Text::new("errors-update-submitting"))
}

impl From<UpdateError> for CommandError {
    fn from(e: UpdateError) -> Self {
        CommandError::text(e.code(), e.text())
    }
}
