//! The full check after a clean close or not: skipped after a clean close, yet damage
//! SQLite meets when it reads a page is still set aside (at the load, or at the next start
//! after a save met it); run in full after any other end.

use super::tests::{snap, starts_empty_with_the_damaged_file_aside};
use super::*;
use crate::model::JobStatus;
use std::fs;

/// The byte offset of the first page of the b-tree `name` (a table or an index).
fn root_page_at(path: &Path, name: &str) -> usize {
    let c = Connection::open(path).unwrap();
    let page_size: i64 = c.query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap();
    let root: i64 = c
        .query_row(
            "SELECT rootpage FROM sqlite_master WHERE name = ?1",
            [name],
            |r| r.get(0),
        )
        .unwrap();
    usize::try_from((root - 1) * page_size).unwrap()
}

fn has_clean_mark(path: &Path) -> bool {
    let c = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    c.query_row(
        "SELECT count(*) FROM state WHERE name = ?1",
        [CLEAN_CLOSE],
        |r| r.get::<_, i64>(0),
    )
    .unwrap()
        > 0
}

/// A database of 200 jobs closed cleanly (mark written, WAL folded in).
fn closed_clean_db(path: &Path) -> SqlitePersist {
    let p = SqlitePersist::new(path);
    p.load().unwrap();
    p.save(&snap(200)).unwrap();
    p.close().unwrap();
    assert!(has_clean_mark(path), "a clean close leaves its mark");
    p
}

/// Flip the page-type byte of `name`'s first page: SQLite sees it as soon as it reads it.
fn flip_root(path: &Path, name: &str) {
    let at = root_page_at(path, name);
    let mut bytes = fs::read(path).unwrap();
    bytes[at] ^= 0x5a;
    fs::write(path, &bytes).unwrap();
}

#[test]
fn after_a_clean_close_the_full_check_is_skipped_and_the_mark_cleared_at_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jobs.db");
    drop(closed_clean_db(&path));
    // Damage only the full check finds: the load reads no index page.
    flip_root(&path, "jobs_by_model");
    let p = SqlitePersist::new(&path);
    assert_eq!(
        p.load().unwrap(),
        Some(snap(200)),
        "opened without the check"
    );
    assert!(p.recovered_from().is_none());
    assert!(!has_clean_mark(&path), "cleared as soon as it is open");
    // Ended without a clean close: the next start checks in full and sets the file aside.
    drop(p);
    let again = SqlitePersist::new(&path);
    assert_eq!(again.load().unwrap(), None);
    assert!(again.recovered_from().is_some(), "the full check ran");
}

#[test]
fn after_a_kill_the_full_check_runs_and_finds_damage_the_load_does_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jobs.db");
    let p = closed_clean_db(&path);
    p.load().unwrap(); // the next session: the mark is cleared (in the WAL)
    let mut s = snap(200);
    s.notified.push("job-0007".into()); // no index page of `jobs` changes
    p.save(&s).unwrap();
    // What a SIGKILL leaves on the disk: the file and its WAL, no clean close.
    let killed = tempfile::tempdir().unwrap();
    let copy = killed.path().join("jobs.db");
    fs::copy(&path, &copy).unwrap();
    fs::copy(
        dir.path().join("jobs.db-wal"),
        killed.path().join("jobs.db-wal"),
    )
    .unwrap();
    drop(p);
    // The index's root as the main file holds it (the WAL's frames are of other pages).
    let at = root_page_at(&path, "jobs_by_model");
    let mut bytes = fs::read(&copy).unwrap();
    bytes[at] ^= 0x5a;
    fs::write(&copy, &bytes).unwrap();
    let p = SqlitePersist::new(&copy);
    assert_eq!(p.load().unwrap(), None, "set aside by the full check");
    let aside = p.recovered_from().expect("set aside");
    assert_eq!(fs::read(&aside).unwrap(), bytes, "kept byte for byte");
}

#[test]
fn after_a_clean_close_damage_in_a_table_page_is_caught_by_the_load() {
    for table in ["jobs", "state", "folders"] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("jobs.db");
        drop(closed_clean_db(&path));
        flip_root(&path, table);
        let p = SqlitePersist::new(&path);
        assert_eq!(p.load().unwrap(), None, "{table}: an empty library");
        assert!(p.recovered_from().is_some(), "{table}: set aside");
    }
}

#[test]
fn after_a_clean_close_a_database_cut_short_is_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jobs.db");
    drop(closed_clean_db(&path));
    let bytes = fs::read(&path).unwrap();
    starts_empty_with_the_damaged_file_aside(&path, &bytes[..bytes.len() / 2]);
}

#[test]
fn damage_a_save_meets_after_a_clean_close_means_a_full_check_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jobs.db");
    drop(closed_clean_db(&path));
    flip_root(&path, "jobs_by_status");
    let p = SqlitePersist::new(&path);
    let mut s = snap(200);
    assert_eq!(
        p.load().unwrap(),
        Some(s.clone()),
        "the load reads no index"
    );
    s.jobs[10].status = JobStatus::Failed;
    let err = p.save(&s).expect_err("the index page is read by the save");
    assert!(err.to_string().contains("malformed"), "{err}");
    p.close().unwrap();
    assert!(!has_clean_mark(&path), "no clean close after damage");
    drop(p);
    let again = SqlitePersist::new(&path);
    assert_eq!(again.load().unwrap(), None);
    assert!(
        again.recovered_from().is_some(),
        "set aside at the next start"
    );
}
