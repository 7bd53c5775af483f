//! A saved clip's file moves with its card: into the library sub-folder of the card's
//! folder, by a rename within the library (never a copy), the index updated in the same
//! step. A file the library cannot move (outside the library folder in use, or the
//! rename refused) stays where it is and the card keeps pointing at it.

use std::path::PathBuf;

use super::lock;
use super::Library;

impl Library {
    /// Put the job's saved file into the library's `sub` folder; answers where the file is
    /// now (`None`: the job has no file). Blocking: it touches the disk.
    pub fn relocate(&self, job_id: &str, sub: &str) -> Option<PathBuf> {
        let file = self.file(job_id)?;
        let Some(target) = self.dir().map(|d| d.join(sub)) else {
            return Some(file);
        };
        let here = file.parent().and_then(|p| dunce::canonicalize(p).ok());
        if here.is_some() && here == dunce::canonicalize(&target).ok() {
            return Some(file);
        }
        if self.inside(&file).is_none() {
            tracing::info!(
                job = job_id,
                "a saved clip outside the library folder in use is left where it is"
            );
            return Some(file);
        }
        let name = file.file_name()?.to_string_lossy().into_owned();
        let dest = match self.reserve(sub, &name) {
            Ok(dest) => dest,
            Err(e) => {
                tracing::warn!(job = job_id, error = %e, "cannot make the folder's sub-folder; the file stays");
                return Some(file);
            }
        };
        {
            // The index is held while the file moves: nobody reads the old path for a
            // file that is already gone.
            let mut index = lock(&self.index);
            if let Err(e) = std::fs::rename(&file, &dest) {
                drop(index);
                let _ = std::fs::remove_file(&dest);
                tracing::warn!(job = job_id, error = %e, "cannot move a saved clip; it stays where it is");
                return Some(file);
            }
            if let Some(entry) = index.get_mut(job_id) {
                entry.file = dest.clone();
            }
        }
        self.save();
        tracing::info!(job = job_id, sub, "a saved clip moved with its card");
        Some(dest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_moves_and_keeps_its_length() {
        let d = tempfile::tempdir().unwrap();
        let index = d.path().join("library.json");
        let lib = Library::open(index.clone(), d.path().join("lib"));
        let a = lib.reserve("Unfiled", "a.mp4").unwrap();
        std::fs::write(&a, b"clip").unwrap();
        lib.record("job-a", &a);
        lib.set_seconds("job-a", 2.5);
        // A namesake already in the folder keeps its name; the moved file gets another.
        std::fs::create_dir_all(d.path().join("lib/Trips")).unwrap();
        std::fs::write(d.path().join("lib/Trips/a.mp4"), b"other").unwrap();
        let moved = lib.relocate("job-a", "Trips").unwrap();
        assert_eq!(moved, d.path().join("lib/Trips/a (2).mp4"));
        assert_eq!(std::fs::read(&moved).unwrap(), b"clip");
        assert!(!a.exists());
        let again = Library::open(index, d.path().join("lib"));
        assert_eq!(again.file("job-a"), Some(moved.clone()));
        assert_eq!(again.seconds("job-a"), Some(2.5));
        assert_eq!(lib.relocate("job-a", "Trips"), Some(moved), "already there");
        assert_eq!(lib.relocate("no-job", "Trips"), None);
    }
}
