//! The queue's commands over IPC (the real studio on Tauri's mock runtime, a real
//! simulator): a dropped prompt file is previewed with its bad line, refused when it is not
//! a prompt list; items are added, reordered, removed, paused and resumed, and every change
//! reaches the UI as `queue://updated`; resumed, the queue submits them.

use crate::support;

use std::time::Duration;

use serde_json::{json, Value};
use support::*;

fn queued_prompts(view: &Value) -> Vec<String> {
    view["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["item"]["params"]["prompt"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn queue_commands_preview_add_reorder_pause_and_submit() {
    let dir = tempfile::tempdir().unwrap();
    let key = test_key();
    let sim = start_sim(&key, 20.0, 2.0);
    let t = TestApp::start(config(dir.path(), Some(sim.base_url())));
    t.session_key(&key);
    t.ok("get_models", json!({"refresh": true}));
    let defaults = veo_params("", 1);

    // A dropped text file: a comment, two prompts and one longer than the model takes.
    let list = dir.path().join("shots.txt");
    let long = "x".repeat(5000);
    std::fs::write(&list, format!("# shots\nA fox\n{long}\nAn owl\n")).unwrap();
    let preview = t.ok(
        "queue_preview_import_file",
        json!({"path": list.to_string_lossy(), "defaults": defaults}),
    );
    assert_eq!(preview["items"].as_array().unwrap().len(), 2, "{preview}");
    assert_eq!(preview["problems"][0]["line"], 3, "{preview}");
    assert_eq!(preview["items"][0]["entry"]["source"], "shots.txt, line 2");
    // Not a prompt list: refused before anything is read or parsed.
    let exe = dir.path().join("tool.exe");
    std::fs::write(&exe, b"MZ").unwrap();
    let e = t.err(
        "queue_preview_import_file",
        json!({"path": exe.to_string_lossy(), "defaults": defaults}),
    );
    assert_eq!(e["code"], "bad_input", "{e}");
    let big = dir.path().join("huge.csv");
    std::fs::write(&big, vec![b'a'; 5 * 1024 * 1024]).unwrap();
    let e = t.err(
        "queue_preview_import_file",
        json!({"path": big.to_string_lossy(), "defaults": defaults}),
    );
    assert!(e["message"].as_str().unwrap().contains("too large"), "{e}");

    // Paused, the queue keeps what is added; its view says when each would start.
    t.ok("queue_pause", json!({}));
    let entries = preview_entries(&preview);
    let view = t.ok("queue_add", json!({"entries": entries, "folder": null}));
    assert_eq!(queued_prompts(&view), ["A fox", "An owl"]);
    assert_eq!(view["pause"]["reason"], "user");
    let owl = view["items"][1]["item"]["id"].as_str().unwrap().to_string();
    t.ok("queue_move", json!({"id": owl, "index": 0}));
    assert_eq!(
        queued_prompts(&t.ok("get_queue", json!({}))),
        ["An owl", "A fox"]
    );
    assert_eq!(
        t.err("queue_move", json!({"id": "nope", "index": 0}))["code"],
        "not_found"
    );
    let fox = t.ok("get_queue", json!({}))["items"][1]["item"]["id"].clone();
    assert_eq!(t.ok("queue_remove", json!({"ids": [fox]})), json!(1));
    // Events reach the UI through the shell's forwarding task: wait for the last one.
    wait_for(
        "the UI is told of every change",
        Duration::from_secs(10),
        || {
            t.events_named("queue://updated")
                .last()
                .is_some_and(|v| queued_prompts(v) == ["An owl"])
        },
    );

    // Resumed: the owl is submitted and becomes a card.
    t.ok("queue_resume", json!({}));
    wait_for("the queue submits", Duration::from_secs(20), || {
        t.ok("get_queue", json!({}))["items"]
            .as_array()
            .unwrap()
            .is_empty()
    });
    let jobs = t.ok("list_jobs", json!({}));
    assert!(
        jobs.as_array()
            .unwrap()
            .iter()
            .any(|j| j["prompt"] == "An owl"),
        "{jobs}"
    );
    assert_eq!(sim.jobs().len(), 1);
    let estimates = t.ok("render_estimates", json!({}));
    assert!(
        estimates
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["model_slug"] == "veo31_fast" && e["typical_secs"].as_u64() > Some(0)),
        "{estimates}"
    );
    t.shutdown();
}
