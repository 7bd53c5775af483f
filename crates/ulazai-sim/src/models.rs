//! The model capability matrix served by `GET /api/v1/models/video/` and used by validation.

use serde_json::{json, Value};

/// Model-family specific request fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extras {
    None,
    /// `seedance_mode`, `first_frame_url`, `last_frame_url`, `reference_*_urls`.
    Seedance,
    /// `start_frame_url`, `end_frame_url`, `elements`.
    Kling,
    /// `character_orientation` (required).
    MotionControl,
}

#[derive(Debug, Clone)]
pub struct ModelSpec {
    pub slug: &'static str,
    pub name: &'static str,
    pub engine: &'static str,
    pub aspect_ratios: &'static [&'static str],
    pub durations: &'static [u32],
    pub quality_modes: &'static [&'static str],
    pub inputs: &'static [&'static str],
    pub credits: u64,
    pub max_prompt_chars: usize,
    pub supports_sound: bool,
    pub requires_prompt: bool,
    pub min_input_images: usize,
    pub max_input_images: usize,
    pub min_input_videos: usize,
    pub max_input_videos: usize,
    pub typical_seconds: (f64, f64),
    pub extras: Extras,
}

/// Largest batch (`count`) accepted by generate.
pub const MAX_BATCH: u32 = 4;

/// Motion control: the longest clip per `character_orientation`.
pub const MOTION_MAX_SECS_VIDEO: u32 = 30;
pub const MOTION_MAX_SECS_IMAGE: u32 = 10;

const R_VEO: &[&str] = &["16:9", "9:16", "Auto"];
const R_3: &[&str] = &["16:9", "9:16", "1:1"];
const R_2: &[&str] = &["16:9", "9:16"];
const R_SEEDANCE: &[&str] = &["16:9", "9:16", "1:1", "4:3", "3:4", "21:9"];
const STD_PRO: &[&str] = &["std", "pro"];
const NONE: &[&str] = &[];
const T: &[&str] = &["text"];
const TI: &[&str] = &["text", "image"];
const TV: &[&str] = &["text", "video"];
const TIV: &[&str] = &["text", "image", "video"];

