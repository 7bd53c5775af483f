//! A saved clip's file moves with its card: into the library sub-folder of the card's
//! folder, the index updated in the same step. Within one volume the move is a rename
//! (atomic: a hard link, then the original unlinked; a rename onto a new empty file where
//! the file system has no hard links); across volumes (a sub-folder that is a mount point
//! or a link to another disk: `EXDEV`) it is a copy, checked (same size, same bytes),
//! then the original removed. A move never replaces a file. A file the library cannot move (outside the library folder
//! in use, or the move refused) stays where it is and the card keeps pointing at it.
//!
//! Crash safety: a move chooses its targets' names, writes the moves journal
//! (library/journal.rs) and only then touches a file; the moved entries' rows are written
//! (one transaction) once every file has moved, and the journal removed after it. A start
//! that finds the journal settles each move from what is on disk ([`recover`]).

use std::collections::{BTreeMap, HashSet};
use std::fs::File;
use std::io::{ErrorKind, Read};
use std::path::{Path, PathBuf};

use super::filename::unique_path_but;
use super::index::Entry;
use super::journal::{self, Move};
use super::lock;
use super::Library;

impl Library {
    /// Put the job's saved file into the library's `sub` folder; answers where the file is
    /// now (`None`: the job has no file). Blocking: it touches the disk.
    pub fn relocate(&self, job_id: &str, sub: &str) -> Option<PathBuf> {
        self.relocate_all(&[(job_id.to_string(), sub.to_string())])
            .pop()
            .flatten()
    }

    /// [`Library::relocate`] for many jobs at once, with one journal and one transaction of the index;
    /// answers where each file is now, in the order asked.
    pub fn relocate_all(&self, jobs: &[(String, String)]) -> Vec<Option<PathBuf>> {
        let mut now: Vec<Option<PathBuf>> = Vec::with_capacity(jobs.len());
        let mut plan: Vec<(usize, Move)> = Vec::new();
        let mut chosen: HashSet<PathBuf> = HashSet::new();
        for (i, (job_id, sub)) in jobs.iter().enumerate() {
            let file = self.file(job_id);
            if let Some(from) = &file {
                if let Some(to) = self.target(job_id, from, sub, &chosen) {
                    chosen.insert(to.clone());
                    let (job, from) = (job_id.clone(), from.clone());
                    plan.push((i, Move { job, from, to }));
                }
            }
            now.push(file);
        }
        if plan.is_empty() {
            return now;
        }
        let journal = self.index_path.as_deref().map(journal::path_for);
        if let Some(j) = &journal {
            let moves: Vec<Move> = plan.iter().map(|(_, m)| m.clone()).collect();
            if let Err(e) = journal::write(j, &moves) {
                tracing::error!(error = %e, "cannot write the moves journal; the files stay");
                return now;
            }
        }
        {
            // The index is held while the files move: nobody reads the old path for a
            // file that is already gone.
            let mut index = lock(&self.index);
            for (i, m) in &plan {
                match move_file(&m.from, &m.to) {
                    Ok(()) => {
                        if let Some(entry) = index.get_mut(&m.job) {
                            entry.file = m.to.clone();
                        }
                        now[*i] = Some(m.to.clone());
                        tracing::info!(job = %m.job, "a saved clip moved with its card");
                    }
                    Err(e) => {
                        tracing::warn!(job = %m.job, error = %e, "cannot move a saved clip; it stays where it is");
                    }
                }
            }
        }
        let moved: Vec<&str> = plan.iter().map(|(_, m)| m.job.as_str()).collect();
        self.save_rows(&moved);
        if let Some(j) = &journal {
            journal::clear(j);
        }
        now
    }

    /// A free name for the job's file `file` in `sub`, passing over the names `chosen`
    /// for this batch (`None`: it stays: already there, outside the library, or the
    /// folder cannot be made). Nothing is created but the folder.
    fn target(
        &self,
        job_id: &str,
        file: &Path,
        sub: &str,
        chosen: &HashSet<PathBuf>,
    ) -> Option<PathBuf> {
        let target = self.dir()?.join(sub);
        let here = file.parent().and_then(|p| dunce::canonicalize(p).ok());
        if here.is_some() && here == dunce::canonicalize(&target).ok() {
            return None;
        }
        if self.inside(file).is_none() {
            tracing::info!(
                job = job_id,
                "a saved clip outside the library folder in use is left where it is"
            );
            return None;
        }
        let name = file.file_name()?.to_string_lossy().into_owned();
        if let Err(e) = std::fs::create_dir_all(&target) {
            tracing::warn!(job = job_id, error = %e, "cannot make the folder's sub-folder; the file stays");
            return None;
        }
        Some(unique_path_but(&target, &name, |p| chosen.contains(p)))
    }
}

