//! The job store as an SQLite database (`jobs.db`; bundled SQLite, FTS5): [`SqlitePersist`]
//! implements [`Persist`], writing each save as the rows it changed.
//!
//! - One connection, one writer (this persist, behind a lock); `journal_mode=WAL`, so a
//!   reader (the test kit, a later view query) never blocks the writer nor sees half a save.
//! - `synchronous=FULL`: each commit (one per debounced save, at most a few a second)
//!   waits for its WAL frames to reach the disk. With `NORMAL` an app crash would still
//!   lose nothing (the WAL is in the OS's cache), but a power cut could take back the last
//!   saves — and with them a queue item marked "submitting" before its request went out,
//!   which the queue would then send again (a second batch, charged twice), or a "notified"
//!   id (a second notification). One fsync per save is what `jobs.json` cost before.
//! - `PRAGMA user_version` is the schema version ([`SCHEMA_VERSION`]); a database of a
//!   newer one is refused with [`PersistError::Newer`] and not touched: its version is
//!   read through a read-only connection (no write, no WAL checkpoint).
//! - The full check (`PRAGMA integrity_check`, every page: 50 ms at 10,000 jobs, half a
//!   second at 100,000) runs only when the last session did not end cleanly. A clean
//!   close ([`Persist::close`], from the engine's shutdown) writes a mark in `state`; the
//!   next open finds it, skips the check and clears it at once, so any end without a
//!   clean close (a crash, SIGKILL, a power cut) leaves no mark. After a clean close the
//!   load still reads every table page: damage there is SQLite's own error
//!   (SQLITE_CORRUPT/NOTADB) and set aside as before. An index or prompt-index page is
//!   only read by a later save or search: damage SQLite meets there keeps this session
//!   from closing clean, so the next start runs the full check and sets the file aside.
//! - The file is the creator's alone: made 0600 before SQLite opens it (its `-wal` and
//!   `-shm` take the database's mode), in a 0700 folder.
//!
//! The concerns, a module each: [`schema`] (tables, settings, schema steps), [`load`],
//! [`save`] (only what changed, per-row digests), [`migrate`] (from `jobs.json`),
//! [`damage`] (a database that cannot be used is set aside), [`search`] (prompts, FTS5).
//!
//! This slice keeps the engine's in-memory [`super::Store`]: a save still starts from a
//! whole [`Snapshot`] (serialised to find what changed), and the load reads every row.

pub(crate) mod damage;
mod load;
pub(crate) mod migrate;
mod save;
pub(crate) mod schema;
mod search;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use rusqlite::{Connection, OpenFlags};

pub use save::SaveCount;
pub use schema::SCHEMA_VERSION;

use super::json_file;
use super::persist::{Persist, PersistError, Snapshot, StoreImage};
use crate::model::JobId;
use damage::Failure;
pub(crate) use save::backend;
use save::Written;

/// The job store as a database file.
pub struct SqlitePersist {
    path: PathBuf,
    /// `jobs.json` to move in when the database does not exist yet.
    legacy: Option<PathBuf>,
    open: Mutex<Option<Open>>,
    /// Where the last unusable database was moved (set by `load`).
    set_aside: Mutex<Option<PathBuf>>,
    /// SQLite found damage in this session (a save or search): no clean close.
    damage_seen: AtomicBool,
}

/// The `state` row a clean close writes (see the module doc).
const CLEAN_CLOSE: &str = "clean_close";

/// The connection and what it last wrote.
struct Open {
    conn: Connection,
    written: Written,
}

impl SqlitePersist {
    pub fn new(path: impl Into<PathBuf>) -> SqlitePersist {
        SqlitePersist {
            path: path.into(),
            legacy: None,
            open: Mutex::new(None),
            set_aside: Mutex::new(None),
            damage_seen: AtomicBool::new(false),
        }
    }

