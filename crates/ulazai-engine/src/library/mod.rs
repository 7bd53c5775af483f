//! The creator's library on disk: which file is which job's clip ([`Library`], defined
//! here), safe names for files and folders, downloads that survive dropped connections and
//! never leave a partial file behind, and the check that a downloaded file really is a
//! video container.
//!
//! [`Library`] is the creator's finished videos on disk, and the only owner of "which file
//! belongs to which job":
//!
//! - The folder in use is set by the app (`set_dir`: env > setting > default); each app
//!   folder gets a sub-folder ([`folder_dir_name`]); file names come from the job
//!   ([`file_name`]), never from a server path.
//! - The index (`library.db`, job id → file, and the clip's length once probed;
//!   library/db.rs) is an SQLite database read once at open into memory (every job's
//!   view asks it for its file) and written a row at a time as an entry changes; the
//!   `library.json` of earlier versions moves in, a damaged database is set aside.
//! - A saved file lives in the sub-folder of its card's folder: it moves with the card
//!   ([`Library::relocate_all`], library/moves.rs: a rename, or a checked copy across
//!   volumes), journalled (library/journal.rs) so that a killed app loses nothing.
//! - Deleting a clip sends its file to the system trash and can put it back
//!   ([`Library::trash`], library/trash.rs).
//! - Downloads: one at a time per job (a per-job lock), at most [`PARALLEL`] at once, a
//!   free name claimed before the transfer (two look-alike clips never share a name),
//!   and every download is cancelled by [`Library::stop`].
//! - A file the index names but that is gone (the creator deleted it) is forgotten when it
//!   is next used ([`Library::existing_file`]).

pub mod container;
mod db;
#[cfg(test)]
mod db_tests;
pub mod download;
mod errors;
pub mod export;
pub mod filename;
pub(crate) mod index;
mod journal;
mod length;
mod marks;
mod moves;
mod options;
mod poster;
#[cfg(test)]
mod tests;
mod trash;
mod video;

pub use container::{check_container, Container, ContainerError};
pub use download::{ByteProgress, DownloadError, Downloader};
pub use export::{copy_into, ExportError, ExportItem, ShareError};
pub use filename::{file_name, folder_dir_name, unique_path};
pub use marks::{marked_name, write_sidecar, ExportMarks};
pub use options::{DownloadOptions, DEFAULT_MAX_BYTES};
pub use poster::{plain_job_id, POSTER_WIDTH};
pub use trash::{TrashError, Trashed};
use video::tools;
pub use video::{extension, is_video_file, video_content_type, VIDEO_EXTENSIONS};

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use tokio::sync::{watch, OwnedSemaphorePermit, Semaphore};

pub use self::db::{FILE as INDEX_FILE, LEGACY_FILE as LEGACY_INDEX_FILE};
use self::filename::claim;
use self::index::Entry;

/// At most this many downloads at once.
pub const PARALLEL: usize = 2;

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// The rows of `ids` as `index` has them (`None`: the row goes).
fn entry_rows<'a>(
    index: &BTreeMap<String, Entry>,
    ids: &[&'a str],
) -> Vec<(&'a str, Option<Entry>)> {
    ids.iter()
        .map(|id| (*id, index.get(*id).cloned()))
        .collect()
}

/// Write `rows` in one transaction; a failure is logged (the index stays in memory).
fn write_logged(conn: &mut rusqlite::Connection, rows: &[(&str, Option<Entry>)]) {
    if let Err(e) = db::write_rows(conn, rows) {
        tracing::error!(error = %e, "cannot save the library index");
    }
}

pub struct Library {
    /// The index database (`None`: a library without a data dir, for tests). Moves
    /// journal and posters live beside it.
    index_path: Option<PathBuf>,
    index: Mutex<BTreeMap<String, Entry>>,
    /// The index database's connection, the one writer (`None`: the index lives in
    /// memory only: no data dir, or a database this build must not touch). Taken before
    /// `index` when both are held.
    db: Mutex<Option<rusqlite::Connection>>,
    dir: RwLock<Option<PathBuf>>,
    locks: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
    permits: Arc<Semaphore>,
    stop: watch::Sender<bool>,
    /// The largest file a download may bring (`set_max_bytes`).
    max_bytes: AtomicU64,
}

impl Library {
    /// The library whose index is the database `library.db` in `index_path`'s folder
    /// (`index_path` names it, or the `library.json` of earlier versions beside it, which
    /// moves in; see library/db.rs) and whose files go into `dir`.
    pub fn open(index_path: PathBuf, dir: PathBuf) -> Library {
        let lib = Library::unread(&index_path, dir);
        lib.read_index(lock(&lib.db), lock(&lib.index));
        lib
    }

