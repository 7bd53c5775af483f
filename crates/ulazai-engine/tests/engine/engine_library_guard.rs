//! An index entry the library did not write (`library.db` edited by hand, or by another
//! program) never leaves the engine: neither as the path a download answers to the UI nor
//! as a merge input handed to ffmpeg. The entry is put in through `Library::record`, which
//! stores it exactly as one read from a tampered `library.db` would be (the index keeps
//! its entries as written).

use crate::support::engine as support;

use support::*;
use ulazai_engine::engine::{EngineEvent, LibraryError, MergePlace};
use ulazai_engine::model::MergeStage;

const SPEED: f64 = 20.0;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_index_entry_outside_the_library_is_refused_for_download_and_merge() {
    let dir = tempfile::tempdir().unwrap();
    let sim = sim_at(SPEED, 0.5, 2.0).await;
    let (engine, mut ev) = engine_in(&sim, dir.path(), false, SPEED).await;
    let ids = generate_ids(&engine, "one clip tampered with", 2).await;
    ev.until_terminal(&ids, 20.0).await;
    engine.downloads().download(&ids[1]).await.unwrap();

    // A real video, outside the library folder (the creator's private file).
    let private = dir.path().join("private.mp4");
    std::fs::write(&private, ulazai_sim::media_assets::CLIP_BLUE).unwrap();
    engine.library().record(&ids[0], &private);

    assert_eq!(
        engine.downloads().download(&ids[0]).await,
        Err(LibraryError::Refused),
        "the path outside the library is not answered"
    );

    if ffmpeg_here() {
        let started = engine
            .merges()
            .merge(ids.clone(), MergePlace::Local)
            .await
            .unwrap();
        let end = ev.merge_end(&started.merge_id).await;
        assert_eq!(end.stage, MergeStage::Failed, "{:?}", end.message);
        let ran = ev.seen.iter().any(|e| {
            matches!(e, EngineEvent::Merge { progress }
                if progress.merge_id == started.merge_id && progress.stage == MergeStage::Merging)
        });
        assert!(!ran, "ffmpeg was started on the outside file");
        assert!(
            engine.jobs().get(&started.merge_id).is_none(),
            "no merged card"
        );
        assert_eq!(engine.library().file(&started.merge_id), None);
    }
    assert_eq!(
        std::fs::read(&private).unwrap(),
        ulazai_sim::media_assets::CLIP_BLUE,
        "the private file is left as it was"
    );
    assert_eq!(
        engine.library().file(&ids[0]),
        Some(private),
        "kept, not forgotten"
    );
    engine.shutdown().await;
}
