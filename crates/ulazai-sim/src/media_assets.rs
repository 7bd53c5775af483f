//! The four real, playable MP4 clips (made by `assets/make-clips.sh`), embedded.

use uuid::Uuid;

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

/// Length of every clip in seconds.
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
