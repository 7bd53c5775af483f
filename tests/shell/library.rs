//! The local library and local merges through the command layer (Tauri's mock runtime, a
//! real simulator, the real ffmpeg): completed results download into the library by
//! themselves, a merge without a web session runs on this computer and lands in the library
//! as a local merged card; demo mode keeps its cards across a restart.

use crate::support;

use std::path::Path;
use std::time::Duration;

use serde_json::{json, Value};
use support::*;

fn local_files(t: &TestApp, ids: &[String]) -> Vec<String> {
    let jobs = t.ok("list_jobs", json!({}));
    jobs.as_array()
        .unwrap()
        .iter()
        .filter(|j| ids.iter().any(|id| j["id"] == *id))
        .filter_map(|j| j["local_file"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn results_download_into_the_library_and_merge_on_this_computer() {
    if std::process::Command::new("ffmpeg")
        .arg("-version")
        .output()
        .is_err()
    {
        eprintln!("SKIP: ffmpeg is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let sim = start_sim(&test_key(), 20.0, 2.0);
    let t = TestApp::start(config(dir.path(), Some(sim.base_url())));
    t.session_key(&test_key());
    let info = t.ok("library_info", json!({}));
    let library = dir.path().join("Library");
    assert_eq!(info["dir"], library.to_string_lossy().as_ref());
    assert_eq!(
        info["auto_download"], true,
        "auto-download is on by default"
    );

    let jobs = t.ok(
        "generate",
        json!({"params": veo_params("Harbour at dawn, gulls", 3)}),
    );
    let ids = ids_of(&jobs);
    t.wait_terminal(&ids, Duration::from_secs(30));
    let saved = std::time::Instant::now() + Duration::from_secs(30);
    while local_files(&t, &ids).len() < 3 {
        assert!(
            std::time::Instant::now() < saved,
            "results not saved: {:?}",
            t.events_named("download://progress")
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    for f in local_files(&t, &ids) {
        let p = Path::new(&f);
        assert!(p.starts_with(library.join("Unfiled")), "{f}");
        assert!(
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .contains("Harbour at dawn"),
            "{f}"
        );
        assert!(std::fs::metadata(p).unwrap().len() > 1000, "{f}");
    }
    // The engine's events reach the UI through the studio's forwarding task: wait for them.
    wait_for(
        "three download://progress done",
        Duration::from_secs(10),
        || {
            let done: Vec<Value> = t.events_named("download://progress");
            done.iter().filter(|p| p["state"] == "done").count() >= 3
        },
    );

    // No web session: Merge runs here (auto), reports progress and adds a playable card.
    let started = t.ok(
        "merge_clips",
        json!({"clips": whole(&ids), "place": "auto"}),
    );
    assert_eq!(started["local"], true);
    assert!(started["job"].is_null());
    let merge_id = started["merge_id"].as_str().unwrap().to_string();
    wait_for("the local merge finishes", Duration::from_secs(60), || {
        t.events_named("merge://progress").iter().any(|p| {
            p["merge_id"] == merge_id.as_str()
                && p["stage"] != "downloading"
                && p["stage"] != "merging"
        })
    });
    let progress = t.events_named("merge://progress");
    let last = progress
        .iter()
        .rev()
        .find(|p| p["merge_id"] == merge_id.as_str())
        .unwrap();
    assert_eq!(last["stage"], "done", "{last}");
    assert_eq!(
        last["stream_copy"], true,
        "identical clips join without re-encoding"
    );
    assert!(
        progress.iter().any(|p| p["stage"] == "merging"),
        "progress was reported"
    );
    let card_id = last["job_id"].as_str().unwrap().to_string();
    let jobs = t.ok("list_jobs", json!({}));
    let card = jobs
        .as_array()
        .unwrap()
        .iter()
        .find(|j| j["id"] == card_id.as_str())
        .unwrap()
        .clone();
    assert_eq!(card["origin"], "local_merge");
    assert_eq!(card["status"], "completed");
    let file = card["local_file"].as_str().unwrap();
    assert!(
        Path::new(file).starts_with(&library) && Path::new(file).is_file(),
        "{file}"
    );
    assert!(sim.merges().is_empty(), "nothing was sent to the server");
    t.shutdown();
}

#[test]
fn merge_input_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let sim = start_sim(&test_key(), 50.0, 2.0);
    let t = TestApp::start(config(dir.path(), Some(sim.base_url())));
    t.session_key(&test_key());
    let e = t.err(
        "merge_clips",
        json!({"clips": [{"id": "a"}], "place": "local"}),
    );
    assert_eq!(e["code"], "bad_input");
    let e = t.err(
        "merge_clips",
        json!({"clips": [{"id": "a"}, {"id": "a"}], "place": "local"}),
    );
    assert_eq!(e["code"], "bad_input");
    let e = t.err(
        "merge_clips",
        json!({"clips": [{"id": "a"}, {"id": "b"}], "place": "local"}),
    );
    assert_eq!(e["code"], "not_found");
    let e = t.err("cancel_merge", json!({"merge_id": "nope"}));
    assert_eq!(e["code"], "not_found");
    let e = t.err("open_local_file", json!({"id": "nope"}));
    assert_eq!(e["code"], "not_found");
    let s = t.ok("web_session", json!({}));
    assert_eq!(s["state"], "none");
    let f = t.ok("ffmpeg_status", json!({}));
    assert!(f["available"].is_boolean());
    t.shutdown();
}

#[test]
fn demo_mode_keeps_its_cards_across_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let t = TestApp::start(config(dir.path(), None));
    t.ok("start_demo", json!({}));
    let jobs = t.ok(
        "generate",
        json!({"params": veo_params("demo lighthouse", 1)}),
    );
    let ids = ids_of(&jobs);
    t.shutdown();
    drop(t);
    assert!(dir.path().join("demo-simulator.json").is_file());
    assert!(dir.path().join("demo-jobs.db").is_file());

    let t = TestApp::start(config(dir.path(), None));
    assert_eq!(t.ok("app_state", json!({}))["demo"], true);
    let jobs = t.ok("list_jobs", json!({}));
    assert!(
        ids_of(&jobs).contains(&ids[0]),
        "the demo card is still there: {jobs}"
    );
    // And it still resolves against the restarted simulator (same id, not unknown).
    let done = t.wait_terminal(&ids, Duration::from_secs(90));
    assert_eq!(done[0]["unknown_to_server"], false);
    t.shutdown();
}
