//! Persistent state (demo mode): with `SimConfig::state_path` set, jobs, credits, folders,
//! merge records and the fail-next count survive a restart.
//!
//! - The file is JSON ([`SavedState`]), rewritten atomically after every change: written to
//!   `<name>.tmp` in the same directory, then renamed over `<name>`.
//! - Jobs keep their REAL wall-clock creation time (Unix ms). At start they are placed on
//!   the new sim clock by that wall time (before the start = negative sim seconds), so a
//!   job that was rendering when the process stopped is now processing or finished, by
//!   wall time. If the speed changed, phase lengths are rescaled to keep wall durations.
//! - Result URLs are not stored: they are built from the current base URL at read time.
//! - No key is written: owners and balances are keyed by a fingerprint of the key
//!   ([`key_fingerprint`]), matched against the configured keys at start; entries of keys
//!   no longer configured are dropped.
//! - Not saved: browser sessions, API tokens, rate-limit windows, request stats, faults.
//! - A file that cannot be parsed (or has another version) is moved to `<name>.corrupt`
//!   with a warning, and the simulator starts fresh.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::records::{FolderRecord, MergeRecord};
use crate::sync::lock;

/// Format version of the state file.
pub const STATE_VERSION: u32 = 1;

/// The state file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedState {
    pub version: u32,
    /// Wall-clock time of the save (Unix ms), for people reading the file.
    pub saved_unix_ms: i64,
    /// Sim seconds per real second when saved.
    pub speed: f64,
    /// Oldest first.
    pub jobs: Vec<SavedJob>,
    /// Key fingerprint → balance (keys never charged or set are absent).
    #[serde(default)]
    pub credits: BTreeMap<String, u64>,
    #[serde(default)]
    pub folders: Vec<FolderRecord>,
    #[serde(default)]
    pub merges: Vec<MergeRecord>,
    #[serde(default)]
    pub next_folder_id: u64,
    #[serde(default)]
    pub fail_next: u32,
}

/// One job as saved: what was stored at creation, with the wall-clock creation time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedJob {
    pub id: String,
    /// Fingerprint of the owner key.
    pub owner: String,
    pub model_slug: String,
    pub mode: String,
    pub prompt: String,
    pub credits_charged: u64,
    pub duration: u32,
    pub quality_mode: Option<String>,
    /// Real wall-clock creation time (Unix ms).
    pub created_unix_ms: i64,
    /// Phase lengths in sim seconds at `SavedState::speed`.
    pub pending_secs: f64,
    pub render_secs: f64,
    pub will_fail: bool,
    pub error_message: String,
    pub refunded: bool,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// A stable, non-reversible stand-in for a key in the state file (FNV-1a, 64 bits).
pub fn key_fingerprint(key: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("fnv1a64:{h:016x}")
}

/// `<path>` with `suffix` appended to its file name, in the same directory.
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name: OsString = path
        .file_name()
        .map(OsString::from)
        .unwrap_or_else(|| "ulazai-sim-state".into());
    name.push(suffix);
    path.with_file_name(name)
}

/// Write `bytes` to `<path>.tmp`, then rename it over `path`.
fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = sibling(path, ".tmp");
    if let Err(e) = std::fs::write(&tmp, bytes) {
        match path.parent() {
            Some(dir) if e.kind() == io::ErrorKind::NotFound && !dir.as_os_str().is_empty() => {
                std::fs::create_dir_all(dir)?;
                std::fs::write(&tmp, bytes)?;
            }
            _ => return Err(e),
        }
    }
    std::fs::rename(&tmp, path)
}

/// The state file of one simulator.
#[derive(Debug)]
pub struct Persist {
    path: PathBuf,
    /// Serialises snapshot + write, so the last write holds the latest state.
    write: Mutex<()>,
}

