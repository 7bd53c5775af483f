//! Library files leaving the app: which of them may be handed to the OS (a drag out of
//! the window, an export), and copying them into a folder the creator picked.
//!
//! Only the library's own files go out: the path the index records for the job, still a
//! regular file, inside the library folder once links are resolved, with a video
//! extension. Nothing a server sent is ever a path here.

use std::path::{Path, PathBuf};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::sync::watch;

use super::filename::{claim, new_part};
use super::Library;
use crate::cleanup::RemoveOnDrop;

/// Bytes copied between two progress reports (and cancel checks).
const CHUNK: usize = 1 << 20;

/// Why a clip's file may not leave the app. `Display` is a sentence for the creator.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ShareError {
    #[error("This clip is not in the library (yet).")]
    NotSaved,
    #[error("This clip's file is not in the library folder; save it into the library again.")]
    Outside,
    #[error("This clip's file is not a video the library saved.")]
    NotVideo,
}

impl Library {
    /// The job's file, resolved, when it may be handed to the OS (see the module docs).
    pub fn shareable_file(&self, job_id: &str) -> Result<PathBuf, ShareError> {
        let recorded = self.existing_file(job_id).ok_or(ShareError::NotSaved)?;
        let file = self.inside(&recorded).ok_or(ShareError::Outside)?;
        if !super::is_video_file(&file) {
            return Err(ShareError::NotVideo);
        }
        Ok(file)
    }
}

/// Why an export stopped. `Display` is a sentence for the creator.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    #[error("The clips could not be copied into {dir}: {why}")]
    Io { dir: String, why: String },
    #[error("The export was cancelled.")]
    Cancelled,
}

/// One file to export: the library's file and the name it gets in the chosen folder (a
/// safe name from [`super::file_name`]).
#[derive(Debug, Clone, PartialEq)]
pub struct ExportItem {
    pub source: PathBuf,
    pub name: String,
}

/// Copy `items` into `dest` (created if missing), each under its name — numbered
/// (`name (2).mp4`) when the name is taken, never replacing a file. Each copy goes into a
/// new `.part` file ([`new_part`]: never one that exists) renamed when complete; on failure
/// or cancel, the file being copied and its `.part` are removed (those already copied
/// stay). `on_bytes(done)` reports the bytes copied so far
/// over all items. Answers the files written, in order.
pub async fn copy_into(
    items: &[ExportItem],
    dest: &Path,
    on_bytes: impl Fn(u64),
    cancel: watch::Receiver<bool>,
) -> Result<Vec<PathBuf>, ExportError> {
    let io = |e: std::io::Error| ExportError::Io {
        dir: dest.display().to_string(),
        why: e.to_string(),
    };
    tokio::fs::create_dir_all(dest).await.map_err(io)?;
    let mut done = 0u64;
    let mut written = Vec::with_capacity(items.len());
    for item in items {
        if *cancel.borrow() {
            return Err(ExportError::Cancelled);
        }
        let target = claim(dest, &item.name).map_err(io)?;
        let target_guard = RemoveOnDrop(Some(target.clone()));
        let mut from = tokio::fs::File::open(&item.source).await.map_err(io)?;
        let (part, to) = new_part(&target).map_err(io)?;
        let part_guard = RemoveOnDrop(Some(part.clone()));
        // Bound after the guard, so dropped before it (a dropped future): closed first.
        let mut to = tokio::fs::File::from_std(to);
        let copied = copy_one(&mut from, &mut to, &mut done, &on_bytes, &cancel).await;
        // Closed before anything else happens to the part file, whatever the outcome:
        // tokio's `File` writes on a blocking thread that may still hold the handle after
        // the last await, and a file deleted while open stays listed on Windows (delete
        // pending) until its last handle closes: a cancelled export left its `.part`.
        drop(to.into_std().await);
        drop(from);
        copied.map_err(|e| e.into_export(io))?;
        tokio::fs::rename(&part, &target).await.map_err(io)?;
        part_guard.disarm();
        target_guard.disarm();
        written.push(target);
    }
    Ok(written)
}

/// Why [`copy_one`] stopped.
enum CopyStop {
    Io(std::io::Error),
    Cancelled,
}

impl CopyStop {
    fn into_export(self, io: impl Fn(std::io::Error) -> ExportError) -> ExportError {
        match self {
            CopyStop::Io(e) => io(e),
            CopyStop::Cancelled => ExportError::Cancelled,
        }
    }
}

