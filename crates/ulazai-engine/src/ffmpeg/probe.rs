//! `ffprobe -of json` → [`ClipInfo`] (plus the few extra facts the merge planner needs).

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use serde::Serialize;
use serde_json::Value;

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::run::{absolute, clip_input_options, no_window};
use super::{FfmpegTools, MergeError};

/// Longest a single probe may take.
const PROBE_TIMEOUT: Duration = Duration::from_secs(30);

/// What ffprobe says about a clip (its first video and first audio stream).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct ClipInfo {
    pub duration_secs: f64,
    pub video_codec: Option<String>,
    pub width: u32,
    pub height: u32,
    pub fps: Option<f64>,
    pub pix_fmt: Option<String>,
    pub audio_codec: Option<String>,
    pub sample_rate: Option<u32>,
    pub channels: Option<u32>,
}

/// [`ClipInfo`] and the extra details used to plan a merge.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Probed {
    pub info: ClipInfo,
    pub has_video: bool,
    pub has_audio: bool,
    pub video_profile: Option<String>,
    /// e.g. `"24/1"`, `"30000/1001"` (for the `fps` filter).
    pub fps_rational: Option<String>,
    pub video_duration: Option<f64>,
    /// The video stream reorders frames (B-frames): a stream copy cannot end it mid-GOP.
    pub has_b_frames: bool,
}

impl Probed {
    /// The length this clip contributes to a merge: its video stream when known.
    pub fn segment_secs(&self) -> f64 {
        self.video_duration
            .filter(|d| *d > 0.0)
            .unwrap_or(self.info.duration_secs)
    }
}

impl FfmpegTools {
    /// Probe a clip with `ffprobe -of json -show_format -show_streams`.
    pub async fn probe(&self, file: &Path) -> Result<ClipInfo, MergeError> {
        Ok(self.probe_full(file).await?.info)
    }

    pub(crate) async fn probe_full(&self, file: &Path) -> Result<Probed, MergeError> {
        let args = ["-of", "json", "-show_format", "-show_streams"];
        let (name, json) = self.run_ffprobe(file, &args).await?;
        parse_probe(&json).map_err(|e| MergeError::Probe(format!("{name}: {e}")))
    }

    /// The times (seconds) of the video stream's keyframes, in order: where a stream copy
    /// can start a clip.
    pub(crate) async fn keyframes(&self, file: &Path) -> Result<Vec<f64>, MergeError> {
        let args = [
            "-select_streams",
            "v:0",
            "-show_entries",
            "packet=pts_time,flags",
            "-of",
            "csv=p=0",
        ];
        let (_, csv) = self.run_ffprobe(file, &args).await?;
        Ok(parse_keyframes(&csv))
    }

    /// Run ffprobe on one clip (local files in the accepted containers only); answers the
    /// clip's name (for messages) and ffprobe's output.
    pub(super) async fn run_ffprobe(
        &self,
        file: &Path,
        args: &[&str],
    ) -> Result<(String, String), MergeError> {
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| file.display().to_string());
        if !file.is_file() {
            return Err(MergeError::Probe(format!("{name} was not found")));
        }
        let mut cmd = tokio::process::Command::new(&self.ffprobe);
        cmd.args(["-v", "error"])
            .args(args)
            .args(clip_input_options())
            .arg("-i")
            .arg(absolute(file))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        no_window(&mut cmd);
        let out = match tokio::time::timeout(PROBE_TIMEOUT, cmd.output()).await {
            Err(_) => return Err(MergeError::Probe(format!("{name}: ffprobe took too long"))),
            Ok(Err(e)) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(MergeError::NotInstalled {
                    how_to_install: super::how_to_install(),
                })
            }
            Ok(Err(e)) => return Err(MergeError::Probe(format!("{name}: {e}"))),
            Ok(Ok(out)) => out,
        };
        if !out.status.success() {
            let err = String::from_utf8_lossy(&out.stderr);
            if err.contains("not on whitelist") {
                return Err(MergeError::Probe(format!(
                    "{name} is not an MP4, MOV, Matroska or WebM video"
                )));
            }
            let last = err.lines().rev().find(|l| !l.trim().is_empty());
            return Err(MergeError::Probe(format!(
                "{name} is not a readable video ({})",
                last.unwrap_or("ffprobe failed").trim()
            )));
        }
        Ok((name, String::from_utf8_lossy(&out.stdout).into_owned()))
    }
}

