//! Persisting the job store: `jobs.json` (written whole, `JsonFilePersist`) against the job
//! database (`SqlitePersist`, the rows that changed), at 1,000, 10,000 and 100,000 jobs.
//!
//! For each size and store: the bytes written to disk for ONE job's status change
//! (processing → completed, with its result URL), read from `/proc/self/io` around the
//! save — `write_bytes` (what reached the storage layer), or `wchar` (bytes passed to
//! `write`) when `write_bytes` stays 0, as on a tmpfs or in some containers: the table
//! says which — the time of that save, the time to load the store at the next start (read
//! and build the in-memory `Store`; for the database after a clean close, and after an end
//! without one, which runs SQLite's full check), and the file's size. The database's figure for one
//! change is also given averaged over 200 changes, which includes its WAL checkpoints
//! (every ~1,000 pages). A measurement, not a timed test: `make bench` prints it; other
//! sizes: `cargo bench -p ulazai-engine --bench store_write -- 500 20000`.

use std::path::Path;
use std::time::{Duration, Instant};

use ulazai_engine::api::RemoteJob;
use ulazai_engine::model::{Job, JobOrigin, JobStatus};
use ulazai_engine::store::curation::Marks;
use ulazai_engine::store::{
    JsonFilePersist, Persist, Snapshot, SqlitePersist, Store, SNAPSHOT_VERSION,
};

#[path = "common/io.rs"]
mod io;
use io::{ms, size_of, written};

const SIZES: &[usize] = &[1_000, 10_000, 100_000];
/// Status changes averaged for the database's amortised figure.
const CHANGES: usize = 200;

/// A job as a busy library holds it: completed, a prompt, a signed result URL, the
/// provider's metadata (about 1 KB of JSON, as in the README's footprint figures).
fn job(i: usize) -> Job {
    let start = chrono::DateTime::parse_from_rfc3339("2026-02-20T12:00:00Z").unwrap();
    let at = (start - chrono::Duration::seconds(i as i64)).to_rfc3339();
    let mut j = Job::server_merge(
        &format!("job-{i:06}"),
        &[],
        Some(format!("folder-{}", i % 12)),
        &at,
    );
    j.status = JobStatus::Completed;
    j.origin = JobOrigin::History;
    j.model_slug = Some("veo31_fast".into());
    j.mode = Some("text_to_video".into());
    j.prompt = Some(format!(
        "a red fox trotting through fresh snow at dawn, soft golden light, shallow depth of field, take {i}"
    ).into());
    j.result_urls = vec![result_url(i)];
    j.credits_charged = Some(20);
    j.provider_meta = Some(
        serde_json::json!({
            "effective_duration_seconds": 8, "resolution": "1080p", "aspect_ratio": "16:9",
            "provider": "veo", "seed": i
        })
        .into(),
    );
    j.completed_at = Some(at);
    j
}

fn result_url(i: usize) -> String {
    format!(
        "https://storage.example.com/renders/2026/02/20/job-{i:06}/output.mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAEXAMPLE%2F20260220%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260220T120000Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature={:064x}",
        i
    )
}

fn snapshot(n: usize) -> Snapshot {
    let mut jobs: Vec<Job> = (0..n).map(job).collect();
    // One job still rendering: the one whose status changes.
    let j = &mut jobs[n / 2];
    j.status = JobStatus::Processing;
    j.result_urls.clear();
    Snapshot {
        version: SNAPSHOT_VERSION,
        jobs,
        ..Snapshot::default()
    }
}

fn complete(snap: &mut Snapshot, at: usize, round: usize) {
    let j = &mut snap.jobs[at];
    j.status = if round.is_multiple_of(2) {
        JobStatus::Completed
    } else {
        JobStatus::Processing
    };
    j.result_urls = vec![result_url(at)];
    j.updated_at = format!("2026-02-20T13:00:{:02}.000Z", round % 60);
}

fn timed_load(p: &dyn Persist) -> (Duration, usize) {
    let t = Instant::now();
    let store = Store::from_snapshot(p.load().unwrap().expect("saved"));
    (t.elapsed(), store.len())
}

/// The time of `PRAGMA <pragma>` on the database at `path`.
fn check_time(path: &Path, pragma: &str) -> Duration {
    let conn = rusqlite::Connection::open(path).unwrap();
    let t = Instant::now();
    let _: String = conn
        .query_row(&format!("PRAGMA {pragma}"), [], |r| r.get(0))
        .unwrap();
    t.elapsed()
}

fn kb(bytes: u64) -> String {
    if bytes >= 10 << 20 {
        format!("{:.1} MB", bytes as f64 / 1e6)
    } else {
        format!("{:.1} KB", bytes as f64 / 1e3)
    }
}

