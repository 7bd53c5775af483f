//! The index database (library/db.rs): rows written as entries change, the move from
//! `library.json`, damage set aside, a newer database refused, owner-only files.

use super::tests::db_rows;
use super::*;
use crate::store::database::tests::names as files_in;

fn rows_changed(lib: &Library) -> u64 {
    lock(&lib.db).as_ref().expect("a database").total_changes()
}

#[test]
fn a_change_writes_its_own_row_only() {
    let d = tempfile::tempdir().unwrap();
    let lib = Library::open(d.path().join(INDEX_FILE), d.path().join("lib"));
    for i in 0..500 {
        lib.record(&format!("job-{i}"), Path::new(&format!("/lib/{i}.mp4")));
    }
    let at = rows_changed(&lib);
    lib.record("job-new", Path::new("/lib/new.mp4"));
    assert_eq!(rows_changed(&lib) - at, 1, "record: one row");
    lib.set_seconds("job-7", 3.5);
    assert_eq!(rows_changed(&lib) - at, 2, "set_seconds: one row");
    lib.set_seconds("job-7", 3.5);
    assert_eq!(rows_changed(&lib) - at, 2, "an unchanged length: nothing");
    lib.forget("job-8");
    assert_eq!(rows_changed(&lib) - at, 3, "forget: one row");
    lib.forget("job-8");
    assert_eq!(rows_changed(&lib) - at, 3, "nothing to forget: nothing");
    drop(lib);
    let rows = db_rows(d.path());
    assert_eq!(rows.len(), 500, "500 recorded, one more, one forgotten");
    assert!(rows.contains(&("job-7".into(), "/lib/7.mp4".into(), Some(3.5))));
    assert!(rows.contains(&("job-new".into(), "/lib/new.mp4".into(), None)));
    assert!(!rows.iter().any(|r| r.0 == "job-8"));
}

#[test]
fn a_reopen_reads_every_entry_back() {
    let d = tempfile::tempdir().unwrap();
    let lib = Library::open(d.path().join(INDEX_FILE), d.path().join("lib"));
    lib.record("a", Path::new("/lib/a.mp4"));
    lib.record("b", Path::new("/lib/日本 b.mp4"));
    lib.set_seconds("b", 12.25);
    let again = Library::open(d.path().join(INDEX_FILE), d.path().join("lib"));
    assert_eq!(again.file("a"), Some(PathBuf::from("/lib/a.mp4")));
    assert_eq!(again.seconds("a"), None);
    assert_eq!(again.file("b"), Some(PathBuf::from("/lib/日本 b.mp4")));
    assert_eq!(again.seconds("b"), Some(12.25));
}

/// The app opens the library with its index read on a thread of its own: what it answers
/// at once is what a library read before returning answers (a question waits for the
/// read, it never sees the index empty or half read).
#[test]
fn a_library_read_in_the_background_answers_as_one_read_at_once() {
    let d = tempfile::tempdir().unwrap();
    let lib = Library::open(d.path().join(INDEX_FILE), d.path().join("lib"));
    for i in 0..20_000 {
        lib.record(&format!("job-{i}"), Path::new(&format!("/lib/{i}.mp4")));
    }
    lib.set_seconds("job-19999", 4.5);
    drop(lib);
    for _ in 0..3 {
        let lib = Library::open_in_background(d.path().join(INDEX_FILE), d.path().join("lib"));
        assert_eq!(lib.seconds("job-19999"), Some(4.5));
        assert_eq!(lib.file("job-0"), Some(PathBuf::from("/lib/0.mp4")));
        assert_eq!(lock(&lib.index).len(), 20_000);
        assert_eq!(lib.dir(), Some(d.path().join("lib")));
        lib.record("job-new", Path::new("/lib/new.mp4"));
        lib.forget("job-new");
    }
    assert_eq!(
        db_rows(d.path()).len(),
        20_000,
        "its writes reach the database"
    );
}

/// `library.json` as earlier versions wrote it (both entry forms) moves in whole; the JSON
/// is kept as `.migrated` until the database has been opened once more.
#[test]
fn library_json_moves_in_whole_and_goes_after_the_next_open() {
    let d = tempfile::tempdir().unwrap();
    let json = d.path().join(LEGACY_INDEX_FILE);
    let text = r#"{"a": "/lib/a.mp4", "b": {"file": "/lib/b.mp4", "seconds": 4.0}}"#;
    std::fs::write(&json, text).unwrap();
    let lib = Library::open(d.path().join(INDEX_FILE), d.path().join("lib"));
    assert_eq!(lib.file("a"), Some(PathBuf::from("/lib/a.mp4")));
    assert_eq!(lib.seconds("b"), Some(4.0));
    drop(lib);
    assert_eq!(
        files_in(d.path()),
        vec![INDEX_FILE.to_string(), "library.json.migrated".into()]
    );
    assert_eq!(
        std::fs::read_to_string(d.path().join("library.json.migrated")).unwrap(),
        text,
        "kept as it was"
    );
    assert_eq!(
        db_rows(d.path()),
        vec![
            ("a".into(), "/lib/a.mp4".into(), None),
            ("b".into(), "/lib/b.mp4".into(), Some(4.0))
        ]
    );
    let again = Library::open(d.path().join(INDEX_FILE), d.path().join("lib"));
    assert_eq!(again.seconds("b"), Some(4.0));
    drop(again);
    assert_eq!(files_in(d.path()), vec![INDEX_FILE.to_string()]);
}

