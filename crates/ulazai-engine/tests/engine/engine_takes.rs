//! Takes of a shot against the simulator: a batch is one shot; a retry, a generate made
//! from a clip (Edit & retry) and a queued variation of a clip are takes of its shot that
//! know their origin — kept through the server's answers and a restart; an origin the app
//! does not know is refused before anything is sent.

use crate::support::engine as support;

use std::sync::Arc;

use support::*;
use ulazai_engine::engine::{EngineEvent, GenerateError};
use ulazai_engine::model::Job;
use ulazai_engine::queue::QueueEntry;
use ulazai_engine::store::{JsonFilePersist, Persist};

const SPEED: f64 = 20.0;

fn takes(job: &Job) -> (Option<&str>, Option<&str>) {
    (job.shot.as_deref(), job.take_of.as_deref())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retries_edits_and_variations_are_takes_of_their_origins_shot_across_a_restart() {
    let sim = sim_at(SPEED, 1.0, 6.0).await;
    let dir = temp_dir("takes");
    let store = || Arc::new(JsonFilePersist::new(dir.join("jobs.json")));
    let (engine, mut ev) = engine_with(&sim, policy(SPEED), store()).await;

    let batch = generate_ids(&engine, "four takes of a lighthouse", 4).await;
    assert_eq!(batch.len(), 4);
    let first = batch[0].clone();
    for id in &batch {
        assert_eq!(
            takes(&engine.jobs().get(id).unwrap()),
            (Some(first.as_str()), None)
        );
    }
    // A retry of the third take, an Edit & retry of the second.
    let retry = engine.jobs().retry(&batch[2]).await.expect("retry");
    assert_eq!(
        takes(&retry[0]),
        (Some(first.as_str()), Some(batch[2].as_str()))
    );
    let edited = params("the lighthouse, at dawn", 1);
    let edit = engine
        .jobs()
        .generate_from(edited, Some(&batch[1]))
        .await
        .expect("edit & retry");
    assert_eq!(
        takes(&edit[0]),
        (Some(first.as_str()), Some(batch[1].as_str()))
    );
    // A variation of the fourth take, through the queue.
    let entry = QueueEntry {
        params: params("four takes of a lighthouse", 1),
        folder: None,
        source: Some("Variation: Veo 3.1 Fast".into()),
        place: None,
        take_of: Some(batch[3].clone()),
    };
    engine.queue().add(vec![entry], None).await.expect("queued");
    ev.until(60.0, "QueueDrained", |e| {
        matches!(e, EngineEvent::QueueDrained { .. })
    })
    .await;
    let variation = engine
        .jobs()
        .list()
        .into_iter()
        .find(|j| j.take_of.as_deref() == Some(batch[3].as_str()))
        .expect("the variation's clip knows its origin");
    assert_eq!(variation.shot.as_deref(), Some(first.as_str()));

    // Unknown origins: refused before anything is sent.
    let generates = count(&sim, "generate");
    let err = engine
        .jobs()
        .generate_from(params("an orphan", 1), Some("no-such-clip"))
        .await
        .expect_err("unknown origin");
    assert!(matches!(err, GenerateError::MissingJob(_)), "{err:?}");
    let orphan = QueueEntry {
        params: params("an orphan", 1),
        folder: None,
        source: None,
        place: None,
        take_of: Some("no-such-clip".into()),
    };
    let err = engine
        .queue()
        .add(vec![orphan], None)
        .await
        .expect_err("unknown origin");
    assert!(matches!(err, GenerateError::MissingJob(_)), "{err:?}");
    assert_eq!(engine.queue().view().items.len(), 0, "nothing queued");
    assert_eq!(count(&sim, "generate"), generates, "nothing sent");

    // Every render finishes (server answers) and the app restarts: the takes stay.
    let all: Vec<String> = engine.jobs().ids();
    ev.until_terminal(&all, 30.0).await;
    engine.shutdown().await;
    let saved = store().load().unwrap().expect("saved");
    assert_eq!(saved.jobs.len(), 7);
    let (again, _ev) = engine_with(&sim, policy(SPEED), store()).await;
    let kept: Vec<(String, Option<String>, Option<String>)> = again
        .jobs()
        .list()
        .into_iter()
        .map(|j| (j.id.clone(), j.shot, j.take_of))
        .collect();
    assert_eq!(kept.len(), 7);
    assert!(
        kept.iter()
            .all(|(_, shot, _)| shot.as_deref() == Some(first.as_str())),
        "{kept:?}"
    );
    let origin = |id: &str| kept.iter().find(|(j, _, _)| j == id).unwrap().2.clone();
    assert_eq!(origin(&retry[0].id).as_deref(), Some(batch[2].as_str()));
    assert_eq!(origin(&edit[0].id).as_deref(), Some(batch[1].as_str()));
    assert_eq!(origin(&variation.id).as_deref(), Some(batch[3].as_str()));
    assert_eq!(origin(&first), None);
    again.shutdown().await;
    remove_temp_dir(dir);
}
