//! The app's files in its data folder, read as a test (or a person with an editor or the
//! `sqlite3` tool) would: as JSON and SQL, not through the engine's types, so a test sees
//! what is really on disk.

use std::collections::HashMap;
use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};
use serde_json::{json, Value};

/// The job store's database in a data folder.
pub const JOBS_DB: &str = "jobs.db";

/// The job store, `jobs.db`, as the JSON the store of earlier versions (`jobs.json`) held:
/// `{"version", "jobs", "folders", "merges", "notified", "removed", "eta", "queue"}`, the
/// jobs newest first. Read in one transaction through a read-only connection (a reader
/// never sees half a save, and never folds the WAL in for the app). `Null` while there is
/// no database or it cannot be read.
pub fn jobs_file(data_dir: &Path) -> Value {
    read_db(&data_dir.join(JOBS_DB)).unwrap_or(Value::Null)
}

/// Replace the job store with `store` (the JSON [`jobs_file`] gives) while the app is not
/// running: the database goes and `jobs.json` takes its place, which the app moves into a
/// new database at its next start (the migration of earlier versions' stores).
pub fn replace_jobs(data_dir: &Path, store: &Value) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(data_dir.join(format!("{JOBS_DB}{suffix}")));
    }
    std::fs::write(
        data_dir.join("jobs.json"),
        serde_json::to_vec(store).expect("JSON"),
    )
    .expect("write jobs.json");
}

/// Whether the job database at `path` holds the mark of a clean close (the `state` row
/// `clean_close`, which spares the next start its full check); `None` when there is no
/// database or it cannot be read.
pub fn closed_clean(path: &Path) -> Option<bool> {
    let conn = read_only(path)?;
    conn.query_row(
        "SELECT count(*) FROM state WHERE name = 'clean_close'",
        [],
        |r| r.get::<_, i64>(0),
    )
    .ok()
    .map(|n| n > 0)
}

/// A read-only connection to the database at `path` (as a person with the sqlite3 tool
/// would read it while the app runs); `None` when there is none.
fn read_only(path: &Path) -> Option<Connection> {
    if !path.is_file() {
        return None;
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .ok()?;
    conn.busy_timeout(Duration::from_secs(5)).ok()?;
    Some(conn)
}

fn read_db(path: &Path) -> Option<Value> {
    let conn = read_only(path)?;
    let tx = conn.unchecked_transaction().ok()?;
    let column = |sql: &str| -> Option<Vec<String>> {
        let mut stmt = tx.prepare(sql).ok()?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0)).ok()?;
        rows.collect::<Result<Vec<_>, _>>().ok()
    };
    let parsed = |bodies: Vec<String>| -> Vec<Value> {
        bodies
            .iter()
            .map(|b| serde_json::from_str(b).unwrap_or(Value::Null))
            .collect()
    };
    // Newest first as the store orders them: by date (undated last), then as written.
    let jobs = parsed(column(
        "SELECT body FROM jobs ORDER BY created_at IS NULL, created_at DESC, seq DESC",
    )?);
    let folders = parsed(column("SELECT body FROM folders ORDER BY pos")?);
    let merges = parsed(column("SELECT body FROM merges ORDER BY pos")?);
    let notified = column("SELECT id FROM notified ORDER BY id")?;
    let removed = column("SELECT id FROM removed ORDER BY seq")?;
    let state = |name: &str| -> Value {
        tx.query_row("SELECT body FROM state WHERE name = ?1", [name], |r| {
            r.get::<_, String>(0)
        })
        .ok()
        .and_then(|b| serde_json::from_str(&b).ok())
        .unwrap_or(Value::Null)
    };
    let (eta, queue) = (state("eta"), state("queue"));
    let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0)).ok()?;
    Some(json!({
        "version": version,
        "jobs": jobs,
        "folders": folders,
        "merges": merges,
        "notified": notified,
        "removed": removed,
        "eta": eta,
        "queue": queue,
    }))
}

/// id → status of every job in the job store (empty while there is none).
pub fn stored_statuses(data_dir: &Path) -> HashMap<String, String> {
    stored_jobs(data_dir).into_iter().collect()
}

/// (id, status) of every job in the job store, in the store's order.
pub fn stored_jobs(data_dir: &Path) -> Vec<(String, String)> {
    jobs_file(data_dir)["jobs"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|j| {
            Some((
                j["id"].as_str()?.to_string(),
                j["status"].as_str().unwrap_or("").to_string(),
            ))
        })
        .collect()
}

/// The library index's database in a data folder.
pub const LIBRARY_DB: &str = "library.db";

/// The library's index, `library.db`, as the JSON the `library.json` of earlier versions
/// held: job id → the file's path, or `{"file": path, "seconds": length}` once the clip's
/// length is known. Read through a read-only connection; `Null` while there is no
/// database or it cannot be read.
pub fn library_index(data_dir: &Path) -> Value {
    read_library(&data_dir.join(LIBRARY_DB)).unwrap_or(Value::Null)
}

fn read_library(path: &Path) -> Option<Value> {
    let conn = read_only(path)?;
    let mut stmt = conn
        .prepare("SELECT id, file, seconds FROM entries ORDER BY id")
        .ok()?;
    let rows = stmt
        .query_map([], |r| {
            let (id, file) = (r.get::<_, String>(0)?, r.get::<_, String>(1)?);
            let entry = match r.get::<_, Option<f64>>(2)? {
                Some(seconds) => json!({ "file": file, "seconds": seconds }),
                None => Value::String(file),
            };
            Ok((id, entry))
        })
        .ok()?;
    let entries = rows.collect::<Result<serde_json::Map<_, _>, _>>().ok()?;
    Some(Value::Object(entries))
}

/// The file the library's index names for job `id`: an entry is the file's path, or
/// `{"file": path, "seconds": length}` once the clip's length is known.
pub fn library_file(data_dir: &Path, id: &str) -> Option<String> {
    let index = library_index(data_dir);
    let entry = &index[id];
    entry
        .as_str()
        .or_else(|| entry["file"].as_str())
        .map(str::to_string)
}
