//! One frame of a clip as a small JPEG (a card's poster), with the same input
//! restrictions as every other ffmpeg run (local files, video containers only), and more:
//! a poster is made unasked for every saved clip, so only the video decoders a result can
//! use may run (`-codec_whitelist`), and only on a clip whose container says it is a
//! plausible result ([`FfmpegTools::checked_first_frame_jpeg`]: read without decoding).

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use super::probe::{parse_probe, Probed};
use super::run::{absolute, clip_input_options, no_window};
use super::{FfmpegTools, MergeError};

/// Longest one frame may take.
const STILL_TIMEOUT: Duration = Duration::from_secs(20);

/// The video codecs a result can be in (ffprobe's `codec_name`): the service renders
/// H.264 MP4 (the API's `result_urls`, the simulator's clips); HEVC, VP8/VP9 (WebM), AV1
/// and MPEG-4 part 2 are what its models or a re-encode could plausibly hand back.
pub(crate) const STILL_CODECS: [&str; 6] = ["h264", "hevc", "vp8", "vp9", "av1", "mpeg4"];

/// The decoders (ffmpeg's names, native and library) for [`STILL_CODECS`]: nothing else
/// may decode a clip for its poster.
pub(crate) const STILL_DECODERS: &str =
    "h264,hevc,vp8,libvpx,vp9,libvpx-vp9,av1,libdav1d,libaom-av1,mpeg4";

/// What the check before a poster may open (ffprobe opens, never runs, a decoder for each
/// stream): the video decoders and the audio a result comes with.
const CHECK_DECODERS: &str = "h264,hevc,vp8,libvpx,vp9,libvpx-vp9,av1,libdav1d,libaom-av1,\
mpeg4,aac,mp3,mp3float,opus,libopus,vorbis,libvorbis,flac,ac3,eac3,alac";

/// The longest clip a poster is made for: renders last seconds, merges a few minutes.
pub(crate) const STILL_MAX_SECS: f64 = 600.0;

/// Whether a clip (as its container describes it, `size` bytes) is one a poster may be
/// made of: a video stream in one of [`STILL_CODECS`], a length above 0 and at most
/// [`STILL_MAX_SECS`], and no bigger than `max_bytes` (the download cap). The reason when not.
pub(crate) fn fit_for_still(p: &Probed, size: u64, max_bytes: u64) -> Result<(), String> {
    if size == 0 || size > max_bytes {
        return Err(format!(
            "{size} bytes (a poster is made of 1 byte up to {max_bytes})"
        ));
    }
    let codec = p.info.video_codec.as_deref().filter(|_| p.has_video);
    match codec {
        None => return Err("no video stream".into()),
        Some(c) if !STILL_CODECS.contains(&c) => {
            return Err(format!("its video is {c}, not a codec a result uses"))
        }
        Some(_) => {}
    }
    let secs = p.info.duration_secs;
    if !(secs.is_finite() && secs > 0.0 && secs <= STILL_MAX_SECS) {
        return Err(format!(
            "it says it lasts {secs} s (a poster is made of up to {STILL_MAX_SECS} s)"
        ));
    }
    Ok(())
}

impl FfmpegTools {
    /// [`FfmpegTools::first_frame_jpeg`], once the clip's container (read by ffprobe
    /// without decoding a frame, only the decoders in `CHECK_DECODERS` opened) shows a clip
    /// [`fit_for_still`]; else no ffmpeg runs and the error says why.
    pub async fn checked_first_frame_jpeg(
        &self,
        clip: &Path,
        out: &Path,
        width: u32,
        max_bytes: u64,
    ) -> Result<(), MergeError> {
        let size = std::fs::metadata(clip)
            .map_err(|e| MergeError::Io(e.to_string()))?
            .len();
        let args = [
            "-nofind_stream_info",
            "-codec_whitelist",
            CHECK_DECODERS,
            "-of",
            "json",
            "-show_format",
            "-show_streams",
        ];
        let (name, json) = self.run_ffprobe(clip, &args).await?;
        let probed = parse_probe(&json).map_err(|e| MergeError::Probe(format!("{name}: {e}")))?;
        fit_for_still(&probed, size, max_bytes)
            .map_err(|why| MergeError::Probe(format!("{name} gets no poster: {why}")))?;
        self.first_frame_jpeg(clip, out, width).await
    }

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
            .args(["-codec_whitelist", STILL_DECODERS])
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

#[cfg(test)]
mod tests {
    use super::*;

    fn probed(codec: &str, secs: f64) -> Probed {
        let json = format!(
            r#"{{"streams":[{{"codec_type":"video","codec_name":"{codec}","width":320,"height":180}}],
            "format":{{"duration":"{secs}"}}}}"#
        );
        parse_probe(&json).unwrap()
    }

    #[test]
    fn only_plausible_results_get_a_poster() {
        let cap = 2 << 30;
        for codec in STILL_CODECS {
            assert_eq!(
                fit_for_still(&probed(codec, 8.0), 1000, cap),
                Ok(()),
                "{codec}"
            );
        }
        let e = fit_for_still(&probed("png", 8.0), 1000, cap).unwrap_err();
        assert!(e.contains("its video is png"), "{e}");
        assert!(fit_for_still(&probed("mjpeg", 8.0), 1000, cap).is_err());
        let e = fit_for_still(&probed("h264", 601.0), 1000, cap).unwrap_err();
        assert!(e.contains("lasts 601 s"), "{e}");
        assert_eq!(fit_for_still(&probed("h264", 600.0), 1000, cap), Ok(()));
        let e = fit_for_still(&probed("h264", 8.0), cap + 1, cap).unwrap_err();
        assert!(e.contains("bytes"), "{e}");
        assert!(fit_for_still(&probed("h264", 8.0), 0, cap).is_err());
        let mut no_video = probed("h264", 8.0);
        no_video.has_video = false;
        assert!(fit_for_still(&no_video, 1000, cap).is_err());
        // A length of 0 never gets this far: ffprobe's answer without one is refused.
        assert!(parse_probe(r#"{"streams":[],"format":{"duration":"0"}}"#).is_err());
    }

    /// The decoder list is enforced by ffmpeg itself: asked directly (no check before),
    /// it refuses to decode a PNG-coded clip.
    #[tokio::test]
    async fn ffmpeg_refuses_a_decoder_off_the_list() {
        let Ok(tools) = FfmpegTools::locate() else {
            eprintln!("ffmpeg is not installed: skipped");
            return;
        };
        let d = tempfile::tempdir().unwrap();
        let blue = d.path().join("blue.mp4");
        std::fs::write(&blue, ulazai_sim::media_assets::CLIP_BLUE).unwrap();
        let png = d.path().join("png.mkv");
        let made = std::process::Command::new(&tools.ffmpeg)
            .args(["-v", "error", "-y", "-i"])
            .arg(&blue)
            .args(["-c:v", "png", "-an"])
            .arg(&png)
            .status()
            .unwrap();
        assert!(made.success());
        let out = d.path().join("p.jpg");
        let e = tools.first_frame_jpeg(&png, &out, 160).await.unwrap_err();
        assert!(e.to_string().contains("opening decoder"), "{e}");
        tools
            .first_frame_jpeg(&blue, &out, 160)
            .await
            .expect("h264 decodes");
    }
}