/// Settle the moves a killed app left half done (the moves journal of the index
/// database `index_path`), so that the index names each file where it is; run when the
/// library is opened, its index and connection held.
pub(super) fn recover(
    index_path: &Path,
    index: &mut BTreeMap<String, Entry>,
    conn: Option<&mut rusqlite::Connection>,
) {
    let j = journal::path_for(index_path);
    let moves = journal::pending(&j);
    if moves.is_empty() {
        journal::clear(&j);
        return;
    }
    tracing::warn!(
        moves = moves.len(),
        "settling the moves of an interrupted run"
    );
    for m in &moves {
        if let (Some(file), Some(entry)) = (journal::settle(m), index.get_mut(&m.job)) {
            entry.file = file;
        }
    }
    if let Some(conn) = conn {
        let settled: Vec<&str> = moves.iter().map(|m| m.job.as_str()).collect();
        super::write_logged(conn, &super::entry_rows(index, &settled));
    }
    journal::clear(&j);
}

/// Move `from` to `to`, never over a file that is there: a hard link then the original
/// removed (atomic, and a name taken meanwhile is refused), a rename onto a new empty file
/// where the file system has no hard links, and across volumes a checked copy.
pub(crate) fn move_file(from: &Path, to: &Path) -> std::io::Result<()> {
    match std::fs::hard_link(from, to) {
        Ok(()) => {
            if let Err(e) = std::fs::remove_file(from) {
                let _ = std::fs::remove_file(to);
                return Err(e);
            }
            sync_dirs(from, to);
            Ok(())
        }
        Err(e) if e.kind() == ErrorKind::CrossesDevices => {
            File::create_new(to)?;
            copy_across(from, to)
        }
        Err(e) if e.kind() == ErrorKind::AlreadyExists => Err(e),
        Err(_) => {
            File::create_new(to)?;
            match std::fs::rename(from, to) {
                Ok(()) => {
                    sync_dirs(from, to);
                    Ok(())
                }
                Err(e) if e.kind() == ErrorKind::CrossesDevices => copy_across(from, to),
                Err(e) => {
                    let _ = std::fs::remove_file(to);
                    Err(e)
                }
            }
        }
    }
}

fn sync_dirs(from: &Path, to: &Path) {
    for dir in [to.parent(), from.parent()].into_iter().flatten() {
        crate::store::json_file::sync_dir(dir);
    }
}

/// The fallback of [`move_file`] across volumes, onto `to` (an empty file made for it):
/// copy, flush, compare (size, then every byte), and only then remove the original.
/// On failure `to` is removed and the original stays.
pub(crate) fn copy_across(from: &Path, to: &Path) -> std::io::Result<()> {
    let copy = || -> std::io::Result<()> {
        std::fs::copy(from, to)?;
        // Opened for writing: Windows flushes a file only through a handle that may write
        // (read-only, FlushFileBuffers is refused: every move across volumes failed there).
        std::fs::OpenOptions::new()
            .write(true)
            .open(to)?
            .sync_all()?;
        if !same_content(from, to)? {
            return Err(std::io::Error::other("the copy differs from the original"));
        }
        Ok(())
    };
    if let Err(e) = copy() {
        let _ = std::fs::remove_file(to);
        return Err(e);
    }
    std::fs::remove_file(from)?;
    sync_dirs(from, to);
    Ok(())
}

pub(super) fn same_content(a: &Path, b: &Path) -> std::io::Result<bool> {
    let (mut fa, mut fb) = (File::open(a)?, File::open(b)?);
    if fa.metadata()?.len() != fb.metadata()?.len() {
        return Ok(false);
    }
    let (mut ba, mut bb) = (vec![0u8; 1 << 16], vec![0u8; 1 << 16]);
    loop {
        let n = fa.read(&mut ba)?;
        if n == 0 {
            return Ok(fb.read(&mut bb[..1])? == 0);
        }
        fb.read_exact(&mut bb[..n])?;
        if ba[..n] != bb[..n] {
            return Ok(false);
        }
    }
}

#[cfg(test)]
#[path = "moves_tests.rs"]
mod tests;
