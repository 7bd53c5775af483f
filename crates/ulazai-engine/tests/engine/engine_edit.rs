//! From render to edit, in the engine, against the simulator over loopback: a merge of
//! trimmed clips (always on this computer, even with a web session: the server's merge
//! cannot trim), the merged card's sources and real length, the files a drag out of the
//! window may hand to the OS, and exports into a folder (clips saved first when needed).

use crate::support::api;
use crate::support::engine as support;

use support::*;
use ulazai_engine::engine::EngineEvent;
use ulazai_engine::engine::{LibraryError, MergeClip, MergePlace, Trim};
use ulazai_engine::library::{ExportMarks, ShareError};
use ulazai_engine::model::{ExportState, JobOrigin, MergeStage};
use ulazai_engine::store::curation::{FlagMark, Marks};

const SPEED: f64 = 20.0;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trimmed_merge_is_made_here_even_with_a_web_session() {
    if !ffmpeg_here() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let sim = sim_at(SPEED, 0.5, 2.0).await;
    let (engine, mut ev) = engine_in(&sim, dir.path(), false, SPEED).await;
    engine
        .web()
        .set_session(Some(api::sign_in(&sim.base_url()).await));
    let ids = generate_ids(&engine, "two clips to trim", 2).await;
    ev.until_terminal(&ids, 20.0).await;

    // The simulator's clips last 2 s (24 fps): keep 0.5..1.75 of the first, all of the second.
    let clips = vec![
        MergeClip {
            id: ids[0].clone(),
            trim: Some(Trim {
                in_secs: 0.5,
                out_secs: Some(1.75),
            }),
        },
        MergeClip::whole(ids[1].clone()),
    ];
    let started = engine
        .merges()
        .merge_clips(clips, MergePlace::Auto)
        .await
        .unwrap();
    assert!(started.local, "a trimmed merge never goes to the server");
    assert!(
        log_of(&sim, "/video-studio/api/merge/").is_empty(),
        "the server was not asked to merge"
    );
    let progress = ev.merge_end(&started.merge_id).await;
    assert_eq!(progress.stage, MergeStage::Done, "{:?}", progress.message);
    // 0.5 s is between the simulator clips' keyframes: re-encoded, and said why.
    assert_eq!(progress.stream_copy, Some(false));
    let why = progress
        .message
        .expect("the summary says why it re-encoded");
    assert!(why.contains("between keyframes"), "{why}");

    let card = engine.jobs().get(&started.merge_id).unwrap();
    assert_eq!(card.origin, JobOrigin::LocalMerge);
    assert_eq!(card.merged_from, ids, "the merged card names its sources");
    let meta = card.provider_meta.unwrap().to_value();
    let secs = meta["effective_duration_seconds"].as_f64().unwrap();
    assert!((secs - 3.25).abs() < 0.1, "the real length: {secs} s");
    engine.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_merge_card_names_its_sources() {
    let sim = sim_at(SPEED, 0.5, 2.0).await;
    let (engine, mut ev) = engine(&sim, SPEED).await;
    engine
        .web()
        .set_session(Some(api::sign_in(&sim.base_url()).await));
    let ids = generate_ids(&engine, "merged on the server", 2).await;
    ev.until_terminal(&ids, 20.0).await;
    let started = engine
        .merges()
        .merge(ids.clone(), MergePlace::Auto)
        .await
        .unwrap();
    let out = started.job.expect("the output job");
    assert_eq!(out.merged_from, ids);
    ev.until_terminal(std::slice::from_ref(&out.id), 20.0).await;
    assert_eq!(
        engine.jobs().get(&out.id).unwrap().merged_from,
        ids,
        "kept as it renders"
    );
    engine.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_saved_library_files_go_out_and_exports_save_first() {
    let dir = tempfile::tempdir().unwrap();
    let sim = sim_at(SPEED, 0.5, 2.0).await;
    let (engine, mut ev) = engine_in(&sim, dir.path(), false, SPEED).await;
    let ids = generate_ids(&engine, "clips to hand out", 2).await;
    ev.until_terminal(&ids, 20.0).await;

    // Nothing saved yet: a drag has no file to offer.
    assert_eq!(
        engine.exports().shareable_files(&ids[..1]),
        Err(LibraryError::Share(ShareError::NotSaved))
    );
    assert_eq!(
        engine
            .exports()
            .shareable_files(&["no-such-job".to_string()]),
        Err(LibraryError::NoJob)
    );
    let saved = engine.downloads().download(&ids[0]).await.unwrap();
    let files = engine.exports().shareable_files(&ids[..1]).unwrap();
    assert_eq!(files, vec![dunce::canonicalize(&saved).unwrap()]);
    assert!(files[0].starts_with(dunce::canonicalize(dir.path().join("lib")).unwrap()));

    // Export both: the second is saved into the library first, then both are copied
    // under the library's names.
    let out = dir.path().join("picked folder");
    let written = engine
        .exports()
        .export(&ids, &out, ExportMarks::None)
        .await
        .unwrap();
    assert_eq!(written.len(), 2);
    for (id, file) in ids.iter().zip(&written) {
        let lib_file = engine
            .downloads()
            .local_file(id)
            .expect("saved into the library");
        assert_eq!(file.parent(), Some(out.as_path()));
        assert_eq!(file.file_name(), lib_file.file_name(), "the library's name");
        assert_eq!(
            std::fs::read(file).unwrap(),
            std::fs::read(&lib_file).unwrap()
        );
    }
    ev.drain();
    let states: Vec<ExportState> = ev
        .seen
        .iter()
        .filter_map(|e| match e {
            EngineEvent::Export { progress } => Some(progress.state),
            _ => None,
        })
        .collect();
    assert_eq!(states.first(), Some(&ExportState::Saving));
    assert!(states.contains(&ExportState::Copying), "{states:?}");
    assert_eq!(states.last(), Some(&ExportState::Done));
    let last = ev.seen.iter().rev().find_map(|e| match e {
        EngineEvent::Export { progress } if progress.state == ExportState::Copying => {
            Some(progress.clone())
        }
        _ => None,
    });
    let last = last.unwrap();
    assert_eq!(last.bytes_done, last.bytes_total, "the bar reaches the end");

    // Marks go out only when asked: in the names, or in an XMP sidecar beside each file.
    engine
        .curation()
        .set_marks(
            &ids[..1],
            Marks::new(Some(FlagMark::Pick), Some(4)).unwrap(),
        )
        .unwrap();
    let named = engine
        .exports()
        .export(&ids, &dir.path().join("named"), ExportMarks::Names)
        .await
        .unwrap();
    let name = |f: &std::path::PathBuf| f.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name(&named[0]).ends_with(" [pick, 4 stars].mp4"),
        "{}",
        name(&named[0])
    );
    assert!(
        !name(&named[1]).contains('['),
        "an unmarked clip keeps its name: {}",
        name(&named[1])
    );
    assert!(!dir
        .path()
        .join("named")
        .read_dir()
        .unwrap()
        .any(|e| { e.unwrap().path().extension().is_some_and(|x| x == "xmp") }));
    let side = engine
        .exports()
        .export(&ids, &dir.path().join("sidecars"), ExportMarks::Sidecar)
        .await
        .unwrap();
    assert_eq!(
        name(&side[0]),
        name(&written[0]),
        "the name is the library's"
    );
    let xmp = std::fs::read_to_string(side[0].with_extension("xmp")).unwrap();
    assert!(
        xmp.contains("<xmp:Rating>4</xmp:Rating>") && xmp.contains("<xmp:Label>Pick</xmp:Label>"),
        "{xmp}"
    );
    let unrated = std::fs::read_to_string(side[1].with_extension("xmp")).unwrap();
    assert!(unrated.contains("<xmp:Rating>0</xmp:Rating>"), "{unrated}");
    engine.shutdown().await;
}
