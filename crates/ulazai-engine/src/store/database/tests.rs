use super::*;
use crate::model::{Folder, Job, JobStatus, MergeRecord};
use crate::store::{JsonFilePersist, SNAPSHOT_VERSION};
use std::fs;

fn job(id: &str, prompt: &str, at: &str) -> Job {
    let mut j = Job::server_merge(id, &["a".into(), "b".into()], Some("f1".into()), at);
    j.prompt = Some(prompt.into());
    j.status = JobStatus::Completed;
    j
}

pub(super) fn snap(n: usize) -> Snapshot {
    Snapshot {
        version: SNAPSHOT_VERSION,
        jobs: (0..n)
            .map(|i| {
                job(
                    &format!("job-{i:04}"),
                    &format!("a red fox in the snow, take {i}"),
                    &format!(
                        "2025-01-01T00:{:02}:{:02}Z",
                        (n - i) / 60 % 60,
                        (n - i) % 60
                    ),
                )
            })
            .collect(),
        folders: vec![Folder {
            id: "f1".into(),
            name: "Harbour".into(),
            remote_id: None,
            created_at: "2025-01-01T00:00:00Z".into(),
        }],
        merges: vec![MergeRecord {
            id: "m1".into(),
            source_job_ids: vec!["job-0000".into(), "job-0001".into()],
            output_job_id: None,
            created_at: "2025-01-01T00:00:00Z".into(),
        }],
        notified: vec!["job-0000".into()],
        removed: vec!["gone-1".into(), "gone-2".into()],
        paid: vec![crate::spending::Paid {
            job_id: "gone-1".into(),
            at: "2025-01-01T00:00:00Z".into(),
            credits: 100,
        }],
        ..Default::default()
    }
}

/// Names of everything in `dir`, sorted.
pub(crate) fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn a_snapshot_saved_reads_back_equal_and_only_changes_are_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jobs.db");
    let p = SqlitePersist::new(&path);
    assert_eq!(p.load().unwrap(), None, "a new database is empty");
    let mut s = snap(50);
    assert_eq!(
        p.save_counted(&s).unwrap(),
        SaveCount { jobs: 50, other: 8 },
        "50 jobs; folder, merge, notified, 2 removed, eta, queue, paid"
    );
    assert_eq!(
        p.save_counted(&s).unwrap(),
        SaveCount::default(),
        "nothing changed"
    );
    s.jobs[7].status = JobStatus::Failed;
    assert_eq!(p.save_counted(&s).unwrap(), SaveCount { jobs: 1, other: 0 });
    s.jobs.remove(3);
    s.removed.remove(0);
    s.removed.push("job-0003".into());
    s.notified.push("job-0001".into());
    assert_eq!(p.save_counted(&s).unwrap(), SaveCount { jobs: 1, other: 3 });
    drop(p);
    let again = SqlitePersist::new(&path);
    assert_eq!(again.load().unwrap(), Some(s.clone()));
    assert_eq!(
        again.save_counted(&s).unwrap(),
        SaveCount::default(),
        "the load knows what is written"
    );
}

/// The jobs are parsed by several threads a batch at a time (`load::read_jobs`): they
/// still come back in their order, the unreadable rows at a batch's edges left out alone,
/// and the next save rewrites those (the load knew them unreadable).
#[test]
fn jobs_read_in_batches_come_back_in_order_without_the_unreadable_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jobs.db");
    let mut s = snap(3_000);
    let p = SqlitePersist::new(&path);
    p.load().unwrap();
    p.save(&s).unwrap();
    p.close().unwrap();
    let bad = [0, 1_023, 1_024, 2_047, 2_999];
    let conn = Connection::open(&path).unwrap();
    for i in bad {
        let id = format!("job-{i:04}");
        conn.execute("UPDATE jobs SET body = '{\"id\": 7' WHERE id = ?1", [&id])
            .unwrap();
    }
    drop(conn);
    let p = SqlitePersist::new(&path);
    let back = p.load().unwrap().expect("saved");
    let read: Vec<&str> = back.jobs.iter().map(|j| j.id.as_str()).collect();
    for i in bad.iter().rev() {
        s.jobs.remove(*i);
    }
    let want: Vec<&str> = s.jobs.iter().map(|j| j.id.as_str()).collect();
    assert_eq!(read, want);
    assert_eq!(back.jobs, s.jobs);
    assert_eq!(
        p.save_counted(&back).unwrap(),
        SaveCount { jobs: 5, other: 0 },
        "the unreadable rows go at the next save"
    );
}

/// The marks of finished jobs (every job of `snap` is completed) that an earlier version
/// kept leave the file with the first save of the store read from it, and no later start
/// reads them.
#[test]
fn a_finished_jobs_mark_leaves_the_file_at_the_first_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jobs.db");
    let p = SqlitePersist::new(&path);
    p.load().unwrap();
    let mut s = snap(3);
    s.notified = vec!["job-0000".into(), "job-0002".into(), "not-here".into()];
    p.save(&s).unwrap();
    p.close().unwrap();
    let p = SqlitePersist::new(&path);
    let store = crate::store::Store::from_image(p.load_image().unwrap().unwrap());
    p.save_image(&store.image()).unwrap();
    p.close().unwrap();
    let back = SqlitePersist::new(&path).load().unwrap().unwrap();
    assert_eq!(back.notified, vec!["not-here".to_string()]);
    assert_eq!(back.jobs, s.jobs, "the jobs stay as they were");
}

