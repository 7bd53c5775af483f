//! The local library: where finished videos are saved, opening and showing them, saving
//! one now.

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
        let file = studio.engine().await?.download(&id).await?;
        Ok(file.to_string_lossy().into_owned())
    }
}
