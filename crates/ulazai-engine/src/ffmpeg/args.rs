//! The command lines of a merge: the stream copy through the concat list, and the
//! re-encode through the concat filter (each clip cut on the frame with input seeking,
//! scaled and letterboxed to the first clip's size and frame rate, silence for clips
//! without audio), and whether the clips are alike enough for the copy.

use std::ffi::OsString;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::probe::Probed;
use super::run::{clip_input_options, list_input_options};
use super::trim::Span;

/// Same codecs and parameters everywhere (what the concat demuxer needs for `-c copy`).
pub(crate) fn can_stream_copy(clips: &[Probed]) -> bool {
    let first = &clips[0];
    type Key<'a> = (
        (
            &'a Option<String>,
            &'a Option<String>,
            u32,
            u32,
            &'a Option<String>,
        ),
        (bool, &'a Option<String>, Option<u32>, Option<u32>),
    );
    fn key(p: &Probed) -> Key<'_> {
        let i = &p.info;
        (
            (
                &i.video_codec,
                &p.video_profile,
                i.width,
                i.height,
                &i.pix_fmt,
            ),
            (p.has_audio, &i.audio_codec, i.sample_rate, i.channels),
        )
    }
    let same_fps = |p: &Probed| match (first.info.fps, p.info.fps) {
        (Some(a), Some(b)) => (a - b).abs() < 0.01,
        _ => false,
    };
    first.info.video_codec.is_some() && clips.iter().all(|c| key(c) == key(first) && same_fps(c))
}

fn os(parts: &[&str]) -> Vec<OsString> {
    parts.iter().map(OsString::from).collect()
}

pub(crate) fn copy_args(list: &Path, part: &Path) -> Vec<OsString> {
    let mut a = list_input_options();
    a.push("-i".into());
    a.push(list.into());
    a.extend(os(&["-map", "0:v:0", "-map", "0:a:0?", "-c", "copy"]));
    a.extend(os(&["-movflags", "+faststart", "-f", "mp4"]));
    a.push(part.into());
    a
}

pub(crate) fn reencode_args(
    inputs: &[PathBuf],
    clips: &[Probed],
    spans: &[Span],
    part: &Path,
) -> Vec<OsString> {
    let first = &clips[0];
    let even = |n: u32| (n.max(2) / 2) * 2;
    let (w, h) = (even(first.info.width), even(first.info.height));
    let fps = first
        .fps_rational
        .clone()
        .filter(|_| first.info.fps.is_some_and(|f| f <= 240.0))
        .unwrap_or_else(|| "30".into());
    let audio_src = clips.iter().find(|c| c.has_audio);
    let rate = audio_src
        .and_then(|c| c.info.sample_rate)
        .filter(|r| (8000..=192_000).contains(r))
        .unwrap_or(48_000);
    let layout = match audio_src.and_then(|c| c.info.channels) {
        Some(1) => "mono",
        _ => "stereo",
    };

    let mut graph = String::new();
    let mut pads = String::new();
    for (i, clip) in clips.iter().enumerate() {
        let seg = spans[i].secs();
        let _ = write!(
            graph,
            "[{i}:v:0]setpts=PTS-STARTPTS,scale={w}:{h}:force_original_aspect_ratio=decrease,\
             pad={w}:{h}:(ow-iw)/2:(oh-ih)/2:color=black,setsar=1,fps={fps},format=yuv420p[v{i}];"
        );
        let _ = write!(pads, "[v{i}]");
        if audio_src.is_some() {
            let head = if clip.has_audio {
                format!("[{i}:a:0]asetpts=PTS-STARTPTS,aresample={rate},")
            } else {
                format!("anullsrc=r={rate}:cl={layout},")
            };
            let _ = write!(
                graph,
                "{head}aformat=sample_fmts=fltp:sample_rates={rate}:channel_layouts={layout},\
                 apad,atrim=0:{seg:.6},asetpts=PTS-STARTPTS[a{i}];"
            );
            let _ = write!(pads, "[a{i}]");
        }
    }
    let a = u8::from(audio_src.is_some());
    let _ = write!(graph, "{pads}concat=n={}:v=1:a={a}[v]", clips.len());
    if a == 1 {
        graph.push_str("[a]");
    }

    let mut args = Vec::new();
    for (input, span) in inputs.iter().zip(spans) {
        args.extend(clip_input_options());
        // Input seeking decodes from the keyframe before and drops what precedes the in
        // point: the cut is on the frame.
        if span.cuts_start() {
            args.extend(os(&["-ss", &format!("{:.6}", span.start)]));
        }
        if !span.is_whole() {
            args.extend(os(&["-t", &format!("{:.6}", span.secs())]));
        }
        args.push(OsString::from("-i"));
        args.push(input.into());
    }
    args.extend(os(&["-filter_complex", &graph, "-map", "[v]"]));
    if a == 1 {
        args.extend(os(&["-map", "[a]", "-c:a", "aac", "-b:a", "192k"]));
    }
    args.extend(os(&[
        "-c:v", "libx264", "-preset", "veryfast", "-crf", "20",
    ]));
    args.extend(os(&[
        "-pix_fmt",
        "yuv420p",
        "-movflags",
        "+faststart",
        "-f",
        "mp4",
    ]));
    args.push(part.into());
    args
}