/// A damaged `library.json` (cut short) moves in as far as it can be read; the damaged
/// original is set aside, not lost.
#[test]
fn a_damaged_library_json_moves_in_what_can_be_read() {
    let d = tempfile::tempdir().unwrap();
    let json = d.path().join(LEGACY_INDEX_FILE);
    let text = br#"{"a": "/lib/a.mp4", "b": {"file": "/lib/b.mp4", "seconds": 4.0}, "c": "/lib/c"#;
    std::fs::write(&json, text).unwrap();
    let lib = Library::open(d.path().join(INDEX_FILE), d.path().join("lib"));
    assert_eq!(lib.file("a"), Some(PathBuf::from("/lib/a.mp4")));
    assert_eq!(lib.seconds("b"), Some(4.0));
    drop(lib);
    let rows = db_rows(d.path());
    assert_eq!(rows.len(), 2, "{rows:?}");
    let aside: Vec<String> = files_in(d.path())
        .into_iter()
        .filter(|n| n.starts_with("library.json.corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(std::fs::read(d.path().join(&aside[0])).unwrap(), text);
}

#[test]
fn a_damaged_database_is_set_aside_and_the_index_starts_empty() {
    for damage in ["not a database", "cut short", "flipped"] {
        let d = tempfile::tempdir().unwrap();
        let db = d.path().join(INDEX_FILE);
        {
            let lib = Library::open(db.clone(), d.path().join("lib"));
            for i in 0..2000 {
                lib.record(&format!("job-{i}"), Path::new(&format!("/lib/{i}.mp4")));
            }
        }
        let mut bytes = std::fs::read(&db).unwrap();
        match damage {
            "not a database" => bytes = b"this is not SQLite".repeat(100),
            "cut short" => bytes.truncate(bytes.len() / 2),
            _ => {
                // Flip bytes in the middle of every b-tree page header after the first.
                for page in (4096..bytes.len()).step_by(4096) {
                    bytes[page + 3] ^= 0x5a;
                    bytes[page + 5] ^= 0xa5;
                }
            }
        }
        std::fs::write(&db, &bytes).unwrap();
        let lib = Library::open(db.clone(), d.path().join("lib"));
        assert_eq!(lib.file("job-1"), None, "{damage}: starts empty");
        lib.record("new", Path::new("/lib/new.mp4"));
        drop(lib);
        let aside: Vec<String> = files_in(d.path())
            .into_iter()
            .filter(|n| n.starts_with("library.db.corrupt-"))
            .filter(|n| !n.ends_with("-wal") && !n.ends_with("-shm"))
            .collect();
        assert_eq!(aside.len(), 1, "{damage}: set aside");
        assert_eq!(std::fs::read(d.path().join(&aside[0])).unwrap(), bytes);
        assert_eq!(
            db_rows(d.path()).len(),
            1,
            "{damage}: a new database in use"
        );
    }
}

#[test]
fn a_newer_database_is_refused_and_left_untouched() {
    let d = tempfile::tempdir().unwrap();
    let db = d.path().join(INDEX_FILE);
    {
        let lib = Library::open(db.clone(), d.path().join("lib"));
        lib.record("a", Path::new("/lib/a.mp4"));
    }
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch(&format!("PRAGMA user_version = {}", db::SCHEMA_VERSION + 1))
        .unwrap();
    drop(conn);
    let before = std::fs::read(&db).unwrap();
    let lib = Library::open(db.clone(), d.path().join("lib"));
    assert_eq!(lib.file("a"), None, "not read");
    lib.record("b", Path::new("/lib/b.mp4"));
    assert_eq!(
        lib.file("b"),
        Some(PathBuf::from("/lib/b.mp4")),
        "in memory"
    );
    drop(lib);
    assert_eq!(std::fs::read(&db).unwrap(), before, "not touched");
    assert_eq!(files_in(d.path()), vec![INDEX_FILE.to_string()]);
}

#[cfg(unix)]
#[test]
fn the_database_and_its_wal_are_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let d = tempfile::tempdir().unwrap();
    let data = d.path().join("data");
    let lib = Library::open(data.join(INDEX_FILE), d.path().join("lib"));
    lib.record("a", Path::new("/lib/a.mp4"));
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&data), 0o700);
    for name in [INDEX_FILE, "library.db-wal", "library.db-shm"] {
        assert_eq!(mode(&data.join(name)), 0o600, "{name}");
    }
}

/// Threads changing the same entry at once: the row ends as the index in memory does
/// (checked after each of many rounds: a row written from an older copy of the entry after
/// a newer one would show in one of them).
#[test]
fn the_row_ends_as_the_index_when_one_entry_changes_at_once() {
    let d = tempfile::tempdir().unwrap();
    let lib = Library::open(d.path().join(INDEX_FILE), d.path().join("lib"));
    for round in 0..150 {
        std::thread::scope(|s| {
            for t in 0..4 {
                let lib = &lib;
                s.spawn(move || {
                    if (round + t) % 5 == 0 {
                        lib.forget("same");
                    } else {
                        lib.record("same", Path::new(&format!("/lib/{round}-{t}.mp4")));
                    }
                });
            }
        });
        let in_memory = lib.file("same").map(|f| f.to_string_lossy().into_owned());
        let row = db_rows(d.path()).first().map(|r| r.1.clone());
        assert_eq!(row, in_memory, "round {round}");
    }
}
