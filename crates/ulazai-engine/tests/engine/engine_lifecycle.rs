//! The engine facade against the simulator over real loopback HTTP: a job's whole life
//! as events, a failed job keeping what the failed answer omits, and the local
//! bookkeeping (folders, removal, notified, retry, validation).

use crate::support::engine as support;

use std::sync::Arc;

use support::*;
use ulazai_engine::engine::EngineEvent;
use ulazai_engine::engine::GenerateError;
use ulazai_engine::model::{JobOrigin, JobStatus};
use ulazai_engine::store::MemoryPersist;

const SPEED: f64 = 20.0;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lifecycle_created_processing_completed() {
    let sim = sim_at(SPEED, 2.0, 30.0).await;
    let (engine, mut ev) = engine(&sim, SPEED).await;

    let jobs = engine
        .jobs()
        .generate(params("a red fox in the snow", 1))
        .await
        .expect("generate");
    assert_eq!(jobs.len(), 1);
    let id = jobs[0].id.clone();
    assert_eq!(jobs[0].status, JobStatus::Pending);
    assert_eq!(jobs[0].origin, JobOrigin::App);
    assert!(jobs[0].params.is_some());

    ev.until(
        5.0,
        "JobCreated",
        |e| matches!(e, EngineEvent::JobCreated { job } if job.id == id),
    )
    .await;
    ev.until(10.0, "JobUpdated(processing)", |e| {
        matches!(e, EngineEvent::JobUpdated { job } if job.id == id && job.status == JobStatus::Processing)
    })
    .await;
    let done = ev
        .until(15.0, "JobTerminal(completed)", |e| {
            is_terminal_of(e, &id, JobStatus::Completed)
        })
        .await;
    let EngineEvent::JobTerminal { job } = done else {
        unreachable!()
    };
    assert!(
        !job.result_urls.is_empty(),
        "completed job carries result URLs"
    );
    assert!(job.result_urls[0].ends_with(".mp4"));
    assert_eq!(job.prompt.as_deref(), Some("a red fox in the snow"));
    assert!(job.completed_at.is_some());
    // No JobUpdated for the transition itself, and the job is no longer polled.
    assert!(!ev.seen.iter().any(
        |e| matches!(e, EngineEvent::JobUpdated { job } if job.id == id && job.status == JobStatus::Completed)
    ));
    assert!(engine.jobs().polled().await.is_empty());
    assert_eq!(engine.jobs().get(&id).unwrap().status, JobStatus::Completed);
    // Later rounds do not fire it again.
    engine.jobs().refresh_now().await;
    ev.drain();
    assert_eq!(ev.terminal_count(&id), 1);
    engine.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lifecycle_failed_keeps_model_and_prompt() {
    let sim = sim_at(SPEED, 1.0, 10.0).await;
    let (engine, mut ev) = engine(&sim, SPEED).await;
    sim.fail_next(1);
    let jobs = engine
        .jobs()
        .generate(params("a doomed teapot", 1))
        .await
        .expect("generate");
    let id = jobs[0].id.clone();
    let done = ev
        .until(15.0, "JobTerminal(failed)", |e| {
            is_terminal_of(e, &id, JobStatus::Failed)
        })
        .await;
    let EngineEvent::JobTerminal { job } = done else {
        unreachable!()
    };
    assert!(job.error_message.as_deref().is_some_and(|m| !m.is_empty()));
    assert_eq!(job.credits_refunded, Some(true));
    // The failed answer has only id/status/error/refund: the rest is kept from before.
    assert_eq!(job.model_slug.as_deref(), Some("veo31_fast"));
    assert_eq!(job.prompt.as_deref(), Some("a doomed teapot"));
    assert_eq!(&*job.params.as_ref().unwrap().prompt, "a doomed teapot");
    assert_eq!(job.origin, JobOrigin::App);

    // Retry sends the same parameters once.
    let again = engine.jobs().retry(&id).await.expect("retry");
    assert_eq!(again.len(), 1);
    assert_ne!(again[0].id, id);
    assert_eq!(again[0].params.as_ref().unwrap().count, 1);
    assert_eq!(again[0].prompt.as_deref(), Some("a doomed teapot"));
    ev.until(15.0, "the retried job completes", |e| {
        is_terminal_of(e, &again[0].id, JobStatus::Completed)
    })
    .await;
    engine.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn generate_refuses_invalid_params_without_sending() {
    let sim = sim_at(SPEED, 1.0, 10.0).await;
    let (engine, _ev) = engine(&sim, SPEED).await;
    let mut bad = params("", 1);
    bad.duration_seconds = Some(3);
    let err = engine.jobs().generate(bad).await.expect_err("invalid");
    let GenerateError::Validation(v) = &err else {
        panic!("expected validation, got {err:?}")
    };
    assert!(v.has("duration_seconds"), "{v:?}");
    assert_eq!(err.info().code, "validation");
    assert!(!err.user_message().is_empty());
    assert_eq!(count(&sim, "generate"), 0, "nothing was sent");
    engine.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn folders_moves_removal_and_notified() {
    let sim = sim_at(SPEED, 1.0, 4.0).await;
    let persist = Arc::new(MemoryPersist::new());
    let (engine, mut ev) = engine_with(&sim, policy(SPEED), persist.clone()).await;
    let jobs = engine
        .jobs()
        .generate(params("two owls", 2))
        .await
        .expect("generate");
    let ids: Vec<String> = jobs.iter().map(|j| j.id.clone()).collect();

    let folder = engine.folders().create("Owls");
    let moved = engine.folders().move_jobs(&ids, Some(folder.id.clone()));
    assert_eq!(moved.len(), 2);
    ev.until(5.0, "JobUpdated for the move", |e| {
        matches!(e, EngineEvent::JobUpdated { job } if job.folder_id.as_deref() == Some(folder.id.as_str()))
    })
    .await;
    assert_eq!(
        engine.folders().rename(&folder.id, "Birds").unwrap().name,
        "Birds"
    );
    assert_eq!(
        engine.folders().list()[0].remote_id,
        None,
        "no web session: local only"
    );

    // Removing a job stops its polling and emits JobRemoved.
    assert!(engine.jobs().remove(&ids[0]));
    assert!(!engine.jobs().remove(&ids[0]));
    ev.until(
        5.0,
        "JobRemoved",
        |e| matches!(e, EngineEvent::JobRemoved { job_id } if *job_id == ids[0]),
    )
    .await;
    assert!(!engine
        .jobs()
        .polled()
        .await
        .iter()
        .any(|(id, _)| *id == ids[0]));

    // Deleting the folder sends its jobs back to Unfiled; none is deleted.
    assert!(engine.folders().delete(&folder.id));
    assert!(engine.folders().list().is_empty());
    assert_eq!(engine.jobs().get(&ids[1]).unwrap().folder_id, None);

    assert!(engine.jobs().mark_notified(&ids[1]));
    assert!(!engine.jobs().mark_notified(&ids[1]));
    assert!(saved_notified(&engine, &persist).await.contains(&ids[1]));
    ev.until_terminal(&ids[1..], 15.0).await;
    // The removed job never comes back, even though it completed on the server.
    engine.jobs().refresh_now().await;
    assert!(engine.jobs().get(&ids[0]).is_none());
    assert_eq!(engine.jobs().list().len(), 1);
    engine.shutdown().await;
}
