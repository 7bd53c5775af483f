//! The one way the app keeps a file of its own (the job store, the library index, the
//! settings): JSON written atomically, and a file that cannot be read is set aside — kept
//! as `<name>.corrupt-<time>` for the creator or a bug report — never overwritten.
//!
//! - [`write_json`] / [`write_atomic`]: a temp file with a unique name in the same
//!   directory, fsync, rename over the target, then (unix) fsync the directory. The file
//!   is the creator's alone (`owner_only`: 0600 on unix, its folder 0700). Two
//!   writers never share a temp file; a crash leaves the old file or the new one.
//!   On Windows, replacing a file fails with "access denied" (os error 5) or a sharing
//!   violation (os error 32) while another handle has it open without delete sharing —
//!   a virus scanner, the search indexer, a backup tool, or another writer's rename in
//!   flight — and, where the POSIX rename semantics are not available, even with it
//!   (older Windows, Wine). Those holds are brief, so the rename is retried for up to
//!   [`REPLACE_PATIENCE`]; after that the error is returned (the write is never dropped
//!   silently, and the temp file is removed).
//! - [`read_json`]: missing → [`Loaded::Missing`]; unreadable as `T` (bad syntax OR the
//!   wrong shape) → moved aside, [`Loaded::SetAside`].
//! - [`read_tolerant`]: the same, but a damaged file costs only its damaged part: what can
//!   still be read ([`super::salvage`]) is decoded entry by entry by the caller, the file
//!   as it was is moved aside, and the caller writes the rest back. A decoder may refuse a
//!   file (a newer format): it is then left exactly as it is.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use serde::de::DeserializeOwned;
use serde::Serialize;

/// What [`read_json`] found.
#[derive(Debug)]
pub enum Loaded<T> {
    /// No file (first start).
    Missing,
    Read(T),
    /// The file could not be read as `T`; it was moved to this path.
    SetAside(PathBuf),
}

impl<T> Loaded<T> {
    /// The value, if one was read.
    pub fn value(self) -> Option<T> {
        match self {
            Loaded::Read(v) => Some(v),
            _ => None,
        }
    }
}

/// Read `path` as `T`; an unreadable file is moved aside (see the module docs). An I/O
/// error other than "not found" (permissions, a directory in the way) is returned as is.
pub fn read_json<T: DeserializeOwned>(path: &Path) -> std::io::Result<Loaded<T>> {
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Loaded::Missing),
        Err(e) => return Err(e),
    };
    match serde_json::from_slice::<T>(&bytes) {
        Ok(v) => Ok(Loaded::Read(v)),
        Err(e) => set_aside(path, &e.to_string()).map(Loaded::SetAside),
    }
}

/// What [`read_tolerant`] found.
#[derive(Debug)]
pub enum Tolerant<T> {
    /// No file (first start).
    Missing,
    /// Well-formed, every entry read.
    Read(T),
    /// Damaged or partly of the wrong shape: `value` is what could be read (`dropped`
    /// entries could not); the file as it was is kept at `aside`. Write `value` back.
    Salvaged {
        value: T,
        aside: PathBuf,
        dropped: usize,
    },
    /// The decoder refused the file (why): it is left untouched.
    Refused(String),
}

/// What a [`read_tolerant`] decoder makes of the JSON it is given.
pub enum Decoded<T> {
    /// The value and how many entries had to be left out.
    Value(T, usize),
    /// Do not use this file, and do not touch it (e.g. written by a newer version).
    Refuse(String),
}

/// Read `path` tolerantly (see the module docs). `decode` gets the whole JSON, or what
/// could be salvaged of it (`Value::Null` when nothing could).
pub fn read_tolerant<T>(
    path: &Path,
    decode: impl FnOnce(&serde_json::Value) -> Decoded<T>,
) -> std::io::Result<Tolerant<T>> {
    match read_bytes(path)? {
        None => Ok(Tolerant::Missing),
        Some(bytes) => decode_bytes(path, &bytes, decode),
    }
}

