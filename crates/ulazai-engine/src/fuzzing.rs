//! Entry points for the fuzz targets (`fuzz/`, `make fuzz`): the readers of outside data
//! that are not public, called as the app calls them, with what they read handed back in
//! public types (the targets assert the properties). Compiled only with the `fuzzing`
//! feature, which only the fuzz crate turns on: never in the app.
//!
//! The public readers (`api::parse_*_body`, `queue::import::parse_list`, `urls`,
//! `store::salvage`) are fuzzed directly and are not repeated here.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::api::{ApiError, RateInfo, RemoteJob};
use crate::ffmpeg::{MergeError, Trim};
use crate::store::json_file::Decoded;
use crate::store::{Snapshot, SNAPSHOT_VERSION};

/// A status answer for the job asked about, as `Client::status` reads a 2xx body.
pub fn status_answer(body: &[u8], requested: &str) -> Result<RemoteJob, String> {
    let v = crate::api::json_body(200, body).map_err(|e| e.to_string())?;
    crate::api::parse_status(&v, Some(requested))
}

/// The rate figures in a generate answer's body (`None`: the body is not JSON).
pub fn rate_in_body(body: &[u8]) -> Option<RateInfo> {
    let v = crate::api::json_body(200, body).ok()?;
    Some(crate::api::parse_rate(&v))
}

/// A non-2xx answer as `Client::call` maps it: the error, with `secrets` (the credentials
/// the request carried) scrubbed from its text. `None`: not an HTTP status code.
pub fn error_answer(
    status: u16,
    retry_after: Option<&[u8]>,
    body: &[u8],
    session: bool,
    secrets: &[String],
) -> Option<ApiError> {
    use reqwest::header::{HeaderMap, HeaderValue, RETRY_AFTER};
    let status = reqwest::StatusCode::from_u16(status).ok()?;
    let mut headers = HeaderMap::new();
    if let Some(v) = retry_after.and_then(|v| HeaderValue::from_bytes(v).ok()) {
        headers.insert(RETRY_AFTER, v);
    }
    let answer = crate::api::Answer {
        status,
        headers,
        body: body.to_vec(),
    };
    let err = crate::api::status_error(&answer, session);
    Some(crate::api::scrub(err, secrets))
}

/// The job store as `JsonFilePersist::load` reads a file holding `bytes`, without the
/// file: a whole file of this version (or older) straight as a [`Snapshot`], anything else
/// entry by entry from what `salvage` keeps (`json_file::read_tolerant_typed`'s two
/// steps). `None`: the file is refused (written by a newer version).
pub fn store_load(bytes: &[u8]) -> Option<Snapshot> {
    if let Ok(s) = serde_json::from_slice::<Snapshot>(bytes) {
        if s.version <= SNAPSHOT_VERSION {
            return Some(s);
        }
    }
    let json = serde_json::from_slice::<Value>(bytes)
        .ok()
        .or_else(|| crate::store::salvage::salvage(bytes))
        .unwrap_or(Value::Null);
    match crate::store::persist::decode_snapshot(&json) {
        Decoded::Value(s, _) => Some(s),
        Decoded::Refuse(_) => None,
    }
}

/// One library index entry: the clip's file and its probed length.
pub type IndexEntry = (PathBuf, Option<f64>);

/// The library index from `library.json`'s JSON as the library reads it (job id → entry),
/// and how many entries were left out.
pub fn library_index(json: &Value) -> (BTreeMap<String, IndexEntry>, usize) {
    match crate::library::index::decode_index(json) {
        Decoded::Value(index, dropped) => (
            index
                .into_iter()
                .map(|(id, e)| (id, (e.file, e.seconds)))
                .collect(),
            dropped,
        ),
        Decoded::Refuse(why) => unreachable!("the index is never refused: {why}"),
    }
}

/// The JSON `library.json` held for `index` (earlier versions' save; now read only when it
/// moves into `library.db`).
pub fn library_index_json(index: &BTreeMap<String, IndexEntry>) -> Value {
    Value::Object(
        index
            .iter()
            .map(|(id, (file, seconds))| {
                let e = crate::library::index::Entry {
                    file: file.clone(),
                    seconds: *seconds,
                };
                (id.clone(), crate::library::index::encode_entry(&e))
            })
            .collect(),
    )
}

/// One clip of a merge as ffprobe would describe it.
#[derive(Debug, Clone)]
pub struct MergeClip {
    pub path: PathBuf,
    /// `ffprobe -of json -show_format -show_streams`.
    pub probe_json: String,
    /// `ffprobe -show_entries packet=pts_time,flags -of csv=p=0` (asked only for a cut start).
    pub keyframes_csv: String,
    pub trim: Option<Trim>,
}

/// A clip's part after checking: `[start, end)` of `length` seconds, `frame` seconds apart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlannedSpan {
    pub start: f64,
    pub end: f64,
    pub length: f64,
    pub frame: f64,
}

/// What `FfmpegTools::concat_clips_in` would run for these clips.
#[derive(Debug, Clone)]
pub struct MergePlan {
    pub spans: Vec<PlannedSpan>,
    /// The stream copy's command line and concat list, when the copy can make the cuts;
    /// else why not.
    pub copy: Result<(Vec<OsString>, String), String>,
    /// The re-encode's command line (the copy's fallback too).
    pub reencode: Vec<OsString>,
}

/// The merge's checks and command lines, as `concat_clips_in` makes them, for clips
/// whose ffprobe answers are given (nothing is run, nothing is written).
pub fn merge_plan(clips: &[MergeClip], list: &Path, part: &Path) -> Result<MergePlan, MergeError> {
    use crate::ffmpeg::{args, list as concat, probe, trim};
    if clips.len() < 2 {
        return Err(MergeError::NeedTwoClips);
    }
    let inputs: Vec<PathBuf> = clips.iter().map(|c| c.path.clone()).collect();
    concat::check_paths(&inputs)?;
    let mut probed = Vec::new();
    let mut spans = Vec::new();
    for (i, c) in clips.iter().enumerate() {
        let p = probe::parse_probe(&c.probe_json).map_err(MergeError::Probe)?;
        if !p.has_video {
            return Err(MergeError::Probe("no video".into()));
        }
        spans.push(trim::span(i + 1, c.trim, &p)?);
        probed.push(p);
    }
    let mut why = None;
    if !args::can_stream_copy(&probed) {
        why = Some("the clips differ".to_string());
    } else if !inputs.iter().all(|p| p.to_str().is_some()) {
        why = Some("a name cannot go into a concat list".to_string());
    } else {
        for (i, (c, s)) in clips.iter().zip(&spans).enumerate() {
            let keys = if s.cuts_start() {
                probe::parse_keyframes(&c.keyframes_csv)
            } else {
                Vec::new()
            };
            if let Some(w) = trim::copy_blocker(i + 1, s, &probed[i], &keys) {
                why = Some(w);
                break;
            }
        }
    }
    let copy = match why {
        Some(w) => Err(w),
        None => Ok((
            args::copy_args(list, part),
            concat::concat_list(&inputs, &spans),
        )),
    };
    Ok(MergePlan {
        spans: spans
            .iter()
            .map(|s| PlannedSpan {
                start: s.start,
                end: s.end,
                length: s.length,
                frame: s.frame,
            })
            .collect(),
        copy,
        reencode: args::reencode_args(&inputs, &probed, &spans, part),
    })
}
