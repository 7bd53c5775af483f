//! Persistence of the job store behind a small trait.
//!
//! - [`MemoryPersist`]: shared in-memory slot (tests, demo mode).
//! - [`JsonFilePersist`]: one JSON file through [`super::json_file`] (atomic writes). A
//!   damaged file costs only its damaged part: the file as it was is moved aside, every
//!   job, folder and record that can still be read is kept (one bad job is skipped alone,
//!   and logged) and written back at once. A file written by a NEWER version (a higher
//!   `version`) is refused and left untouched: `load` fails with [`PersistError::Newer`]
//!   and the app runs from memory for that session.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};

use serde_json::Value;

pub use super::image::StoreImage;
use super::json_file::{self, Decoded, Tolerant};
use super::salvage;
use crate::model::{Folder, Job, JobId, MergeRecord};

/// The snapshot format version this build writes.
pub const SNAPSHOT_VERSION: u32 = 1;

/// Everything the store keeps across restarts.
#[derive(Debug, Serialize, Deserialize, Clone, Default, PartialEq)]
pub struct Snapshot {
    pub version: u32,
    #[serde(default)]
    pub jobs: Vec<Job>,
    #[serde(default)]
    pub folders: Vec<Folder>,
    #[serde(default)]
    pub merges: Vec<MergeRecord>,
    /// Job ids the desktop shell already notified about ("never notify twice").
    #[serde(default)]
    pub notified: Vec<JobId>,
    /// Job ids the creator removed from the view (not re-added by a history reload).
    #[serde(default)]
    pub removed: Vec<JobId>,
    /// What the clips that left the library were charged (today's and this week's
    /// credits keep them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paid: Vec<crate::spending::Paid>,
    /// What the poll scheduler learned about render times per model.
    #[serde(default)]
    pub eta: crate::poll::EtaSnapshot,
    /// The render queue: its items, pause, generate budget and current run.
    #[serde(default)]
    pub queue: crate::queue::QueueSnapshot,
}