#[test]
fn a_job_read_back_holds_its_prompt_once() {
    let dir = tempfile::tempdir().unwrap();
    let p = SqlitePersist::new(dir.path().join("jobs.db"));
    p.load().unwrap();
    let params = crate::model::GenerateParams {
        model_slug: "veo31_fast".into(),
        prompt: "a lighthouse in a storm".into(),
        ..Default::default()
    };
    let mut other = Job::started("j2", &params, "2025-01-01T00:00:00Z");
    other.prompt = Some("the server's own words".into());
    let s = Snapshot {
        jobs: vec![Job::started("j1", &params, "2025-01-01T00:00:01Z"), other],
        ..Snapshot::default()
    };
    p.save(&s).unwrap();
    let back = p.load().unwrap().unwrap();
    assert_eq!(back.jobs, s.jobs);
    let shared = |j: &Job| {
        std::sync::Arc::ptr_eq(
            j.prompt.as_ref().unwrap(),
            &j.params.as_ref().unwrap().prompt,
        )
    };
    assert!(shared(&back.jobs[0]), "the same text: one copy");
    assert!(!shared(&back.jobs[1]), "different texts stay apart");
}

#[test]
fn prompts_are_found_by_word_prefix_and_any_languages_substring() {
    let dir = tempfile::tempdir().unwrap();
    let p = SqlitePersist::new(dir.path().join("jobs.db"));
    p.load().unwrap();
    let mut s = snap(0);
    s.jobs = vec![
        job(
            "en",
            "A lighthouse at dusk, waves on the rocks",
            "2025-01-03T00:00:00Z",
        ),
        job("ja", "夕焼けの富士山と桜の花びら", "2025-01-02T00:00:00Z"),
        job("de", "Ein Fuchs im Schnee, 4k", "2025-01-01T00:00:00Z"),
    ];
    p.save(&s).unwrap();
    let find = |q: &str| p.search_prompts(q, 10).unwrap();
    assert_eq!(find("lighthouse"), ["en"], "a word");
    assert_eq!(find("LIGHT"), ["en"], "a prefix, any case");
    assert_eq!(find("富士山"), ["ja"], "a Japanese substring");
    assert_eq!(find("桜"), ["ja"], "one character");
    assert_eq!(find("fuchs 4k"), ["de"], "every term");
    assert_eq!(find("fuchs dusk"), Vec::<String>::new());
    assert_eq!(find("e"), ["en", "de"], "newest first");
    let mut every = p.prompt_candidates("e", 10).unwrap();
    every.sort();
    assert_eq!(every, ["de", "en"], "every match, in any order");
    assert_eq!(p.prompt_candidates("e", 1).unwrap().len(), 1, "at most");
    assert_eq!(find("   "), Vec::<String>::new());
    assert_eq!(
        find("\"quoted\" 100%"),
        Vec::<String>::new(),
        "no syntax error"
    );
    // The index follows a changed prompt and a removed job.
    s.jobs[0].prompt = Some("a harbour at night".into());
    s.jobs.remove(1);
    p.save(&s).unwrap();
    assert_eq!(find("lighthouse"), Vec::<String>::new());
    assert_eq!(find("harbour"), ["en"]);
    assert_eq!(find("富士山"), Vec::<String>::new());
}

#[test]
fn jobs_json_moves_in_and_its_copy_goes_on_a_later_start() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("jobs.json");
    let db = dir.path().join("jobs.db");
    let s = snap(20);
    JsonFilePersist::new(&json).save(&s).unwrap();
    let text = fs::read(&json).unwrap();
    let p = SqlitePersist::new(&db).migrating_from(&json);
    assert_eq!(p.load().unwrap(), Some(s.clone()));
    assert!(!json.exists());
    let kept = dir.path().join("jobs.json.migrated");
    assert_eq!(
        fs::read(&kept).unwrap(),
        text,
        "the old file is kept as it was"
    );
    drop(p);
    let p = SqlitePersist::new(&db).migrating_from(&json);
    assert_eq!(p.load().unwrap(), Some(s));
    assert!(!kept.exists(), "removed once the database opened again");
    drop(p);
    assert_eq!(names(dir.path()), ["jobs.db"]);
}

#[test]
fn a_migration_cut_short_is_done_again_from_the_kept_copy() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("jobs.json");
    let s = snap(5);
    JsonFilePersist::new(&json).save(&s).unwrap();
    // Renamed, but the database never took its name (a stale temporary one is left).
    fs::rename(&json, dir.path().join("jobs.json.migrated")).unwrap();
    fs::write(dir.path().join(".jobs.db.migrating"), b"half").unwrap();
    let p = SqlitePersist::new(dir.path().join("jobs.db")).migrating_from(&json);
    assert_eq!(p.load().unwrap(), Some(s));
    drop(p);
    assert_eq!(names(dir.path()), ["jobs.db", "jobs.json.migrated"]);
}

