//! A database that cannot be used as it is — cut short, bytes flipped (SQLite's
//! `integrity_check` is not "ok"), not a database at all — is moved aside, never
//! overwritten: `<name>.corrupt-<UTC time>`, with its `-wal` and `-shm` beside it under the
//! same new name (so the copy opens as it was). The app then starts with an empty library
//! (the live mode's history reload gives back what the server knows) and says so.
//!
//! Only what the file holds counts as damage: a lock held elsewhere, a permission, a full
//! disk or an I/O error leaves the file where it is and fails the load.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, ErrorCode};

use super::super::json_file;
use super::super::persist::PersistError;

/// Why a database could not be opened.
pub(crate) enum Failure {
    /// What the file holds is not a whole database of ours.
    Damaged(String),
    /// Anything else (the file is left alone).
    Other(PersistError),
}

/// SQLite found the file damaged while reading or writing it (a page that is not what
/// it should be, or not a database): unlike [`classify`], a schema error does not count.
pub(crate) fn is_damage(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase)
    )
}

/// An error met while reading what the file holds.
pub(crate) fn classify(e: rusqlite::Error) -> Failure {
    let damaged = match e.sqlite_error_code() {
        // Corrupt pages, not a database, or a schema that is not ours ("no such table",
        // SQLITE_ERROR) or rows of the wrong type.
        Some(
            ErrorCode::DatabaseCorrupt
            | ErrorCode::NotADatabase
            | ErrorCode::Unknown
            | ErrorCode::TypeMismatch
            | ErrorCode::ConstraintViolation,
        ) => true,
        // Busy, locked, permission, I/O, full, out of memory: the file may be fine.
        Some(_) => false,
        // rusqlite's own decoding errors: a column not of the type written.
        None => matches!(
            e,
            rusqlite::Error::FromSqlConversionFailure(..)
                | rusqlite::Error::InvalidColumnType(..)
                | rusqlite::Error::IntegralValueOutOfRange(..)
        ),
    };
    if damaged {
        Failure::Damaged(e.to_string())
    } else {
        Failure::Other(PersistError::Backend(e.to_string()))
    }
}

/// SQLite's full check of every page, index and FTS table.
pub(crate) fn check(conn: &Connection) -> Result<(), Failure> {
    let mut stmt = conn.prepare("PRAGMA integrity_check").map_err(classify)?;
    let found: Vec<String> = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .and_then(|rows| rows.take(5).collect())
        .map_err(classify)?;
    if found.len() == 1 && found[0] == "ok" {
        Ok(())
    } else {
        Err(Failure::Damaged(format!(
            "integrity check: {}",
            found.join("; ")
        )))
    }
}

/// `path` with `suffix` appended to its name (`jobs.db` → `jobs.db-wal`).
pub(crate) fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut s: OsString = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// The files SQLite keeps beside a database.
pub(crate) const SIDECARS: [&str; 3] = ["-wal", "-shm", "-journal"];

/// Move the database and its sidecars aside; answers where the database went.
pub(crate) fn set_aside(path: &Path, why: &str) -> std::io::Result<PathBuf> {
    let aside = json_file::set_aside(path, why)?;
    for suffix in SIDECARS {
        let side = beside(path, suffix);
        if side.exists() {
            std::fs::rename(&side, beside(&aside, suffix))?;
        }
    }
    Ok(aside)
}

/// Remove a database and its sidecars (a migration's unfinished temporary database).
pub(crate) fn remove_all(path: &Path) -> std::io::Result<()> {
    for p in std::iter::once(path.to_path_buf()).chain(SIDECARS.iter().map(|s| beside(path, s))) {
        match std::fs::remove_file(&p) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
    }
    Ok(())
}
