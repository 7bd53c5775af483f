//! A saved clip's real length: probed once with the creator's ffprobe when the clip is
//! saved (or, for clips saved before lengths were kept, the first time it is asked for),
//! then remembered in the index so that no start probes it again.

use std::path::PathBuf;

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
        let clip = self.checked_file(job_id)?;
        let tools =
            tokio::task::spawn_blocking(move || FfmpegTools::locate_chosen(chosen.as_deref()).ok())
                .await
                .ok()??;
        match tools.probe(&clip).await {
            Ok(info) if info.duration_secs.is_finite() && info.duration_secs > 0.0 => {
                // The file may have been replaced or moved while ffprobe ran.
                if self.file(job_id).as_deref() == Some(clip.as_path()) {
                    self.set_seconds(job_id, info.duration_secs);
                }
                Some(info.duration_secs)
            }
            Ok(_) => None,
            Err(e) => {
                tracing::info!(job = job_id, error = %e, "a saved clip's length is unknown");
                None
            }
        }
    }
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
        let lib = Library::open(index.clone(), d.path().join("lib"));
        let clip = lib.reserve("Unfiled", "a.mp4").unwrap();
        std::fs::write(&clip, ulazai_sim::media_assets::CLIP_BLUE).unwrap();
        lib.record("job-a", &clip);
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
}
