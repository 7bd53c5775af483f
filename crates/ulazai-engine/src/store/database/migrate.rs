//! Moving `jobs.json` (the store of earlier versions) into the database, without loss.
//!
//! When the database does not exist and `jobs.json` does, the file is read as
//! `JsonFilePersist::load` reads it (a damaged one salvaged, its damaged original set
//! aside) and everything in it is written into a new database under a temporary name in
//! one transaction. That database is closed (its WAL folded in), `jobs.json` is renamed
//! `jobs.json.migrated`, and the new database takes its real name: it appears whole or not
//! at all. A start cut short in between finds no database and migrates again, from
//! `jobs.json` or — when the rename was done — from `jobs.json.migrated`.
//!
//! `jobs.json.migrated` is deleted only when the database has been opened successfully
//! on a later start. A `jobs.json` from a newer version is refused
//! ([`PersistError::Newer`]): no database is made and the file is left as it is.

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::super::json_file;
use super::super::persist::{JsonFilePersist, Persist, PersistError};
use super::damage;
use super::save::{self, backend, Written};

/// `jobs.json` → `jobs.json.migrated`.
pub(crate) fn migrated_name(json: &Path) -> PathBuf {
    damage::beside(json, ".migrated")
}

/// Where to migrate from: `jobs.json`, else the `.migrated` copy of a migration that was
/// cut short before the database took its name.
pub(crate) fn source(json: &Path) -> Option<PathBuf> {
    [json.to_path_buf(), migrated_name(json)]
        .into_iter()
        .find(|p| p.is_file())
}

/// Migrate `src` (`json` or its `.migrated` copy) into a new database at `db`. `false`
/// when there was nothing to read after all.
pub(super) fn run(db: &Path, json: &Path, src: &Path) -> Result<bool, PersistError> {
    let Some(snapshot) = JsonFilePersist::new(src).load()? else {
        return Ok(false);
    };
    let jobs = snapshot.jobs.len();
    let image = snapshot.into();
    move_in(db, json, src, super::create, |conn| {
        save::save(conn, &mut Written::default(), &image, false)?;
        Ok(())
    })?;
    tracing::info!(from = %src.display(), to = %db.display(), jobs, "the job store moved into the database");
    Ok(true)
}

/// The steps every migration of a JSON file into a new database takes (see the module
/// docs): a database made by `create` under a temporary name, filled by `fill` (one
/// transaction), closed (its WAL folded in); then `json` (when `src` is `json` and it is
/// still there: a salvage may have set it aside) renamed `<json>.migrated`, and the
/// database given its name `db`.
pub(crate) fn move_in(
    db: &Path,
    json: &Path,
    src: &Path,
    create: impl FnOnce(&Path) -> Result<Connection, PersistError>,
    fill: impl FnOnce(&mut Connection) -> Result<(), PersistError>,
) -> Result<(), PersistError> {
    let name = db
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = db.with_file_name(format!(".{name}.migrating"));
    damage::remove_all(&tmp)?;
    let built = (|| -> Result<(), PersistError> {
        let mut conn = create(&tmp)?;
        fill(&mut conn)?;
        close(conn)
    })();
    if let Err(e) = built {
        let _ = damage::remove_all(&tmp);
        return Err(e);
    }
    if src == json && json.is_file() {
        let mut kept = migrated_name(json);
        if kept.exists() {
            // An older copy stays too (never over one).
            let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.3fZ");
            kept = damage::beside(json, &format!(".migrated-{stamp}"));
        }
        std::fs::rename(json, &kept)?;
    }
    std::fs::rename(&tmp, db)?;
    json_file::sync_dir(&json_file::folder_of(db));
    Ok(())
}

/// The database made from `json` opened once more: its `.migrated` copy is no longer
/// needed.
pub(crate) fn forget_migrated(json: &Path) {
    let kept = migrated_name(json);
    match std::fs::remove_file(&kept) {
        Ok(()) => tracing::info!(file = %kept.display(), "a migrated JSON file is removed"),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => {
            tracing::warn!(file = %kept.display(), error = %e, "cannot remove a migrated JSON file")
        }
    }
}

/// Close, folding the WAL into the database file (its `-wal` is removed).
fn close(conn: Connection) -> Result<(), PersistError> {
    conn.close().map_err(|(_, e)| backend(e))
}
