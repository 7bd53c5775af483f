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
        let made = tools
            .checked_first_frame_jpeg(&clip, &part, POSTER_WIDTH, self.max_bytes())
            .await;
        match made {
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

    /// A folder with `ffmpeg` and `ffprobe` that note each run in `runs.log`, then hand
    /// over to the real programs (a stand-in that only counts, so that a test can say
    /// which program ran).
    #[cfg(unix)]
    fn counting_tools(dir: &std::path::Path, real: &FfmpegTools) -> std::path::PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let bin = dir.join("bin");
        std::fs::create_dir_all(&bin).unwrap();
        let log = dir.join("runs.log");
        for (name, program) in [("ffmpeg", &real.ffmpeg), ("ffprobe", &real.ffprobe)] {
            let p = bin.join(name);
            let script = format!(
                "#!/bin/sh\necho {name} >> '{}'\nexec '{}' \"$@\"\n",
                log.display(),
                program.display()
            );
            std::fs::write(&p, script).unwrap();
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        bin.join("ffmpeg")
    }

    /// A clip whose video is not one of the codecs a result uses (PNG frames in Matroska,
    /// MJPEG in MP4) gets no poster and ffmpeg is never started on it; a normal clip saved
    /// the same way still gets its poster.
    #[cfg(unix)]
    #[tokio::test]
    async fn a_clip_in_an_unexpected_codec_gets_no_poster_and_no_decoder_runs() {
        let Ok(real) = FfmpegTools::locate() else {
            eprintln!("ffmpeg is not installed: skipped");
            return;
        };
        let d = tempfile::tempdir().unwrap();
        let lib = super::super::Library::open(d.path().join("library.json"), d.path().join("lib"));
        let blue = d.path().join("blue.mp4");
        std::fs::write(&blue, ulazai_sim::media_assets::CLIP_BLUE).unwrap();
        for (job, name, codec) in [("job-png", "a.mkv", "png"), ("job-mjpeg", "b.mp4", "mjpeg")] {
            let clip = lib.reserve("Unfiled", name).unwrap();
            let made = std::process::Command::new(&real.ffmpeg)
                .args(["-v", "error", "-y", "-i"])
                .arg(&blue)
                .args(["-c:v", codec, "-an"])
                .arg(&clip)
                .status()
                .unwrap();
            assert!(made.success(), "the {codec} clip is made");
            lib.record(job, &clip);
        }
        let ok = lib.reserve("Unfiled", "c.mp4").unwrap();
        std::fs::copy(&blue, &ok).unwrap();
        lib.record("job-ok", &ok);

        let chosen = counting_tools(d.path(), &real);
        let log = d.path().join("runs.log");
        let ffmpeg_runs = || {
            std::fs::read_to_string(&log)
                .unwrap_or_default()
                .lines()
                .filter(|l| *l == "ffmpeg")
                .count()
        };
        for job in ["job-png", "job-mjpeg"] {
            assert_eq!(
                lib.poster(job, Some(chosen.clone())).await,
                None,
                "{job}: no poster"
            );
            assert_eq!(ffmpeg_runs(), 0, "{job}: ffmpeg never ran on it");
        }
        assert!(!d.path().join("posters/job-png.jpg").exists());
        let poster = lib
            .poster("job-ok", Some(chosen))
            .await
            .expect("a normal clip's poster");
        assert_eq!(&std::fs::read(&poster).unwrap()[..3], &[0xFF, 0xD8, 0xFF]);
        assert_eq!(ffmpeg_runs(), 1, "one ffmpeg for the normal clip");
    }
}
