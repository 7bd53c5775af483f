//! Clips leaving the app as files: dragged out of the window, or exported into a folder
//! the creator picks. Which files may go is the engine's library's answer
//! (`Exports::shareable_files`, `Exports::export`); this is glue to the window system.

use std::sync::Arc;

use super::{Studio, StudioError};

impl Studio {
    /// Start dragging the saved clips `ids` out of the window (the mouse button is down).
    pub async fn drag_out(self: &Arc<Self>, ids: Vec<String>) -> Result<(), StudioError> {
        let files = self.engine().await?.exports().shareable_files(&ids)?;
        let s = self.clone();
        tauri::async_runtime::spawn_blocking(move || s.shell.drag_out(files))
            .await
            .map_err(|e| StudioError::Desktop(e.to_string()))?
            .map_err(|e| StudioError::Desktop(format!("Could not start the drag: {e}")))
    }

    /// Let the creator pick a folder, then copy the clips `ids` into it (saving into the
    /// library first those not there yet). `None`: the creator cancelled the picker.
    pub async fn export_clips(
        self: &Arc<Self>,
        ids: Vec<String>,
    ) -> Result<Option<String>, StudioError> {
        let engine = self.engine().await?;
        // Clips that are gone are said before the creator is asked for a folder.
        if ids.iter().any(|id| engine.jobs().get(id).is_none()) {
            return Err(ulazai_engine::MissingJob.into());
        }
        let title = match ids.len() {
            1 => "Export the clip to".to_string(),
            n => format!("Export {n} clips to"),
        };
        let s = self.clone();
        let picked =
            tauri::async_runtime::spawn_blocking(move || s.shell.pick_folder(&title, None))
                .await
                .map_err(|e| StudioError::Desktop(e.to_string()))?;
        let Some(dir) = picked else {
            return Ok(None);
        };
        engine.exports().export(&ids, &dir).await?;
        Ok(Some(dir.to_string_lossy().into_owned()))
    }
}