/// [`read_tolerant`] for a file that is nearly always whole: read straight as `T` first,
/// and only when that fails (or `accept` turns the value down) entry by entry through
/// `decode`. The straight read builds no `serde_json::Value` tree of the whole file, nor a
/// copy of each entry: for 10,000 jobs those cost more memory than the jobs themselves.
pub fn read_tolerant_typed<T: DeserializeOwned>(
    path: &Path,
    accept: impl FnOnce(&T) -> bool,
    decode: impl FnOnce(&serde_json::Value) -> Decoded<T>,
) -> std::io::Result<Tolerant<T>> {
    let Some(bytes) = read_bytes(path)? else {
        return Ok(Tolerant::Missing);
    };
    match serde_json::from_slice::<T>(&bytes) {
        Ok(value) if accept(&value) => Ok(Tolerant::Read(value)),
        _ => decode_bytes(path, &bytes, decode),
    }
}

/// The file's bytes; `None` when there is no file.
fn read_bytes(path: &Path) -> std::io::Result<Option<Vec<u8>>> {
    match fs::read(path) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

fn decode_bytes<T>(
    path: &Path,
    bytes: &[u8],
    decode: impl FnOnce(&serde_json::Value) -> Decoded<T>,
) -> std::io::Result<Tolerant<T>> {
    let (json, whole) = match serde_json::from_slice::<serde_json::Value>(bytes) {
        Ok(v) => (v, true),
        Err(_) => (
            super::salvage::salvage(bytes).unwrap_or(serde_json::Value::Null),
            false,
        ),
    };
    match decode(&json) {
        Decoded::Refuse(why) => {
            tracing::warn!(file = %path.display(), why, "file refused; left as it is");
            Ok(Tolerant::Refused(why))
        }
        Decoded::Value(value, 0) if whole => Ok(Tolerant::Read(value)),
        Decoded::Value(value, dropped) => {
            let why = if whole {
                format!("{dropped} entries of the wrong shape")
            } else {
                "damaged JSON".to_string()
            };
            let aside = set_aside(path, &why)?;
            Ok(Tolerant::Salvaged {
                value,
                aside,
                dropped,
            })
        }
    }
}

/// Move `path` aside as `<name>.corrupt-<UTC time>` (kept, never deleted); answers where.
pub fn set_aside(path: &Path, why: &str) -> std::io::Result<PathBuf> {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.3fZ");
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".into());
    let mut aside = path.with_file_name(format!("{name}.corrupt-{stamp}"));
    // Never over an earlier one (two within the same millisecond).
    for n in 1..1000 {
        if !aside.exists() {
            break;
        }
        aside = path.with_file_name(format!("{name}.corrupt-{stamp}-{n}"));
    }
    fs::rename(path, &aside)?;
    tracing::warn!(file = %path.display(), kept = %aside.display(), why, "unreadable file moved aside");
    Ok(aside)
}

/// Serialise `value` (pretty when `pretty`) and write it atomically.
pub fn write_json<T: Serialize + ?Sized>(
    path: &Path,
    value: &T,
    pretty: bool,
) -> std::io::Result<()> {
    let body = if pretty {
        serde_json::to_vec_pretty(value)
    } else {
        serde_json::to_vec(value)
    }
    .map_err(std::io::Error::other)?;
    write_atomic(path, &body)
}

/// Write `bytes` to `path` atomically (see the module docs).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = folder_of(path);
    crate::owner_only::create_dir_all(&dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    static SEQ: AtomicU64 = AtomicU64::new(0);
    let seq = SEQ.fetch_add(1, Ordering::Relaxed);
    let tmp = dir.join(format!(".{name}.tmp-{}-{seq}", std::process::id()));
    let write = || -> std::io::Result<()> {
        let mut f = crate::owner_only::file_options()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        replace(&tmp, path)?;
        sync_dir(&dir);
        Ok(())
    };
    write().inspect_err(|_| {
        let _ = fs::remove_file(&tmp);
    })
}

/// The folder `path` is in ("." for a bare file name).
pub(crate) fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Make a rename in `dir` durable (best effort; not possible on every OS).
pub(crate) fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// How long a rename over a file that another handle holds is retried (Windows).
pub const REPLACE_PATIENCE: std::time::Duration = std::time::Duration::from_secs(5);

/// Rename `tmp` over `path`. On Windows, retried while the target is held open by another
/// handle (see the module docs): `MoveFileExW(MOVEFILE_REPLACE_EXISTING)`, which
/// `std::fs::rename` falls back to, refuses to replace a file that is open.
fn replace(tmp: &Path, path: &Path) -> std::io::Result<()> {
    let start = std::time::Instant::now();
    let mut pause = std::time::Duration::from_millis(1);
    loop {
        match fs::rename(tmp, path) {
            Err(e) if held_by_another_handle(&e) && start.elapsed() < REPLACE_PATIENCE => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(std::time::Duration::from_millis(50));
            }
            done => return done,
        }
    }
}