    /// Move this `jobs.json` in when the database does not exist yet (see [`migrate`]).
    pub fn migrating_from(mut self, json: impl Into<PathBuf>) -> SqlitePersist {
        self.legacy = Some(json.into());
        self
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// When the last `load` found an unusable database: where it was moved to (the app
    /// started with an empty library).
    pub fn recovered_from(&self) -> Option<PathBuf> {
        self.set_aside
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Ids of the jobs whose prompt holds every word of `query` (whole words, prefixes,
    /// any substring in any language; any case), newest first, at most `limit`.
    pub fn search_prompts(&self, query: &str, limit: usize) -> Result<Vec<JobId>, PersistError> {
        self.searching(|conn| search::prompts(conn, query, limit))
    }

    /// [`SqlitePersist::search_prompts`] in no particular order, at most `at_most`.
    pub fn prompt_candidates(
        &self,
        query: &str,
        at_most: usize,
    ) -> Result<Vec<JobId>, PersistError> {
        self.searching(|conn| search::candidates(conn, query, at_most))
    }

    fn searching(
        &self,
        search: impl FnOnce(&Connection) -> rusqlite::Result<Vec<JobId>>,
    ) -> Result<Vec<JobId>, PersistError> {
        let mut slot = self.open.lock().unwrap_or_else(|e| e.into_inner());
        let open = self.ensure_open(&mut slot)?;
        search(&open.conn).map_err(|e| {
            if damage::is_damage(&e) {
                self.damage_seen.store(true, Ordering::SeqCst);
            }
            backend(e)
        })
    }

    /// [`Persist::save`], answering how many rows it wrote.
    pub fn save_counted(&self, snapshot: &Snapshot) -> Result<SaveCount, PersistError> {
        self.save_image_counted(&StoreImage::from(snapshot.clone()), false)
    }

    /// [`Persist::save_image`], answering how many rows it wrote; `share`: the image's jobs
    /// are the store's, remembered for the next save.
    pub fn save_image_counted(
        &self,
        image: &StoreImage,
        share: bool,
    ) -> Result<SaveCount, PersistError> {
        let mut slot = self.open.lock().unwrap_or_else(|e| e.into_inner());
        let open = self.ensure_open(&mut slot)?;
        save::save(&mut open.conn, &mut open.written, image, share).map_err(|e| {
            if e.is_damage() {
                tracing::warn!(file = %self.path.display(), "the job database is damaged; it is checked in full at the next start");
                self.damage_seen.store(true, Ordering::SeqCst);
            }
            e.into()
        })
    }

    /// [`Persist::close`]: mark the close clean (unless damage was met in this session)
    /// and close the connection (its WAL folded into the file).
    fn close_clean(&self) -> Result<(), PersistError> {
        let mut slot = self.open.lock().unwrap_or_else(|e| e.into_inner());
        let Some(open) = slot.take() else {
            return Ok(());
        };
        if self.damage_seen.load(Ordering::SeqCst) {
            return Ok(());
        }
        open.conn
            .execute(
                "INSERT OR REPLACE INTO state (name, body) VALUES (?1, 'true')",
                [CLEAN_CLOSE],
            )
            .map_err(backend)?;
        open.conn.close().map_err(|(_, e)| backend(e))
    }

    fn ensure_open<'a>(&self, slot: &'a mut Option<Open>) -> Result<&'a mut Open, PersistError> {
        if slot.is_none() {
            *slot = Some(self.open()?.0);
        }
        Ok(slot.as_mut().expect("opened above"))
    }

    /// Open (or make, or migrate into) the database; the snapshot it holds, `None` when
    /// it was made empty.
    fn open(&self) -> Result<(Open, Option<Snapshot>), PersistError> {
        crate::owner_only::create_dir_all(&json_file::folder_of(&self.path))?;
        if std::fs::symlink_metadata(&self.path).is_err() {
            if let Some(json) = &self.legacy {
                if let Some(src) = migrate::source(json) {
                    if migrate::run(&self.path, json, &src)? {
                        return self.open_existing(false);
                    }
                }
            }
            return self.make_empty();
        }
        // A newer database is refused before anything opens it for writing: its header
        // first, then (a version change may still be in the WAL) a read-only connection.
        let newer = match header_version(&self.path) {
            Some(v) if v > SCHEMA_VERSION => Some(v),
            _ => look(&self.path).ok().filter(|v| *v > SCHEMA_VERSION),
        };
        if let Some(version) = newer {
            return Err(PersistError::Newer {
                path: self.path.clone(),
                version: u64::from(version),
            });
        }
        self.open_existing(true)
    }

    /// Open the database file; `later_start`: it was not made by this open, so a
    /// migration's `jobs.json.migrated` may go.
    fn open_existing(&self, later_start: bool) -> Result<(Open, Option<Snapshot>), PersistError> {
        match open_checked(&self.path) {
            Ok((conn, snapshot, written)) => {
                if later_start {
                    self.forget_migrated();
                }
                let _ = crate::owner_only::tighten(&self.path, false);
                Ok((Open { conn, written }, Some(snapshot)))
            }
            Err(Failure::Damaged(why)) => {
                tracing::warn!(file = %self.path.display(), why, "the job database is damaged; it is kept aside and the library starts empty");
                let aside = damage::set_aside(&self.path, &why)?;
                *self.set_aside.lock().unwrap_or_else(|e| e.into_inner()) = Some(aside);
                self.make_empty()
            }
            Err(Failure::Other(e)) => Err(e),
        }
    }

    fn make_empty(&self) -> Result<(Open, Option<Snapshot>), PersistError> {
        let conn = create(&self.path)?;
        Ok((
            Open {
                conn,
                written: Written::default(),
            },
            None,
        ))
    }

    /// The database opened once more: the migrated `jobs.json` is no longer needed.
    fn forget_migrated(&self) {
        if let Some(json) = &self.legacy {
            migrate::forget_migrated(json);
        }
    }
}

impl Persist for SqlitePersist {
    /// Opens the database afresh (closing an earlier connection) and reads it whole.
    fn load(&self) -> Result<Option<Snapshot>, PersistError> {
        let mut slot = self.open.lock().unwrap_or_else(|e| e.into_inner());
        *slot = None;
        let (open, snapshot) = self.open()?;
        *slot = Some(open);
        Ok(snapshot)
    }