/// Copy `from` into `to` (synced when whole), adding to `done` and reporting it; stops at
/// a cancel. Leaves both files open: the caller closes them.
async fn copy_one(
    from: &mut tokio::fs::File,
    to: &mut tokio::fs::File,
    done: &mut u64,
    on_bytes: &impl Fn(u64),
    cancel: &watch::Receiver<bool>,
) -> Result<(), CopyStop> {
    let mut buf = vec![0u8; CHUNK];
    loop {
        let n = from.read(&mut buf).await.map_err(CopyStop::Io)?;
        if n == 0 {
            break;
        }
        to.write_all(&buf[..n]).await.map_err(CopyStop::Io)?;
        *done += n as u64;
        on_bytes(*done);
        if *cancel.borrow() {
            return Err(CopyStop::Cancelled);
        }
    }
    to.sync_all().await.map_err(CopyStop::Io)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_cancel() -> watch::Receiver<bool> {
        watch::channel(false).1
    }

    #[test]
    fn only_the_librarys_own_video_files_are_shareable() {
        let d = tempfile::tempdir().unwrap();
        let lib = Library::open(d.path().join("library.json"), d.path().join("lib"));
        let clip = lib.reserve("Unfiled", "a clip.mp4").unwrap();
        lib.record("saved", &clip);
        let shared = lib.shareable_file("saved").unwrap();
        assert_eq!(shared, dunce::canonicalize(&clip).unwrap());
        // Never a Windows verbatim path (`\\?\C:\…`): Explorer, ffmpeg and the UI
        // take it badly, and it is where a path leaves the engine.
        assert!(
            !shared.to_string_lossy().starts_with(r"\\?\"),
            "{}",
            shared.display()
        );
        assert_eq!(lib.shareable_file("never"), Err(ShareError::NotSaved));

        // An index that names a file outside the folder (edited by hand, or a link).
        let outside = d.path().join("secret.mp4");
        std::fs::write(&outside, b"x").unwrap();
        lib.record("outside", &outside);
        assert_eq!(lib.shareable_file("outside"), Err(ShareError::Outside));
        #[cfg(unix)]
        {
            let link = d.path().join("lib/Unfiled/link.mp4");
            std::os::unix::fs::symlink(&outside, &link).unwrap();
            lib.record("link", &link);
            assert_eq!(lib.shareable_file("link"), Err(ShareError::Outside));
        }
        let text = lib.reserve("Unfiled", "notes.txt").unwrap();
        lib.record("text", &text);
        assert_eq!(lib.shareable_file("text"), Err(ShareError::NotVideo));
    }

    #[tokio::test]
    async fn copies_under_safe_names_without_replacing_anything() {
        let d = tempfile::tempdir().unwrap();
        let src = d.path().join("src.mp4");
        std::fs::write(&src, vec![7u8; CHUNK + 10]).unwrap();
        let dest = d.path().join("out");
        std::fs::create_dir_all(&dest).unwrap();
        std::fs::write(dest.join("clip.mp4"), b"the creator's own file").unwrap();
        let items = [
            ExportItem {
                source: src.clone(),
                name: "clip.mp4".into(),
            },
            ExportItem {
                source: src.clone(),
                name: "clip.mp4".into(),
            },
        ];
        let seen = std::sync::Mutex::new(Vec::new());
        let got = copy_into(&items, &dest, |b| seen.lock().unwrap().push(b), no_cancel())
            .await
            .unwrap();
        assert_eq!(
            got,
            vec![dest.join("clip (2).mp4"), dest.join("clip (3).mp4")]
        );
        assert_eq!(
            std::fs::read(dest.join("clip.mp4")).unwrap(),
            b"the creator's own file"
        );
        for f in &got {
            assert_eq!(std::fs::read(f).unwrap(), std::fs::read(&src).unwrap());
        }
        let seen = seen.into_inner().unwrap();
        assert_eq!(seen.last(), Some(&(2 * (CHUNK as u64 + 10))));
        assert!(seen.windows(2).all(|w| w[0] < w[1]), "{seen:?}");
        let mut names: Vec<_> = std::fs::read_dir(&dest)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names, ["clip (2).mp4", "clip (3).mp4", "clip.mp4"]);
    }

    /// Another user of a shared folder plants `<name>.part` as a link to one of the
    /// creator's files: the export never writes through it (nor truncates, nor removes
    /// it), and still lands under its name.
    #[cfg(unix)]
    #[tokio::test]
    async fn a_planted_part_link_is_never_followed() {
        let d = tempfile::tempdir().unwrap();
        let src = d.path().join("src.mp4");
        std::fs::write(&src, vec![9u8; 4096]).unwrap();
        let victim = d.path().join("victim.txt");
        std::fs::write(&victim, b"the creator's own file").unwrap();
        let dest = d.path().join("out");
        std::fs::create_dir_all(&dest).unwrap();
        let planted = dest.join("clip.mp4.part");
        std::os::unix::fs::symlink(&victim, &planted).unwrap();
        let items = [ExportItem {
            source: src.clone(),
            name: "clip.mp4".into(),
        }];
        let got = copy_into(&items, &dest, |_| {}, no_cancel()).await;
        assert!(
            std::fs::read(&victim).unwrap() == b"the creator's own file",
            "the victim was written through the planted link"
        );
        assert_eq!(got, Ok(vec![dest.join("clip.mp4")]));
        let out = dest.join("clip.mp4");
        assert!(!std::fs::symlink_metadata(&out).unwrap().is_symlink());
        assert_eq!(std::fs::read(&out).unwrap(), std::fs::read(&src).unwrap());
        // The planted link is not ours to remove; nothing else is left behind.
        assert!(std::fs::symlink_metadata(&planted).unwrap().is_symlink());
        let mut names: Vec<_> = std::fs::read_dir(&dest)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names, ["clip.mp4", "clip.mp4.part"]);
    }

    /// Repeated: whether the file being written is still open when it is removed depends
    /// on timing (a race that one run in eight lost on Windows).
    #[tokio::test]
    async fn a_cancelled_export_leaves_no_partial_file() {
        let d = tempfile::tempdir().unwrap();
        let src = d.path().join("src.mp4");
        std::fs::write(&src, vec![1u8; 3 * CHUNK]).unwrap();
        for round in 0..40 {
            let dest = d.path().join(format!("out-{round}"));
            let (tx, rx) = watch::channel(false);
            let items = [ExportItem {
                source: src.clone(),
                name: "big.mp4".into(),
            }];
            let stop = |_| {
                tx.send_replace(true);
            };
            let got = copy_into(&items, &dest, stop, rx).await;
            assert_eq!(got, Err(ExportError::Cancelled));
            let left: Vec<_> = std::fs::read_dir(&dest)
                .unwrap()
                .map(|e| e.unwrap().file_name())
                .collect();
            assert!(left.is_empty(), "round {round}: {left:?}");
        }
    }
}
