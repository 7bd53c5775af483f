//! Deleting clips for real: files to the system trash (a private XDG trash here), or kept
//! on disk ("remove from library only"), in one call for many clips; undo brings the cards
//! and their files back; deleting a folder can take its clips to the trash too.

use crate::support::engine as support;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use support::*;
use ulazai_engine::engine::{EngineEvent, FolderClips};

const SPEED: f64 = 20.0;

/// `$XDG_DATA_HOME/Trash/files` of a private data home, set once for this test process
/// (only these tests use the trash).
fn trash_files() -> PathBuf {
    static HOME: OnceLock<tempfile::TempDir> = OnceLock::new();
    let home = HOME.get_or_init(|| {
        let d = tempfile::tempdir().unwrap();
        std::env::set_var("XDG_DATA_HOME", d.path());
        d
    });
    home.path().join("Trash/files")
}

fn in_trash(file: &Path) -> bool {
    trash_files().join(file.file_name().unwrap()).is_file()
}

#[cfg_attr(
    not(all(unix, not(target_os = "macos"))),
    ignore = "the trash is checked where it is a folder (XDG, Linux); Windows' recycle bin cannot be read back here (Wine has none the trash crate can use), macOS's Trash not through the crate"
)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleted_clips_go_to_the_trash_and_undo_brings_them_back() {
    trash_files();
    let dir = tempfile::tempdir().unwrap();
    let sim = sim_at(SPEED, 0.5, 2.0).await;
    let (engine, mut ev) = engine_in(&sim, dir.path(), false, SPEED).await;
    let ids = generate_ids(&engine, "three takes to choose from", 3).await;
    ev.until_terminal(&ids, 20.0).await;
    let mut files = Vec::new();
    for id in &ids {
        files.push(engine.downloads().download(id).await.expect("saved"));
    }

    // Two clips to the trash in one call.
    let two = ids[..2].to_vec();
    let deleted = engine.deletes().delete(&two, false).unwrap();
    assert_eq!(deleted.removed, two);
    assert_eq!(deleted.trashed, 2);
    assert!(deleted.kept.is_empty() && deleted.problem.is_none());
    for (id, f) in two.iter().zip(&files) {
        assert!(!f.exists(), "{f:?} left the library");
        assert!(in_trash(f), "{f:?} is in the trash");
        assert!(engine.jobs().get(id).is_none(), "{id}'s card is gone");
    }
    ev.drain();
    for id in &two {
        assert!(ev
            .seen
            .iter()
            .any(|e| matches!(e, EngineEvent::JobRemoved { job_id } if job_id == id)));
    }
    assert!(engine.jobs().get(&ids[2]).is_some(), "the third clip stays");

    // Undo: the cards and the files back where they were.
    let undone = engine.deletes().undo(deleted.undo).expect("held");
    assert!(undone.problem.is_none(), "{:?}", undone.problem);
    assert_eq!(undone.jobs.len(), 2);
    for (id, f) in two.iter().zip(&files) {
        assert!(f.is_file(), "{f:?} is back");
        assert!(!in_trash(f), "{f:?} is out of the trash");
        let job = engine.jobs().get(id).expect("the card is back");
        assert_eq!(job.local_file.as_deref(), Some(f.to_str().unwrap()));
    }
    assert!(
        engine.deletes().undo(deleted.undo).is_none(),
        "undone once only"
    );

    // Remove from the library only: the card goes, the file stays; undo finds it again.
    let kept = engine.deletes().delete(&ids[2..], true).unwrap();
    assert_eq!((kept.removed.len(), kept.trashed), (1, 0));
    assert!(files[2].is_file() && !in_trash(&files[2]));
    assert!(engine.jobs().get(&ids[2]).is_none());
    engine.deletes().undo(kept.undo).unwrap();
    let job = engine.jobs().get(&ids[2]).unwrap();
    assert_eq!(job.local_file.as_deref(), Some(files[2].to_str().unwrap()));

    // An unknown id changes nothing.
    assert!(engine
        .deletes()
        .delete(&[ids[0].clone(), "nope".into()], false)
        .is_err());
    assert!(files[0].is_file() && engine.jobs().get(&ids[0]).is_some());
    engine.shutdown().await;
}

#[cfg_attr(
    not(all(unix, not(target_os = "macos"))),
    ignore = "the trash is checked where it is a folder (XDG, Linux); Windows' recycle bin cannot be read back here (Wine has none the trash crate can use), macOS's Trash not through the crate"
)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_folder_deleted_with_its_clips_sends_them_to_the_trash() {
    trash_files();
    let dir = tempfile::tempdir().unwrap();
    let sim = sim_at(SPEED, 0.5, 2.0).await;
    let (engine, mut ev) = engine_in(&sim, dir.path(), false, SPEED).await;
    let ids = generate_ids(&engine, "a folder of outtakes", 2).await;
    ev.until_terminal(&ids, 20.0).await;
    for id in &ids {
        engine.downloads().download(id).await.expect("saved");
    }
    let folder = engine.folders().create("Outtakes");
    engine
        .folders()
        .move_jobs(&ids[..1], Some(folder.id.clone()));
    let inside = PathBuf::from(engine.jobs().get(&ids[0]).unwrap().local_file.unwrap());
    assert_eq!(
        inside.parent(),
        Some(dir.path().join("lib/Outtakes").as_path())
    );

    let deleted = engine
        .folders()
        .delete_with(&folder.id, FolderClips::Trash)
        .unwrap();
    assert_eq!(deleted.removed, ids[..1].to_vec());
    assert!(engine.folders().get(&folder.id).is_none());
    assert!(!inside.exists() && in_trash(&inside));
    assert!(
        engine.jobs().get(&ids[1]).is_some(),
        "a clip of another folder stays"
    );

    // Undo: the clip comes back to Unfiled (its folder is gone), its file with it.
    engine.deletes().undo(deleted.undo).unwrap();
    let job = engine.jobs().get(&ids[0]).unwrap();
    assert_eq!(job.folder_id, None);
    let file = PathBuf::from(job.local_file.unwrap());
    assert_eq!(
        file.parent(),
        Some(dir.path().join("lib/Unfiled").as_path())
    );
    assert!(file.is_file());
    assert!(engine
        .folders()
        .delete_with("gone", FolderClips::Unfile)
        .is_none());
    engine.shutdown().await;
}
