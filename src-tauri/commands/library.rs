//! The local library: where it is, a native folder picker, and a card's file actions.
//! File actions name a job; the path comes from the library, never from the UI.

use std::path::PathBuf;

use crate::commands::{CmdResult, CommandError, StudioState};
use crate::ipc_types::LibraryInfo;

#[tauri::command(rename_all = "snake_case")]
pub async fn library_info(studio: StudioState<'_>) -> CmdResult<LibraryInfo> {
    Ok(studio.library_info())
}

/// Choose the library folder with the OS folder picker (cancel: unchanged).
#[tauri::command(rename_all = "snake_case")]
pub async fn pick_library_dir(studio: StudioState<'_>) -> CmdResult<LibraryInfo> {
    let s = studio.inner().clone();
    let current = s.library_dir();
    let picked = tauri::async_runtime::spawn_blocking(move || {
        s.shell
            .pick_folder("Choose the library folder", Some(current.as_path()))
    })
    .await
    .map_err(|e| CommandError::internal(e.to_string()))?;
    if let Some(dir) = picked {
        let mut settings = studio.settings.settings();
        settings.download_dir = Some(dir.to_string_lossy().into_owned());
        studio
            .settings
            .set_settings(&settings)
            .map_err(|e| CommandError::internal(format!("Could not save the settings: {e}")))?;
    }
    Ok(studio.library_info())
}

async fn file_of(studio: &StudioState<'_>, id: &str) -> CmdResult<PathBuf> {
    let engine = studio.engine().await.map_err(CommandError::starting)?;
    let job = engine
        .job(id)
        .ok_or_else(|| CommandError::not_found("This clip"))?;
    studio
        .local_file(&job)
        .ok_or_else(|| CommandError::new("no_file", "This clip is not in the library (yet)."))
}

/// Open the clip's file with the default video player.
#[tauri::command(rename_all = "snake_case")]
pub async fn open_local_file(studio: StudioState<'_>, id: String) -> CmdResult<()> {
    let file = file_of(&studio, &id).await?;
    studio
        .shell
        .open_path(&file)
        .map_err(|e| CommandError::internal(format!("Could not open the file: {e}")))
}

/// Show the clip's file in the file manager.
#[tauri::command(rename_all = "snake_case")]
pub async fn reveal_local_file(studio: StudioState<'_>, id: String) -> CmdResult<()> {
    let file = file_of(&studio, &id).await?;
    studio
        .shell
        .reveal_path(&file)
        .map_err(|e| CommandError::internal(format!("Could not show the file: {e}")))
}

/// Download the clip's result into the library now (also when auto-download is off, or
/// to retry a failed download). Answers the file's path.
#[tauri::command(rename_all = "snake_case")]
pub async fn download_result(studio: StudioState<'_>, id: String) -> CmdResult<String> {
    let engine = studio.engine().await.map_err(CommandError::starting)?;
    let job = engine
        .job(&id)
        .ok_or_else(|| CommandError::not_found("This clip"))?;
    let file = studio
        .inner()
        .download_job(&job, None)
        .await
        .map_err(|e| CommandError::new("download", e))?;
    Ok(file.to_string_lossy().into_owned())
}
