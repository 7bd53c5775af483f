//! A clip's real length (`Job::clip_seconds`), owned by the engine: probed from the saved
//! file (and remembered), else what the server reported, else unknown; a merged clip's is
//! its merged file's.

use crate::support::engine as support;

use support::*;
use ulazai_engine::engine::EngineEvent;
use ulazai_engine::engine::MergePlace;
use ulazai_engine::ffmpeg::FfmpegTools;
use ulazai_engine::model::MergeStage;

const SPEED: f64 = 20.0;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.05
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_clip_reads_the_length_of_its_saved_file_else_the_servers() {
    let dir = tempfile::tempdir().unwrap();
    let sim = sim_at(SPEED, 0.5, 2.0).await;
    let (engine, mut ev) = engine_in(&sim, dir.path(), false, SPEED).await;
    let ids = generate_ids(&engine, "a clip and its length", 2).await;
    assert_eq!(
        engine.jobs().get(&ids[0]).unwrap().clip_seconds,
        None,
        "unknown while rendering"
    );
    ev.until_terminal(&ids, 20.0).await;

    // Not saved: what the server reported.
    let job = engine.jobs().get(&ids[0]).unwrap();
    let server = job.provider_meta.as_ref().unwrap().to_value()["effective_duration_seconds"]
        .as_f64()
        .unwrap();
    assert_eq!(job.clip_seconds, Some(server));

    // Saved: the file's own length wins (the library remembers it, with the file).
    let file = engine.downloads().download(&ids[0]).await.unwrap();
    engine.library().set_seconds(&ids[0], 3.25);
    assert_eq!(engine.jobs().get(&ids[0]).unwrap().clip_seconds, Some(3.25));
    let folder = engine.folders().create("Kept");
    let moved = engine.folders().move_jobs(&ids[..1], Some(folder.id));
    assert_eq!(
        moved[0].clip_seconds,
        Some(3.25),
        "the length moves with the file"
    );
    assert_ne!(moved[0].local_file.as_deref(), file.to_str());
    engine.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn saved_and_merged_clips_are_probed_for_their_real_length() {
    if !ffmpeg_here() {
        return;
    }
    let tools = FfmpegTools::locate().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let sim = sim_at(SPEED, 0.5, 2.0).await;
    let (engine, mut ev) = engine_in(&sim, dir.path(), false, SPEED).await;
    let ids = generate_ids(&engine, "two clips to join", 2).await;
    ev.until_terminal(&ids, 20.0).await;

    let mut lengths = Vec::new();
    for id in &ids {
        let file = engine.downloads().download(id).await.unwrap();
        let real = tools.probe(&file).await.unwrap().duration_secs;
        let probed = ev
            .until(20.0, "the probed length on the card", |e| {
                matches!(e, EngineEvent::JobUpdated { job }
                    if &job.id == id && job.clip_seconds.is_some_and(|s| close(s, real)))
            })
            .await;
        let EngineEvent::JobUpdated { job } = probed else {
            unreachable!()
        };
        assert!(job.local_file.is_some());
        assert_eq!(
            engine.jobs().get(id).unwrap().clip_seconds,
            job.clip_seconds
        );
        lengths.push(real);
    }

    let started = engine
        .merges()
        .merge(ids.clone(), MergePlace::Local)
        .await
        .unwrap();
    let progress = ev.merge_end(&started.merge_id).await;
    assert_eq!(progress.stage, MergeStage::Done, "{:?}", progress.message);
    let card = engine
        .jobs()
        .get(progress.job_id.as_deref().unwrap())
        .unwrap();
    let merged = card.clip_seconds.expect("a merged clip knows its length");
    assert!(
        (merged - lengths.iter().sum::<f64>()).abs() < 0.2,
        "{merged} vs {lengths:?}"
    );
    assert_eq!(card.prompt.as_deref(), Some("Merged clip · 2 clips"));
    let name = std::path::Path::new(card.local_file.as_deref().unwrap())
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert!(name.contains("Merged clip"), "{name}");
    assert!(!name.contains("merge "), "no slug in the file name: {name}");
    engine.shutdown().await;
}
