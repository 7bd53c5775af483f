//! Property tests of the store files as the engine reads them: `jobs.json` (the job store,
//! `JsonFilePersist`) and `library.json` (the library index of earlier versions, moved into
//! `library.db` by `Library::open`), cut short at any byte or with any one byte flipped. Whatever the damage:
//! - loading never panics (nor does building the store from what was read);
//! - every job (index entry) that lies wholly BEFORE the damage is kept, unchanged;
//! - a file that no longer reads as it was written is set aside byte for byte
//!   (`<name>.corrupt-…`) and what was kept is written back whole (the index: into its
//!   database); a file that claims a
//!   newer format is refused and left exactly as it is.
//!
//! (`settings.json` has the same property in the shell's unit tests: `src-tauri/studio/settings.rs`.)

use crate::support::props;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use props::check;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use ulazai_engine::library::Library;
use ulazai_engine::model::{Folder, Job};
use ulazai_engine::store::{
    JsonFilePersist, Persist, PersistError, Snapshot, Store, SNAPSHOT_VERSION,
};

const CASES: u32 = 96;

/// Cut at a byte, or flip some bits of one byte.
#[derive(Debug, Clone, Copy)]
enum Damage {
    Cut(usize),
    Flip(usize, u8),
}

impl Damage {
    fn apply(self, bytes: &[u8]) -> (Vec<u8>, usize) {
        match self {
            Damage::Cut(p) => {
                let p = p % (bytes.len() + 1);
                (bytes[..p].to_vec(), p)
            }
            Damage::Flip(p, mask) => {
                let p = p % bytes.len();
                let mut b = bytes.to_vec();
                b[p] ^= mask.max(1);
                (b, p)
            }
        }
    }
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        any::<usize>().prop_map(Damage::Cut),
        (any::<usize>(), any::<u8>()).prop_map(|(p, m)| Damage::Flip(p, m)),
    ]
}

fn fail(msg: String) -> TestCaseError {
    TestCaseError::fail(msg)
}

/// Files in `dir` whose name starts with `prefix`.
fn files_named(dir: &Path, prefix: &str) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
        })
        .collect()
}

/// The damaged bytes are kept in a `<name>.corrupt-…` file.
fn set_aside_exactly(dir: &Path, name: &str, damaged: &[u8]) -> Result<(), TestCaseError> {
    let prefix = format!("{name}.corrupt-");
    let kept = files_named(dir, &prefix)
        .iter()
        .any(|p| std::fs::read(p).ok().as_deref() == Some(damaged));
    if kept {
        Ok(())
    } else {
        Err(fail(format!("the damaged {name} was not set aside")))
    }
}

fn snapshot(prompts: &[String]) -> Snapshot {
    let jobs = prompts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut j = Job::server_merge(
                &format!("job-{i}"),
                &["a".into(), "b".into()],
                None,
                &format!("2025-01-01T00:00:{:02}Z", i % 60),
            );
            j.prompt = Some(p.as_str().into());
            j
        })
        .collect();
    Snapshot {
        version: SNAPSHOT_VERSION,
        jobs,
        folders: vec![Folder {
            id: "f1".into(),
            name: "Harbour".into(),
            remote_id: None,
            created_at: "2025-01-01T00:00:00Z".into(),
        }],
        notified: vec!["job-0".into()],
        ..Default::default()
    }
}

/// Where each job's JSON ends in the file as the store writes it (compact).
fn job_ends(text: &[u8], snap: &Snapshot) -> Vec<usize> {
    let start = text
        .windows(8)
        .position(|w| w == b"\"jobs\":[")
        .expect("a jobs list")
        + 8;
    let mut at = start;
    snap.jobs
        .iter()
        .map(|j| {
            at += serde_json::to_vec(j).unwrap().len();
            let end = at;
            at += 1; // the comma
            end
        })
        .collect()
}

