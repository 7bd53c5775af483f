//! Posters: the first frame of a saved clip as a small JPEG, so that a card shows its clip
//! without a media player (in WebKitGTK each <video> is a whole player, about 12 MB: with
//! a player per card on screen the app took twice the memory of an empty window).
//! Made once with the creator's ffmpeg, on first use, one at a time, and kept beside the
//! library index (`posters/<job id>.jpg` in the data dir); made again when the clip is newer.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use tokio::sync::Semaphore;

use super::Library;

/// Wide enough for a card at 2x.
pub const POSTER_WIDTH: u32 = 480;

/// One ffmpeg at a time: a screenful of new cards must not start a dozen at once.
fn one_at_a_time() -> &'static Semaphore {
    static S: OnceLock<Semaphore> = OnceLock::new();
    S.get_or_init(|| Semaphore::new(1))
}

/// Job ids as the app issues them (server UUIDs, `local-merge-…`): safe as file names and
/// URL path segments.
pub fn plain_job_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 128
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn newer(a: &Path, b: &Path) -> bool {
    let m = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    match (m(a), m(b)) {
        (Some(a), Some(b)) => a > b,
        _ => true,
    }
}

impl Library {
    /// The poster of the job's saved clip (made now, when there is none yet or the clip is
    /// newer, with the `chosen` ffmpeg or else the one on PATH, located only then); `None`
    /// when the job has no checked clip ([`Library::checked_file`]), the library has no data
    /// dir, or ffmpeg could not take the frame.
    pub async fn poster(&self, job_id: &str, chosen: Option<PathBuf>) -> Option<PathBuf> {
        if !plain_job_id(job_id) {
            return None;
        }
        let clip = self.checked_file(job_id)?;
        let dir = self.poster_dir()?;
        let poster = dir.join(format!("{job_id}.jpg"));
        if poster.is_file() && !newer(&clip, &poster) {
            return Some(poster);
        }
        let _one = one_at_a_time().acquire().await.ok()?;
        if poster.is_file() && !newer(&clip, &poster) {
            return Some(poster); // made while this call waited
        }
        let tools = super::tools(chosen).await?;
        std::fs::create_dir_all(&dir).ok()?;
        let part = dir.join(format!("{job_id}.jpg.part"));
        match tools.first_frame_jpeg(&clip, &part, POSTER_WIDTH).await {
            Ok(()) => std::fs::rename(&part, &poster).ok().map(|_| poster),
            Err(e) => {
                let _ = std::fs::remove_file(&part);
                tracing::info!(job = job_id, error = %e, "no poster for a saved clip");
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::ffmpeg::FfmpegTools;

    #[tokio::test]
    async fn a_poster_is_made_once_from_the_saved_clip() {
        if FfmpegTools::locate().is_err() {
            eprintln!("ffmpeg is not installed: skipped");
            return;
        }
        let d = tempfile::tempdir().unwrap();
        let lib = super::super::with_saved_clip(d.path());

        let poster = lib.poster("job-a", None).await.expect("a poster");
        assert_eq!(poster, d.path().join("posters").join("job-a.jpg"));
        let bytes = std::fs::read(&poster).unwrap();
        assert_eq!(&bytes[..3], &[0xFF, 0xD8, 0xFF], "a JPEG");
        let made = std::fs::metadata(&poster).unwrap().modified().unwrap();
        assert_eq!(lib.poster("job-a", None).await, Some(poster.clone()));
        assert_eq!(
            std::fs::metadata(&poster).unwrap().modified().unwrap(),
            made,
            "kept"
        );

        assert_eq!(lib.poster("job-b", None).await, None, "no clip, no poster");
        assert_eq!(lib.poster("../job-a", None).await, None, "ids only");
    }
}
