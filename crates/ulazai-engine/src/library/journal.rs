//! The moves journal: a move of saved clips writes what it is about to do
//! (`library-moves.json` beside the index, atomically) before it touches a file, and
//! removes the journal once the index names every file where it is. A start that finds a
//! journal (the app was killed mid-move) settles each move it names from what is on disk
//! ([`settle`]), so that every clip's file is there exactly once and the index points at it:
//!
//! - the source is gone and the target is there: the move was made; the index names the
//!   target;
//! - the source is still there: the move was not made (or not finished: a link or a copy
//!   made, the source not yet removed): the target, when it is the move's own (empty, or
//!   the same bytes), is removed and the index names the source;
//! - neither is there: the file was gone before; the entry is left for `existing_file`.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::store::json_file;

/// One planned move of a job's saved file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Move {
    pub job: String,
    pub from: PathBuf,
    pub to: PathBuf,
}

/// The journal's file for the index at `index`.
pub(crate) fn path_for(index: &Path) -> PathBuf {
    json_file::folder_of(index).join("library-moves.json")
}

/// Record the moves about to be made (atomically: the journal is whole or absent).
pub(crate) fn write(journal: &Path, moves: &[Move]) -> std::io::Result<()> {
    json_file::write_json(journal, moves, false)
}

/// The journal is done with: every move it named is in the index.
pub(crate) fn clear(journal: &Path) {
    match std::fs::remove_file(journal) {
        Ok(()) => json_file::sync_dir(&json_file::folder_of(journal)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => tracing::error!(error = %e, "cannot remove the moves journal"),
    }
}

/// The moves a journal left by an interrupted move names (none: no journal, or one that
/// cannot be read, which is set aside).
pub(crate) fn pending(journal: &Path) -> Vec<Move> {
    match json_file::read_json::<Vec<Move>>(journal) {
        Ok(loaded) => loaded.value().unwrap_or_default(),
        Err(e) => {
            tracing::error!(error = %e, "cannot read the moves journal");
            Vec::new()
        }
    }
}

/// Where the file of an interrupted move is, from what is on disk (see the module docs);
/// `None`: neither file is there. Removes a target that is the move's own.
pub(crate) fn settle(m: &Move) -> Option<PathBuf> {
    let (from, to) = (m.from.is_file(), m.to.is_file());
    if from {
        // The target is the move's own (an empty file made for it, a link to the same
        // file, a copy) only when it is empty or holds the same bytes; a file that took
        // that name meanwhile is someone else's and stays.
        let ours = || {
            std::fs::metadata(&m.to).is_ok_and(|md| md.len() == 0)
                || super::moves::same_content(&m.from, &m.to).unwrap_or(false)
        };
        if to && ours() {
            if let Err(e) = std::fs::remove_file(&m.to) {
                tracing::warn!(error = %e, file = %m.to.display(), "cannot remove an unfinished move's target");
            }
        }
        tracing::info!(job = %m.job, "an interrupted move is rolled back");
        Some(m.from.clone())
    } else if to {
        tracing::info!(job = %m.job, "an interrupted move is finished");
        Some(m.to.clone())
    } else {
        None
    }
}
