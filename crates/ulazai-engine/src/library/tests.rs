//! The library's index, folders and files.

use super::*;

#[test]
fn the_index_survives_a_reopen_and_forgets_missing_files() {
    let d = tempfile::tempdir().unwrap();
    let index = d.path().join("library.json");
    let lib = Library::open(index.clone(), d.path().join("lib"));
    let a = lib.reserve("Unfiled", "a.mp4").unwrap();
    let b = lib.reserve("Unfiled", "a.mp4").unwrap();
    assert_ne!(a, b, "a claimed name is never handed out twice");
    lib.record("job-a", &a);
    lib.record("job-b", &b);
    let again = Library::open(index, d.path().join("lib"));
    assert_eq!(again.file("job-a"), Some(a.clone()));
    std::fs::remove_file(&b).unwrap();
    assert_eq!(again.existing_file("job-b"), None);
    assert_eq!(again.file("job-b"), None, "forgotten once found missing");
    assert_eq!(again.existing_file("job-a"), Some(a));
}

#[test]
fn only_files_inside_the_library() {
    let d = tempfile::tempdir().unwrap();
    let lib = Library::open(d.path().join("library.json"), d.path().join("lib"));
    std::fs::create_dir_all(d.path().join("lib/sub")).unwrap();
    std::fs::write(d.path().join("lib/sub/a.mp4"), b"x").unwrap();
    std::fs::write(d.path().join("outside.mp4"), b"x").unwrap();
    assert!(lib.inside(&d.path().join("lib/sub/a.mp4")).is_some());
    assert!(lib
        .inside(&d.path().join("lib/sub/../../outside.mp4"))
        .is_none());
    assert!(lib.inside(&d.path().join("outside.mp4")).is_none());
    assert!(lib.inside(&d.path().join("lib/missing.mp4")).is_none());
    assert!(Library::detached().reserve("x", "a.mp4").is_err());
}

#[test]
fn concurrent_writers_never_corrupt_the_index() {
    let d = tempfile::tempdir().unwrap();
    let index = d.path().join(INDEX_FILE);
    let lib = Library::open(index.clone(), d.path().join("lib"));
    let other = Library::open(index.clone(), d.path().join("lib"));
    std::thread::scope(|s| {
        for t in 0..8 {
            let lib = if t % 2 == 0 { &lib } else { &other };
            s.spawn(move || {
                for i in 0..25 {
                    lib.record(&format!("job-{t}-{i}"), Path::new("/lib/x.mp4"));
                }
            });
        }
    });
    // Every write was whole: the database reads without being set aside ...
    lib.record("last", Path::new("/lib/y.mp4"));
    drop((lib, other));
    let again = Library::open(index, d.path().join("lib"));
    // ... and no writer's threads lose anything of each other's.
    for t in 0..8 {
        for i in 0..25 {
            assert!(again.file(&format!("job-{t}-{i}")).is_some(), "job-{t}-{i}");
        }
    }
    assert_eq!(again.file("last"), Some(PathBuf::from("/lib/y.mp4")));
    drop(again);
    let names: Vec<String> = std::fs::read_dir(d.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "lib")
        .collect();
    assert_eq!(names, vec![INDEX_FILE.to_string()], "no other file left");
}

#[test]
fn a_wrongly_typed_index_is_set_aside_and_its_good_entries_kept() {
    let d = tempfile::tempdir().unwrap();
    let index = d.path().join(LEGACY_INDEX_FILE);
    let text = br#"{"job-a": "/lib/a.mp4", "job-b": 42}"#;
    std::fs::write(&index, text).unwrap();
    let lib = Library::open(index.clone(), d.path().join("lib"));
    assert_eq!(lib.file("job-a"), Some(PathBuf::from("/lib/a.mp4")));
    assert_eq!(lib.file("job-b"), None);
    let aside: Vec<PathBuf> = std::fs::read_dir(d.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("library.json.corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1, "set aside, not silently overwritten");
    assert_eq!(std::fs::read(&aside[0]).unwrap(), text);
    drop(lib);
    let kept = Library::open(index, d.path().join("lib"));
    assert_eq!(
        kept.file("job-a"),
        Some(PathBuf::from("/lib/a.mp4")),
        "the good entry is written into the database"
    );
    assert_eq!(db_rows(d.path()).len(), 1, "and only it");
}

/// The rows of `library.db` in `dir`, read as the sqlite3 tool would.
pub(super) fn db_rows(dir: &Path) -> Vec<(String, String, Option<f64>)> {
    let conn = rusqlite::Connection::open(dir.join(INDEX_FILE)).unwrap();
    let mut stmt = conn
        .prepare("SELECT id, file, seconds FROM entries ORDER BY id")
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap();
    rows.map(Result::unwrap).collect()
}