    /// [`Library::open`], the index read on a thread of its own: the library is there at
    /// once, and whatever needs its index or its database waits for them. The app opens
    /// it so while its window is being made: reading 100,000 clips took about 60 ms of
    /// the window's setup, and a setup that long made WebKit wait half a second more for
    /// the page (its first draw waited for the web process, which had not started yet).
    pub fn open_in_background(index_path: PathBuf, dir: PathBuf) -> Arc<Library> {
        let lib = Arc::new(Library::unread(&index_path, dir));
        let (held, locked) = std::sync::mpsc::channel();
        let reader = lib.clone();
        let spawned = std::thread::Builder::new()
            .name("library-index".into())
            .spawn(move || {
                // The database before the index, as everywhere; both held until read.
                let (conn, index) = (lock(&reader.db), lock(&reader.index));
                let _ = held.send(());
                reader.read_index(conn, index);
            });
        match spawned {
            // Returned once the thread holds both: no one sees the index before it is read.
            Ok(_) => {
                let _ = locked.recv();
            }
            Err(e) => {
                tracing::warn!(error = %e, "no thread for the library index; reading it now");
                lib.read_index(lock(&lib.db), lock(&lib.index));
            }
        }
        lib
    }

    /// The library of `index_path` and `dir`, its index not read yet.
    fn unread(index_path: &Path, dir: PathBuf) -> Library {
        let (db_path, _) = db::paths(index_path);
        let lib = Library {
            index_path: Some(db_path),
            ..Library::detached()
        };
        *lib.dir.write().unwrap_or_else(|e| e.into_inner()) = Some(dir);
        lib
    }

    /// Read the index database (moving `library.json` in) and settle the moves a killed
    /// run left half done, its connection and index held throughout.
    fn read_index(
        &self,
        mut conn: MutexGuard<'_, Option<rusqlite::Connection>>,
        mut index: MutexGuard<'_, BTreeMap<String, Entry>>,
    ) {
        let Some(path) = self.index_path.as_deref() else {
            return;
        };
        let (db_path, json) = db::paths(path);
        let opened = db::open(&db_path, &json);
        *index = opened.entries;
        *conn = opened.conn;
        moves::recover(path, &mut index, conn.as_mut());
    }

    /// A library with no folder and no index file: nothing can be saved into it.
    pub fn detached() -> Library {
        Library {
            index_path: None,
            index: Mutex::default(),
            db: Mutex::default(),
            dir: RwLock::new(None),
            locks: Mutex::default(),
            permits: Arc::new(Semaphore::new(PARALLEL)),
            stop: watch::channel(false).0,
            max_bytes: AtomicU64::new(DEFAULT_MAX_BYTES),
        }
    }

