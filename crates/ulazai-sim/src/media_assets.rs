//! The four real, playable MP4 clips (made by `assets/make-clips.sh`), embedded, and
//! clips of any length built from them (see [`crate::mp4_loop`]).

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use axum::body::Bytes;
use uuid::Uuid;

use crate::mp4_loop::{self, Segment};

pub const CLIP_RED: &[u8] = include_bytes!("../assets/clip-red.mp4");
pub const CLIP_GREEN: &[u8] = include_bytes!("../assets/clip-green.mp4");
pub const CLIP_BLUE: &[u8] = include_bytes!("../assets/clip-blue.mp4");
pub const CLIP_YELLOW: &[u8] = include_bytes!("../assets/clip-yellow.mp4");

/// Clips in index order, with the name of their dominant colour.
pub const CLIPS: [(&str, &[u8]); 4] = [
    ("red", CLIP_RED),
    ("green", CLIP_GREEN),
    ("blue", CLIP_BLUE),
    ("yellow", CLIP_YELLOW),
];

/// Length of every embedded clip in seconds.
pub const CLIP_SECONDS: f64 = 2.0;

/// Index of the clip a job id maps to: the id's last byte modulo 4.
pub fn clip_index(id: &Uuid) -> usize {
    (id.as_bytes()[15] % 4) as usize
}

pub fn clip_for(id: &Uuid) -> &'static [u8] {
    CLIPS[clip_index(id)].1
}

/// Name of the dominant colour of a job's clip ("red", "green", "blue", "yellow").
pub fn clip_colour(id: &Uuid) -> &'static str {
    CLIPS[clip_index(id)].0
}

/// Built clips kept for the next request (a player reads one in many ranges). Bounded:
/// emptied when it holds more than this many.
const CACHE_MAX: usize = 32;

type Parts = Vec<(usize, u32)>;

/// A clip playing, in order, each `(clip index, seconds)` part: the embedded clip of that
/// index in a loop for that long. Built once per distinct list while it stays cached; if
/// building fails (it does not for the embedded clips, which a test checks), the first
/// part's embedded clip is served as it is.
pub fn looped(parts: &[(usize, u32)]) -> Bytes {
    static CACHE: OnceLock<Mutex<HashMap<Parts, Bytes>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(hit) = crate::sync::lock(cache).get(parts) {
        return hit.clone();
    }
    let segments: Vec<Segment> = parts
        .iter()
        .map(|&(i, secs)| Segment {
            clip: CLIPS[i % CLIPS.len()].1,
            seconds: f64::from(secs),
        })
        .collect();
    let bytes = match mp4_loop::build(&segments) {
        Ok(built) => Bytes::from(built),
        Err(e) => {
            tracing::warn!(error = %e, "cannot build a clip; serving the embedded one");
            return Bytes::from_static(CLIPS[parts.first().map_or(0, |p| p.0) % CLIPS.len()].1);
        }
    };
    let mut cache = crate::sync::lock(cache);
    if cache.len() >= CACHE_MAX {
        cache.clear();
    }
    cache.insert(parts.to_vec(), bytes.clone());
    bytes
}
