//! The render queue: look at it, preview an import or variations, add, reorder, remove,
//! pause and resume, submit one item now. The engine plans and submits; this is glue.

use ulazai_engine::model::{GenerateParams, Job};
use ulazai_engine::poll::RenderEstimate;
use ulazai_engine::queue::{
    FolderChoice, QueueEntry, QueuePreview, QueueView, VariationModel, VariationPick,
};
use ulazai_engine::ErrorCode;

use super::{command, CommandError};

/// A prompt list larger than this is refused before it is parsed (bytes).
const MAX_IMPORT_BYTES: u64 = 4 * 1024 * 1024;

command! {
    /// The queue now: items in order with their estimated start times, pause, budget.
    pub async fn get_queue(engine: CurrentEngine) -> QueueView {
        Ok(engine.get().await?.queue().view())
    }
}

command! {
    /// What a prompt list (plain text or CSV) would queue; nothing is queued. `defaults`
    /// are the form's current values (rows fall back to them).
    pub async fn queue_preview_import(
        engine: CurrentEngine;
        content: String,
        file_name: Option<String>,
        defaults: GenerateParams,
    ) -> QueuePreview {
        fits(content.len() as u64)?;
        let engine = engine.get().await?;
        Ok(engine
            .queue().preview_import(&content, file_name.as_deref(), defaults)
            .await?)
    }
}

command! {
    /// The same for a prompt list dropped on the window: a `.txt` or `.csv` file, read here.
    pub async fn queue_preview_import_file(engine: CurrentEngine; path: String, defaults: GenerateParams) -> QueuePreview {
        let path = std::path::PathBuf::from(path);
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        if ext != "txt" && ext != "csv" {
            return Err(CommandError::bad_input(
                "Drop a prompt list: a .txt file (one prompt a line) or a .csv file.",
            ));
        }
        let content = tauri::async_runtime::spawn_blocking(move || read_list(&path))
            .await
            .map_err(|e| CommandError::new(ErrorCode::Internal, e.to_string()))??;
        let engine = engine.get().await?;
        Ok(engine
            .queue().preview_import(&content, name.as_deref(), defaults)
            .await?)
    }
}

/// A prompt list is small text: refuse what is not.
fn fits(len: u64) -> Result<(), CommandError> {
    if len > MAX_IMPORT_BYTES {
        return Err(CommandError::bad_input(
            "This file is too large for a prompt list (at most 4 MB).",
        ));
    }
    Ok(())
}

fn read_list(path: &std::path::Path) -> Result<String, CommandError> {
    let unreadable =
        |e: std::io::Error| CommandError::bad_input(format!("This file cannot be read: {e}."));
    fits(std::fs::metadata(path).map_err(unreadable)?.len())?;
    let bytes = std::fs::read(path).map_err(unreadable)?;
    String::from_utf8(bytes)
        .map_err(|_| CommandError::bad_input("This file is not plain text (UTF-8)."))
}

command! {
    /// The models variations of the form's prompt may use: what each accepts, and why one
    /// cannot render the prompt as given.
    pub async fn queue_variation_models(engine: CurrentEngine; base: GenerateParams) -> Vec<VariationModel> {
        Ok(engine.get().await?.queue().variation_models(base).await?)
    }
}

command! {
    /// What the form's prompt across the picked models and their values would queue.
    pub async fn queue_preview_variations(
        engine: CurrentEngine;
        base: GenerateParams,
        picks: Vec<VariationPick>,
    ) -> QueuePreview {
        let engine = engine.get().await?;
        Ok(engine.queue().preview_variations(base, &picks).await?)
    }
}

command! {
    /// Queue `entries` at the end (all checked first; nothing is queued when one fails),
    /// their clips into `folder` unless a row names its own.
    pub async fn queue_add(
        engine: CurrentEngine;
        entries: Vec<QueueEntry>,
        folder: Option<FolderChoice>,
    ) -> QueueView {
        Ok(engine.get().await?.queue().add(entries, folder).await?)
    }
}

command! {
    /// Remove items (not one whose request is in flight); answers how many went.
    pub async fn queue_remove(engine: CurrentEngine; ids: Vec<String>) -> u32 {
        Ok(engine.get().await?.queue().remove(&ids) as u32)
    }
}

command! {
    /// Move an item to `index` (0 = the front).
    pub async fn queue_move(engine: CurrentEngine; id: String, index: u32) -> () {
        if !engine.get().await?.queue().move_to(&id, index as usize) {
            return Err(CommandError::not_found("This queued clip"));
        }
        Ok(())
    }
}

command! {
    /// Stop submitting (a request in flight finishes).
    pub async fn queue_pause(engine: CurrentEngine) -> () {
        engine.get().await?.queue().pause();
        Ok(())
    }
}

command! {
    /// Submit again (also after a 402 pause, once credits were added).
    pub async fn queue_resume(engine: CurrentEngine) -> () {
        engine.get().await?.queue().resume();
        Ok(())
    }
}

command! {
    /// Send one item now, ahead of the queue, when the budget has a request left.
    pub async fn queue_submit_now(engine: CurrentEngine; id: String) -> Vec<Job> {
        Ok(engine.get().await?.queue().submit_now(&id).await?)
    }
}

command! {
    /// The render-time estimate per model the poll scheduler uses ("usually 38 s").
    pub async fn render_estimates(engine: CurrentEngine) -> Vec<RenderEstimate> {
        Ok(engine.get().await?.jobs().render_estimates())
    }
}
