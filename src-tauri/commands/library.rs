//! The local library: where finished videos are saved, opening and showing them, saving
//! one now, dragging clips out of the window and exporting them into a folder.

use super::command;
use crate::ipc::types::LibraryInfo;

command! {
    pub async fn library_info(studio) -> LibraryInfo {
        Ok(studio.library_info())
    }
}

command! {
    /// Choose the library folder with a native dialog (cancel: unchanged).
    pub async fn pick_library_dir(studio) -> LibraryInfo {
        Ok(studio.inner().pick_library_dir().await?)
    }
}

command! {
    /// Open the clip's file with the default video player.
    pub async fn open_local_file(studio, id: String) -> () {
        Ok(studio.open_local_file(&id).await?)
    }
}

command! {
    /// Show the clip's file in the file manager.
    pub async fn reveal_local_file(studio, id: String) -> () {
        Ok(studio.reveal_local_file(&id).await?)
    }
}

command! {
    /// Save the clip's result into the library now (also when auto-download is off, or
    /// to retry a failed download). Answers the file's path.
    pub async fn download_result(studio, id: String) -> String {
        let file = studio.engine().await?.downloads().download(&id).await?;
        Ok(file.to_string_lossy().into_owned())
    }
}

command! {
    /// Start dragging the saved clips out of the window as files (the mouse button is
    /// down; the UI asks when the pointer leaves the window). Only library files go.
    pub async fn drag_out_clips(studio, ids: Vec<String>) -> () {
        Ok(studio.inner().drag_out(ids).await?)
    }
}

command! {
    /// "Export selected…": pick a folder, then copy the clips into it under the library's
    /// names (`export://progress` reports). Answers the folder; `null` when cancelled.
    pub async fn export_clips(studio, ids: Vec<String>) -> Option<String> {
        Ok(studio.inner().export_clips(ids).await?)
    }
}
