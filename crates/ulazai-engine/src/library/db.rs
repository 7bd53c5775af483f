//! The library index as an SQLite database (`library.db` beside the job store): one row per
//! saved clip (job id → file, and its length once probed), written as it changes — a clip
//! saved writes its row, not the index. Opened as the job database is
//! (`store::database`, whose helpers this shares): WAL, `synchronous=FULL`, the file made
//! 0600 in a 0700 folder before SQLite opens it.
//!
//! - `library.json` (the index of earlier versions; a damaged one salvaged as the JSON
//!   reader does, its original set aside) moves in on the first open, in one transaction,
//!   through `store::database::migrate::move_in`: the JSON is kept as
//!   `library.json.migrated` until the database has been opened once more.
//! - A database of a newer schema is refused and not touched: the library then keeps its
//!   index in memory only for this session.
//! - A database that cannot be used (not a database, cut short, `integrity_check` not
//!   "ok") is set aside with its `-wal`/`-shm` (`<name>.corrupt-<time>`), and the library
//!   starts empty: the clips' files are still on disk.
//!
//! The whole check runs at every open: at 100,000 entries the file is a few megabytes and
//! the check costs less than reading the rows (see the README's figures).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rusqlite::{params, Connection};

use super::index::{decode_index, Entry};
use crate::store::database::{self as sqlite, damage, migrate, schema};
use crate::store::json_file::{self, Tolerant};
use crate::store::persist::PersistError;

/// The index database's file name in the data folder.
pub const FILE: &str = "library.db";

/// The index of earlier versions, moved into the database on the first open.
pub const LEGACY_FILE: &str = "library.json";

/// The schema this build writes (`PRAGMA user_version`).
pub const SCHEMA_VERSION: u32 = 1;

/// `STEPS[n]` takes a database of version `n` to `n + 1`. `file` is the path as text (as
/// `library.json` held it); `seconds` is NULL until the clip's length is probed.
const STEPS: &[&str] = &["CREATE TABLE entries (
    id TEXT PRIMARY KEY,
    file TEXT NOT NULL,
    seconds REAL
) WITHOUT ROWID;"];

/// The database and the legacy JSON for an index path as callers name it: `library.db`,
/// or (as earlier versions and tests did) `library.json` — either gives both.
pub(crate) fn paths(index: &Path) -> (PathBuf, PathBuf) {
    let folder = json_file::folder_of(index);
    (folder.join(FILE), folder.join(LEGACY_FILE))
}

/// What opening the index found: the connection (`None`: the database was refused or
/// cannot be made: the index lives in memory for this session) and every entry.
pub(crate) struct Opened {
    pub conn: Option<Connection>,
    pub entries: BTreeMap<String, Entry>,
}

/// Open (or make, or migrate into) the index database `db`, `json` being the index of
/// earlier versions.
pub(crate) fn open(db: &Path, json: &Path) -> Opened {
    match try_open(db, json) {
        Ok((conn, entries)) => Opened {
            conn: Some(conn),
            entries,
        },
        Err(PersistError::Newer { version, .. }) => {
            tracing::error!(file = %db.display(), version, "the library index is from a newer version; it is left as it is and this session keeps its index in memory");
            Opened {
                conn: None,
                entries: BTreeMap::new(),
            }
        }
        Err(e) => {
            tracing::error!(file = %db.display(), error = %e, "cannot open the library index; this session keeps it in memory");
            Opened {
                conn: None,
                entries: BTreeMap::new(),
            }
        }
    }
}

fn try_open(db: &Path, json: &Path) -> Result<(Connection, BTreeMap<String, Entry>), PersistError> {
    crate::owner_only::create_dir_all(&json_file::folder_of(db))?;
    if std::fs::symlink_metadata(db).is_err() {
        if let Some(src) = migrate::source(json) {
            if let Some(entries) = read_json(&src) {
                let n = entries.len();
                migrate::move_in(db, json, &src, create, |conn| {
                    write_all(conn, &entries).map_err(sqlite::backend)
                })?;
                tracing::info!(from = %src.display(), to = %db.display(), entries = n, "the library index moved into its database");
                return open_existing(db, json, false);
            }
        }
        return Ok((create(db)?, BTreeMap::new()));
    }
    let newer = match sqlite::header_version(db) {
        Some(v) if v > SCHEMA_VERSION => Some(v),
        _ => sqlite::look(db).ok().filter(|v| *v > SCHEMA_VERSION),
    };
    if let Some(version) = newer {
        return Err(PersistError::Newer {
            path: db.to_path_buf(),
            version: u64::from(version),
        });
    }
    open_existing(db, json, true)
}

