//! The library index (job id → saved clip's file and length): `library.json` as earlier
//! versions kept it (rewritten whole, atomically, at every change) against `library.db`
//! (library/db.rs: the changed entry's row), at 1,000, 10,000 and 100,000 entries.
//!
//! For each size: the bytes written to disk for ONE `record` (a clip saved), read from
//! `/proc/self/io` around it — `write_bytes`, or `wchar` when that stays 0 (a tmpfs, some
//! containers): the table says which — and its time; the database's figure also averaged
//! over 200 records (WAL checkpoints included); the time to open the index at start
//! (JSON: read and decoded as earlier versions did; database: `Library::open`, with its
//! full `integrity_check` and every row read into memory); the one-time migration of a
//! `library.json` into the database; and the file sizes. The heap an open takes at its
//! most (and, for the database, keeps: the entries in memory) is counted by this bench's
//! allocator. Last, why the entries stay in
//! memory: one look-up per job (what the engine does for every job it hands out) from the
//! map against a point query on the database. A measurement, not a timed test: other
//! sizes: `cargo bench -p ulazai-engine --bench library_index -- 500 20000`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde_json::{json, Map, Value};
use ulazai_engine::library::{Library, INDEX_FILE, LEGACY_INDEX_FILE};
use ulazai_engine::store::json_file::{self, Decoded, Tolerant};

#[path = "common/io.rs"]
mod io;
use io::{ms, size_of, written};

/// Counts the heap: what is held now and the most held since the last [`Heap::reset`].
struct Heap;

static HELD: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Heap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = HELD.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        unsafe { System.dealloc(p, layout) };
        HELD.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static HEAP: Heap = Heap;

impl Heap {
    /// The heap held now; the peak starts again from it.
    fn reset() -> usize {
        let now = HELD.load(Ordering::Relaxed);
        PEAK.store(now, Ordering::Relaxed);
        now
    }
    /// `(held, peak)` above `base`.
    fn since(base: usize) -> (usize, usize) {
        let (now, peak) = (HELD.load(Ordering::Relaxed), PEAK.load(Ordering::Relaxed));
        (now.saturating_sub(base), peak.saturating_sub(base))
    }
}

const SIZES: &[usize] = &[1_000, 10_000, 100_000];
/// Records averaged for the database's amortised figure.
const CHANGES: usize = 200;

fn id(i: usize) -> String {
    format!("job-{i:06}-0b4f9a2e")
}

fn file(i: usize) -> String {
    format!(
        "/home/creator/Videos/UlazAI Studio/Folder {}/a red fox trotting through fresh snow at dawn, take {i}.mp4",
        i % 12
    )
}

/// The JSON `library.json` held: most entries with their probed length.
fn index_json(n: usize) -> Map<String, Value> {
    (0..n)
        .map(|i| (id(i), json!({ "file": file(i), "seconds": 8.0 })))
        .collect()
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let t = Instant::now();
    let v = f();
    (v, t.elapsed())
}

/// `library.json` read as earlier versions read it (the whole JSON, then entry by entry).
fn read_json_index(path: &Path) -> usize {
    let decode = |v: &Value| {
        let map: BTreeMap<String, (PathBuf, Option<f64>)> = v
            .as_object()
            .into_iter()
            .flatten()
            .filter_map(|(id, e)| {
                let f = e.as_str().or_else(|| e["file"].as_str())?;
                Some((id.clone(), (PathBuf::from(f), e["seconds"].as_f64())))
            })
            .collect();
        Decoded::Value(map, 0)
    };
    match json_file::read_tolerant(path, decode).unwrap() {
        Tolerant::Read(map) => map.len(),
        _ => panic!("the JSON index reads whole"),
    }
}

fn kb(b: u64) -> String {
    if b >= 1 << 20 {
        format!("{:.1} MB", b as f64 / (1 << 20) as f64)
    } else {
        format!("{:.1} KB", b as f64 / 1024.0)
    }
}

fn main() {
    let sizes = io::sizes(SIZES);
    // On the disk the build uses (the system temp folder may be a tmpfs).
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("library_index");
    let mut counter = "write_bytes";
    println!("| entries | index | one record: written | its time | average of {CHANGES} records | open at start | its heap at most (kept) | migration | file |");
    println!("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
    let mut lookups = Vec::new();
    for n in sizes {
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).unwrap();
        let json_path = root.join(LEGACY_INDEX_FILE);
        let mut index = index_json(n);
        json_file::write_json(&json_path, &index, true).unwrap();
        let base = Heap::reset();
        let (len, open) = timed(|| read_json_index(&json_path));
        assert_eq!(len, n);
        let (_, json_peak) = Heap::since(base);
        // What `record` did: the entry into the map, the whole map written atomically.
        let (bytes, wchar, took) = written(|| {
            index.insert(id(n), json!(file(n)));
            json_file::write_json(&json_path, &index, true).unwrap();
        });
        if wchar {
            counter = "wchar";
        }
        println!(
            "| {n} | library.json | {} | {} | — | {} | {} | — | {} |",
            kb(bytes),
            ms(took),
            ms(open),
            kb(json_peak as u64),
            kb(size_of(&json_path))
        );
        index.remove(&id(n));
        json_file::write_json(&json_path, &index, true).unwrap();
        drop(index);

        let db_path = root.join(INDEX_FILE);
        let lib_dir = root.join("Library");
        let (lib, migration) = timed(|| Library::open(db_path.clone(), lib_dir.clone()));
        assert_eq!(lib.file(&id(n / 2)), Some(PathBuf::from(file(n / 2))));
        drop(lib);
        let base = Heap::reset();
        let (lib, open) = timed(|| Library::open(db_path.clone(), lib_dir.clone()));
        let (db_held, db_peak) = Heap::since(base);
        assert_eq!(lib.seconds(&id(n - 1)), Some(8.0));
        let (bytes, wchar, took) = written(|| lib.record(&id(n), Path::new(&file(n))));
        if wchar {
            counter = "wchar";
        }
        let (many, _, _) = written(|| {
            for k in 1..=CHANGES {
                lib.record(&id(n + k), Path::new(&file(n + k)));
            }
        });
        println!(
            "| {n} | library.db | {} | {} | {} | {} | {} ({} kept) | {} | {} |",
            kb(bytes),
            ms(took),
            kb(many / CHANGES as u64),
            ms(open),
            kb(db_peak as u64),
            kb(db_held as u64),
            ms(migration),
            kb(size_of(&db_path) + size_of(&root.join("library.db-wal")))
        );

        // One look-up per job: the map in memory against a point query.
        let (found, map) = timed(|| (0..n).filter(|i| lib.file(&id(*i)).is_some()).count());
        assert_eq!(found, n);
        let conn = rusqlite::Connection::open(&db_path).unwrap();
        let (found, query) = timed(|| {
            let mut stmt = conn
                .prepare_cached("SELECT file, seconds FROM entries WHERE id = ?1")
                .unwrap();
            (0..n)
                .filter(|i| stmt.query_row([id(*i)], |r| r.get::<_, String>(0)).is_ok())
                .count()
        });
        assert_eq!(found, n);
        lookups.push((n, map, query));
        drop((conn, lib));
    }
    println!(
        "\n({counter}: bytes written; {counter} = wchar when the storage layer reports nothing)"
    );
    println!("\n| entries | every job's file looked up: map in memory | point queries |");
    println!("|---:|---:|---:|");
    for (n, map, query) in lookups {
        println!("| {n} | {} | {} |", ms(map), ms(query));
    }
    let _ = std::fs::remove_dir_all(&root);
}