/// Whether a failed rename means "another handle holds the target" (Windows only:
/// `ERROR_ACCESS_DENIED` 5, `ERROR_SHARING_VIOLATION` 32). On unix a rename never fails
/// for that reason, and a permission error there is final.
fn held_by_another_handle(e: &std::io::Error) -> bool {
    cfg!(windows) && matches!(e.raw_os_error(), Some(5) | Some(32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_leaves_only_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.json");
        assert!(matches!(
            read_json::<Vec<u32>>(&p).unwrap(),
            Loaded::Missing
        ));
        write_json(&p, &vec![1u32, 2], false).unwrap();
        write_json(&p, &vec![3u32], true).unwrap();
        assert_eq!(read_json::<Vec<u32>>(&p).unwrap().value(), Some(vec![3]));
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("a.json")]);
    }

    #[test]
    fn a_file_of_the_wrong_shape_is_set_aside_too() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("s.json");
        fs::write(&p, br#"{"not": "a list"}"#).unwrap();
        let Loaded::SetAside(aside) = read_json::<Vec<u32>>(&p).unwrap() else {
            panic!("a well-formed file of the wrong shape must be set aside");
        };
        assert!(!p.exists());
        assert_eq!(fs::read(&aside).unwrap(), br#"{"not": "a list"}"#);
        assert!(aside
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("s.json.corrupt-"));
    }

    #[test]
    fn concurrent_writers_never_share_a_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("many.json");
        std::thread::scope(|s| {
            for i in 0..8u32 {
                let p = &p;
                s.spawn(move || {
                    for j in 0..20u32 {
                        write_json(p, &vec![i; (j as usize) * 50], false).unwrap();
                    }
                });
            }
        });
        let v: Vec<u32> = read_json(&p).unwrap().value().expect("a whole file");
        assert!(
            v.windows(2).all(|w| w[0] == w[1]),
            "one writer's file, whole"
        );
    }

    /// What the app writes is the creator's alone (prompts, signed result URLs): the file
    /// is 0600 — also one written before with a wider mode — and a folder the writer
    /// creates is 0700, whatever the umask.
    #[cfg(unix)]
    #[test]
    fn files_and_the_folders_made_for_them_are_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("data").join("deeper").join("jobs.json");
        write_json(&p, &vec![1u32], false).unwrap();
        assert_eq!(mode(&p), 0o600, "the file");
        assert_eq!(mode(&d.path().join("data")), 0o700, "the data folder");
        assert_eq!(mode(&d.path().join("data/deeper")), 0o700);
        let old = d.path().join("old.json");
        fs::write(&old, b"[1]").unwrap();
        fs::set_permissions(&old, fs::Permissions::from_mode(0o644)).unwrap();
        write_json(&old, &vec![2u32], false).unwrap();
        assert_eq!(mode(&old), 0o600, "a file written before with 0644");
    }

    /// A reader (a virus scanner, the indexer, a backup) holding the file open for a
    /// moment does not make a write fail or get lost, on any OS.
    #[test]
    fn a_write_waits_out_a_reader_holding_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("held.json");
        write_json(&p, &vec![1u32], false).unwrap();
        let reader = fs::File::open(&p).unwrap();
        let release = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(300));
            drop(reader);
        });
        write_json(&p, &vec![2u32], false).unwrap();
        release.join().unwrap();
        assert_eq!(read_json::<Vec<u32>>(&p).unwrap().value(), Some(vec![2]));
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("held.json")]);
    }
}