fn main() {
    let sizes = io::sizes(SIZES);
    // On the disk the build uses (the system temp folder may be a tmpfs).
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("store_write");
    let mut counter = "write_bytes";
    let mut checks = Vec::new();
    println!("| jobs | store | one status change: written | its save | average of {CHANGES} changes | load at start (after a crash) | file (+ WAL) |");
    println!("|---:|---|---:|---:|---:|---:|---:|");
    for n in sizes {
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).unwrap();
        let at = n / 2;

        // jobs.json, written whole.
        let path = root.join("jobs.json");
        let mut snap = snapshot(n);
        JsonFilePersist::new(&path).save(&snap).unwrap();
        let json = JsonFilePersist::new(&path);
        let (load, len) = timed_load(&json);
        assert_eq!(len, n);
        complete(&mut snap, at, 0);
        let (bytes, wchar, took) = written(|| json.save(&snap).unwrap());
        if wchar {
            counter = "wchar";
        }
        println!(
            "| {n} | jobs.json | {} | {} | — | {} | {} |",
            kb(bytes),
            ms(took),
            ms(load),
            kb(size_of(&path))
        );

        // The database: the rows that changed.
        let path = root.join("jobs.db");
        let mut snap = snapshot(n);
        {
            let db = SqlitePersist::new(&path);
            db.load().unwrap();
            db.save(&snap).unwrap();
            db.close().unwrap();
        }
        let db = SqlitePersist::new(&path);
        let (load, len) = timed_load(&db);
        assert_eq!(len, n);
        // No clean close since that load: the next one runs the full check.
        let (crashed, len) = timed_load(&SqlitePersist::new(&path));
        assert_eq!(len, n);
        complete(&mut snap, at, 0);
        let (bytes, wchar, took) = written(|| db.save(&snap).unwrap());
        if wchar {
            counter = "wchar";
        }
        let (many, _, _) = written(|| {
            for round in 1..=CHANGES {
                complete(&mut snap, at, round);
                db.save(&snap).unwrap();
            }
        });
        println!(
            "| {n} | jobs.db | {} | {} | {} | {} ({}) | {} |",
            kb(bytes),
            ms(took),
            kb(many / CHANGES as u64),
            ms(load),
            ms(crashed),
            kb(size_of(&path) + size_of(&root.join("jobs.db-wal")))
        );
        // A job still rendering, for the status change below.
        complete(&mut snap, at + 1, 1);
        db.save(&snap).unwrap();
        drop(db);

        // The engine's way: the store shares its jobs with the save (an `Arc` each, copied
        // on write), so a save serialises only the job the store changed; and taking the
        // store's image (under the engine's lock) copies no job.
        let db = SqlitePersist::new(&path);
        let mut store = Store::from_image(db.load_image().unwrap().expect("saved"));
        let id = store.iter().nth(at).expect("a job").id.clone();
        let rate = |store: &mut Store, round: usize| {
            let marks = Marks::new(None, Some(round as u32 % 5 + 1)).unwrap();
            store.set_marks(std::slice::from_ref(&id), marks).unwrap();
            db.save_image(&store.image()).unwrap();
        };
        // One status change as a poll brings it (processing -> completed), then ratings.
        let done = RemoteJob {
            result_urls: vec![result_url(at + 1)],
            ..RemoteJob::bare(snap.jobs[at + 1].id.clone(), JobStatus::Completed)
        };
        let (bytes, _, took) = written(|| {
            store.apply_remote(&done).expect("a change");
            db.save_image(&store.image()).unwrap();
        });
        let (many, _, _) = written(|| {
            for round in 1..=CHANGES {
                rate(&mut store, round);
            }
        });
        let t = Instant::now();
        let image = store.image();
        let image_took = t.elapsed();
        drop(image);
        println!(
            "| {n} | jobs.db, the store's image ({} to take it; then ratings) | {} | {} | {} | — | — |",
            ms(image_took),
            kb(bytes),
            ms(took),
            kb(many / CHANGES as u64),
        );
        checks.push((
            n,
            check_time(&path, "integrity_check"),
            check_time(&path, "quick_check"),
        ));
    }
    let _ = std::fs::remove_dir_all(&root);
    println!();
    println!(
        "SQLite's check of the whole file (run at a start after an end without a clean close):"
    );
    for (n, full, quick) in checks {
        println!(
            "  {n} jobs: integrity_check {}, quick_check {}",
            ms(full),
            ms(quick)
        );
    }
    println!("Bytes counted: /proc/self/io {counter}. Load: read the store and build the in-memory Store (the database's after a crash includes its integrity check).");
}
