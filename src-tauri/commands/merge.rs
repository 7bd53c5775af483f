//! Merge clips in tray order: on the server with a web session, else (or when asked) on
//! this computer with ffmpeg.

use ulazai_engine::engine::{FfmpegStatus, MergeClip, MergePlace, MergeStarted};

use super::{command, CommandError};

command! {
    pub async fn merge_jobs(studio, ids: Vec<String>, place: MergePlace) -> MergeStarted {
        Ok(studio.engine().await?.merges().merge(ids, place).await?)
    }
}

command! {
    /// Merge clips that may be trimmed (in and out points). A merge with any trim is made
    /// on this computer: the server's merge cannot trim.
    pub async fn merge_clips(studio, clips: Vec<MergeClip>, place: MergePlace) -> MergeStarted {
        Ok(studio.engine().await?.merges().merge_clips(clips, place).await?)
    }
}

command! {
    /// Stop a merge running on this computer.
    pub async fn cancel_merge(studio, merge_id: String) -> () {
        if !studio.engine().await?.merges().cancel(&merge_id) {
            return Err(CommandError::not_found("This merge"));
        }
        Ok(())
    }
}

command! {
    /// Whether ffmpeg is installed — the one chosen in Settings, if any (and how to
    /// install it when not).
    pub async fn ffmpeg_status(studio) -> FfmpegStatus {
        Ok(studio.ffmpeg_status().await?)
    }
}