/// `pts_time,flags` lines → the times of the packets flagged `K` (sorted).
pub(crate) fn parse_keyframes(csv: &str) -> Vec<f64> {
    let mut times: Vec<f64> = csv
        .lines()
        .filter_map(|l| {
            let (time, flags) = l.trim().split_once(',')?;
            let t: f64 = time.trim().parse().ok()?;
            (flags.contains('K') && t.is_finite()).then_some(t)
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times
}

/// Parse ffprobe's JSON. Cover art (`attached_pic`) is not taken as the video stream.
pub(crate) fn parse_probe(json: &str) -> Result<Probed, String> {
    let v: Value = serde_json::from_str(json).map_err(|_| "ffprobe gave no readable answer")?;
    let streams = v["streams"].as_array().cloned().unwrap_or_default();
    let video = streams.iter().find(|s| {
        s["codec_type"] == "video" && s["disposition"]["attached_pic"].as_i64() != Some(1)
    });
    let audio = streams.iter().find(|s| s["codec_type"] == "audio");
    // A finite number (`inf` and `NaN` parse as f64 too; they are no length or rate).
    let num = |s: &Value| -> Option<f64> {
        match s {
            Value::String(t) => t.trim().parse().ok(),
            Value::Number(n) => n.as_f64(),
            _ => None,
        }
        .filter(|f: &f64| f.is_finite())
    };
    let text = |s: &Value| s.as_str().map(str::to_string).filter(|t| !t.is_empty());
    let video_duration = video.and_then(|s| num(&s["duration"]));
    let duration = num(&v["format"]["duration"])
        .or_else(|| {
            streams
                .iter()
                .filter_map(|s| num(&s["duration"]))
                .reduce(f64::max)
        })
        .filter(|d| d.is_finite() && *d > 0.0)
        .ok_or("the clip has no duration")?;
    let fps_pair = video.and_then(|s| {
        [&s["avg_frame_rate"], &s["r_frame_rate"]]
            .into_iter()
            .filter_map(|r| r.as_str())
            .find_map(|r| rate(r).map(|f| (f, r.to_string())))
    });
    let info = ClipInfo {
        duration_secs: duration,
        video_codec: video.and_then(|s| text(&s["codec_name"])),
        width: video.and_then(|s| s["width"].as_u64()).unwrap_or(0) as u32,
        height: video.and_then(|s| s["height"].as_u64()).unwrap_or(0) as u32,
        fps: fps_pair.as_ref().map(|p| p.0),
        pix_fmt: video.and_then(|s| text(&s["pix_fmt"])),
        audio_codec: audio.and_then(|s| text(&s["codec_name"])),
        sample_rate: audio.and_then(|s| num(&s["sample_rate"])).map(|r| r as u32),
        channels: audio.and_then(|s| s["channels"].as_u64()).map(|c| c as u32),
    };
    Ok(Probed {
        has_video: video.is_some() && info.width > 0 && info.height > 0,
        has_audio: audio.is_some(),
        video_profile: video.and_then(|s| text(&s["profile"])),
        fps_rational: fps_pair.map(|p| p.1),
        video_duration,
        has_b_frames: video.and_then(|s| s["has_b_frames"].as_u64()).unwrap_or(0) > 0,
        info,
    })
}

/// `"30000/1001"` → 29.97; `"0/0"` and nonsense → None. Only digits and `/`, as ffprobe
/// prints it: the text goes into the re-encode's filter graph as it is.
fn rate(r: &str) -> Option<f64> {
    if !r.bytes().all(|b| b.is_ascii_digit() || b == b'/') {
        return None;
    }
    let (n, d) = r.split_once('/').unwrap_or((r, "1"));
    let (n, d): (f64, f64) = (n.trim().parse().ok()?, d.trim().parse().ok()?);
    let f = n / d;
    (f.is_finite() && f > 0.0 && f <= 1000.0).then_some(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_ffprobe_json() {
        let json = r#"{"streams":[
            {"codec_type":"video","codec_name":"h264","profile":"Main","width":320,"height":180,
             "pix_fmt":"yuv420p","avg_frame_rate":"24/1","r_frame_rate":"24/1","duration":"2.000000"},
            {"codec_type":"audio","codec_name":"aac","sample_rate":"44100","channels":1,"duration":"2.02"}],
            "format":{"duration":"2.021000"}}"#;
        let p = parse_probe(json).unwrap();
        assert_eq!(p.info.width, 320);
        assert_eq!(p.info.fps, Some(24.0));
        assert_eq!(p.info.sample_rate, Some(44100));
        assert_eq!(p.info.channels, Some(1));
        assert_eq!(p.fps_rational.as_deref(), Some("24/1"));
        assert!((p.segment_secs() - 2.0).abs() < 1e-9);
        assert!((p.info.duration_secs - 2.021).abs() < 1e-9);
        assert_eq!(rate("0/0"), None);
        assert!(parse_probe("{}").is_err());
        assert!(!p.has_b_frames);
    }

    /// Found by the `ffmpeg_args` fuzz target: a stream duration of `inf` made the clip
    /// endless (the re-encode's `atrim=0:inf`, an infinite merge length).
    #[test]
    fn a_duration_that_is_not_a_finite_number_is_no_duration() {
        for d in ["inf", "-inf", "NaN", "1e999"] {
            let json = format!(
                r#"{{"streams":[{{"codec_type":"video","codec_name":"h264","width":320,
                "height":180,"avg_frame_rate":"24/1","duration":"{d}"}}],
                "format":{{"duration":"2.0"}}}}"#
            );
            let p = parse_probe(&json).unwrap();
            assert_eq!(p.video_duration, None, "{d}");
            assert_eq!(p.segment_secs(), 2.0, "{d}");
        }
    }

    /// The rate's text goes into the re-encode's filter graph (`fps=…`): only what ffprobe
    /// prints, digits and one `/` (a line break in it reached the graph; the
    /// `ffmpeg_args` fuzz target's property).
    #[test]
    fn a_rate_is_digits_over_digits() {
        for r in [
            "24/1\n",
            " 24/1",
            "24 / 1",
            "1e3/1",
            "+24/1",
            "24/1,x",
            "24\u{2028}/1",
        ] {
            assert_eq!(rate(r), None, "{r:?}");
        }
        assert_eq!(rate("25"), Some(25.0));
        assert!((rate("30000/1001").unwrap() - 29.97).abs() < 0.01);
    }

    #[test]
    fn keyframes_from_packet_flags() {
        let csv = "0.000000,K_\n0.041667,__\n1.000000,K_\nN/A,K_\n0.5,K_D\n";
        assert_eq!(parse_keyframes(csv), vec![0.0, 0.5, 1.0]);
    }
}