#[test]
fn a_jobs_json_from_a_newer_version_is_refused_and_no_database_is_made() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("jobs.json");
    let text = br#"{"version": 7, "jobs": []}"#;
    fs::write(&json, text).unwrap();
    let p = SqlitePersist::new(dir.path().join("jobs.db")).migrating_from(&json);
    assert!(matches!(p.load(), Err(PersistError::Newer { .. })));
    assert_eq!(fs::read(&json).unwrap(), text);
    assert_eq!(names(dir.path()), ["jobs.json"]);
}

#[test]
fn a_database_from_a_newer_version_is_refused_and_not_touched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jobs.db");
    let p = SqlitePersist::new(&path);
    p.load().unwrap();
    p.save(&snap(3)).unwrap();
    drop(p);
    {
        let c = Connection::open(&path).unwrap();
        c.execute_batch("PRAGMA user_version = 99").unwrap();
    }
    let before = fs::read(&path).unwrap();
    let listing = names(dir.path());
    let err = SqlitePersist::new(&path).load().expect_err("refused");
    assert!(
        matches!(err, PersistError::Newer { version: 99, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("newer version"), "{err}");
    assert_eq!(fs::read(&path).unwrap(), before, "not a byte changed");
    assert_eq!(names(dir.path()), listing, "nothing set aside, no WAL");
}

/// A database with a few jobs, closed (its WAL folded in); its bytes.
fn written_db(path: &Path) -> Vec<u8> {
    let p = SqlitePersist::new(path);
    p.load().unwrap();
    p.save(&snap(200)).unwrap();
    drop(p);
    fs::read(path).unwrap()
}

pub(super) fn starts_empty_with_the_damaged_file_aside(path: &Path, damaged: &[u8]) {
    fs::write(path, damaged).unwrap();
    let p = SqlitePersist::new(path);
    assert_eq!(p.load().unwrap(), None, "an empty library");
    let aside = p.recovered_from().expect("set aside");
    assert!(aside
        .file_name()
        .unwrap()
        .to_string_lossy()
        .starts_with("jobs.db.corrupt-"));
    assert_eq!(fs::read(&aside).unwrap(), damaged, "kept byte for byte");
    p.save(&snap(2)).unwrap();
    drop(p);
    assert_eq!(SqlitePersist::new(path).load().unwrap(), Some(snap(2)));
}

#[test]
fn a_database_cut_short_is_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jobs.db");
    let bytes = written_db(&path);
    starts_empty_with_the_damaged_file_aside(&path, &bytes[..bytes.len() / 2]);
}

#[test]
fn a_database_with_flipped_bytes_is_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jobs.db");
    let mut bytes = written_db(&path);
    // The first bytes of every page after the first: b-tree page headers.
    for page in (4096..bytes.len()).step_by(4096) {
        bytes[page] ^= 0x5a;
        bytes[page + 3] ^= 0xff;
    }
    starts_empty_with_the_damaged_file_aside(&path, &bytes);
}

#[test]
fn a_file_that_is_not_a_database_is_set_aside_with_its_wal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jobs.db");
    fs::write(dir.path().join("jobs.db-wal"), b"wal bytes").unwrap();
    starts_empty_with_the_damaged_file_aside(&path, b"{\"version\": 1, \"jobs\": []} not sqlite");
    let wal = names(dir.path())
        .into_iter()
        .find(|n| n.starts_with("jobs.db.corrupt-") && n.ends_with("-wal"))
        .expect("the WAL went aside with it");
    assert_eq!(fs::read(dir.path().join(wal)).unwrap(), b"wal bytes");
}

#[cfg(unix)]
#[test]
fn the_database_and_its_wal_are_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data").join("jobs.db");
    let p = SqlitePersist::new(&path);
    p.load().unwrap();
    p.save(&snap(3)).unwrap();
    assert_eq!(mode(&dir.path().join("data")), 0o700, "the folder");
    for name in ["jobs.db", "jobs.db-wal", "jobs.db-shm"] {
        assert_eq!(mode(&dir.path().join("data").join(name)), 0o600, "{name}");
    }
    // Migrated: the database made under a temporary name is private too.
    let json = dir.path().join("m").join("jobs.json");
    JsonFilePersist::new(&json).save(&snap(3)).unwrap();
    let m = SqlitePersist::new(dir.path().join("m").join("jobs.db")).migrating_from(&json);
    m.load().unwrap();
    m.save(&snap(4)).unwrap();
    for name in ["jobs.db", "jobs.db-wal", "jobs.db-shm"] {
        assert_eq!(
            mode(&dir.path().join("m").join(name)),
            0o600,
            "migrated {name}"
        );
    }
}
