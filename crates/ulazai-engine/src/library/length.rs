//! A saved clip's real length: probed once with the creator's ffprobe when the clip is
//! saved (or, for clips saved before lengths were kept, the first time it is asked for),
//! then remembered in the index so that no start probes it again.

use std::path::{Path, PathBuf};

use super::Library;
use crate::ffmpeg::FfmpegTools;

impl Library {
    /// The saved clip's length in seconds: remembered, else probed now (with the `chosen`
    /// ffmpeg's ffprobe, or the one on PATH) and remembered. `None` when the job has no
    /// checked clip or ffprobe cannot read it.
    pub async fn measure(&self, job_id: &str, chosen: Option<PathBuf>) -> Option<f64> {
        if let Some(seconds) = self.seconds(job_id) {
            return Some(seconds);
        }
        self.checked_file(job_id)?;
        let tools = super::tools(chosen).await?;
        self.measure_with(job_id, &tools).await
    }

    /// [`Library::measure`] with these tools. A clip that moves with its card while it is
    /// probed is probed again where it is now; its length is kept only when the file is
    /// still the one probed (a file put in its place has a length of its own).
    pub(crate) async fn measure_with(&self, job_id: &str, tools: &FfmpegTools) -> Option<f64> {
        for _ in 0..3 {
            let clip = self.checked_file(job_id)?;
            let probed = identity(&clip);
            let result = tools.probe(&clip).await;
            let now = self.file(job_id);
            match result {
                Ok(info) if info.duration_secs.is_finite() && info.duration_secs > 0.0 => {
                    if probed.is_some() && now.as_deref().and_then(identity) == probed {
                        self.set_seconds(job_id, info.duration_secs);
                    }
                    return Some(info.duration_secs);
                }
                Ok(_) => return None,
                Err(_) if now.as_deref() != Some(clip.as_path()) => continue,
                Err(e) => {
                    tracing::info!(job = job_id, error = %e, "a saved clip's length is unknown");
                    return None;
                }
            }
        }
        None
    }
}

/// What tells one file from another across a rename: its size and modification time.
fn identity(file: &Path) -> Option<(u64, std::time::SystemTime)> {
    let meta = std::fs::metadata(file).ok()?;
    Some((meta.len(), meta.modified().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_saved_clip_is_probed_once_and_its_length_remembered() {
        if FfmpegTools::locate().is_err() {
            eprintln!("ffmpeg is not installed: skipped");
            return;
        }
        let d = tempfile::tempdir().unwrap();
        let index = d.path().join("library.json");
        let lib = super::super::with_saved_clip(d.path());
        let clip = lib.file("job-a").unwrap();
        assert_eq!(lib.seconds("job-a"), None, "not known before the probe");

        let secs = lib.measure("job-a", None).await.expect("probed");
        assert!(
            (secs - 2.0).abs() < 0.1,
            "the demo clip is 2 s long: {secs}"
        );
        // Remembered across a restart: no ffprobe is needed (a missing one is not tried).
        let again = Library::open(index, d.path().join("lib"));
        assert_eq!(again.seconds("job-a"), Some(secs));
        let missing = Some(d.path().join("no-ffmpeg-here"));
        assert_eq!(again.measure("job-a", missing).await, Some(secs));
        // A new file for the job forgets the old length.
        again.record("job-a", &clip);
        assert_eq!(again.seconds("job-a"), None);

        assert_eq!(lib.measure("job-b", None).await, None, "no clip, no length");
    }

    #[cfg(unix)]
    #[tokio::test]
    async fn a_clip_moved_while_it_is_probed_still_gets_its_length() {
        use std::os::unix::fs::PermissionsExt;
        let Ok(real) = FfmpegTools::locate() else {
            eprintln!("ffmpeg is not installed: skipped");
            return;
        };
        let d = tempfile::tempdir().unwrap();
        let lib = Library::open(d.path().join("library.json"), d.path().join("lib"));
        let clip = lib.reserve("Unfiled", "a.mp4").unwrap();
        std::fs::write(&clip, ulazai_sim::media_assets::CLIP_BLUE).unwrap();
        lib.record("job-a", &clip);
        // An ffprobe slow enough for the card to move while it runs.
        let slow = d.path().join("slow-ffprobe");
        let script = format!(
            "#!/bin/sh\nsleep 0.5\nexec '{}' \"$@\"\n",
            real.ffprobe.display()
        );
        std::fs::write(&slow, script).unwrap();
        std::fs::set_permissions(&slow, std::fs::Permissions::from_mode(0o755)).unwrap();
        let tools = FfmpegTools {
            ffmpeg: real.ffmpeg.clone(),
            ffprobe: slow,
        };
        let (secs, moved) = tokio::join!(lib.measure_with("job-a", &tools), async {
            tokio::time::sleep(std::time::Duration::from_millis(150)).await;
            lib.relocate("job-a", "Trips")
        });
        assert!(moved.unwrap().starts_with(d.path().join("lib/Trips")));
        let secs = secs.expect("probed where the file is now");
        assert!((secs - 2.0).abs() < 0.1, "{secs}");
        assert_eq!(lib.seconds("job-a"), Some(secs), "and remembered");
    }
}