fn create(path: &Path) -> Result<Connection, PersistError> {
    sqlite::create_with(path, STEPS)
}

/// The entries of the JSON index `src` (a damaged one salvaged, its original set aside);
/// `None` when there is nothing to move in.
fn read_json(src: &Path) -> Option<BTreeMap<String, Entry>> {
    match json_file::read_tolerant(src, decode_index) {
        Ok(Tolerant::Read(map)) => Some(map),
        Ok(Tolerant::Salvaged { value, dropped, .. }) => {
            tracing::warn!(
                dropped,
                "the library index was damaged; what could be read is kept"
            );
            Some(value)
        }
        Ok(_) => None,
        Err(e) => {
            tracing::error!(error = %e, "cannot read the library index");
            None
        }
    }
}

/// Open the existing database, check it whole, read it; a damaged one is set aside and an
/// empty one made. `later_start`: the database was not made by this open, so a
/// migration's `library.json.migrated` may go.
fn open_existing(
    db: &Path,
    json: &Path,
    later_start: bool,
) -> Result<(Connection, BTreeMap<String, Entry>), PersistError> {
    match open_checked(db) {
        Ok(found) => {
            if later_start {
                migrate::forget_migrated(json);
            }
            let _ = crate::owner_only::tighten(db, false);
            Ok(found)
        }
        Err(damage::Failure::Damaged(why)) => {
            tracing::warn!(file = %db.display(), why, "the library index is damaged; it is kept aside and the index starts empty");
            damage::set_aside(db, &why)?;
            Ok((create(db)?, BTreeMap::new()))
        }
        Err(damage::Failure::Other(e)) => Err(e),
    }
}

fn open_checked(db: &Path) -> Result<(Connection, BTreeMap<String, Entry>), damage::Failure> {
    let other = |e| damage::Failure::Other(sqlite::backend(e));
    let conn = sqlite::open_rw(db).map_err(other)?;
    sqlite::keep_wal_on_close(&conn, true).map_err(other)?;
    let version = schema::version(&conn).map_err(damage::classify)?;
    if version > SCHEMA_VERSION {
        return Err(damage::Failure::Other(PersistError::Newer {
            path: db.to_path_buf(),
            version: u64::from(version),
        }));
    }
    damage::check(&conn)?;
    schema::configure(&conn).map_err(damage::classify)?;
    schema::bring_up_steps(&conn, STEPS).map_err(damage::classify)?;
    let entries = read_all(&conn).map_err(damage::classify)?;
    sqlite::keep_wal_on_close(&conn, false).map_err(other)?;
    Ok((conn, entries))
}

/// Every row (a row whose length is not a positive number reads as not probed).
pub(crate) fn read_all(conn: &Connection) -> rusqlite::Result<BTreeMap<String, Entry>> {
    let mut stmt = conn.prepare("SELECT id, file, seconds FROM entries")?;
    let rows = stmt.query_map([], |r| {
        let seconds: Option<f64> = r.get(2)?;
        Ok((
            r.get::<_, String>(0)?,
            Entry {
                file: PathBuf::from(r.get::<_, String>(1)?),
                seconds: seconds.filter(|s| s.is_finite() && *s > 0.0),
            },
        ))
    })?;
    rows.collect()
}

/// Write these rows (`None`: the entry is gone, its row removed), in one transaction.
pub(crate) fn write_rows(
    conn: &mut Connection,
    rows: &[(&str, Option<Entry>)],
) -> rusqlite::Result<()> {
    let tx = conn.transaction()?;
    for (id, entry) in rows {
        match entry {
            Some(e) => put(&tx, id, e)?,
            None => {
                tx.prepare_cached("DELETE FROM entries WHERE id = ?1")?
                    .execute([id])?;
            }
        }
    }
    tx.commit()
}

fn write_all(conn: &mut Connection, entries: &BTreeMap<String, Entry>) -> rusqlite::Result<()> {
    let tx = conn.transaction()?;
    for (id, e) in entries {
        put(&tx, id, e)?;
    }
    tx.commit()
}

fn put(conn: &Connection, id: &str, e: &Entry) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO entries (id, file, seconds) VALUES (?1, ?2, ?3)
         ON CONFLICT(id) DO UPDATE SET file = excluded.file, seconds = excluded.seconds",
    )?
    .execute(params![id, e.file.to_string_lossy(), e.seconds])
    .map(drop)
}
