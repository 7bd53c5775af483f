//! A creator's library, written straight into an app data dir the way the app keeps it:
//! `jobs.db` (the engine's `Snapshot`, crates/ulazai-engine/src/store/persist.rs, written as
//! `jobs.json` and moved into the database by the engine's own migration) and
//! `library.json` (job id → file, crates/ulazai-engine/src/library/mod.rs), with every
//! clip on disk (hard links to one small MP4, so 10,000 clips cost one file's space).
//!
//! The jobs are what months of daily rendering leave: completed, most of them in one of a
//! dozen folders, started from the app (so they carry their parameters), with prompts of
//! the usual length, one result URL, provider details, and a saved clip each — and its
//! poster, as saving it left it (the engine makes a clip's poster when the clip is saved).

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{json, Value};
use ulazai_engine::library::Library;
use ulazai_engine::store::Snapshot;

/// How many folders the clips are spread over (one clip in four stays unfiled).
pub const FOLDERS: usize = 12;

const MODELS: [&str; 6] = [
    "veo31_fast",
    "kling_3_0",
    "kling_2_6",
    "seedance_2_0",
    "grok_imagine_video",
    "hailuo_2_3_i2v",
];

const WORDS: [&str; 24] = [
    "a slow dolly shot",
    "over a misty harbour",
    "at golden hour",
    "neon reflections",
    "on wet asphalt",
    "a red fox",
    "running through snow",
    "cinematic lighting",
    "shallow depth of field",
    "drone view",
    "of terraced rice fields",
    "a lighthouse",
    "in a storm",
    "waves crashing",
    "macro shot",
    "of coffee being poured",
    "steam rising",
    "a city street",
    "at night",
    "handheld camera",
    "a dancer",
    "in an empty warehouse",
    "dust in the light",
    "35mm film grain",
];

pub fn folder_id(i: usize) -> String {
    format!("fold{i:04}")
}

pub fn job_id(i: usize) -> String {
    format!(
        "job_{:08x}{:08x}",
        i as u32 ^ 0x5bd1_e995,
        (i as u32).wrapping_mul(2_654_435_761)
    )
}

/// A prompt of 120–260 characters, different for every job (the search has work to do).
pub fn prompt(i: usize) -> String {
    let mut words = Vec::new();
    let mut k = i.wrapping_mul(7919);
    let target = 120 + (i * 37) % 140;
    let mut len = 0;
    while len < target {
        let w = WORDS[k % WORDS.len()];
        len += w.len() + 2;
        words.push(w);
        k = k.wrapping_mul(31).wrapping_add(17) % 1_000_003;
    }
    format!("Take {i}: {}", words.join(", "))
}

fn stamp(secs_ago: i64) -> String {
    (chrono::Utc::now() - chrono::Duration::seconds(secs_ago))
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Job `i` (0 = the newest; one every 20 minutes back in time), completed.
fn job(i: usize, media_base: &str) -> Value {
    let id = job_id(i);
    let model = MODELS[i % MODELS.len()];
    let prompt = prompt(i);
    let created = 600 + i as i64 * 1200;
    let folder = (i % 4 != 3).then(|| folder_id(i % FOLDERS));
    json!({
        "id": id,
        "status": "completed",
        "model_slug": model,
        "mode": "text_to_video",
        "prompt": prompt,
        "params": {
            "model_slug": model,
            "prompt": prompt,
            "aspect_ratio": "16:9",
            "duration_seconds": 5,
            "count": 1
        },
        "result_urls": [format!("{media_base}/media/results/{id}.mp4")],
        "credits_charged": 20 + (i % 4) as u32 * 10,
        "credits_refunded": null,
        "error_message": null,
        "provider_meta": {"effective_duration_seconds": 5, "resolution": "1280x720", "fps": 24},
        "created_at": stamp(created),
        "completed_at": stamp(created - 45 - (i % 40) as i64),
        "origin": "app",
        "folder_id": folder,
        "unknown_to_server": false,
        "updated_at": stamp(created - 50),
        "local_file": null
    })
}

/// What was written.
pub struct Seeded {
    pub jobs_json_bytes: u64,
}

/// Write `n` completed jobs (and their clips) into `data_dir`. `media_base` is the server
/// the result URLs name (the simulator). The snapshot is read back with the engine's own
/// type first, so a format the app would refuse fails here, not as an empty window.
pub async fn write(data_dir: &Path, n: usize, media_base: &str) -> Result<Seeded, String> {
    let folders: Vec<Value> = (0..FOLDERS)
        .map(|f| {
            json!({"id": folder_id(f), "name": format!("Project {}", f + 1),
                   "remote_id": null, "created_at": stamp(90 * 86_400)})
        })
        .collect();
    let jobs: Vec<Value> = (0..n).map(|i| job(i, media_base)).collect();
    let notified: Vec<String> = (0..n).map(job_id).collect();
    let snapshot = json!({
        "version": 1, "jobs": jobs, "folders": if n == 0 { vec![] } else { folders },
        "merges": [], "notified": notified, "removed": []
    });
    let parsed: Snapshot =
        serde_json::from_value(snapshot.clone()).map_err(|e| format!("seed format: {e}"))?;
    if parsed.jobs.len() != n {
        return Err("seed: the engine reads a different number of jobs".into());
    }
    let body = serde_json::to_vec(&snapshot).map_err(|e| e.to_string())?;
    std::fs::write(data_dir.join("jobs.json"), &body).map_err(|e| e.to_string())?;
    // Into the job database as the app keeps it (a start measured here must not include
    // the one-time move from jobs.json, nor removing the file it keeps afterwards).
    {
        use ulazai_engine::store::{Persist, SqlitePersist};
        let db =
            SqlitePersist::new(data_dir.join("jobs.db")).migrating_from(data_dir.join("jobs.json"));
        let moved = db.load().map_err(|e| format!("seed: {e}"))?;
        if moved.map_or(0, |s| s.jobs.len()) != n {
            return Err("seed: the database holds a different number of jobs".into());
        }
    }
    std::fs::remove_file(data_dir.join("jobs.json.migrated")).map_err(|e| e.to_string())?;

    // The clips: one real MP4 (the simulator's), hard-linked once per job.
    let lib = data_dir.join("Library").join("clips");
    std::fs::create_dir_all(&lib).map_err(|e| e.to_string())?;
    let original = lib.join("clip.mp4");
    std::fs::write(&original, ulazai_sim::media_assets::CLIP_BLUE).map_err(|e| e.to_string())?;
    let mut index = BTreeMap::new();
    for i in 0..n {
        let file = lib.join(format!("{}.mp4", job_id(i)));
        std::fs::hard_link(&original, &file).map_err(|e| format!("{}: {e}", file.display()))?;
        index.insert(job_id(i), file);
    }
    let index = serde_json::to_vec_pretty(&index).map_err(|e| e.to_string())?;
    std::fs::write(data_dir.join("library.json"), index).map_err(|e| e.to_string())?;

    // The posters: the engine's own (Library::poster, the code that runs when a clip is
    // saved) for the first clip, hard-linked for the others (the same clip, the same frame).
    if n > 0 {
        let library = Library::open(data_dir.join("library.json"), data_dir.join("Library"));
        let first = library
            .poster(&job_id(0), None)
            .await
            .ok_or("seed: no poster (is ffmpeg installed?)")?;
        for i in 1..n {
            let poster = first.with_file_name(format!("{}.jpg", job_id(i)));
            std::fs::hard_link(&first, &poster)
                .map_err(|e| format!("{}: {e}", poster.display()))?;
        }
    }
    Ok(Seeded {
        jobs_json_bytes: body.len() as u64,
    })
}
