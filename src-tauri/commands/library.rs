//! The local library: where finished videos are saved, opening and showing them, saving
//! one now, dragging clips out of the window and exporting them into a folder.

use super::command;
use crate::ipc::types::LibraryInfo;

command! {
    pub async fn library_info(library: LibraryService) -> LibraryInfo {
        Ok(library.info())
    }
}

command! {
    /// Choose the library folder with a native dialog (cancel: unchanged).
    pub async fn pick_library_dir(library: LibraryService) -> LibraryInfo {
        Ok(library.pick_dir().await?)
    }
}

command! {
    /// Open the clip's file with the default video player.
    pub async fn open_local_file(library: LibraryService; id: String) -> () {
        Ok(library.open_file(&id).await?)
    }
}

command! {
    /// Show the clip's file in the file manager.
    pub async fn reveal_local_file(library: LibraryService; id: String) -> () {
        Ok(library.reveal_file(&id).await?)
    }
}

command! {
    /// Save the clip's result into the library now (also when auto-download is off, or
    /// to retry a failed download). Answers the file's path.
    pub async fn download_result(engine: CurrentEngine; id: String) -> String {
        let file = engine.get().await?.downloads().download(&id).await?;
        Ok(file.to_string_lossy().into_owned())
    }
}

command! {
    /// Start dragging the saved clips out of the window as files (the mouse button is
    /// down; the UI asks when the pointer leaves the window). Only library files go.
    pub async fn drag_out_clips(library: LibraryService; ids: Vec<String>) -> () {
        Ok(library.drag_out(ids).await?)
    }
}

command! {
    /// "Export selected…": pick a folder, then copy the clips into it under the library's
    /// names (`export://progress` reports). Answers the folder; `null` when cancelled.
    pub async fn export_clips(library: LibraryService; ids: Vec<String>) -> Option<String> {
        Ok(library.export(ids).await?)
    }
}
