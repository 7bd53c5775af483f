//! Persistence of the job store behind a small trait.
//!
//! - [`MemoryPersist`]: shared in-memory slot (tests, demo mode).
//! - [`JsonFilePersist`]: one JSON file through [`super::json_file`] (atomic writes; a file
//!   that cannot be parsed is moved aside and `load` answers `Ok(None)`: the app starts
//!   empty and rebuilds its cards from the server's history instead of refusing to start).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};

use super::json_file::{self, Loaded};
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
}

pub trait Persist: Send + Sync + 'static {
    /// The last saved snapshot; `Ok(None)` when there is none (first start, or a corrupt
    /// store that was set aside).
    fn load(&self) -> Result<Option<Snapshot>, PersistError>;
    fn save(&self, snapshot: &Snapshot) -> Result<(), PersistError>;
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
        match json_file::read_json::<Snapshot>(&self.path)? {
            Loaded::Missing => Ok(None),
            Loaded::Read(snap) => Ok(Some(snap)),
            Loaded::SetAside(aside) => {
                *self.set_aside.lock().unwrap_or_else(|e| e.into_inner()) = Some(aside);
                Ok(None)
            }
        }
    }

    fn save(&self, snapshot: &Snapshot) -> Result<(), PersistError> {
        Ok(json_file::write_json(&self.path, snapshot, false)?)
    }
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
        assert!(p.load().unwrap().is_none());
        assert!(!path.exists());
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
        // The next save starts a fresh file.
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

    #[test]
    fn memory_persist_clones_share_state() {
        let a = MemoryPersist::new();
        let b = a.clone();
        a.save(&snap()).unwrap();
        assert_eq!(b.load().unwrap(), Some(snap()));
        assert_eq!(b.save_count(), 1);
    }
}