    /// The folder new files go into (`None` for a detached library).
    pub fn dir(&self) -> Option<PathBuf> {
        self.dir.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Use another folder for new files (files saved before stay where they are).
    pub fn set_dir(&self, dir: PathBuf) {
        *self.dir.write().unwrap_or_else(|e| e.into_inner()) = Some(dir);
    }

    /// The largest file one download may bring (default [`DEFAULT_MAX_BYTES`]).
    pub fn max_bytes(&self) -> u64 {
        self.max_bytes.load(Ordering::Relaxed)
    }

    pub fn set_max_bytes(&self, bytes: u64) {
        self.max_bytes.store(bytes.max(1), Ordering::Relaxed);
    }

    /// The job's file as recorded (no disk access: cheap enough for every event).
    pub fn file(&self, job_id: &str) -> Option<PathBuf> {
        lock(&self.index).get(job_id).map(|e| e.file.clone())
    }

    /// The saved clip's length as probed (no disk access), `None` until it is.
    pub fn seconds(&self, job_id: &str) -> Option<f64> {
        lock(&self.index).get(job_id).and_then(|e| e.seconds)
    }

    /// Remember the saved clip's probed length (ignored for a job without a file).
    pub fn set_seconds(&self, job_id: &str, seconds: f64) {
        if !(seconds.is_finite() && seconds > 0.0) {
            return;
        }
        let changed = match lock(&self.index).get_mut(job_id) {
            Some(e) if e.seconds != Some(seconds) => {
                e.seconds = Some(seconds);
                true
            }
            _ => false,
        };
        if changed {
            self.save_rows(&[job_id]);
        }
    }

    /// The job's file if it is still on disk; a recorded file that is gone is forgotten.
    pub fn existing_file(&self, job_id: &str) -> Option<PathBuf> {
        let file = self.file(job_id)?;
        if file.is_file() {
            return Some(file);
        }
        tracing::info!(
            job = job_id,
            "a saved clip is gone from the library; forgotten"
        );
        self.forget(job_id);
        None
    }

    /// Record `file` as the job's file (a new file: its length is not known yet).
    pub fn record(&self, job_id: &str, file: &Path) {
        let entry = Entry {
            file: file.to_path_buf(),
            seconds: None,
        };
        lock(&self.index).insert(job_id.to_string(), entry);
        self.save_rows(&[job_id]);
    }

    /// Forget the job's file (the file itself is left alone).
    pub fn forget(&self, job_id: &str) {
        if lock(&self.index).remove(job_id).is_some() {
            self.save_rows(&[job_id]);
        }
    }

    /// Write the rows of `ids` as the index holds them now (one transaction). The entries
    /// are read under the connection's lock, so two changes of one entry leave the row as
    /// the index ends; the index itself is held only while they are copied, not while the
    /// transaction reaches the disk (every job's view reads it).
    fn save_rows(&self, ids: &[&str]) {
        let mut db = lock(&self.db);
        let Some(conn) = db.as_mut() else {
            return;
        };
        let rows = entry_rows(&lock(&self.index), ids);
        write_logged(conn, &rows);
    }

    /// Held while one job's file is being made: a second request for the same job waits,
    /// then finds the file.
    pub(crate) fn job_lock(&self, job_id: &str) -> Arc<tokio::sync::Mutex<()>> {
        lock(&self.locks)
            .entry(job_id.to_string())
            .or_default()
            .clone()
    }

    /// One of the [`PARALLEL`] download slots.
    pub(crate) async fn slot(&self) -> Option<OwnedSemaphorePermit> {
        self.permits.clone().acquire_owned().await.ok()
    }

    /// A free name for `name` in the library's `sub` folder (created if needed), claimed
    /// at once with an empty placeholder that the download or merge replaces.
    pub fn reserve(&self, sub: &str, name: &str) -> std::io::Result<PathBuf> {
        static CLAIM: Mutex<()> = Mutex::new(());
        let dir = self
            .dir()
            .ok_or_else(|| std::io::Error::other("no library folder is set"))?
            .join(sub);
        std::fs::create_dir_all(&dir)?;
        let _one = lock(&CLAIM);
        claim(&dir, name)
    }

    /// Cancel every download and refuse new ones (app exit).
    pub fn stop(&self) {
        self.stop.send_replace(true);
    }

    pub(crate) fn cancel_rx(&self) -> watch::Receiver<bool> {
        self.stop.subscribe()
    }

    /// The job's file if it is fit to hand to the OS or the player: on disk, inside the
    /// library folder (links followed) and a video by its extension. The index is only
    /// a file of ours on disk: an entry naming `/etc/hostname` or `launcher.desktop` is
    /// never opened (blocking: it touches the disk).
    pub fn checked_file(&self, job_id: &str) -> Option<PathBuf> {
        match self.shareable_file(job_id) {
            Ok(file) => Some(file),
            Err(ShareError::NotSaved) => None,
            Err(why) => {
                tracing::warn!(job = job_id, %why, "a library entry refused");
                None
            }
        }
    }

    /// Where the posters (library/poster.rs) are kept: beside the index.
    fn poster_dir(&self) -> Option<PathBuf> {
        Some(self.index_path.as_ref()?.parent()?.join("posters"))
    }

    /// `file` resolved, if it lies inside the library folder (links followed) and is a file.
    /// Resolved without Windows' verbatim prefix (`dunce`): this path is handed to the UI,
    /// Explorer, the player, ffmpeg and drag-out, none of which take `\\?\C:\…`.
    pub fn inside(&self, file: &Path) -> Option<PathBuf> {
        let file = dunce::canonicalize(file).ok()?;
        let root = dunce::canonicalize(self.dir()?).ok()?;
        (file.starts_with(&root) && file.is_file()).then_some(file)
    }
}

/// A library in `dir` holding the demo's blue clip as `job-a`'s saved file (unit tests).
#[cfg(test)]
fn with_saved_clip(dir: &std::path::Path) -> Library {
    let lib = Library::open(dir.join(INDEX_FILE), dir.join("lib"));
    let clip = lib.reserve("Unfiled", "a.mp4").unwrap();
    std::fs::write(&clip, ulazai_sim::media_assets::CLIP_BLUE).unwrap();
    lib.record("job-a", &clip);
    lib
}
