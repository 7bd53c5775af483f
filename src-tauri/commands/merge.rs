//! Merge clips in tray order: on the server with a web session, else (or when asked) on
//! this computer with ffmpeg.

use crate::commands::{CmdResult, CommandError, StudioState};
use crate::ipc_types::{FfmpegStatus, MergePlace, MergeStarted};

const MAX_CLIPS: usize = 20;

#[tauri::command(rename_all = "snake_case")]
pub async fn merge_jobs(
    studio: StudioState<'_>,
    ids: Vec<String>,
    place: MergePlace,
) -> CmdResult<MergeStarted> {
    if ids.len() < 2 {
        return Err(CommandError::bad_input(
            "Choose at least two clips to merge.",
        ));
    }
    if ids.len() > MAX_CLIPS {
        return Err(CommandError::bad_input(format!(
            "At most {MAX_CLIPS} clips can be merged at once."
        )));
    }
    let mut seen = std::collections::HashSet::new();
    if !ids.iter().all(|id| seen.insert(id)) {
        return Err(CommandError::bad_input("A clip is listed twice."));
    }
    studio.inner().merge(ids, place).await
}

/// Stop a merge running on this computer.
#[tauri::command(rename_all = "snake_case")]
pub async fn cancel_merge(studio: StudioState<'_>, merge_id: String) -> CmdResult<()> {
    if !studio.merges.cancel(&merge_id) {
        return Err(CommandError::not_found("This merge"));
    }
    Ok(())
}

/// Whether ffmpeg is installed (and how to install it when not).
#[tauri::command(rename_all = "snake_case")]
pub async fn ffmpeg_status() -> CmdResult<FfmpegStatus> {
    tauri::async_runtime::spawn_blocking(crate::merge::ffmpeg_status)
        .await
        .map_err(|e| CommandError::internal(e.to_string()))
}
