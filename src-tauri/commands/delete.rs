//! Deleting clips for real: their files to the system trash, or off the library only
//! (files kept), several at once; undoing a delete; deleting a folder with a choice for
//! its clips. The engine's `Deletes` does the work (blocking disk work, off the async
//! threads here).

use ulazai_engine::engine::{Deleted, FolderClips, Undone};
use ulazai_engine::ErrorCode;
use ulazai_engine::Text;

use super::{command, CommandError};

/// Run disk work off the async threads.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, CommandError> {
    tauri::async_runtime::spawn_blocking(f)
        .await
        .map_err(|e| CommandError::new(ErrorCode::Internal, e.to_string()))
}

command! {
    /// Delete the clips `ids`: their files to the system trash, or with `keep_files` left
    /// on disk (removed from the library only); their cards go. All ids must be known.
    /// Answers what was done and `undo`, the number `undo_delete` takes. When the trash
    /// refuses every file, nothing is deleted and the error says why (`trash`).
    pub async fn delete_clips(engine: CurrentEngine, locale: Locale; ids: Vec<String>, keep_files: bool) -> Deleted {
        if ids.is_empty() {
            return Err(CommandError::refused(Text::new("errors-delete-none")));
        }
        let engine = engine.get().await?;
        let deleted = blocking(move || engine.deletes().delete(&ids, keep_files)).await??;
        match (&deleted.problem, &deleted.text) {
            (_, Some(why)) if deleted.removed.is_empty() => Err(CommandError::text(ErrorCode::Trash, why.clone())),
            (Some(why), None) if deleted.removed.is_empty() => Err(CommandError::new(ErrorCode::Trash, why.clone())),
            _ => Ok(deleted.worded(&locale.get())),
        }
    }
}

command! {
    /// Undo the delete `undo` (from `delete_clips` or `delete_folder`): the files back
    /// where they were, the cards back. `problem`: a file that could not come back.
    pub async fn undo_delete(engine: CurrentEngine, locale: Locale; undo: u32) -> Undone {
        let engine = engine.get().await?;
        blocking(move || engine.deletes().undo(undo))
            .await?
            .map(|undone| undone.worded(&locale.get()))
            .ok_or_else(|| CommandError::text(ErrorCode::NotFound, Text::new("errors-undo-gone")))
    }
}

command! {
    /// Delete a folder; its clips go back to Unfiled (`unfile`, the default) or to the trash with it
    /// (`trash`, undoable with the answer's `undo`).
    pub async fn delete_folder(engine: CurrentEngine, locale: Locale; id: String, clips: Option<FolderClips>) -> Deleted {
        let clips = clips.unwrap_or(FolderClips::Unfile);
        let engine = engine.get().await?;
        blocking(move || engine.folders().delete_with(&id, clips))
            .await?
            .map(|deleted| deleted.worded(&locale.get()))
            .ok_or_else(|| CommandError::not_found(Text::new("errors-folder-gone-any-more")))
    }
}
