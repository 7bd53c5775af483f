//! The concat demuxer's list file: written only where the caller says (the app's own
//! folder, or a fresh private folder), created exclusively under a random name with mode
//! 0600, and never holding a path with a control character (a line break would start a
//! new directive in the list).

use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};

use tokio::io::AsyncWriteExt;

use super::run::CLIP_FORMATS;
use super::trim::Span;
use super::{io_err, MergeError};
use crate::cleanup::RemoveOnDrop;

/// Names tried before giving up (a clash of 64 random bits means something is wrong).
const NAME_TRIES: usize = 8;

/// Refuse input paths with control characters (newline, carriage return, tab, …).
pub(crate) fn check_paths(inputs: &[PathBuf]) -> Result<(), MergeError> {
    for p in inputs {
        let text = p.to_string_lossy();
        if text.chars().any(char::is_control) {
            let shown: String = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| text.into_owned())
                .chars()
                .map(|c| if c.is_control() { '?' } else { c })
                .collect();
            return Err(MergeError::BadPath(format!(
                "the name of {shown} contains a control character (such as a line break); \
                 rename the file and try again"
            )));
        }
    }
    Ok(())
}

/// An `ffconcat` list: one quoted absolute path per entry (`'` written as `'\''`), each
/// opened only as one of the [`CLIP_FORMATS`] (never as another list), with the entry's
/// `inpoint`/`outpoint` when `spans` (one per input, or none at all) cut it.
pub(crate) fn concat_list(inputs: &[PathBuf], spans: &[Span]) -> String {
    let mut s = String::from("ffconcat version 1.0\n");
    for (i, p) in inputs.iter().enumerate() {
        let path = p.to_str().unwrap_or_default().replace('\'', r"'\''");
        let _ = writeln!(s, "file '{path}'");
        let _ = writeln!(s, "option format_whitelist {CLIP_FORMATS}");
        if let Some(span) = spans.get(i) {
            if span.cuts_start() {
                let _ = writeln!(s, "inpoint {:.6}", span.start);
            }
            if span.cuts_end() {
                let _ = writeln!(s, "outpoint {:.6}", span.end);
            }
        }
    }
    s
}

/// Write the list for `inputs` into a new file in `dir` (created exclusively, mode 0600
/// on unix). The file is removed when the returned guard is dropped.
pub(crate) async fn write_list(
    dir: &Path,
    inputs: &[PathBuf],
    spans: &[Span],
) -> Result<(PathBuf, RemoveOnDrop), MergeError> {
    check_paths(inputs)?;
    let text = concat_list(inputs, spans);
    for _ in 0..NAME_TRIES {
        let path = dir.join(format!(
            "ulazai-concat-{:016x}.ffconcat",
            rand::random::<u64>()
        ));
        let mut options = tokio::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        options.mode(0o600);
        let mut file = match options.open(&path).await {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(io_err(e)),
        };
        let guard = RemoveOnDrop(Some(path.clone()));
        file.write_all(text.as_bytes()).await.map_err(io_err)?;
        file.flush().await.map_err(io_err)?;
        return Ok((path, guard));
    }
    Err(MergeError::Io("no free name for the concat list".into()))
}

/// A fresh folder only this user can enter (mode 0700 on unix), removed with its content
/// when dropped: where the list goes when the caller names no folder.
pub(crate) struct PrivateDir(PathBuf);

impl PrivateDir {
    pub(crate) fn create_in(parent: &Path) -> Result<PrivateDir, MergeError> {
        for _ in 0..NAME_TRIES {
            let path = parent.join(format!("ulazai-merge-{:016x}", rand::random::<u64>()));
            // Owner-only on unix; on Windows the folder inherits the ACL of its parent, the
            // app's work folder in the user's own profile.
            #[cfg(unix)]
            let builder = {
                let mut b = std::fs::DirBuilder::new();
                std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
                b
            };
            #[cfg(not(unix))]
            let builder = std::fs::DirBuilder::new();
            match builder.create(&path) {
                Ok(()) => return Ok(PrivateDir(path)),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(io_err(e)),
            }
        }
        Err(MergeError::Io("no free name for a merge folder".into()))
    }

    pub(crate) fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for PrivateDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_quotes_paths() {
        let inputs = [PathBuf::from("/a/it's.mp4"), PathBuf::from("/b c.mp4")];
        let l = concat_list(&inputs, &[]);
        let only = format!("option format_whitelist {CLIP_FORMATS}\n");
        assert_eq!(
            l,
            format!("ffconcat version 1.0\nfile '/a/it'\\''s.mp4'\n{only}file '/b c.mp4'\n{only}")
        );
        let span = |start, end| Span {
            start,
            end,
            length: 2.0,
            frame: 1.0 / 24.0,
        };
        let l = concat_list(&inputs, &[span(1.0, 2.0), span(0.0, 1.5)]);
        assert!(l.ends_with(&format!(
            "{only}inpoint 1.000000\nfile '/b c.mp4'\n{only}outpoint 1.500000\n"
        )));
    }

    /// The list never goes through a file (or a link) that is already there.
    #[cfg(unix)]
    #[tokio::test]
    async fn the_list_is_a_new_private_file() {
        use std::os::unix::fs::PermissionsExt;
        let dir = PrivateDir::create_in(&std::env::temp_dir()).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(dir.path()), 0o700);
        let inputs = [PathBuf::from("/a.mp4"), PathBuf::from("/b.mp4")];
        let (path, guard) = write_list(dir.path(), &inputs, &[]).await.unwrap();
        assert_eq!(path.parent(), Some(dir.path()));
        assert_eq!(mode(&path), 0o600);
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            concat_list(&inputs, &[])
        );
        let (other, _other_guard) = write_list(dir.path(), &inputs, &[]).await.unwrap();
        assert_ne!(path, other, "a fresh name every time");
        drop(guard);
        assert!(!path.exists(), "removed with its guard");
        let kept = dir.path().to_path_buf();
        drop(dir);
        assert!(!kept.exists(), "the private folder goes too");
    }

    #[test]
    fn control_characters_are_refused() {
        for bad in [
            "/x/a\nfile '/etc/b.mp4'.mp4",
            "/x/a\rb.mp4",
            "/x/a\tb.mp4",
            "/x/\u{7f}.mp4",
        ] {
            let got = check_paths(&[PathBuf::from("/x/ok.mp4"), PathBuf::from(bad)]);
            assert!(
                matches!(&got, Err(MergeError::BadPath(m)) if !m.chars().any(char::is_control)),
                "{bad:?}: {got:?}"
            );
        }
        assert_eq!(
            check_paths(&[PathBuf::from("/x/it's a clip (2).mp4")]),
            Ok(())
        );
    }
}
