//! A creator's library, written straight into an app data dir the way the app keeps it:
//! `jobs.db` (the engine's `Snapshot`, crates/ulazai-engine/src/store/persist.rs, saved by
//! the engine's own `SqlitePersist` and closed cleanly, as the app leaves it when it quits)
//! and `library.db` (job id → file, crates/ulazai-engine/src/library/db.rs: written as
//! `library.json` and moved in by the library's own migration, the JSON then removed, as
//! the app's second start leaves it), with every
//! clip on disk (hard links to one small MP4 and one poster — a fresh copy every 50,000
//! links, ext4's limit being 65,000 — so 100,000 clips cost a few files' space and their
//! directory entries).
//!
//! Why the database is seeded directly: a start that finds only `jobs.json` moves it into
//! `jobs.db` first (a one-time migration, seconds at 100,000 jobs), and a database left
//! without the clean-close mark is checked page by page (`integrity_check`, half a second
//! at 100,000 jobs). Neither is the start a creator sees every day, so the seeded database
//! is closed cleanly and the measured start is a normal one.
//!
//! The jobs are what months of daily rendering leave: completed, most of them in one of a
//! dozen folders, started from the app (so they carry their parameters), with prompts of
//! the usual length, one result URL, provider details, and a saved clip each — and its
//! poster, as saving it left it (the engine makes a clip's poster when the clip is saved).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};
use ulazai_engine::library::{Library, INDEX_FILE, LEGACY_INDEX_FILE};
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
    // Jobs 4k, 4k+1 and 4k+2 in folder k mod 12, job 4k+3 unfiled: every folder holds
    // clips (folder i mod 12 left the three whose numbers are 3 mod 4 empty).
    let folder = (i % 4 != 3).then(|| folder_id((i / 4) % FOLDERS));
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
    /// `jobs.db` once closed (the WAL folded in).
    pub db_bytes: u64,
    /// The same store as `jobs.json` (what earlier versions kept), for comparison.
    pub json_bytes: u64,
    /// `library.db`, the clips' index.
    pub library_bytes: u64,
    /// Writing it all.
    pub took: std::time::Duration,
    /// Disk space the data dir takes (allocated blocks, each hard-linked file once).
    pub disk_bytes: u64,
}