#[derive(Debug, thiserror::Error)]
pub enum PersistError {
    #[error("could not read or write the job store: {0}")]
    Io(#[from] std::io::Error),
    #[error("the job store could not be encoded: {0}")]
    Format(#[from] serde_json::Error),
    #[error("the job store backend failed: {0}")]
    Backend(String),
    /// The file was written by a newer version of the app; it is kept as it is.
    #[error("{} was written by a newer version of UlazAI Studio (format {version}, this one reads {SNAPSHOT_VERSION}); it is kept as it is", .path.display())]
    Newer { path: PathBuf, version: u64 },
}

pub trait Persist: Send + Sync + 'static {
    /// The last saved snapshot; `Ok(None)` when there is none (first start, or a corrupt
    /// store that was set aside).
    fn load(&self) -> Result<Option<Snapshot>, PersistError>;
    fn save(&self, snapshot: &Snapshot) -> Result<(), PersistError>;
    /// [`Persist::load`] with the jobs shared: a store that remembers them can tell, at
    /// its next save, which ones the app changed by pointer.
    fn load_image(&self) -> Result<Option<StoreImage>, PersistError> {
        Ok(self.load()?.map(StoreImage::from))
    }
    /// [`Persist::save`] from the store's image: a store that can, writes only the jobs
    /// that are not the ones it last wrote or read (by pointer), and copies none.
    fn save_image(&self, image: &StoreImage) -> Result<(), PersistError> {
        self.save(&image.to_snapshot())
    }
    /// The app closes cleanly, everything saved: a store may note it (the job database
    /// then skips its full check at the next start). A later `save` opens it again.
    fn close(&self) -> Result<(), PersistError> {
        Ok(())
    }
    /// Ids of saved jobs whose prompt holds every word of `query` (any case), at most
    /// `at_most`, in no particular order; `None` when this store has no prompt index (the
    /// caller searches memory).
    fn prompt_candidates(
        &self,
        _query: &str,
        _at_most: usize,
    ) -> Option<Result<Vec<JobId>, PersistError>> {
        None
    }
}

/// An in-memory store; clones share the same slot (so a "restart" can reuse it).
#[derive(Clone, Default)]
pub struct MemoryPersist {
    slot: Arc<Mutex<Option<Snapshot>>>,
    saves: Arc<Mutex<u64>>,
}

impl MemoryPersist {
    pub fn new() -> MemoryPersist {
        MemoryPersist::default()
    }
    pub fn with(snapshot: Snapshot) -> MemoryPersist {
        let p = MemoryPersist::default();
        *p.slot.lock().unwrap_or_else(|e| e.into_inner()) = Some(snapshot);
        p
    }
    /// What was saved last.
    pub fn current(&self) -> Option<Snapshot> {
        self.slot.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
    /// How many times `save` was called.
    pub fn save_count(&self) -> u64 {
        *self.saves.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Persist for MemoryPersist {
    fn load(&self) -> Result<Option<Snapshot>, PersistError> {
        Ok(self.current())
    }
    fn save(&self, snapshot: &Snapshot) -> Result<(), PersistError> {
        *self.slot.lock().unwrap_or_else(|e| e.into_inner()) = Some(snapshot.clone());
        *self.saves.lock().unwrap_or_else(|e| e.into_inner()) += 1;
        Ok(())
    }
}

/// The store as one JSON file.
pub struct JsonFilePersist {
    path: PathBuf,
    /// Where the last unreadable file was moved (set by `load`).
    set_aside: Mutex<Option<PathBuf>>,
}

impl JsonFilePersist {
    pub fn new(path: impl Into<PathBuf>) -> JsonFilePersist {
        JsonFilePersist {
            path: path.into(),
            set_aside: Mutex::new(None),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// When the last `load` found an unreadable file: where it was moved to.
    pub fn recovered_from(&self) -> Option<PathBuf> {
        self.set_aside
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }
}

impl Persist for JsonFilePersist {
    fn load(&self) -> Result<Option<Snapshot>, PersistError> {
        // A whole file of this version or older is read straight; anything else (damage,
        // a wrong shape, a newer version) goes entry by entry through `decode_snapshot`.
        let whole = |s: &Snapshot| s.version <= SNAPSHOT_VERSION;
        match json_file::read_tolerant_typed(&self.path, whole, decode_snapshot)? {
            Tolerant::Missing => Ok(None),
            Tolerant::Read(snap) => Ok(Some(snap)),
            Tolerant::Refused(why) => {
                let version = why.parse().unwrap_or(u64::MAX);
                Err(PersistError::Newer {
                    path: self.path.clone(),
                    version,
                })
            }
            Tolerant::Salvaged {
                value,
                aside,
                dropped,
            } => {
                tracing::warn!(
                    kept = value.jobs.len(),
                    dropped,
                    aside = %aside.display(),
                    "the job store was damaged; what could be read is kept"
                );
                *self.set_aside.lock().unwrap_or_else(|e| e.into_inner()) = Some(aside);
                // Written back at once: the next start must not find nothing.
                self.save(&value)?;
                Ok(Some(value))
            }
        }
    }

    fn save(&self, snapshot: &Snapshot) -> Result<(), PersistError> {
        Ok(json_file::write_json(&self.path, snapshot, false)?)
    }
}

/// A snapshot from JSON, entry by entry: a job (folder, record...) that cannot be read is
/// left out alone. A `version` above [`SNAPSHOT_VERSION`] refuses the file (the refusal
/// carries the version); a missing or unreadable one is taken as this version's.
pub(crate) fn decode_snapshot(json: &Value) -> Decoded<Snapshot> {
    let field = |name: &str| json.get(name);
    let mut dropped = usize::from(!json.is_object());
    let version = match field("version").map(Value::as_u64) {
        Some(Some(v)) if v > u64::from(SNAPSHOT_VERSION) => return Decoded::Refuse(v.to_string()),
        Some(Some(v)) => v as u32,
        _ => {
            dropped += 1;
            SNAPSHOT_VERSION
        }
    };
    fn items<T: serde::de::DeserializeOwned>(
        json: &Value,
        name: &str,
        dropped: &mut usize,
    ) -> Vec<T> {
        let (items, bad) = salvage::decode_items(json.get(name));
        if bad > 0 {
            tracing::warn!(
                count = bad,
                name,
                "unreadable entries of the job store skipped"
            );
        }
        *dropped += bad;
        items
    }
    let jobs = items(json, "jobs", &mut dropped);
    let folders = items(json, "folders", &mut dropped);
    let merges = items(json, "merges", &mut dropped);
    let notified = items(json, "notified", &mut dropped);
    let removed = items(json, "removed", &mut dropped);
    let paid = items(json, "paid", &mut dropped);
    // A damaged estimate table or queue is one dropped part: it starts again empty.
    fn part<T: serde::de::DeserializeOwned + Default>(v: Option<&Value>, dropped: &mut usize) -> T {
        match v {
            None | Some(Value::Null) => T::default(),
            Some(v) => serde_json::from_value(v.clone()).unwrap_or_else(|_| {
                *dropped += 1;
                T::default()
            }),
        }
    }
    let eta = part(field("eta"), &mut dropped);
    let queue = part(field("queue"), &mut dropped);
    Decoded::Value(
        Snapshot {
            version,
            jobs,
            folders,
            merges,
            notified,
            removed,
            paid,
            eta,
            queue,
        },
        dropped,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn temp_dir(tag: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!(
            "ulazai-persist-{tag}-{}-{}",
            std::process::id(),
            rand::random::<u32>()
        ));
        fs::create_dir_all(&d).unwrap();
        d
    }

    fn snap() -> Snapshot {
        Snapshot {
            version: SNAPSHOT_VERSION,
            notified: vec!["a".into()],
            ..Default::default()
        }
    }

    #[test]
    fn json_round_trip_and_no_temp_left() {
        let dir = temp_dir("rt");
        let p = JsonFilePersist::new(dir.join("jobs.json"));
        assert!(p.load().unwrap().is_none());
        p.save(&snap()).unwrap();
        p.save(&snap()).unwrap();
        assert_eq!(p.load().unwrap(), Some(snap()));
        let names: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("jobs.json")]);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn corrupt_file_is_moved_aside() {
        let dir = temp_dir("corrupt");
        let path = dir.join("jobs.json");
        fs::write(&path, b"{\"version\": 1, \"jobs\": [tru").unwrap();
        let p = JsonFilePersist::new(&path);
        let got = p.load().unwrap().expect("what could be read");
        assert!(got.jobs.is_empty());
        let aside = p.recovered_from().expect("moved aside");
        assert!(aside
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("jobs.json.corrupt-"));
        assert_eq!(
            fs::read(&aside).unwrap(),
            b"{\"version\": 1, \"jobs\": [tru"
        );
        // Nothing readable at all: set aside too, and the store starts empty.
        fs::write(&path, b"\x00garbage").unwrap();
        assert_eq!(p.load().unwrap().map(|s| s.jobs.len()), Some(0));
        p.save(&snap()).unwrap();
        assert_eq!(p.load().unwrap(), Some(snap()));
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn older_snapshot_without_new_fields_loads() {
        let dir = temp_dir("old");
        let path = dir.join("jobs.json");
        fs::write(
            &path,
            br#"{"version":1,"jobs":[],"folders":[],"merges":[],"notified":["x"]}"#,
        )
        .unwrap();
        let got = JsonFilePersist::new(&path).load().unwrap().unwrap();
        assert_eq!(got.notified, vec!["x".to_string()]);
        assert!(got.removed.is_empty());
        fs::remove_dir_all(dir).unwrap();
    }

    fn job(id: &str) -> Job {
        Job::server_merge(
            id,
            &["a".into(), "b".into()],
            Some("f1".into()),
            "2025-01-01T00:00:00Z",
        )
    }

    #[test]
    fn one_bad_job_is_skipped_alone_and_the_rest_kept() {
        let dir = temp_dir("badjob");
        let path = dir.join("jobs.json");
        let mut v = serde_json::to_value(Snapshot {
            version: SNAPSHOT_VERSION,
            jobs: vec![job("a"), job("b"), job("c")],
            folders: vec![Folder {
                id: "f1".into(),
                name: "Harbour".into(),
                remote_id: None,
                created_at: "2025-01-01T00:00:00Z".into(),
            }],
            notified: vec!["a".into()],
            ..Default::default()
        })
        .unwrap();
        v["jobs"][1]["status"] = serde_json::json!(42); // well-formed, wrongly typed
        let text = serde_json::to_vec(&v).unwrap();
        fs::write(&path, &text).unwrap();
        let p = JsonFilePersist::new(&path);
        let got = p.load().unwrap().expect("the readable part is kept");
        let ids: Vec<&str> = got.jobs.iter().map(|j| j.id.as_str()).collect();
        assert_eq!(ids, ["a", "c"], "only the bad job is skipped");
        assert_eq!(got.folders.len(), 1, "folders are kept");
        assert_eq!(got.notified, vec!["a".to_string()]);
        let aside = p.recovered_from().expect("the file as it was is kept");
        assert_eq!(fs::read(&aside).unwrap(), text);
        // What was kept is on disk again (a restart finds it).
        let again = JsonFilePersist::new(&path).load().unwrap().unwrap();
        assert_eq!(again.jobs.len(), 2);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_snapshot_from_a_newer_version_is_refused_and_kept() {
        let dir = temp_dir("newer");
        let path = dir.join("jobs.json");
        let text = br#"{"version": 7, "jobs": [], "shiny_new_field": {"x": 1}}"#;
        fs::write(&path, text).unwrap();
        let p = JsonFilePersist::new(&path);
        let err = p.load().expect_err("a newer file must be refused");
        assert!(err.to_string().contains("newer version"), "{err}");
        assert_eq!(fs::read(&path).unwrap(), text, "left exactly as it was");
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 1, "nothing set aside");
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn memory_persist_clones_share_state() {
        let a = MemoryPersist::new();
        let b = a.clone();
        a.save(&snap()).unwrap();
        assert_eq!(b.load().unwrap(), Some(snap()));
        assert_eq!(b.save_count(), 1);
    }
}
