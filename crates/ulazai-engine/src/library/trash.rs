//! Deleting a clip for real: its saved file goes to the system trash (the `trash` crate:
//! the XDG trash on Linux, the Recycle Bin on Windows, the Trash on macOS), never a plain
//! unlink, and the index forgets it. [`Trashed`] keeps what putting it back needs: on Linux
//! and Windows [`Library::restore`] finds the item in the trash by its original path and
//! restores it there, and the index names it again (with its length). The macOS Trash
//! cannot be read back through the crate: there the file stays in the Trash (the
//! Finder's "Put Back" restores it) and [`TrashError::NotRestorable`] says so.
//!
//! Only a file fit to share (`Library::shareable_file`: inside the library folder, a
//! video by its extension) is ever trashed: an index entry naming another file is
//! forgotten, never deleted.

use std::path::PathBuf;

use super::index::Entry;
use super::lock;
use super::Library;
use crate::Text;

/// A clip's file sent to the trash, with what putting it back needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Trashed {
    pub job_id: String,
    /// Where the file was (and goes back to).
    pub file: PathBuf,
    seconds: Option<f64>,
    /// When it was trashed (seconds since the epoch, the trash's own clock).
    at: i64,
}

/// Why a clip's file could not go to the trash or come back. `Display` is a sentence.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TrashError {
    #[error("The clip's file could not be moved to the trash: {0}")]
    Trash(String),
    #[error("The clip's file could not be put back from the trash: {0}")]
    Restore(String),
    #[error("The clip's file is no longer in the trash.")]
    Gone,
    #[error("A file is already at {0}; the clip's file was left in the trash.")]
    Taken(String),
    #[error("The clip's file is in the Trash: use Put Back in the Finder to restore it.")]
    NotRestorable,
}

impl TrashError {
    /// The sentence as a catalog message (its `Display` is the English, for logs); the
    /// system's own words and a path are variables.
    pub fn text(&self) -> Text {
        match self {
            TrashError::Trash(why) => Text::new("errors-trash-move").with("reason", why),
            TrashError::Restore(why) => Text::new("errors-trash-restore").with("reason", why),
            TrashError::Gone => Text::new("errors-trash-gone"),
            TrashError::Taken(path) => Text::new("errors-trash-taken").with("path", path),
            TrashError::NotRestorable => Text::new("errors-trash-put-back"),
        }
    }
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

impl Library {
    /// Send the saved files of `ids` to the system trash and forget them (one transaction of the index).
    /// Answers what was trashed, and the jobs whose file could not be (their entry kept).
    /// A job without a file is in neither list; a file not fit to share is forgotten only.
    /// Blocking: it touches the disk.
    pub fn trash(&self, ids: &[String]) -> (Vec<Trashed>, Vec<(String, TrashError)>) {
        let (mut done, mut failed) = (Vec::new(), Vec::new());
        for id in ids {
            let seconds = self.seconds(id);
            let file = match self.shareable_file(id) {
                Ok(file) => file,
                Err(super::ShareError::NotSaved) => continue,
                Err(why) => {
                    tracing::warn!(job = %id, %why, "a library entry is forgotten, its file left alone");
                    lock(&self.index).remove(id);
                    continue;
                }
            };
            let at = now();
            match trash::delete(&file) {
                Ok(()) => {
                    lock(&self.index).remove(id);
                    tracing::info!(job = %id, "a saved clip went to the trash");
                    done.push(Trashed {
                        job_id: id.clone(),
                        file,
                        seconds,
                        at,
                    });
                }
                Err(e) => {
                    tracing::warn!(job = %id, error = %e, "cannot move a saved clip to the trash");
                    failed.push((id.clone(), TrashError::Trash(e.to_string())));
                }
            }
        }
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        self.save_rows(&ids);
        (done, failed)
    }