/// Write `n` completed jobs (and their clips) into `data_dir`. `media_base` is the server
/// the result URLs name (the simulator). The snapshot is read back with the engine's own
/// type first, so a format the app would refuse fails here, not as an empty window.
pub async fn write(data_dir: &Path, n: usize, media_base: &str) -> Result<Seeded, String> {
    let started = std::time::Instant::now();
    let folders: Vec<Value> = (0..FOLDERS)
        .map(|f| {
            json!({"id": folder_id(f), "name": format!("Project {}", f + 1),
                   "remote_id": null, "created_at": stamp(90 * 86_400)})
        })
        .collect();
    let jobs: Vec<Value> = (0..n).map(|i| job(i, media_base)).collect();
    // No "already notified" marks: the app keeps none for a finished job in the library
    // (every seeded clip is completed), and its first save takes earlier versions' out of
    // the file, once.
    let notified: Vec<String> = Vec::new();
    let snapshot = json!({
        "version": 1, "jobs": jobs, "folders": if n == 0 { vec![] } else { folders },
        "merges": [], "notified": notified, "removed": []
    });
    let json_bytes = serde_json::to_vec(&snapshot)
        .map_err(|e| e.to_string())?
        .len() as u64;
    let parsed: Snapshot =
        serde_json::from_value(snapshot).map_err(|e| format!("seed format: {e}"))?;
    if parsed.jobs.len() != n {
        return Err("seed: the engine reads a different number of jobs".into());
    }
    {
        use ulazai_engine::store::{Persist, SqlitePersist};
        let db = SqlitePersist::new(data_dir.join("jobs.db"));
        db.save(&parsed).map_err(|e| format!("seed: {e}"))?;
        db.close().map_err(|e| format!("seed: {e}"))?;
        let back = SqlitePersist::new(data_dir.join("jobs.db"));
        let read = back.load().map_err(|e| format!("seed: {e}"))?;
        if read.map_or(0, |s| s.jobs.len()) != n {
            return Err("seed: the database holds a different number of jobs".into());
        }
        // Reading it back cleared the mark: close it cleanly again.
        back.close().map_err(|e| format!("seed: {e}"))?;
    }
    drop(parsed);

    // The clips: one real MP4 (the simulator's), hard-linked once per job.
    let lib = data_dir.join("Library").join("clips");
    std::fs::create_dir_all(&lib).map_err(|e| e.to_string())?;
    let original = lib.join("clip.mp4");
    std::fs::write(&original, ulazai_sim::media_assets::CLIP_BLUE).map_err(|e| e.to_string())?;
    let mut index = BTreeMap::new();
    link_copies(
        &original,
        (0..n).map(|i| lib.join(format!("{}.mp4", job_id(i)))),
    )?;
    for i in 0..n {
        index.insert(job_id(i), lib.join(format!("{}.mp4", job_id(i))));
    }
    let index = serde_json::to_vec_pretty(&index).map_err(|e| e.to_string())?;
    std::fs::write(data_dir.join(LEGACY_INDEX_FILE), index).map_err(|e| e.to_string())?;
    // Into `library.db` as the app keeps it (a measured start must not be the one-time
    // move from library.json, nor removing the copy it keeps afterwards).
    let library = Library::open(data_dir.join(INDEX_FILE), data_dir.join("Library"));
    std::fs::remove_file(data_dir.join(format!("{LEGACY_INDEX_FILE}.migrated")))
        .map_err(|e| format!("seed: library.json not moved into library.db: {e}"))?;
    if n > 0 && library.file(&job_id(n - 1)).is_none() {
        return Err("seed: library.db lacks a clip".into());
    }

    // The posters: the engine's own (Library::poster, the code that runs when a clip is
    // saved) for the first clip, hard-linked for the others (the same clip, the same frame).
    if n > 0 {
        let first = library
            .poster(&job_id(0), None)
            .await
            .ok_or("seed: no poster (is ffmpeg installed?)")?;
        link_copies(
            &first,
            (1..n).map(|i| first.with_file_name(format!("{}.jpg", job_id(i)))),
        )?;
    }
    // Closed: its WAL folded into the file, as a quit leaves it.
    drop(library);
    Ok(Seeded {
        db_bytes: std::fs::metadata(data_dir.join("jobs.db"))
            .map(|m| m.len())
            .unwrap_or(0),
        json_bytes,
        library_bytes: std::fs::metadata(data_dir.join(INDEX_FILE))
            .map(|m| m.len())
            .unwrap_or(0),
        took: started.elapsed(),
        disk_bytes: disk_use(data_dir),
    })
}

/// A file may have this many names at most here (ext4 allows 65,000 links per inode).
const LINKS_PER_FILE: usize = 50_000;

/// `targets`, each the same content as `source`: hard links, and a real copy (linked to
/// in turn) every [`LINKS_PER_FILE`] names.
fn link_copies(source: &Path, targets: impl Iterator<Item = PathBuf>) -> Result<(), String> {
    let mut source = source.to_path_buf();
    for (k, target) in targets.enumerate() {
        let made = if (k + 1) % LINKS_PER_FILE == 0 {
            let copied = std::fs::copy(&source, &target).map(drop);
            source = target.clone();
            copied
        } else {
            std::fs::hard_link(&source, &target)
        };
        made.map_err(|e| format!("{}: {e}", target.display()))?;
    }
    Ok(())
}

/// Allocated bytes under `dir`, a file with several hard links counted once (as `du`).
pub fn disk_use(dir: &Path) -> u64 {
    use std::os::unix::fs::MetadataExt;
    let mut seen = std::collections::HashSet::new();
    let mut todo = vec![dir.to_path_buf()];
    let mut total = 0;
    while let Some(d) = todo.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let Ok(m) = e.metadata() else { continue };
            if m.is_dir() {
                todo.push(e.path());
            }
            if seen.insert((m.dev(), m.ino())) {
                total += m.blocks() * 512;
            }
        }
    }
    total
}
