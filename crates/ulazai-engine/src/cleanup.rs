//! Work that must not outlive a failure or a cancel, shared by downloads and ffmpeg runs:
//! the wait for a cancel switch, and a file removed unless it was kept.

use std::path::PathBuf;

use tokio::sync::watch;

/// Resolves when `cancel` becomes true; never, if the sender is gone.
pub async fn cancelled(cancel: &mut watch::Receiver<bool>) {
    if cancel.wait_for(|c| *c).await.is_err() {
        std::future::pending::<()>().await;
    }
}

/// Removes a file when dropped (unless disarmed): failure, cancel, or a dropped future.
pub struct RemoveOnDrop(pub Option<PathBuf>);

impl RemoveOnDrop {
    pub fn disarm(mut self) {
        self.0 = None;
    }
}

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        if let Some(p) = self.0.take() {
            let _ = std::fs::remove_file(p);
        }
    }
}