impl Persist {
    pub fn new(path: PathBuf) -> Self {
        Persist {
            path,
            write: Mutex::new(()),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The saved state; None when there is no file or it is unusable (moved aside).
    pub fn load(&self) -> Option<SavedState> {
        let bytes = match std::fs::read(&self.path) {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return None,
            Err(e) => {
                tracing::warn!(
                    "ulazai-sim: cannot read state file {}: {e}; starting fresh",
                    self.path.display()
                );
                return None;
            }
        };
        let problem = match serde_json::from_slice::<SavedState>(&bytes) {
            Ok(s) if s.version == STATE_VERSION => return Some(s),
            Ok(s) => format!("unsupported version {}", s.version),
            Err(e) => e.to_string(),
        };
        let aside = sibling(&self.path, ".corrupt");
        match std::fs::rename(&self.path, &aside) {
            Ok(()) => tracing::warn!(
                "ulazai-sim: state file {} is unusable ({problem}); moved to {}, starting fresh",
                self.path.display(),
                aside.display()
            ),
            Err(e) => tracing::warn!(
                "ulazai-sim: state file {} is unusable ({problem}) and could not be moved \
                 aside ({e}); starting fresh",
                self.path.display()
            ),
        }
        None
    }

    /// Take the snapshot `snapshot` makes and write it. Never fails: an error is logged.
    /// Snapshot and write are serialised, so the last write holds the latest state.
    pub fn save(&self, snapshot: impl FnOnce() -> SavedState) {
        let _serial = lock(&self.write);
        let saved = snapshot();
        let result = serde_json::to_vec(&saved)
            .map_err(io::Error::other)
            .and_then(|bytes| write_atomic(&self.path, &bytes));
        if let Err(e) = result {
            tracing::warn!(
                "ulazai-sim: cannot save state to {}: {e}",
                self.path.display()
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{SimConfig, DEMO_KEY};
    use crate::jobs::Job;
    use crate::state::Shared;
    use uuid::Uuid;

    fn temp_path(tag: &str) -> PathBuf {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        std::env::temp_dir()
            .join(format!(
                "ulazai-sim-unit-{tag}-{}-{nanos}",
                std::process::id()
            ))
            .join("state.json")
    }

    fn config(path: &Path, speed: f64) -> SimConfig {
        SimConfig {
            speed,
            pending_secs: 10.0,
            render_secs: Some(100.0),
            state_path: Some(path.to_path_buf()),
            ..SimConfig::default()
        }
    }

    #[test]
    fn fingerprints_are_stable_and_hide_the_key() {
        let fp = key_fingerprint(DEMO_KEY);
        assert_eq!(fp, key_fingerprint(DEMO_KEY));
        assert_ne!(fp, key_fingerprint("ulazai_live_other"));
        assert!(!fp.contains("demo"));
        assert_eq!(
            sibling(Path::new("/a/b/state.json"), ".tmp"),
            Path::new("/a/b/state.json.tmp")
        );
    }

    #[test]
    fn folders_merges_knobs_and_wall_times_round_trip() {
        let path = temp_path("roundtrip");
        let first = Shared::new(config(&path, 10.0), "http://a".into());
        let (id, created, completes) = {
            let mut inner = lock(&first.inner);
            inner.folders.push(FolderRecord {
                id: 1,
                name: "Keep".into(),
                owner: "demo".into(),
            });
            inner.next_folder_id = 2;
            inner.merges.push(MergeRecord {
                job_ids: vec!["x".into()],
                owner: "demo".into(),
                status: 400,
                merge_job_id: None,
                error: Some("Merge needs at least 2 job ids (got 1)".into()),
            });
            inner.fail_next = 3;
            inner.set_balance(DEMO_KEY, 77);
            inner.set_balance("ulazai_live_not_configured_000000", 5);
            let job = Job {
                id: Uuid::new_v4(),
                owner_key: DEMO_KEY.into(),
                model_slug: "veo31_fast".into(),
                mode: "text_to_video".into(),
                prompt: "p".into(),
                credits_charged: 10,
                duration: 8,
                quality_mode: None,
                created_sim: first.clock.now(),
                pending_secs: 10.0,
                render_secs: 100.0,
                will_fail: false,
                error_message: String::new(),
                refunded: false,
                sources: Vec::new(),
            };
            let info = job.info(first.clock.now(), &first.clock);
            inner.index.insert(job.id, 0);
            inner.jobs.push(job);
            (
                info.job_id,
                info.created_real_unix_ms,
                info.completes_real_unix_ms.unwrap(),
            )
        };
        first.save();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(!text.contains(DEMO_KEY), "no key in the file: {text}");

        // Restart at another speed: the job keeps its wall-clock timeline.
        let second = Shared::new(config(&path, 1.0), "http://b".into());
        let inner = lock(&second.inner);
        assert_eq!(inner.folders, lock(&first.inner).folders);
        assert_eq!(inner.merges, lock(&first.inner).merges);
        assert_eq!((inner.next_folder_id, inner.fail_next), (2, 3));
        assert_eq!(inner.balance(DEMO_KEY, 0), 77);
        assert_eq!(inner.credits.len(), 1, "unknown keys are dropped");
        let info = inner.jobs[0].info(second.clock.now(), &second.clock);
        assert_eq!(info.job_id, id);
        assert!((info.created_real_unix_ms - created).abs() <= 1);
        assert!((info.completes_real_unix_ms.unwrap() - completes).abs() <= 2);
        assert!((inner.jobs[0].render_secs - 10.0).abs() < 1e-9);
        drop(inner);
        let _ = std::fs::remove_dir_all(path.parent().unwrap());
    }
}
