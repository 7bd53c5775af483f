//! Local folders. Deleting one sends its jobs back to Unfiled.

use ulazai_engine::model::{Folder, Job};

use crate::commands::{required, CmdResult, CommandError, StudioState};

const MAX_NAME: usize = 80;

#[tauri::command(rename_all = "snake_case")]
pub async fn list_folders(studio: StudioState<'_>) -> CmdResult<Vec<Folder>> {
    Ok(studio
        .engine()
        .await
        .map_err(CommandError::starting)?
        .folders())
}

#[tauri::command(rename_all = "snake_case")]
pub async fn create_folder(studio: StudioState<'_>, name: String) -> CmdResult<Folder> {
    let name = required(&name, "The folder name", MAX_NAME)?;
    let folder = studio
        .engine()
        .await
        .map_err(CommandError::starting)?
        .create_folder(&name);
    // With a web session, also the server bucket (background; never blocks the folder).
    let (s, id) = (studio.inner().clone(), folder.id.clone());
    tauri::async_runtime::spawn(async move { s.sync_folder(id).await });
    Ok(folder)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn rename_folder(studio: StudioState<'_>, id: String, name: String) -> CmdResult<Folder> {
    let name = required(&name, "The folder name", MAX_NAME)?;
    let engine = studio.engine().await.map_err(CommandError::starting)?;
    engine
        .rename_folder(&id, &name)
        .ok_or_else(|| CommandError::not_found("This folder"))
}

#[tauri::command(rename_all = "snake_case")]
pub async fn delete_folder(studio: StudioState<'_>, id: String) -> CmdResult<()> {
    let engine = studio.engine().await.map_err(CommandError::starting)?;
    if !engine.delete_folder(&id) {
        return Err(CommandError::not_found("This folder"));
    }
    Ok(())
}

/// Move jobs into a folder (`folder_id: null`: back to Unfiled). Answers the moved jobs.
#[tauri::command(rename_all = "snake_case")]
pub async fn move_jobs(
    studio: StudioState<'_>,
    ids: Vec<String>,
    folder_id: Option<String>,
) -> CmdResult<Vec<Job>> {
    if ids.is_empty() {
        return Err(CommandError::bad_input("Select at least one job to move."));
    }
    let engine = studio.engine().await.map_err(CommandError::starting)?;
    if let Some(f) = &folder_id {
        if !engine.folders().iter().any(|x| &x.id == f) {
            return Err(CommandError::not_found("This folder"));
        }
    }
    if let Some(missing) = ids.iter().find(|id| engine.job(id).is_none()) {
        return Err(CommandError::not_found(&format!("Job {missing}")));
    }
    let moved = engine.move_jobs(&ids, folder_id);
    Ok(moved.into_iter().map(|j| studio.decorate(j)).collect())
}
