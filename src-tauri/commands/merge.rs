//! Merge clips in tray order (one command, whole or trimmed clips): on the server with a web session, else (or when asked) on
//! this computer with ffmpeg.

use ulazai_engine::engine::{FfmpegStatus, MergeClip, MergePlace, MergeStarted};
use ulazai_engine::Text;

use super::{command, CommandError};

command! {
    /// Merge clips in play order, each whole or trimmed (`trim`: in and out points; null or
    /// left out: the whole clip). `auto`: on the server when the web account is connected,
    /// else on this computer; a merge with any trim is made on this computer (the server's
    /// merge cannot trim).
    pub async fn merge_clips(engine: CurrentEngine; clips: Vec<MergeClip>, place: MergePlace) -> MergeStarted {
        Ok(engine.get().await?.merges().merge_clips(clips, place).await?)
    }
}

command! {
    /// Stop a merge running on this computer.
    pub async fn cancel_merge(engine: CurrentEngine; merge_id: String) -> () {
        if !engine.get().await?.merges().cancel(&merge_id) {
            return Err(CommandError::not_found(Text::new("errors-merge-gone")));
        }
        Ok(())
    }
}

command! {
    /// Whether ffmpeg is installed — the one chosen in Settings, if any (and how to
    /// install it when not).
    pub async fn ffmpeg_status(library: LibraryService) -> FfmpegStatus {
        Ok(library.ffmpeg_status().await?)
    }
}
