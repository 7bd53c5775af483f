//! The engine across restarts with a JSON file store: unfinished jobs resume polling,
//! jobs started elsewhere come back from history as cards, terminal events fire once,
//! and a corrupt store file is set aside instead of blocking the start.

use crate::support::engine as support;

use std::sync::Arc;

use support::*;
use ulazai_engine::api::Client;
use ulazai_engine::engine::EngineEvent;
use ulazai_engine::model::{JobOrigin, JobStatus};
use ulazai_engine::store::{JsonFilePersist, Persist};

const SPEED: f64 = 20.0;

fn file_store(dir: &std::path::Path) -> Arc<JsonFilePersist> {
    Arc::new(JsonFilePersist::new(dir.join("jobs.json")))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn restart_resumes_polling_adds_web_jobs_and_fires_terminal_once() {
    let sim = sim_at(SPEED, 2.0, 40.0).await;
    let dir = temp_dir("restart");

    // First run: two jobs, then quit long before they finish.
    let (first, _ev1) = engine_with(&sim, policy(SPEED), file_store(&dir)).await;
    let ids = generate_ids(&first, "a lighthouse at dusk", 2).await;
    first.shutdown().await;
    let saved = file_store(&dir).load().unwrap().expect("saved on shutdown");
    assert_eq!(saved.jobs.len(), 2);
    assert!(
        saved.jobs.iter().all(|j| !j.status.is_terminal()),
        "shut down before the jobs finished"
    );

    // Meanwhile a job is started "on the web" with the same account.
    let web_client = Client::new(config(&sim, policy(SPEED)).client, Some(demo_auth())).unwrap();
    let web_id = web_client
        .generate(&params("started on the web", 1))
        .await
        .unwrap()
        .job_ids[0]
        .clone();

    // Second run from the same file.
    let (second, mut ev) = engine_with(&sim, policy(SPEED), file_store(&dir)).await;
    let jobs = second.jobs().list();
    assert_eq!(jobs.len(), 3, "{jobs:?}");
    let web = second.jobs().get(&web_id).expect("the web job is a card");
    assert_eq!(web.origin, JobOrigin::History);
    assert_eq!(web.prompt.as_deref(), Some("started on the web"));
    for id in &ids {
        let job = second.jobs().get(id).unwrap();
        assert_eq!(job.origin, JobOrigin::App);
        assert!(job.params.is_some(), "params survive the restart");
    }
    // The first subscriber also receives what happened during start.
    ev.until(
        5.0,
        "JobCreated for the web job",
        |e| matches!(e, EngineEvent::JobCreated { job } if job.id == web_id),
    )
    .await;
    let mut all = ids.clone();
    all.push(web_id.clone());
    ev.until_terminal(&all, 20.0).await;
    second.jobs().refresh_now().await;
    second.shutdown().await;
    ev.drain();
    for id in &all {
        assert_eq!(ev.terminal_count(id), 1, "JobTerminal for {id}");
        assert_eq!(second.jobs().get(id).unwrap().status, JobStatus::Completed);
    }

    // Third run: everything is terminal already — no terminal event fires again.
    let (third, mut ev3) = engine_with(&sim, policy(SPEED), file_store(&dir)).await;
    third.jobs().refresh_now().await;
    assert!(third.jobs().polled().await.is_empty());
    third.flush().await;
    ev3.drain();
    assert!(
        !ev3.seen
            .iter()
            .any(|e| matches!(e, EngineEvent::JobTerminal { .. })),
        "{:?}",
        ev3.seen
    );
    assert!(
        !ev3.seen
            .iter()
            .any(|e| matches!(e, EngineEvent::JobCreated { .. })),
        "{:?}",
        ev3.seen
    );
    assert_eq!(third.jobs().list().len(), 3);
    third.shutdown().await;
    std::fs::remove_dir_all(dir).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn corrupt_store_is_set_aside_and_rebuilt_from_history() {
    damaged_store_is_rebuilt_from_history(
        "jobs.json",
        b"{\"version\":1,\"jobs\":[{\"id\":",
        file_store,
        JsonFilePersist::recovered_from,
    )
    .await;
}

/// A store file damaged before the engine starts (`name` holding `damage`): it is moved aside
/// as `<name>.corrupt-…` with its bytes kept, both jobs come back from the server's history
/// and are polled to the end, and the store saved after that reads back whole. The JSON file
/// and the database (`store_database`) are held to the same.
pub(crate) async fn damaged_store_is_rebuilt_from_history<P: Persist>(
    name: &str,
    damage: &[u8],
    open: fn(&std::path::Path) -> Arc<P>,
    recovered_from: fn(&P) -> Option<std::path::PathBuf>,
) {
    let sim = sim_at(SPEED, 2.0, 20.0).await;
    let dir = temp_dir("corrupt");
    let client = Client::new(config(&sim, policy(SPEED)).client, Some(demo_auth())).unwrap();
    let ids = client
        .generate(&params("lost and found", 2))
        .await
        .unwrap()
        .job_ids;
    std::fs::write(dir.join(name), damage).unwrap();

    let persist = open(&dir);
    let (engine, mut ev) = engine_with(&sim, policy(SPEED), persist.clone()).await;
    let aside = recovered_from(&persist).expect("the damaged file was moved aside");
    assert!(aside
        .file_name()
        .unwrap()
        .to_string_lossy()
        .starts_with(&format!("{name}.corrupt-")));
    assert_eq!(std::fs::read(&aside).unwrap(), damage);

    // Rebuilt from history: both jobs are cards and are polled to the end.
    let jobs = engine.jobs().list();
    assert_eq!(jobs.len(), 2);
    assert!(jobs
        .iter()
        .all(|j| j.origin == JobOrigin::History && ids.contains(&j.id)));
    ev.until_terminal(&ids, 20.0).await;
    engine.flush().await;
    let rebuilt = open(&dir).load().unwrap().expect("a fresh, readable store");
    assert_eq!(rebuilt.jobs.len(), 2);
    assert!(rebuilt
        .jobs
        .iter()
        .all(|j| j.status == JobStatus::Completed));
    engine.shutdown().await;
    drop((engine, persist));
    remove_temp_dir(dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn changes_are_saved_debounced() {
    let sim = sim_at(SPEED, 2.0, 20.0).await;
    let mem = ulazai_engine::store::MemoryPersist::new();
    let (engine, _ev) = engine_with(&sim, policy(SPEED), Arc::new(mem.clone())).await;
    let before = mem.save_count();
    for i in 0..50 {
        engine.folders().create(&format!("folder {i}"));
    }
    eventually(5.0, "the debounced save", || {
        mem.current().is_some_and(|s| s.folders.len() == 50)
    })
    .await;
    assert!(
        mem.save_count() - before <= 2,
        "50 changes made {} writes",
        mem.save_count() - before
    );
    engine.jobs().mark_notified("x");
    engine.shutdown().await;
    assert_eq!(
        mem.current().unwrap().notified,
        vec!["x".to_string()],
        "shutdown flushes"
    );
}
