//! The store's image saved: the jobs shared with the store (no copy), and a save that
//! writes only the jobs the store changed since it last wrote or read them.

use std::sync::Arc;

use super::tests::snap;
use super::*;
use crate::store::curation::Marks;
use crate::store::Store;

/// A database holding `n` jobs, closed; then opened again as the engine opens it.
fn stored(dir: &Path, n: usize) -> (SqlitePersist, Store) {
    let path = dir.join("jobs.db");
    let p = SqlitePersist::new(&path);
    p.load().unwrap();
    p.save(&snap(n)).unwrap();
    p.close().unwrap();
    let p = SqlitePersist::new(&path);
    let store = Store::from_image(p.load_image().unwrap().expect("saved"));
    (p, store)
}

fn stars(store: &mut Store, id: &str, n: u32) {
    let marks = Marks::new(None, Some(n)).unwrap();
    store.set_marks(&[id.to_string()], marks).unwrap();
}

#[test]
fn a_save_of_the_stores_image_writes_only_the_jobs_the_store_changed() {
    let dir = tempfile::tempdir().unwrap();
    let (p, mut store) = stored(dir.path(), 50);
    let save = |store: &Store| p.save_image_counted(&store.image(), true).unwrap().jobs;
    assert_eq!(save(&store), 0, "nothing changed since the load");

    stars(&mut store, "job-0007", 4);
    assert_eq!(save(&store), 1, "one job rated");
    assert_eq!(save(&store), 0, "and nothing since");

    let moved = store.move_jobs(&["job-0001".into(), "job-0002".into()], None);
    assert_eq!(moved.len(), 2);
    assert_eq!(save(&store), 2, "two jobs moved");

    // Marks a job already has leave it as it is: the same `Arc`, nothing written.
    stars(&mut store, "job-0007", 4);
    assert_eq!(save(&store), 0, "the same marks again");

    // What was written is what the store holds.
    drop(p);
    let again = SqlitePersist::new(dir.path().join("jobs.db"));
    let read = again.load().unwrap().expect("saved");
    assert_eq!(read.jobs, store.snapshot().jobs);
    assert_eq!(
        read.jobs
            .iter()
            .find(|j| j.id == "job-0007")
            .unwrap()
            .rating,
        Some(4)
    );
}

#[test]
fn the_store_and_the_database_share_each_job_and_a_change_copies_only_that_one() {
    let dir = tempfile::tempdir().unwrap();
    let (p, mut store) = stored(dir.path(), 5);
    // Held by the store and by what the database remembers as written: one copy each.
    let image = store.image();
    assert!(image.jobs.iter().all(|j| Arc::strong_count(j) == 3));
    drop(image);

    let before = store.image();
    stars(&mut store, "job-0003", 5);
    let after = store.image();
    for (a, b) in before.jobs.iter().zip(&after.jobs) {
        assert_eq!(Arc::ptr_eq(a, b), a.id != "job-0003", "{}", a.id);
    }
    // The image taken before the change still shows the job as it was.
    let old = before.jobs.iter().find(|j| j.id == "job-0003").unwrap();
    assert_eq!(old.rating, None);
    assert_eq!(p.save_image_counted(&after, true).unwrap().jobs, 1);
}

#[test]
fn a_plain_snapshot_save_still_finds_changes_by_digest() {
    let dir = tempfile::tempdir().unwrap();
    let (p, store) = stored(dir.path(), 5);
    let mut s = store.snapshot();
    assert_eq!(p.save_counted(&s).unwrap().jobs, 0);
    s.jobs[2].prompt = Some("a grey wolf".into());
    assert_eq!(p.save_counted(&s).unwrap().jobs, 1);
    // The store's jobs are no longer what was written last for that one: its image writes
    // it back (the database holds the snapshot's version now).
    assert_eq!(p.save_image_counted(&store.image(), true).unwrap().jobs, 1);
}

/// The view's columns of a row, as the database holds them.
fn columns(dir: &Path, id: &str) -> (Option<String>, String, Option<String>) {
    let conn = rusqlite::Connection::open(dir.join("jobs.db")).unwrap();
    conn.query_row(
        "SELECT folder_id, status, prompt FROM jobs WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .unwrap()
}

#[test]
fn a_row_updated_from_its_known_job_keeps_the_views_columns_and_the_prompt_index() {
    let dir = tempfile::tempdir().unwrap();
    let (p, mut store) = stored(dir.path(), 20);
    store.move_jobs(&["job-0004".into()], None);
    let answer = crate::api::RemoteJob {
        prompt: Some("a heron over the marsh".into()),
        ..crate::store::tests::remote("job-0005", "completed")
    };
    assert!(store.apply_remote(&answer).is_some(), "the prompt changed");
    assert_eq!(p.save_image_counted(&store.image(), true).unwrap().jobs, 2);

    assert_eq!(columns(dir.path(), "job-0004").0, None, "moved to Unfiled");
    assert_eq!(columns(dir.path(), "job-0004").1, "completed");
    let (_, _, prompt) = columns(dir.path(), "job-0005");
    assert_eq!(prompt.as_deref(), Some("a heron over the marsh"));
    assert_eq!(
        p.search_prompts("heron", 10).unwrap(),
        vec!["job-0005".to_string()]
    );
    assert!(p
        .search_prompts("take 5", 10)
        .unwrap()
        .iter()
        .all(|id| id != "job-0005"));
}
