use super::*;

#[test]
fn the_file_moves_and_keeps_its_length() {
    let d = tempfile::tempdir().unwrap();
    let index = d.path().join("library.json");
    let lib = Library::open(index.clone(), d.path().join("lib"));
    let a = lib.reserve("Unfiled", "a.mp4").unwrap();
    std::fs::write(&a, b"clip").unwrap();
    lib.record("job-a", &a);
    lib.set_seconds("job-a", 2.5);
    // A namesake already in the folder keeps its name; the moved file gets another.
    std::fs::create_dir_all(d.path().join("lib/Trips")).unwrap();
    std::fs::write(d.path().join("lib/Trips/a.mp4"), b"other").unwrap();
    let moved = lib.relocate("job-a", "Trips").unwrap();
    assert_eq!(moved, d.path().join("lib/Trips/a (2).mp4"));
    assert_eq!(std::fs::read(&moved).unwrap(), b"clip");
    assert!(!a.exists());
    let again = Library::open(index, d.path().join("lib"));
    assert_eq!(again.file("job-a"), Some(moved.clone()));
    assert_eq!(again.seconds("job-a"), Some(2.5));
    assert_eq!(lib.relocate("job-a", "Trips"), Some(moved), "already there");
    assert_eq!(lib.relocate("no-job", "Trips"), None);
    assert!(
        !journal::path_for(&d.path().join("library.json")).exists(),
        "no journal left"
    );
}

/// Three saved clips in Unfiled (`job-0` … `job-2`), the library at `d/lib`.
fn three(d: &Path) -> (Library, Vec<PathBuf>) {
    let lib = Library::open(d.join("library.json"), d.join("lib"));
    let files = (0..3)
        .map(|i| {
            let f = lib.reserve("Unfiled", &format!("c{i}.mp4")).unwrap();
            std::fs::write(&f, format!("clip {i}")).unwrap();
            lib.record(&format!("job-{i}"), &f);
            f
        })
        .collect();
    (lib, files)
}

/// Every clip's bytes are on disk exactly once under `d/lib`, at the file the index names.
fn each_once(d: &Path) {
    let lib = Library::open(d.join("library.json"), d.join("lib"));
    let mut all = Vec::new();
    for dir in std::fs::read_dir(d.join("lib")).unwrap() {
        for f in std::fs::read_dir(dir.unwrap().path()).unwrap() {
            all.push(std::fs::read(f.unwrap().path()).unwrap());
        }
    }
    for i in 0..3 {
        let body = format!("clip {i}").into_bytes();
        assert_eq!(
            all.iter().filter(|b| **b == body).count(),
            1,
            "clip {i} once: {all:?}"
        );
        let file = lib.file(&format!("job-{i}")).unwrap();
        assert_eq!(
            std::fs::read(&file).unwrap(),
            body,
            "the index names clip {i}"
        );
    }
    assert!(
        all.iter().all(|b| !b.is_empty()),
        "no placeholder left: {all:?}"
    );
    assert!(
        !journal::path_for(&d.join("library.json")).exists(),
        "the journal is gone"
    );
}

/// [`three`], and the bulk move of all three to "Trips" journalled, no file moved yet.
fn journalled_to_trips(d: &Path) -> (Library, Vec<Move>) {
    let (lib, files) = three(d);
    std::fs::create_dir_all(d.join("lib/Trips")).unwrap();
    let moves: Vec<Move> = files
        .iter()
        .enumerate()
        .map(|(i, f)| Move {
            job: format!("job-{i}"),
            from: f.clone(),
            to: d.join(format!("lib/Trips/c{i}.mp4")),
        })
        .collect();
    journal::write(&journal::path_for(&d.join("library.json")), &moves).unwrap();
    (lib, moves)
}

/// The state a kill leaves at each point of a bulk move to "Trips", settled by the next
/// open: the journal written and nothing moved, an empty file made for a rename, a copy
/// across volumes made but its original not removed, a hard link made but its original
/// not removed, some files moved but the index not saved, and everything done but the
/// journal not removed.
#[test]
fn a_move_killed_at_any_point_is_settled_at_the_next_start() {
    for point in 0..6 {
        let d = tempfile::tempdir().unwrap();
        let (lib, moves) = journalled_to_trips(d.path());
        let first = &moves[0];
        match point {
            0 => {}
            1 => drop(File::create_new(&first.to).unwrap()),
            2 => drop(std::fs::copy(&first.from, &first.to).unwrap()),
            3 => std::fs::hard_link(&first.from, &first.to).unwrap(),
            4 => {
                std::fs::rename(&moves[0].from, &moves[0].to).unwrap();
                std::fs::rename(&moves[1].from, &moves[1].to).unwrap();
            }
            _ => {
                for m in &moves {
                    std::fs::rename(&m.from, &m.to).unwrap();
                    lib.record(&m.job, &m.to);
                }
            }
        }
        drop(lib);
        each_once(d.path());
        let lib = Library::open(d.path().join("library.json"), d.path().join("lib"));
        let moved = (0..3).filter(|i| {
            lib.file(&format!("job-{i}"))
                .unwrap()
                .starts_with(d.path().join("lib/Trips"))
        });
        assert_eq!(moved.count(), [0, 0, 0, 0, 2, 3][point], "point {point}");
    }
}

