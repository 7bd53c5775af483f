//! The demo shows the product honestly (the real studio on Tauri's mock runtime, its
//! embedded demo simulator, the real ffprobe): a clip lasts as long as the render asked
//! for, and one demo render in five fails, says it is a demo failure and refunds its
//! credits, so that Retry and Edit & retry can be tried without a key.

use crate::support;

use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use support::*;

/// The demo renders at the real service's pace (Veo 3.1 Fast: 30–45 s).
const DEMO_RENDER: Duration = Duration::from_secs(120);

fn ffprobe_seconds(path: &str) -> f64 {
    let out = Command::new("ffprobe")
        .args([
            "-v",
            "error",
            "-show_entries",
            "format=duration",
            "-of",
            "csv=p=0",
        ])
        .arg(path)
        .output()
        .expect("ffprobe runs");
    assert!(out.status.success(), "{path} does not probe");
    String::from_utf8_lossy(&out.stdout).trim().parse().unwrap()
}

fn saved_file(t: &TestApp, id: &str) -> Option<String> {
    t.ok("list_jobs", json!({}))
        .as_array()
        .unwrap()
        .iter()
        .find(|j| j["id"] == id)
        .and_then(|j| j["local_file"].as_str().map(str::to_string))
}

#[test]
fn demo_clips_last_as_asked_and_every_fifth_render_fails_refunded() {
    if Command::new("ffprobe").arg("-version").output().is_err() {
        eprintln!("SKIP: ffprobe is not on PATH");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let t = TestApp::start(config(dir.path(), None));
    t.ok("start_demo", json!({}));
    let first_four = ids_of(&t.ok(
        "generate",
        json!({"params": veo_params("demo harbour at dusk", 4)}),
    ));
    let fifth = ids_of(&t.ok(
        "generate",
        json!({"params": veo_params("demo harbour at night", 1)}),
    ));
    let all: Vec<String> = first_four.iter().chain(&fifth).cloned().collect();
    let jobs = t.wait_terminal(&all, DEMO_RENDER);
    let by_id = |id: &str| -> &Value { jobs.iter().find(|j| j["id"] == id).unwrap() };

    // The saved clip is as long as the 8 s the render asked for (and the server reported).
    let until = Instant::now() + Duration::from_secs(30);
    let file = loop {
        if let Some(f) = saved_file(&t, &first_four[0]) {
            break f;
        }
        assert!(Instant::now() < until, "the clip is not saved");
        std::thread::sleep(Duration::from_millis(200));
    };
    let secs = ffprobe_seconds(&file);
    assert!(
        (secs - 8.0).abs() < 0.1,
        "an 8 s demo render is an 8 s clip, not {secs} s"
    );
    let reported = &by_id(&first_four[0])["provider_meta"]["effective_duration_seconds"];
    assert_eq!(reported, 8, "{reported}");

    for id in &first_four {
        assert_eq!(by_id(id)["status"], "completed", "{:?}", by_id(id));
    }
    let failed = by_id(&fifth[0]);
    assert_eq!(
        failed["status"], "failed",
        "the fifth demo render fails: {failed}"
    );
    let message = failed["error_message"].as_str().unwrap_or_default();
    assert!(
        message.starts_with("Demo failure") && message.contains("refunded"),
        "it says it is the demo's doing, credits refunded: {message}"
    );
    assert_eq!(failed["credits_refunded"], true, "{failed}");
    t.shutdown();
}