    fn save(&self, snapshot: &Snapshot) -> Result<(), PersistError> {
        self.save_counted(snapshot).map(|_| ())
    }

    /// [`Persist::load`], the jobs shared with the store and remembered as written.
    fn load_image(&self) -> Result<Option<StoreImage>, PersistError> {
        let mut slot = self.open.lock().unwrap_or_else(|e| e.into_inner());
        *slot = None;
        let (mut open, snapshot) = self.open()?;
        let image = snapshot.map(StoreImage::from);
        if let Some(image) = &image {
            open.written.share(&image.jobs);
        }
        *slot = Some(open);
        Ok(image)
    }

    /// Writes the jobs that are not the `Arc`s it last wrote or read, and the rest as
    /// [`Persist::save`] does.
    fn save_image(&self, image: &StoreImage) -> Result<(), PersistError> {
        self.save_image_counted(image, true).map(|_| ())
    }

    fn close(&self) -> Result<(), PersistError> {
        self.close_clean()
    }

    fn prompt_candidates(
        &self,
        query: &str,
        at_most: usize,
    ) -> Option<Result<Vec<JobId>, PersistError>> {
        Some(SqlitePersist::prompt_candidates(self, query, at_most))
    }
}

/// `user_version` as the file's header says (bytes 60-63), without SQLite; `None` when
/// the file does not start as a database.
pub(crate) fn header_version(path: &Path) -> Option<u32> {
    use std::io::Read;
    let mut header = [0u8; 100];
    std::fs::File::open(path)
        .ok()?
        .read_exact(&mut header)
        .ok()?;
    header
        .starts_with(b"SQLite format 3\0")
        .then(|| u32::from_be_bytes([header[60], header[61], header[62], header[63]]))
}

/// The schema version of the database at `path`, read through a read-only connection
/// that does not fold the WAL in when it closes.
pub(crate) fn look(path: &Path) -> Result<u32, rusqlite::Error> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    keep_wal_on_close(&conn, true)?;
    schema::version(&conn)
}

/// Whether closing `conn` leaves the WAL as it is (no checkpoint, the file not removed):
/// so while a database is being judged, a damaged or newer one keeps its WAL.
pub(crate) fn keep_wal_on_close(conn: &Connection, keep: bool) -> rusqlite::Result<()> {
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
        keep,
    )
    .map(drop)
}

/// Open an existing database for writing, check it whole (unless the last session closed
/// it cleanly), bring its schema up, read it, clear the clean-close mark.
fn open_checked(path: &Path) -> Result<(Connection, Snapshot, Written), Failure> {
    let conn = open_rw(path).map_err(|e| Failure::Other(backend(e)))?;
    keep_wal_on_close(&conn, true).map_err(|e| Failure::Other(backend(e)))?;
    let version = schema::version(&conn).map_err(damage::classify)?;
    if version > SCHEMA_VERSION {
        return Err(Failure::Other(PersistError::Newer {
            path: path.to_path_buf(),
            version: u64::from(version),
        }));
    }
    if !closed_clean(&conn, version).map_err(damage::classify)? {
        damage::check(&conn)?;
    }
    schema::configure(&conn).map_err(damage::classify)?;
    schema::bring_up(&conn).map_err(damage::classify)?;
    let (snapshot, written, _) = load::read(&conn).map_err(damage::classify)?;
    // From here until the next clean close, an end of any kind means a full check.
    conn.execute("DELETE FROM state WHERE name = ?1", [CLEAN_CLOSE])
        .map_err(damage::classify)?;
    keep_wal_on_close(&conn, false).map_err(|e| Failure::Other(backend(e)))?;
    Ok((conn, snapshot, written))
}

/// Whether the last session closed the database cleanly (its mark is in `state`).
fn closed_clean(conn: &Connection, version: u32) -> rusqlite::Result<bool> {
    if version < 1 {
        return Ok(false);
    }
    conn.query_row(
        "SELECT count(*) FROM state WHERE name = ?1",
        [CLEAN_CLOSE],
        |r| r.get::<_, i64>(0),
    )
    .map(|n| n > 0)
}

pub(crate) fn open_rw(path: &Path) -> rusqlite::Result<Connection> {
    Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
}

/// A new database at `path` with this build's schema: the file made (0600 on unix) before
/// SQLite opens it (an existing one is left as it is).
fn create(path: &Path) -> Result<Connection, PersistError> {
    create_with(path, schema::STEPS)
}

/// [`create`] for a database of another schema (`steps`, as [`schema::bring_up_steps`]
/// takes them): the library index uses it too.
pub(crate) fn create_with(path: &Path, steps: &[&str]) -> Result<Connection, PersistError> {
    crate::owner_only::file_options()
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)?;
    let conn = open_rw(path).map_err(backend)?;
    schema::configure(&conn).map_err(backend)?;
    schema::bring_up_steps(&conn, steps).map_err(backend)?;
    Ok(conn)
}

#[cfg(test)]
pub(crate) mod tests;
#[cfg(test)]
mod tests_close;
#[cfg(test)]
mod tests_shared;