/// The library read in the background (as the app opens it) settles a killed move the
/// same way before anyone sees its index.
#[test]
fn a_library_read_in_the_background_settles_a_killed_move_first() {
    let d = tempfile::tempdir().unwrap();
    let (lib, moves) = journalled_to_trips(d.path());
    std::fs::rename(&moves[0].from, &moves[0].to).unwrap();
    drop(lib);
    let lib = Library::open_in_background(d.path().join("library.json"), d.path().join("lib"));
    assert_eq!(
        lib.file("job-0"),
        Some(moves[0].to.clone()),
        "the moved file"
    );
    assert_eq!(
        lib.file("job-1"),
        Some(moves[1].from.clone()),
        "the file not moved"
    );
    drop(lib);
    each_once(d.path());
}

/// A file that took a journalled target's name before the move was made is someone
/// else's: the next start leaves it, and the clip stays where it was.
#[test]
fn a_file_that_took_the_name_is_left_alone() {
    let d = tempfile::tempdir().unwrap();
    let (lib, files) = three(d.path());
    std::fs::create_dir_all(d.path().join("lib/Trips")).unwrap();
    let to = d.path().join("lib/Trips/c0.mp4");
    std::fs::write(&to, b"a namesake").unwrap();
    let m = Move {
        job: "job-0".into(),
        from: files[0].clone(),
        to: to.clone(),
    };
    journal::write(
        &journal::path_for(&d.path().join("library.json")),
        std::slice::from_ref(&m),
    )
    .unwrap();
    assert_eq!(
        move_file(&m.from, &m.to).unwrap_err().kind(),
        ErrorKind::AlreadyExists
    );
    drop(lib);
    let lib = Library::open(d.path().join("library.json"), d.path().join("lib"));
    assert_eq!(std::fs::read(&to).unwrap(), b"a namesake");
    assert_eq!(lib.file("job-0"), Some(files[0].clone()));
    assert_eq!(std::fs::read(&files[0]).unwrap(), b"clip 0");
}

#[test]
fn a_bulk_move_writes_the_index_once_and_leaves_no_journal() {
    let d = tempfile::tempdir().unwrap();
    let (lib, _) = three(d.path());
    let asked: Vec<(String, String)> = (0..3)
        .map(|i| (format!("job-{i}"), "Trips".to_string()))
        .collect();
    let now = lib.relocate_all(&asked);
    assert!(now
        .iter()
        .all(|f| f.as_ref().unwrap().starts_with(d.path().join("lib/Trips"))));
    drop(lib);
    each_once(d.path());
}

/// The checked copy when a rename cannot cross volumes: between two file systems when the
/// machine has them (/dev/shm is a tmpfs), else the fallback itself.
#[test]
fn a_move_across_volumes_is_a_checked_copy() {
    let d = tempfile::tempdir().unwrap();
    // `lib` moves a clip only where a second file system can be linked in (Unix).
    #[cfg_attr(not(unix), allow(unused_variables))]
    let (lib, files) = three(d.path());
    #[cfg(unix)]
    if let Some(o) = &tempfile::tempdir_in("/dev/shm").ok() {
        std::os::unix::fs::symlink(o.path(), d.path().join("lib/Away")).unwrap();
        let err = std::fs::hard_link(&files[0], o.path().join("probe")).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::CrossesDevices, "two file systems");
        let moved = lib.relocate("job-0", "Away").unwrap();
        assert_eq!(moved, d.path().join("lib/Away/c0.mp4"));
        assert_eq!(std::fs::read(o.path().join("c0.mp4")).unwrap(), b"clip 0");
        assert!(!files[0].exists());
        return;
    }
    let to = d.path().join("copy.mp4");
    File::create_new(&to).unwrap();
    copy_across(&files[1], &to).unwrap();
    assert_eq!(std::fs::read(&to).unwrap(), b"clip 1");
    assert!(!files[1].exists());
}

#[test]
fn a_copy_that_differs_keeps_the_original() {
    let d = tempfile::tempdir().unwrap();
    let a = d.path().join("a.mp4");
    let b = d.path().join("b.mp4");
    std::fs::write(&a, b"same length").unwrap();
    std::fs::write(&b, b"same lengtX").unwrap();
    assert!(!same_content(&a, &b).unwrap());
    std::fs::write(&b, b"same length").unwrap();
    assert!(same_content(&a, &b).unwrap());
    std::fs::write(&b, b"same length!").unwrap();
    assert!(!same_content(&a, &b).unwrap());
}
