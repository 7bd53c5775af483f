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
    let index = d.path().join("library.json");
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
    // Every write was whole: the file reads without being set aside ...
    let text = std::fs::read(&index).unwrap();
    let map: BTreeMap<String, PathBuf> =
        serde_json::from_slice(&text).expect("library.json is whole JSON");
    // ... and one writer's threads lose nothing of each other's.
    lib.record("last", Path::new("/lib/y.mp4"));
    let map_after: BTreeMap<String, PathBuf> =
        serde_json::from_slice(&std::fs::read(&index).unwrap()).unwrap();
    for t in (0..8).step_by(2) {
        for i in 0..25 {
            assert!(
                map_after.contains_key(&format!("job-{t}-{i}")),
                "job-{t}-{i}"
            );
        }
    }
    assert!(!map.is_empty());
    let names: Vec<String> = std::fs::read_dir(d.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, vec!["library.json".to_string()], "no temp file left");
}

#[test]
fn a_wrongly_typed_index_is_set_aside_and_its_good_entries_kept() {
    let d = tempfile::tempdir().unwrap();
    let index = d.path().join("library.json");
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
    let kept: BTreeMap<String, PathBuf> =
        serde_json::from_slice(&std::fs::read(&index).unwrap()).unwrap();
    assert_eq!(kept.len(), 1, "the good entry is written back");
}
