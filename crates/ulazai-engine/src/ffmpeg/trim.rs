//! Trimmed clips in a merge: in and out points snapped to the clip's frames and checked
//! against it, and whether the concat demuxer can cut them exactly by stream copy.
//!
//! A stream copy starts a clip only on a keyframe (anything else would begin with frames
//! that cannot be decoded, or show frames before the in point), and ends it exactly only
//! when the video has no reordered frames (B-frames). Any other cut is re-encoded.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::probe::Probed;
use super::MergeError;

/// The part of a clip to keep: seconds from the clip's start; `out_secs` absent = to its end.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct Trim {
    pub in_secs: f64,
    pub out_secs: Option<f64>,
}

/// One clip of a merge: its file and, when trimmed, the part to keep.
#[derive(Debug, Clone, PartialEq)]
pub struct MergeInput {
    pub path: PathBuf,
    pub trim: Option<Trim>,
}

impl MergeInput {
    /// The whole clip.
    pub fn whole(path: impl Into<PathBuf>) -> MergeInput {
        MergeInput {
            path: path.into(),
            trim: None,
        }
    }
}

/// A clip's part after checking: `[start, end)` in seconds, on frame boundaries.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Span {
    pub start: f64,
    pub end: f64,
    /// The clip's own length (where "to the end" is).
    pub length: f64,
    /// One frame, in seconds.
    pub frame: f64,
}

impl Span {
    pub fn secs(&self) -> f64 {
        self.end - self.start
    }
    pub fn cuts_start(&self) -> bool {
        self.start > 0.0
    }
    pub fn cuts_end(&self) -> bool {
        self.end < self.length
    }
    pub fn is_whole(&self) -> bool {
        !self.cuts_start() && !self.cuts_end()
    }
}

/// The frame rate used to snap trims when the clip does not say.
const FALLBACK_FPS: f64 = 30.0;

/// Check `trim` against the clip (clip `number`, 1-based, for messages) and snap it to
/// the nearest frames. A point within half a frame of an end is that end.
pub(crate) fn span(number: usize, trim: Option<Trim>, clip: &Probed) -> Result<Span, MergeError> {
    let length = clip.segment_secs();
    let fps = clip
        .info
        .fps
        .filter(|f| *f > 0.0 && *f <= 240.0)
        .unwrap_or(FALLBACK_FPS);
    let frame = 1.0 / fps;
    let Some(trim) = trim else {
        return Ok(Span {
            start: 0.0,
            end: length,
            length,
            frame,
        });
    };
    let bad = |why: &str| MergeError::BadTrim(format!("clip {number}: {why}"));
    let out = trim.out_secs.unwrap_or(length);
    if !trim.in_secs.is_finite() || !out.is_finite() || trim.in_secs < 0.0 {
        return Err(bad("the in and out points must be times within the clip"));
    }
    let snap = |t: f64| {
        let s = (t * fps).round() / fps;
        if s <= frame / 2.0 {
            0.0
        } else if s >= length - frame / 2.0 {
            length
        } else {
            s
        }
    };
    let (start, end) = (snap(trim.in_secs), snap(out.min(length)));
    if start >= length {
        return Err(bad("the in point is after the end of the clip"));
    }
    if end - start < frame / 2.0 {
        return Err(bad("the out point must come after the in point"));
    }
    Ok(Span {
        start,
        end,
        length,
        frame,
    })
}

/// Why a stream copy cannot make this clip's cut exactly (`None`: it can). `keyframes`
/// are the clip's keyframe times (needed only when the start is cut).
pub(crate) fn copy_blocker(
    number: usize,
    span: &Span,
    clip: &Probed,
    keyframes: &[f64],
) -> Option<String> {
    if span.cuts_start()
        && !keyframes
            .iter()
            .any(|k| (k - span.start).abs() <= span.frame / 2.0)
    {
        return Some(format!("clip {number}'s in point falls between keyframes"));
    }
    if span.cuts_end() && clip.has_b_frames {
        return Some(format!(
            "clip {number}'s out point cuts frames that are stored out of order"
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::probe::parse_probe;
    use super::*;

    fn clip(b_frames: bool) -> Probed {
        let json = format!(
            r#"{{"streams":[{{"codec_type":"video","codec_name":"h264","width":320,"height":180,
            "avg_frame_rate":"24/1","duration":"2.000000","has_b_frames":{}}}],
            "format":{{"duration":"2.0"}}}}"#,
            u8::from(b_frames)
        );
        parse_probe(&json).unwrap()
    }

    fn trim(a: f64, b: Option<f64>) -> Option<Trim> {
        Some(Trim {
            in_secs: a,
            out_secs: b,
        })
    }

    #[test]
    fn points_snap_to_frames_and_to_the_ends() {
        let c = clip(false);
        let s = span(1, trim(0.51, Some(1.49)), &c).unwrap();
        assert_eq!((s.start, s.end), (0.5, 1.5));
        let s = span(1, trim(0.01, Some(1.99)), &c).unwrap();
        assert!(s.is_whole(), "{s:?}");
        let s = span(1, trim(0.5, Some(9.0)), &c).unwrap();
        assert_eq!(s.end, 2.0, "an out point past the end is the end");
        assert_eq!(span(1, None, &c).unwrap().secs(), 2.0);
    }

    #[test]
    fn impossible_points_are_refused_with_the_clip_named() {
        let c = clip(false);
        for t in [
            trim(1.0, Some(1.0)),
            trim(1.5, Some(1.0)),
            trim(2.5, None),
            trim(-1.0, None),
            trim(f64::NAN, None),
        ] {
            let got = span(3, t, &c);
            assert!(
                matches!(&got, Err(MergeError::BadTrim(m)) if m.starts_with("clip 3")),
                "{t:?}: {got:?}"
            );
        }
    }

    #[test]
    fn stream_copy_only_for_cuts_it_can_make_exactly() {
        let keys = [0.0, 1.0];
        let c = clip(false);
        let at = |a, b| span(1, trim(a, b), &c).unwrap();
        assert_eq!(copy_blocker(1, &at(1.0, None), &c, &keys), None);
        assert_eq!(copy_blocker(1, &at(0.0, Some(1.25)), &c, &keys), None);
        let mid = copy_blocker(2, &at(0.5, None), &c, &keys).unwrap();
        assert!(
            mid.contains("clip 2") && mid.contains("between keyframes"),
            "{mid}"
        );
        let b = clip(true);
        let end_cut = span(1, trim(0.0, Some(1.5)), &b).unwrap();
        assert!(copy_blocker(1, &end_cut, &b, &keys).is_some());
        assert_eq!(
            copy_blocker(1, &span(1, None, &b).unwrap(), &b, &keys),
            None
        );
    }
}
