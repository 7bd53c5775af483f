#![no_main]
//! A merge's checks and command lines from what ffprobe says about the clips, their trims
//! and their names: no panic, and
//! - a name with a control character is refused before anything else;
//! - a kept span lies inside its clip, on finite times, its end after its start;
//! - the re-encode's command line names each clip once, in order, after `-i`, with finite
//!   `-ss`/`-t`, and its filter graph has exactly the chains the clips make (nothing from a
//!   clip's description adds one) and no infinite or NaN number;
//! - the stream copy's concat list reads back (as ffmpeg unquotes it) to the clips' paths,
//!   one `file` each, with only the directives the app writes.
//!
//! Input: clips separated by a line `==`; each clip's probe JSON, keyframe CSV, trim
//! (`in out`, `in`, or nothing) and file name separated by a line `--`.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use libfuzzer_sys::fuzz_target;
use ulazai_engine::ffmpeg::{MergeError, Trim};
use ulazai_engine::fuzzing::{self, MergeClip};

fn clip(text: &str) -> MergeClip {
    let mut f = text.split("\n--\n");
    let probe_json = f.next().unwrap_or_default().to_string();
    let keyframes_csv = f.next().unwrap_or_default().to_string();
    let times: Vec<f64> = f
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|t| t.parse().ok())
        .collect();
    let trim = match times.as_slice() {
        [] => None,
        [a] => Some(Trim {
            in_secs: *a,
            out_secs: None,
        }),
        [a, b, ..] => Some(Trim {
            in_secs: *a,
            out_secs: Some(*b),
        }),
    };
    let name = f.next().unwrap_or("clip.mp4");
    MergeClip {
        path: Path::new("/clips").join(name),
        probe_json,
        keyframes_csv,
        trim,
    }
}

/// A `file` line's value as ffmpeg's `av_get_token` reads it: `'…'` quotes, `\` escapes.
fn unquote(s: &str) -> String {
    let (mut out, mut quoted, mut chars) = (String::new(), false, s.chars());
    while let Some(c) = chars.next() {
        match c {
            '\'' => quoted = !quoted,
            '\\' if !quoted => out.extend(chars.next()),
            c => out.push(c),
        }
    }
    out
}

fn finite_secs(arg: &OsString, flag: &str) -> f64 {
    let t: f64 = arg
        .to_str()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("{flag} {arg:?}"));
    assert!(t.is_finite() && t >= 0.0, "{flag} {t}");
    t
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let clips: Vec<MergeClip> = text.split("\n==\n").take(8).map(clip).collect();
    let inputs: Vec<PathBuf> = clips.iter().map(|c| c.path.clone()).collect();
    let (list, part) = (
        Path::new("/work/l.ffconcat"),
        Path::new("/lib/out.mp4.part"),
    );
    let plan = match fuzzing::merge_plan(&clips, list, part) {
        Ok(plan) => plan,
        Err(e) => {
            if clips.len() >= 2
                && inputs
                    .iter()
                    .any(|p| p.to_string_lossy().chars().any(char::is_control))
            {
                assert!(matches!(e, MergeError::BadPath(_)), "{e:?}");
            }
            return;
        }
    };
    assert!(!inputs
        .iter()
        .any(|p| p.to_string_lossy().chars().any(char::is_control)));
    for s in &plan.spans {
        assert!(
            s.start.is_finite() && s.end.is_finite() && s.length.is_finite(),
            "{s:?}"
        );
        assert!(
            0.0 <= s.start && s.start < s.end && s.end <= s.length,
            "{s:?}"
        );
        assert!(s.frame > 0.0, "{s:?}");
    }

    let args = &plan.reencode;
    assert_eq!(args.last().map(PathBuf::from).as_deref(), Some(part));
    let named: Vec<PathBuf> = args
        .windows(2)
        .filter(|w| w[0] == "-i")
        .map(|w| PathBuf::from(&w[1]))
        .collect();
    assert_eq!(named, inputs);
    for w in args.windows(2) {
        if w[0] == "-ss" || w[0] == "-t" {
            finite_secs(&w[1], w[0].to_str().unwrap());
        }
    }
    let graph = args
        .windows(2)
        .find(|w| w[0] == "-filter_complex")
        .map(|w| w[1].to_str().expect("UTF-8 graph").to_string())
        .expect("a filter graph");
    let audio = args.iter().any(|a| a == "[a]");
    let chains = clips.len() * if audio { 2 } else { 1 } + 1;
    assert_eq!(graph.split(';').count(), chains, "{graph}");
    assert!(!graph.chars().any(char::is_control), "{graph:?}");
    for bad in ["inf", "NaN"] {
        assert!(!graph.contains(bad), "{graph}");
    }

    if let Ok((copy, concat)) = &plan.copy {
        assert!(copy
            .windows(2)
            .any(|w| w[0] == "-i" && Path::new(&w[1]) == list));
        let mut lines = concat.lines();
        assert_eq!(lines.next(), Some("ffconcat version 1.0"));
        let mut files = Vec::new();
        for l in lines {
            if let Some(v) = l.strip_prefix("file ") {
                files.push(PathBuf::from(unquote(v)));
            } else if let Some(t) = l.strip_prefix("inpoint ").or(l.strip_prefix("outpoint ")) {
                let t: f64 = t.parse().expect("a time");
                assert!(t.is_finite() && t >= 0.0, "{l}");
            } else {
                assert!(l.starts_with("option format_whitelist "), "{l:?}");
            }
        }
        assert_eq!(files, inputs, "{concat}");
    }
});
