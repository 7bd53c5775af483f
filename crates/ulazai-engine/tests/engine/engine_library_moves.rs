//! A saved clip's file follows the clip: moving a card into a folder (and back, and
//! deleting or renaming its folder) moves the file into that folder's sub-folder of the
//! library, and every job the engine hands out afterwards still names it.

use crate::support::engine as support;

use std::path::{Path, PathBuf};

use support::*;
use ulazai_engine::engine::EngineEvent;
use ulazai_engine::model::Job;

const SPEED: f64 = 20.0;

fn file_of(job: &Job) -> PathBuf {
    PathBuf::from(
        job.local_file
            .as_deref()
            .unwrap_or_else(|| panic!("{} lost its file: {job:?}", job.id)),
    )
}

fn in_dir(file: &Path, dir: &Path) {
    assert_eq!(file.parent(), Some(dir), "{file:?} is not in {dir:?}");
    assert!(file.is_file(), "{file:?} is not on disk");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_saved_clip_stays_saved_and_its_file_moves_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib");
    let sim = sim_at(SPEED, 0.5, 2.0).await;
    let (engine, mut ev) = engine_in(&sim, dir.path(), false, SPEED).await;
    let ids = generate_ids(&engine, "a clip that moves", 1).await;
    let id = ids[0].clone();
    ev.until_terminal(&ids, 20.0).await;
    let saved = engine.downloads().download(&id).await.expect("saved");
    in_dir(&saved, &lib.join("Unfiled"));

    let folder = engine.folders().create("Trailers");
    let moved = engine.folders().move_jobs(&ids, Some(folder.id.clone()));
    assert_eq!(moved.len(), 1);
    let file = file_of(&moved[0]);
    in_dir(&file, &lib.join("Trailers"));
    assert!(!saved.exists(), "the file moved, no copy left in Unfiled");
    assert_eq!(
        engine.jobs().get(&id).unwrap().local_file,
        moved[0].local_file
    );
    assert_eq!(engine.downloads().local_file(&id).unwrap(), file);
    ev.drain();
    let update = ev.seen.iter().rev().find_map(|e| match e {
        EngineEvent::JobUpdated { job } if job.id == id => Some(job.clone()),
        _ => None,
    });
    assert_eq!(
        update.expect("a JobUpdated for the move").local_file,
        moved[0].local_file
    );
    // "Save into the library" on a saved clip answers its file, and the card hears of it.
    assert_eq!(engine.downloads().download(&id).await.unwrap(), file);

    // Renaming the folder renames its sub-folder's contents with it.
    engine.folders().rename(&folder.id, "Teasers").unwrap();
    let renamed = file_of(&engine.jobs().get(&id).unwrap());
    in_dir(&renamed, &lib.join("Teasers"));

    // Deleting the folder sends the clip, and its file, back to Unfiled.
    assert!(engine.folders().delete(&folder.id));
    let back = file_of(&engine.jobs().get(&id).unwrap());
    in_dir(&back, &lib.join("Unfiled"));

    // Moving it to Unfiled when it is there already changes nothing.
    assert!(engine.folders().move_jobs(&ids, None).is_empty());
    assert_eq!(file_of(&engine.jobs().get(&id).unwrap()), back);
    engine.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_outside_the_library_stays_where_it_is_and_the_card_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    let sim = sim_at(SPEED, 0.5, 2.0).await;
    let (engine, mut ev) = engine_in(&sim, dir.path(), false, SPEED).await;
    let ids = generate_ids(&engine, "saved before the library moved", 1).await;
    ev.until_terminal(&ids, 20.0).await;
    let saved = engine.downloads().download(&ids[0]).await.expect("saved");
    // The creator chooses another library folder: files saved before stay where they are.
    engine.library().set_dir(dir.path().join("elsewhere"));
    let folder = engine.folders().create("Later");
    let moved = engine.folders().move_jobs(&ids, Some(folder.id));
    assert_eq!(
        file_of(&moved[0]),
        saved,
        "not moved out of its own library"
    );
    assert!(saved.is_file());
    engine.shutdown().await;
}