#[test]
fn damaged_jobs_files_keep_every_job_before_the_damage() {
    let prompts = prop::collection::vec(props::nasty_text(), 1..10);
    check(CASES, (prompts, damage()), |(prompts, damage)| {
        let snap = snapshot(&prompts);
        let text = serde_json::to_vec(&snap).unwrap();
        let ends = job_ends(&text, &snap);
        let (damaged, at) = damage.apply(&text);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("jobs.json");
        std::fs::write(&path, &damaged).unwrap();
        let persist = JsonFilePersist::new(&path);
        let intact = serde_json::from_slice::<Snapshot>(&damaged).ok();
        match persist.load() {
            Err(PersistError::Newer { .. }) => {
                let now = std::fs::read(&path).unwrap();
                return if now == damaged {
                    Ok(())
                } else {
                    Err(fail("a newer file was touched".into()))
                };
            }
            Err(e) => return Err(fail(format!("load failed: {e}"))),
            Ok(loaded) => {
                let loaded = loaded.unwrap_or_default();
                for (job, end) in snap.jobs.iter().zip(&ends) {
                    if *end <= at && !loaded.jobs.contains(job) {
                        return Err(fail(format!(
                            "{} (ends at {end}) was lost to damage at {at}",
                            job.id
                        )));
                    }
                }
                let _ = Store::from_snapshot(loaded.clone());
                if intact
                    .as_ref()
                    .is_some_and(|s| s.version <= SNAPSHOT_VERSION)
                {
                    return Ok(());
                }
                set_aside_exactly(dir.path(), "jobs.json", &damaged)?;
                let written: Snapshot = serde_json::from_slice(&std::fs::read(&path).unwrap())
                    .map_err(|e| fail(format!("what was kept is not written back whole: {e}")))?;
                if written.jobs != loaded.jobs {
                    return Err(fail(
                        "the file written back differs from what was kept".into(),
                    ));
                }
            }
        }
        Ok(())
    });
}

#[test]
fn damaged_library_indexes_keep_every_entry_before_the_damage() {
    let names = prop::collection::vec("[a-zA-Z0-9 _.-]{1,24}", 1..12);
    check(CASES, (names, damage()), |(names, damage)| {
        let dir = tempfile::tempdir().unwrap();
        let index_path = dir.path().join("library.json");
        let lib_dir = dir.path().join("lib");
        let entries: BTreeMap<String, PathBuf> = names
            .iter()
            .enumerate()
            .map(|(i, n)| (format!("job-{i}"), lib_dir.join(format!("{n}.mp4"))))
            .collect();
        // The index as earlier versions wrote it; it moves into `library.db` at the open.
        let text = serde_json::to_vec_pretty(&entries).unwrap();
        let (damaged, at) = damage.apply(&text);
        std::fs::write(&index_path, &damaged).unwrap();
        let lib = Library::open(index_path.clone(), lib_dir.clone());
        let as_text = String::from_utf8_lossy(&text).into_owned();
        for (id, file) in &entries {
            let entry = format!(
                "{}: {}",
                serde_json::to_string(id).unwrap(),
                serde_json::to_string(file).unwrap()
            );
            let end = as_text.find(&entry).expect("entry in the file") + entry.len();
            // A flip can turn a later key into this one ("job-5" into "job-0": 0x35 ^ 0x05)
            // and leave valid JSON, in which the later entry wins, as JSON's last-wins says:
            // nothing can tell that from an edit, so that entry is not "before the damage".
            let key = format!("{}:", serde_json::to_string(id).unwrap());
            let twice = String::from_utf8_lossy(&damaged).matches(&key).count() > 1;
            if end <= at && !twice && lib.file(id).as_ref() != Some(file) {
                return Err(fail(format!("{id} (ends at {end}) lost to damage at {at}")));
            }
        }
        if serde_json::from_slice::<BTreeMap<String, PathBuf>>(&damaged).is_ok() {
            return Ok(());
        }
        set_aside_exactly(dir.path(), "library.json", &damaged)?;
        // What was kept is in the database: a second open reads back the same entries.
        let again = Library::open(index_path.clone(), lib_dir.clone());
        for id in entries.keys() {
            if again.file(id) != lib.file(id) {
                return Err(fail(format!("{id} kept but not written into the database")));
            }
        }
        Ok(())
    });
}
