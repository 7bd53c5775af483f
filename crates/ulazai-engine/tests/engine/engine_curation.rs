//! A creator's marks on clips (pick / reject, stars) through the engine: set on several
//! clips in one change while they render, kept through the server's answers, a restart
//! and its history reload, saved in the JSON file store.

use crate::support::engine as support;

use std::sync::Arc;

use support::*;
use ulazai_engine::engine::EngineEvent;
use ulazai_engine::model::{ClipFlag, JobStatus};
use ulazai_engine::store::curation::{FlagMark, Marks, MarksError};
use ulazai_engine::store::{JsonFilePersist, MemoryPersist, Persist};
use ulazai_engine::MissingJob;

const SPEED: f64 = 20.0;

fn file_store(dir: &std::path::Path) -> Arc<JsonFilePersist> {
    Arc::new(JsonFilePersist::new(dir.join("jobs.json")))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn marks_set_while_rendering_outlive_the_answers_and_a_restart() {
    let sim = sim_at(SPEED, 2.0, 20.0).await;
    let dir = temp_dir("curation");

    let (first, mut ev) = engine_with(&sim, policy(SPEED), file_store(&dir)).await;
    let ids = generate_ids(&first, "three takes of a pier", 3).await;
    ev.drain();
    let marks = first.curation();
    let four = marks
        .set_marks(&ids[..2], Marks::new(None, Some(4)).unwrap())
        .unwrap();
    assert_eq!(four.len(), 2);
    assert!(four.iter().all(|j| j.rating == Some(4) && j.flag.is_none()));
    marks
        .set_marks(&ids[1..2], Marks::flag(FlagMark::Reject))
        .unwrap();
    marks
        .set_marks(&ids[2..], Marks::flag(FlagMark::Pick))
        .unwrap();
    ev.drain();
    let updated = |id: &str| {
        ev.seen
            .iter()
            .filter(|e| matches!(e, EngineEvent::JobUpdated { job } if job.id == id))
            .count()
    };
    assert_eq!(
        (updated(&ids[0]), updated(&ids[1]), updated(&ids[2])),
        (1, 2, 1),
        "a JobUpdated per change of a clip's marks"
    );

    // Refused changes leave every clip as it was.
    assert_eq!(
        Marks::new(Some(FlagMark::Pick), Some(6)),
        Err(MarksError::Stars(6))
    );
    let with_unknown = vec![ids[0].clone(), "gone".to_string()];
    assert_eq!(
        marks.set_marks(&with_unknown, Marks::flag(FlagMark::Pick)),
        Err(MarksError::MissingJob(MissingJob))
    );
    assert_eq!(first.jobs().get(&ids[0]).unwrap().flag, None);

    // The server's answers (processing, completed) keep the marks.
    ev.until_terminal(&ids, 30.0).await;
    let want = |engine: &ulazai_engine::engine::Engine| {
        ids.iter()
            .map(|id| {
                let j = engine.jobs().get(id).unwrap();
                (j.status, j.flag, j.rating)
            })
            .collect::<Vec<_>>()
    };
    let expected = vec![
        (JobStatus::Completed, None, Some(4)),
        (JobStatus::Completed, Some(ClipFlag::Reject), Some(4)),
        (JobStatus::Completed, Some(ClipFlag::Pick), None),
    ];
    assert_eq!(want(&first), expected);
    first.shutdown().await;

    // Restart from the file: the history reload refreshes the jobs, the marks stay.
    let (second, _ev2) = engine_with(&sim, policy(SPEED), file_store(&dir)).await;
    second.jobs().refresh_now().await;
    assert_eq!(want(&second), expected);
    second.shutdown().await;
    std::fs::remove_dir_all(dir).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn marking_a_selection_saves_once() {
    let sim = sim_at(SPEED, 2.0, 2.0).await;
    let persist = MemoryPersist::new();
    let (engine, mut ev) = engine_with(&sim, policy(SPEED), Arc::new(persist.clone())).await;
    let ids = generate_ids(&engine, "four takes", 4).await;
    ev.until_terminal(&ids, 30.0).await;
    engine.flush().await;
    let saves = persist.save_count();
    engine
        .curation()
        .set_marks(&ids, Marks::new(Some(FlagMark::Pick), Some(5)).unwrap())
        .unwrap();
    engine.flush().await;
    assert_eq!(persist.save_count(), saves + 1, "four clips, one save");
    let saved = persist.load().unwrap().unwrap();
    assert!(saved
        .jobs
        .iter()
        .all(|j| j.flag == Some(ClipFlag::Pick) && j.rating == Some(5)));
    engine.shutdown().await;
}
