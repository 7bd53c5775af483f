//! Trimmed local merges with the real ffmpeg on the simulator's clips (24 fps, keyframes
//! at 0 s and 1 s, no B-frames): the stream copy when every cut allows it, the re-encode
//! when a cut falls between keyframes (or in reordered frames), each within one frame of
//! the asked length, and every frame of the result readable.

use std::path::Path;

use tokio::sync::watch;
use ulazai_engine::ffmpeg::{FfmpegTools, MergeError, MergeInput, Trim};

use crate::support::media;
use media::{clips, colour_at, dominant, ffmpeg, p, tools};

const FRAME: f64 = 1.0 / 24.0;

fn cut(path: &Path, in_secs: f64, out_secs: Option<f64>) -> MergeInput {
    MergeInput {
        path: path.to_path_buf(),
        trim: Some(Trim { in_secs, out_secs }),
    }
}

/// `ffprobe -count_frames`: the video frames a player decodes, and the video's length.
/// Fails when ffmpeg reports any decoding error over the whole file.
fn decode_all(tools: &FfmpegTools, file: &Path) -> (u64, f64) {
    let out = std::process::Command::new(&tools.ffprobe)
        .args(["-v", "error", "-count_frames", "-select_streams", "v:0"])
        .args([
            "-show_entries",
            "stream=nb_read_frames,duration",
            "-of",
            "csv=p=0",
        ])
        .arg(file)
        .output()
        .unwrap();
    assert!(out.status.success() && out.stderr.is_empty(), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    let (duration, frames) = text.trim().split_once(',').expect("duration,frames");
    let check = std::process::Command::new(&tools.ffmpeg)
        .args(["-v", "error", "-i", p(file), "-f", "null", "-"])
        .output()
        .unwrap();
    assert!(
        check.status.success() && check.stderr.is_empty(),
        "decoding the whole file: {}",
        String::from_utf8_lossy(&check.stderr)
    );
    (frames.parse().unwrap(), duration.parse().unwrap())
}

fn assert_length(tools: &FfmpegTools, file: &Path, asked: f64) {
    let (frames, secs) = decode_all(tools, file);
    assert!(
        (secs - asked).abs() <= FRAME + 1e-6,
        "video lasts {secs} s, asked {asked} s (one frame is {FRAME:.4} s)"
    );
    let want = (asked * 24.0).round() as i64;
    assert!(
        (frames as i64 - want).abs() <= 1,
        "{frames} frames decoded, {want} asked"
    );
}

fn no_cancel() -> watch::Receiver<bool> {
    watch::channel(false).1
}

#[tokio::test]
async fn cuts_on_keyframes_are_stream_copied_to_the_frame() {
    let Some(tools) = tools() else { return };
    let (dir, clip) = clips();
    let out = dir.path().join("copy.mp4");
    // Red from its keyframe at 1 s; green up to 1.5 s (no reordered frames: any out point);
    // blue whole. 1.0 + 1.5 + 2.0 s.
    let inputs = [
        cut(&clip("red"), 1.0, None),
        cut(&clip("green"), 0.0, Some(1.5)),
        MergeInput::whole(clip("blue")),
    ];
    let got = tools
        .concat_clips(&inputs, &out, |_| {}, no_cancel())
        .await
        .unwrap();
    assert!(got.stream_copy, "{got:?}");
    assert_eq!(got.reencoded_because, None);
    assert_length(&tools, &out, 4.5);
    assert_eq!(dominant(colour_at(&tools, &out, 0.5)), "red");
    assert_eq!(dominant(colour_at(&tools, &out, 1.75)), "green");
    assert_eq!(dominant(colour_at(&tools, &out, 3.5)), "blue");
}

#[tokio::test]
async fn cuts_between_keyframes_are_re_encoded_to_the_frame() {
    let Some(tools) = tools() else { return };
    let (dir, clip) = clips();
    let out = dir.path().join("reencode.mp4");
    // 0.5 s is between the keyframes at 0 s and 1 s. 1.25 + 1.75 + 0.5 s.
    let inputs = [
        cut(&clip("red"), 0.5, Some(1.75)),
        cut(&clip("green"), 0.25, None),
        cut(&clip("blue"), 1.0, Some(1.5)),
    ];
    let got = tools
        .concat_clips(&inputs, &out, |_| {}, no_cancel())
        .await
        .unwrap();
    assert!(!got.stream_copy, "{got:?}");
    let why = got.reencoded_because.clone().unwrap();
    assert!(
        why.contains("clip 1") && why.contains("between keyframes"),
        "{why}"
    );
    assert_length(&tools, &out, 3.5);
    assert!((got.duration_secs - 3.5).abs() < 0.1, "{got:?}");
    assert_eq!(dominant(colour_at(&tools, &out, 0.6)), "red");
    assert_eq!(dominant(colour_at(&tools, &out, 2.0)), "green");
    assert_eq!(dominant(colour_at(&tools, &out, 3.2)), "blue");
}

#[tokio::test]
async fn an_out_point_in_reordered_frames_is_re_encoded() {
    let Some(tools) = tools() else { return };
    let (dir, clip) = clips();
    // The red clip again, with B-frames (same size, rate and codecs as the others).
    let bframes = dir.path().join("red-bframes.mp4");
    ffmpeg(
        &tools,
        &[
            "-i",
            p(&clip("red")),
            "-c:v",
            "libx264",
            "-profile:v",
            "main",
            "-bf",
            "2",
            "-g",
            "24",
            "-c:a",
            "copy",
            p(&bframes),
        ],
    );
    let out = dir.path().join("bframes.mp4");
    let inputs = [
        cut(&bframes, 0.0, Some(1.5)),
        MergeInput::whole(clip("green")),
    ];
    let got = tools
        .concat_clips(&inputs, &out, |_| {}, no_cancel())
        .await
        .unwrap();
    assert!(!got.stream_copy, "{got:?}");
    assert_length(&tools, &out, 3.5);
}

#[tokio::test]
async fn impossible_trims_are_refused_before_anything_is_written() {
    let Some(tools) = tools() else { return };
    let (dir, clip) = clips();
    let out = dir.path().join("never.mp4");
    let inputs = [
        MergeInput::whole(clip("red")),
        cut(&clip("green"), 1.5, Some(1.0)),
    ];
    let got = tools.concat_clips(&inputs, &out, |_| {}, no_cancel()).await;
    assert!(
        matches!(&got, Err(MergeError::BadTrim(m)) if m.contains("clip 2")),
        "{got:?}"
    );
    assert!(!out.exists());
    assert!(!dir.path().join("never.mp4.part").exists());
}
