//! One frame of a clip as a small JPEG (a card's poster), with the same input
//! restrictions as every other ffmpeg run (local files, video containers only).

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use super::run::{absolute, clip_input_options, no_window};
use super::{FfmpegTools, MergeError};

/// Longest one frame may take.
const STILL_TIMEOUT: Duration = Duration::from_secs(20);

impl FfmpegTools {
    /// Write the first frame of `clip`, scaled to `width` px wide, as a JPEG to `out`.
    pub async fn first_frame_jpeg(
        &self,
        clip: &Path,
        out: &Path,
        width: u32,
    ) -> Result<(), MergeError> {
        let mut cmd = tokio::process::Command::new(&self.ffmpeg);
        cmd.args(["-nostdin", "-v", "error", "-y"])
            .args(clip_input_options())
            .arg("-i")
            .arg(absolute(clip))
            .args(["-frames:v", "1", "-an", "-vf"])
            .arg(format!("scale={width}:-2"))
            .args(["-q:v", "5", "-f", "mjpeg"])
            .arg(absolute(out))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        no_window(&mut cmd);
        let run = cmd.output();
        let output = tokio::time::timeout(STILL_TIMEOUT, run)
            .await
            .map_err(|_| MergeError::Probe("taking a still took too long".into()))?
            .map_err(|e| MergeError::Io(e.to_string()))?;
        if output.status.success() {
            return Ok(());
        }
        let stderr = String::from_utf8_lossy(&output.stderr);
        Err(MergeError::Ffmpeg {
            code: output.status.code(),
            stderr_tail: stderr
                .chars()
                .rev()
                .take(400)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect(),
        })
    }
}
