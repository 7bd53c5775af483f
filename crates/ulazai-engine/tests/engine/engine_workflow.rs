//! The engine's operations beyond rendering, against the simulator over loopback: saving
//! results into the library (auto and on request, `local_file` owned by the library),
//! merging on the server (web session) and on this computer (real ffmpeg), folder buckets
//! on the server, a refused session, and the active-job count.

use crate::support::api;
use crate::support::engine as support;

use support::*;
use ulazai_engine::engine::EngineEvent;
use ulazai_engine::engine::{LibraryError, MergeFailure, MergePlace};
use ulazai_engine::model::{DownloadState, JobOrigin, JobStatus, MergeStage};

const SPEED: f64 = 20.0;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn completed_results_save_themselves_and_the_library_owns_local_file() {
    let dir = tempfile::tempdir().unwrap();
    let sim = sim_at(SPEED, 1.0, 4.0).await;
    let (engine, mut ev) = engine_in(&sim, dir.path(), true, SPEED).await;
    let ids = generate_ids(&engine, "a fox saved by itself", 2).await;
    let saved = |seen: &[EngineEvent], id: &str| {
        seen.iter().any(|e| {
            matches!(e, EngineEvent::JobUpdated { job } if job.id == id && job.local_file.is_some())
        })
    };
    while !ids.iter().all(|id| saved(&ev.seen, id)) {
        ev.until(
            20.0,
            "the saved files on the cards",
            |e| matches!(e, EngineEvent::JobUpdated { job } if job.local_file.is_some()),
        )
        .await;
    }
    assert!(ev.seen.iter().any(|e| matches!(e,
        EngineEvent::Download { progress } if progress.state == DownloadState::Done)));
    let file = engine.downloads().local_file(&ids[0]).expect("saved");
    assert!(file.starts_with(dir.path().join("lib/Unfiled")), "{file:?}");
    assert_eq!(
        engine.jobs().get(&ids[0]).unwrap().local_file.as_deref(),
        Some(file.to_str().unwrap())
    );
    // A second request answers the same file without downloading again.
    assert_eq!(engine.downloads().download(&ids[0]).await.unwrap(), file);

    // The creator deletes the file: the card loses it the next time it is used.
    std::fs::remove_file(&file).unwrap();
    // Windows: a file deleted while another handle has it open (here the engine's own
    // threads, which open a file for a moment to read its metadata) stays listed, "delete
    // pending", until that handle closes; NTFS with POSIX delete semantics hides it at
    // once, Wine and FAT volumes do not. Wait for the name to go, as a creator would.
    let gone = std::time::Instant::now();
    while file.exists() && gone.elapsed() < std::time::Duration::from_secs(5) {
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert_eq!(
        engine.downloads().local_file(&ids[0]),
        Err(LibraryError::NotSaved)
    );
    ev.until(5.0, "the card without its file", |e| {
        matches!(e, EngineEvent::JobUpdated { job } if job.id == ids[0] && job.local_file.is_none())
    })
    .await;
    engine.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_auto_download_nothing_is_saved_until_asked() {
    let dir = tempfile::tempdir().unwrap();
    let sim = sim_at(SPEED, 0.5, 2.0).await;
    let (engine, mut ev) = engine_in(&sim, dir.path(), false, SPEED).await;
    let ids = generate_ids(&engine, "kept on the server", 1).await;
    ev.until_terminal(&ids, 20.0).await;
    assert_eq!(
        engine.downloads().local_file(&ids[0]),
        Err(LibraryError::NotSaved)
    );
    let file = engine
        .downloads()
        .download(&ids[0])
        .await
        .expect("saved on request");
    assert!(file.is_file());
    assert_eq!(
        engine.downloads().download("no-such-job").await,
        Err(LibraryError::NoJob),
        "an unknown job"
    );
    engine.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_active_count_is_kept_by_the_engine() {
    let sim = sim_at(SPEED, 0.5, 2.0).await;
    let (engine, mut ev) = engine(&sim, SPEED).await;
    assert_eq!(engine.jobs().active(), 0);
    let ids = generate_ids(&engine, "counted", 3).await;
    assert_eq!(engine.jobs().active(), 3);
    ev.until(5.0, "ActiveJobs 3", |e| {
        matches!(e, EngineEvent::ActiveJobs { count: 3 })
    })
    .await;
    ev.until_terminal(&ids, 20.0).await;
    ev.until(5.0, "ActiveJobs 0", |e| {
        matches!(e, EngineEvent::ActiveJobs { count: 0 })
    })
    .await;
    assert_eq!(engine.jobs().active(), 0);
    engine.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn merge_input_is_checked_before_anything_runs() {
    let sim = sim_at(SPEED, 0.5, 30.0).await;
    let (engine, _ev) = engine(&sim, SPEED).await;
    let ids = generate_ids(&engine, "not yet done", 2).await;
    let merge = |ids: Vec<String>| engine.merges().merge(ids, MergePlace::Local);
    assert_eq!(merge(vec![ids[0].clone()]).await, Err(MergeFailure::TooFew));
    assert_eq!(
        merge(vec![ids[0].clone(), ids[0].clone()]).await,
        Err(MergeFailure::Duplicate)
    );
    assert_eq!(
        merge(vec!["nope".into(), ids[0].clone()]).await,
        Err(MergeFailure::NotFound("nope".into()))
    );
    assert_eq!(merge(ids.clone()).await, Err(MergeFailure::NotCompleted));
    assert_eq!(
        merge(vec!["x".into(); 21]).await,
        Err(MergeFailure::TooMany)
    );
    assert!(!engine.merges().cancel("local-merge-none"));
    engine.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_local_merge_saves_the_clips_then_joins_them_into_a_card() {
    if !ffmpeg_here() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let sim = sim_at(SPEED, 0.5, 2.0).await;
    let (engine, mut ev) = engine_in(&sim, dir.path(), false, SPEED).await;
    let ids = generate_ids(&engine, "three clips to join", 3).await;
    ev.until_terminal(&ids, 20.0).await;
    let folder = engine.folders().create("Joined");
    engine.folders().move_jobs(&ids, Some(folder.id.clone()));

    let started = engine
        .merges()
        .merge(ids.clone(), MergePlace::Auto)
        .await
        .unwrap();
    assert!(started.local, "no web session: merged on this computer");
    let progress = ev.merge_end(&started.merge_id).await;
    assert_eq!(progress.stage, MergeStage::Done, "{:?}", progress.message);
    let card = engine
        .jobs()
        .get(progress.job_id.as_deref().unwrap())
        .unwrap();
    let card_id = card.id.clone();
    assert_eq!(card.origin, JobOrigin::LocalMerge);
    assert_eq!(card.status, JobStatus::Completed);
    assert_eq!(card.folder_id.as_deref(), Some(folder.id.as_str()));
    let file = std::path::PathBuf::from(card.local_file.expect("the merged file"));
    assert!(file.starts_with(dir.path().join("lib/Joined")), "{file:?}");
    assert!(std::fs::metadata(&file).unwrap().len() > 1000);
    for id in &ids {
        assert!(
            engine.downloads().local_file(id).is_ok(),
            "each clip was saved first"
        );
    }
    let rec = engine.merges().records().pop().expect("a merge record");
    assert_eq!(rec.source_job_ids, ids);
    assert!(ev.seen.iter().any(|e| matches!(e,
        EngineEvent::Merge { progress } if progress.stage == MergeStage::Merging)));
    // Every saved clip, the merged one too, gets its poster without a card asking for it.
    let posters = dir.path().join("posters");
    let saved: Vec<String> = ids.iter().cloned().chain([card_id]).collect();
    eventually(20.0, "the saved clips' posters", || {
        saved
            .iter()
            .all(|id| posters.join(format!("{id}.jpg")).is_file())
    })
    .await;
    engine.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_a_web_session_folders_get_buckets_and_merges_run_on_the_server() {
    let sim = sim_at(SPEED, 0.5, 2.0).await;
    let (engine, mut ev) = engine(&sim, SPEED).await;
    let early = engine.folders().create("Made before signing in");
    assert_eq!(engine.folders().list()[0].remote_id, None);

    engine
        .web()
        .set_session(Some(api::sign_in(&sim.base_url()).await));
    ev.until(10.0, "the early folder's bucket", |e| {
        matches!(e, EngineEvent::FolderUpdated { folder } if folder.id == early.id && folder.remote_id.is_some())
    })
    .await;
    let late = engine.folders().create("Made after");
    ev.until(10.0, "the new folder's bucket", |e| {
        matches!(e, EngineEvent::FolderUpdated { folder } if folder.id == late.id && folder.remote_id.is_some())
    })
    .await;

    let ids = generate_ids(&engine, "merged on the server", 2).await;
    ev.until_terminal(&ids, 20.0).await;
    let started = engine
        .merges()
        .merge(ids.clone(), MergePlace::Auto)
        .await
        .unwrap();
    assert!(!started.local);
    let out = started.job.expect("the output job");
    assert_eq!(out.origin, JobOrigin::Merge);
    ev.until_terminal(std::slice::from_ref(&out.id), 20.0).await;

    // The server ends the session: the next session call says so once, folders stay local.
    let http = reqwest::Client::new();
    http.post(format!("{}/_sim/sessions/expire", sim.base_url()))
        .send()
        .await
        .unwrap();
    let kept = engine.folders().create("After the session ended");
    ev.until(10.0, "the refused session", |e| {
        matches!(e, EngineEvent::WebSessionRejected)
    })
    .await;
    ev.until(10.0, "the folder's sync failure", |e| {
        matches!(e, EngineEvent::FolderSyncFailed { error } if error.folder_id == kept.id && !error.will_retry)
    })
    .await;
    assert!(!engine.web().has_session());
    assert!(engine.folders().list().iter().any(|f| f.id == kept.id));
    engine.shutdown().await;
}
