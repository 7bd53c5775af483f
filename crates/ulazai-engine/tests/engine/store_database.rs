//! The engine on the job database (`SqlitePersist`, what the app uses): an existing
//! `jobs.json` moves in at the first start and the jobs carry on across restarts; a
//! damaged database is set aside and the library is rebuilt from the server's history.

use crate::support::engine as support;

use std::sync::Arc;

use support::*;
use ulazai_engine::model::{JobOrigin, JobStatus};
use ulazai_engine::store::{JsonFilePersist, Persist, SqlitePersist};

const SPEED: f64 = 20.0;

fn db_store(dir: &std::path::Path) -> Arc<SqlitePersist> {
    Arc::new(SqlitePersist::new(dir.join("jobs.db")).migrating_from(dir.join("jobs.json")))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn jobs_json_moves_in_and_the_jobs_carry_on_across_restarts() {
    let sim = sim_at(SPEED, 2.0, 40.0).await;
    let dir = temp_dir("db-restart");

    // An earlier version's run: two jobs in jobs.json, not finished.
    let json = Arc::new(JsonFilePersist::new(dir.join("jobs.json")));
    let (old, _ev0) = engine_with(&sim, policy(SPEED), json.clone()).await;
    let ids = generate_ids(&old, "a lighthouse at dusk", 2).await;
    old.shutdown().await;
    drop(old);
    let before = json.load().unwrap().expect("saved on shutdown");
    assert_eq!(before.jobs.len(), 2);

    // This version: the jobs are in the database, with their parameters.
    let (first, mut ev) = engine_with(&sim, policy(SPEED), db_store(&dir)).await;
    assert!(!dir.join("jobs.json").exists());
    assert!(
        dir.join("jobs.json.migrated").exists(),
        "kept until the next start"
    );
    for id in &ids {
        let job = first.jobs().get(id).expect("migrated");
        assert_eq!(job.origin, JobOrigin::App);
        assert!(job.params.is_some(), "params survive the migration");
    }
    ev.until_terminal(&ids, 20.0).await;
    first.flush().await;
    first.shutdown().await;
    drop(first);

    // Next start: everything terminal, from the database; the old file is gone.
    let (second, _ev2) = engine_with(&sim, policy(SPEED), db_store(&dir)).await;
    assert!(!dir.join("jobs.json.migrated").exists());
    let jobs = second.jobs().list();
    assert_eq!(jobs.len(), 2, "{jobs:?}");
    assert!(jobs.iter().all(|j| j.status == JobStatus::Completed));
    second.shutdown().await;
    drop(second);
    remove_temp_dir(dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_damaged_database_is_set_aside_and_rebuilt_from_history() {
    crate::engine_persistence::damaged_store_is_rebuilt_from_history(
        "jobs.db",
        b"SQLite format 3\0 but cut short",
        db_store,
        SqlitePersist::recovered_from,
    )
    .await;
}