static MODELS: &[ModelSpec] = &[
    ModelSpec {
        slug: "veo31_fast",
        name: "Veo 3.1 Fast",
        engine: "veo",
        aspect_ratios: R_VEO,
        durations: &[8],
        quality_modes: NONE,
        inputs: TI,
        credits: 100,
        max_prompt_chars: 4000,
        supports_sound: true,
        requires_prompt: true,
        min_input_images: 0,
        max_input_images: 2,
        min_input_videos: 0,
        max_input_videos: 0,
        typical_seconds: (30.0, 45.0),
        extras: Extras::None,
    },
    ModelSpec {
        slug: "veo31_quality",
        name: "Veo 3.1 Quality",
        engine: "veo",
        aspect_ratios: R_VEO,
        durations: &[8],
        quality_modes: NONE,
        inputs: TI,
        credits: 250,
        max_prompt_chars: 4000,
        supports_sound: true,
        requires_prompt: true,
        min_input_images: 0,
        max_input_images: 2,
        min_input_videos: 0,
        max_input_videos: 0,
        typical_seconds: (45.0, 60.0),
        extras: Extras::None,
    },
    ModelSpec {
        slug: "kling_3_0",
        name: "Kling 3.0",
        engine: "kling",
        aspect_ratios: R_3,
        durations: &[5, 10],
        quality_modes: STD_PRO,
        inputs: TI,
        credits: 100,
        max_prompt_chars: 2500,
        supports_sound: false,
        requires_prompt: true,
        min_input_images: 0,
        max_input_images: 1,
        min_input_videos: 0,
        max_input_videos: 0,
        typical_seconds: (60.0, 90.0),
        extras: Extras::Kling,
    },
    ModelSpec {
        slug: "kling_2_6",
        name: "Kling 2.6",
        engine: "kling",
        aspect_ratios: R_3,
        durations: &[5, 10],
        quality_modes: STD_PRO,
        inputs: TI,
        credits: 70,
        max_prompt_chars: 2500,
        supports_sound: false,
        requires_prompt: true,
        min_input_images: 0,
        max_input_images: 1,
        min_input_videos: 0,
        max_input_videos: 0,
        typical_seconds: (50.0, 80.0),
        extras: Extras::None,
    },
    ModelSpec {
        slug: "kling_3_0_motion_control",
        name: "Kling 3.0 Motion Control",
        engine: "kling",
        aspect_ratios: R_3,
        durations: &[5, 10, 15, 20, 25, 30],
        quality_modes: STD_PRO,
        inputs: TIV,
        credits: 120,
        max_prompt_chars: 2500,
        supports_sound: false,
        requires_prompt: false,
        min_input_images: 1,
        max_input_images: 1,
        min_input_videos: 1,
        max_input_videos: 1,
        typical_seconds: (60.0, 120.0),
        extras: Extras::MotionControl,
    },
    ModelSpec {
        slug: "wan_2_6_v2v",
        name: "Wan 2.6 Video Remix",
        engine: "wan",
        aspect_ratios: R_2,
        durations: &[5, 10],
        quality_modes: NONE,
        inputs: TV,
        credits: 80,
        max_prompt_chars: 2000,
        supports_sound: false,
        requires_prompt: true,
        min_input_images: 0,
        max_input_images: 0,
        min_input_videos: 1,
        max_input_videos: 1,
        typical_seconds: (60.0, 120.0),
        extras: Extras::None,
    },
    ModelSpec {
        slug: "hailuo_2_3_i2v",
        name: "Hailuo 2.3 Image-to-Video",
        engine: "hailuo",
        aspect_ratios: R_3,
        durations: &[6, 10],
        quality_modes: NONE,
        inputs: TI,
        credits: 60,
        max_prompt_chars: 5000,
        supports_sound: false,
        requires_prompt: false,
        min_input_images: 1,
        max_input_images: 1,
        min_input_videos: 0,
        max_input_videos: 0,
        typical_seconds: (40.0, 70.0),
        extras: Extras::None,
    },
    ModelSpec {
        slug: "grok_imagine_video",
        name: "Grok Imagine Video",
        engine: "grok",
        aspect_ratios: R_3,
        durations: &[6],
        quality_modes: NONE,
        inputs: T,
        credits: 50,
        max_prompt_chars: 5000,
        supports_sound: true,
        requires_prompt: true,
        min_input_images: 0,
        max_input_images: 0,
        min_input_videos: 0,
        max_input_videos: 0,
        typical_seconds: (20.0, 40.0),
        extras: Extras::None,
    },
    ModelSpec {
        slug: "seedance_2_0",
        name: "Seedance 2.0",
        engine: "seedance",
        aspect_ratios: R_SEEDANCE,
        durations: &[5, 10],
        quality_modes: NONE,
        inputs: TI,
        credits: 90,
        max_prompt_chars: 3000,
        supports_sound: false,
        requires_prompt: true,
        min_input_images: 0,
        max_input_images: 2,
        min_input_videos: 0,
        max_input_videos: 0,
        typical_seconds: (40.0, 80.0),
        extras: Extras::Seedance,
    },
];

/// Every model, in the order the models endpoint lists them.
pub fn all() -> &'static [ModelSpec] {
    MODELS
}

pub fn find(slug: &str) -> Option<&'static ModelSpec> {
    MODELS.iter().find(|m| m.slug == slug)
}

impl ModelSpec {
    /// Its typical range, or the one the simulator is configured with
    /// (`SimConfig::typical_secs`): what the matrix serves and renders are drawn from.
    pub fn typical_range(&self, configured: Option<(u32, u32)>) -> (f64, f64) {
        configured.map_or(self.typical_seconds, |(lo, hi)| (lo.into(), hi.into()))
    }

    /// Its entry in the served matrix; `typical` replaces its own typical range.
    pub fn to_json(&self, typical: Option<(u32, u32)>) -> Value {
        let (lo, hi) = self.typical_range(typical);
        json!({
            "slug": self.slug,
            "name": self.name,
            "engine": self.engine,
            "aspect_ratios": self.aspect_ratios,
            "durations": self.durations,
            "quality_modes": self.quality_modes,
            "inputs": self.inputs,
            "credits": self.credits,
            "max_prompt_chars": self.max_prompt_chars,
            "supports_sound": self.supports_sound,
            "max_batch": MAX_BATCH,
            "requires_prompt": self.requires_prompt,
            "min_input_images": self.min_input_images,
            "max_input_images": self.max_input_images,
            "min_input_videos": self.min_input_videos,
            "max_input_videos": self.max_input_videos,
            "typical_seconds": [lo, hi],
        })
    }
}
