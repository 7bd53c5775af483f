//! The engine's shutdown closes the job database cleanly (its mark lets the next start skip
//! SQLite's full check); an end without shutdown (a crash, SIGKILL) leaves no mark, and a
//! start clears the mark at once.

use crate::support::engine as support;

use std::sync::Arc;

use support::*;
use ulazai_engine::store::SqlitePersist;

const SPEED: f64 = 20.0;

/// Whether the database holds the clean-close mark (read as another process would).
fn closed_clean(db: &std::path::Path) -> bool {
    let c = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap();
    c.query_row(
        "SELECT count(*) FROM state WHERE name = 'clean_close'",
        [],
        |r| r.get::<_, i64>(0),
    )
    .unwrap()
        > 0
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_marks_a_clean_close_and_an_end_without_it_does_not() {
    let sim = sim_at(SPEED, 2.0, 40.0).await;
    let dir = temp_dir("db-close");
    let db = dir.join("jobs.db");

    let (first, _ev) = engine_with(&sim, policy(SPEED), Arc::new(SqlitePersist::new(&db))).await;
    let ids = generate_ids(&first, "a harbour at night", 1).await;
    first.flush().await;
    assert!(!closed_clean(&db), "running: no mark");
    first.shutdown().await;
    drop(first);
    assert!(closed_clean(&db), "a shutdown marks the close clean");

    // The next start clears it at once: a crash from here on means a full check.
    let (second, _ev2) = engine_with(&sim, policy(SPEED), Arc::new(SqlitePersist::new(&db))).await;
    assert!(second.jobs().get(&ids[0]).is_some(), "the job carried on");
    assert!(!closed_clean(&db), "cleared at the start");
    second.flush().await;
    drop(second); // no shutdown: what a crash leaves
    assert!(!closed_clean(&db), "an end without shutdown leaves no mark");
    remove_temp_dir(dir);
}