    /// Put trashed files back where they were and name them in the index again; one
    /// answer per item, in order. Blocking: it reads the trash.
    pub fn restore(&self, items: &[Trashed]) -> Vec<Result<PathBuf, TrashError>> {
        let answers: Vec<Result<PathBuf, TrashError>> = items.iter().map(put_back).collect();
        let mut any = false;
        for (t, answer) in items.iter().zip(&answers) {
            if answer.is_ok() {
                let entry = Entry {
                    file: t.file.clone(),
                    seconds: t.seconds,
                };
                lock(&self.index).insert(t.job_id.clone(), entry);
                any = true;
            }
        }
        if any {
            let ids: Vec<&str> = items.iter().map(|t| t.job_id.as_str()).collect();
            self.save_rows(&ids);
        }
        answers
    }
}

#[cfg(any(
    target_os = "windows",
    all(
        unix,
        not(target_os = "macos"),
        not(target_os = "ios"),
        not(target_os = "android")
    )
))]
fn put_back(t: &Trashed) -> Result<PathBuf, TrashError> {
    use trash::os_limited;
    if t.file.exists() {
        return Err(TrashError::Taken(t.file.display().to_string()));
    }
    let wanted = |p: &std::path::Path| {
        p == t.file
            || std::fs::canonicalize(p.parent().unwrap_or(p)).ok()
                == t.file.parent().and_then(|d| std::fs::canonicalize(d).ok())
                && p.file_name() == t.file.file_name()
    };
    let items = os_limited::list().map_err(|e| TrashError::Restore(e.to_string()))?;
    // The newest item trashed from that place since the delete (an older namesake that
    // was deleted by hand before stays in the trash).
    let item = items
        .into_iter()
        .filter(|i| i.time_deleted >= t.at - 2 && wanted(&i.original_path()))
        .max_by_key(|i| i.time_deleted)
        .ok_or(TrashError::Gone)?;
    os_limited::restore_all([item]).map_err(|e| match e {
        trash::Error::RestoreCollision { path, .. } => {
            TrashError::Taken(path.display().to_string())
        }
        e => TrashError::Restore(e.to_string()),
    })?;
    Ok(t.file.clone())
}

#[cfg(not(any(
    target_os = "windows",
    all(
        unix,
        not(target_os = "macos"),
        not(target_os = "ios"),
        not(target_os = "android")
    )
)))]
fn put_back(_: &Trashed) -> Result<PathBuf, TrashError> {
    Err(TrashError::NotRestorable)
}

#[cfg(all(test, target_os = "linux"))]
pub(super) mod tests {
    use super::*;
    use std::sync::{Mutex, OnceLock};

    /// The trash of these tests: a private `XDG_DATA_HOME` (set once for the test
    /// process, before any trash call), and one test at a time.
    pub(in crate::library) fn private_trash() -> (std::sync::MutexGuard<'static, ()>, PathBuf) {
        static HOME: OnceLock<tempfile::TempDir> = OnceLock::new();
        static ONE: Mutex<()> = Mutex::new(());
        let guard = ONE.lock().unwrap_or_else(|e| e.into_inner());
        let home = HOME.get_or_init(|| {
            let d = tempfile::tempdir().unwrap();
            std::env::set_var("XDG_DATA_HOME", d.path());
            d
        });
        (guard, home.path().join("Trash/files"))
    }

    #[test]
    fn a_clip_goes_to_the_trash_and_comes_back() {
        let (_one, trash_files) = private_trash();
        let d = tempfile::tempdir().unwrap();
        let lib = super::super::with_saved_clip(d.path());
        lib.set_seconds("job-a", 2.0);
        let file = lib.file("job-a").unwrap();
        let (done, failed) = lib.trash(&["job-a".into(), "no-file".into()]);
        assert!(failed.is_empty(), "{failed:?}");
        assert_eq!(done.len(), 1);
        assert!(!file.exists(), "the file left the library");
        let name = file.file_name().unwrap();
        assert!(trash_files.join(name).is_file(), "the file is in the trash");
        assert_eq!(lib.file("job-a"), None, "the index forgot it");
        let again = Library::open(d.path().join("library.json"), d.path().join("lib"));
        assert_eq!(again.file("job-a"), None, "the index was saved");

        let back = lib.restore(&done);
        assert_eq!(back, vec![Ok(file.clone())]);
        assert!(file.is_file(), "the file is back where it was");
        assert!(
            !trash_files.join(name).exists(),
            "and no longer in the trash"
        );
        assert_eq!(lib.file("job-a"), Some(file.clone()));
        assert_eq!(lib.seconds("job-a"), Some(2.0), "with its length");
        assert_eq!(
            lib.restore(&done),
            vec![Err(TrashError::Taken(file.display().to_string()))]
        );
        std::fs::remove_file(&file).unwrap();
        assert_eq!(
            lib.restore(&done),
            vec![Err(TrashError::Gone)],
            "restored once only"
        );
    }

    #[test]
    fn a_file_outside_the_library_is_forgotten_never_trashed() {
        let (_one, _) = private_trash();
        let d = tempfile::tempdir().unwrap();
        let lib = Library::open(d.path().join("library.json"), d.path().join("lib"));
        let outside = d.path().join("notes.mp4");
        std::fs::write(&outside, b"mine").unwrap();
        lib.record("job-x", &outside);
        let (done, failed) = lib.trash(&["job-x".into()]);
        assert!(done.is_empty() && failed.is_empty());
        assert!(outside.is_file(), "left alone");
        assert_eq!(lib.file("job-x"), None);
    }
}
