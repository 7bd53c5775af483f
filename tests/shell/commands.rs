//! Command handlers through Tauri's mock runtime (`tauri::test`), against a real simulator.
//! Also: the generated TypeScript bindings are fresh, every listed command is registered,
//! and the window's capability / CSP stay as narrow as designed.

use crate::support;

mod marks;
mod one_rule;

use std::path::Path;
use std::time::Duration;

use serde_json::{json, Value};
use support::bindings;
use support::*;

#[test]
fn app_state_demo_mode_and_its_memory() {
    let dir = tempfile::tempdir().unwrap();
    let sim = start_sim(&test_key(), 50.0, 2.0);
    let t = TestApp::start(config(dir.path(), Some(sim.base_url())));
    let s = t.ok("app_state", json!({}));
    assert_eq!(s["demo"], false);
    assert_eq!(s["base_url"], sim.base_url());
    assert_eq!(
        s["key"],
        json!({"state": "missing", "preview": null, "storage": "none"})
    );
    assert_eq!(s["active_jobs"], 0);
    assert_eq!(s["connectivity"]["state"], "online");

    let s = t.ok("start_demo", json!({}));
    assert_eq!(s["demo"], true);
    let demo_url = s["base_url"].as_str().unwrap().to_string();
    assert!(demo_url.starts_with("http://127.0.0.1:"), "{demo_url}");
    assert_ne!(demo_url, sim.base_url());
    assert_eq!(
        s["key"]["state"], "missing",
        "the demo key is not the user's key"
    );
    assert!(
        !t.events_named("app://state").is_empty(),
        "app://state after demo start"
    );
    let models = t.ok("get_models", json!({"refresh": false}));
    assert!(models
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["slug"] == "veo31_fast"));
    let jobs = t.ok("generate", json!({"params": veo_params("demo fox", 1)}));
    assert_eq!(jobs.as_array().unwrap().len(), 1);
    t.shutdown();
    drop(t);

    // A restart in demo mode resumes demo mode.
    let t = TestApp::start(config(dir.path(), Some(sim.base_url())));
    assert_eq!(t.ok("app_state", json!({}))["demo"], true);
    // Setting a real key leaves it, for the server in use (ULAZAI_BASE_URL wins).
    let key = test_key();
    let k = t.ok("set_api_key", json!({"key": key, "until_quit": true}));
    assert_eq!(k["storage"], "until_quit");
    // The public prefix and the last 4 characters, nothing else of the key.
    assert_eq!(
        k["preview"],
        format!("ulazai_live_…{}", &key[key.len() - 4..])
    );
    let s = t.ok("app_state", json!({}));
    assert_eq!(s["demo"], false);
    assert_eq!(s["base_url"], sim.base_url());
    t.shutdown();
    sim.shutdown();
}

#[test]
fn models_validation_generate_and_list() {
    let dir = tempfile::tempdir().unwrap();
    let key = test_key();
    let sim = start_sim(&key, 20.0, 2.0);
    let t = TestApp::start(config(dir.path(), Some(sim.base_url())));
    t.session_key(&key);

    let models = t.ok("get_models", json!({"refresh": true}));
    assert!(models.as_array().unwrap().len() >= 3);

    // Live validation: field errors, same checks as generate.
    let mut bad = veo_params("a fox", 1);
    bad["duration_seconds"] = json!(7);
    let fields = t.ok("validate_generate", json!({"params": bad}));
    assert!(
        fields
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["field"] == "duration_seconds"),
        "{fields}"
    );
    let ok = t.ok(
        "validate_generate",
        json!({"params": veo_params("a fox", 1)}),
    );
    assert_eq!(ok, json!([]));
    let e = t.err("generate", json!({"params": bad}));
    assert_eq!(e["code"], "validation");
    assert!(e["fields"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["field"] == "duration_seconds"));

    let fox = t.ok(
        "generate",
        json!({"params": veo_params("a red fox in snow", 2)}),
    );
    assert_eq!(fox.as_array().unwrap().len(), 2);
    assert!(fox[0]["status"] == "pending" || fox[0]["status"] == "processing");
    let kling = json!({"model_slug": "kling_3_0", "prompt": "city lights at night",
        "aspect_ratio": "16:9", "duration_seconds": 5, "quality_mode": "std", "count": 1});
    let city = t.ok("generate", json!({"params": kling}));
    let all_ids: Vec<String> = ids_of(&fox).into_iter().chain(ids_of(&city)).collect();
    // Every created job was told to the UI.
    wait_for(
        "job://updated for every created job",
        Duration::from_secs(10),
        || {
            let told: Vec<Value> = t.events_named("job://updated");
            all_ids.iter().all(|id| told.iter().any(|j| &j["id"] == id))
        },
    );

    // The UI filters (ui/src/lib/jobs-core.ts); the list carries what it filters by.
    let by_model = t.jobs_where(|j| j["model_slug"] == "kling_3_0");
    assert_eq!(ids_of(&by_model), ids_of(&city));
    let by_text = t.jobs_where(|j| j["prompt"] == "a red fox in snow");
    assert_eq!(by_text.as_array().unwrap().len(), 2);
    let all = t.ok("list_jobs", json!({}));
    assert_eq!(ids_of(&all)[0], ids_of(&city)[0], "newest first");

    t.wait_terminal(&all_ids, Duration::from_secs(30));
    let done = t.jobs_where(|j| j["status"] == "completed");
    assert_eq!(done.as_array().unwrap().len(), 3);
    assert!(done[0]["result_urls"][0]
        .as_str()
        .unwrap()
        .starts_with("http"));
    let none = t.jobs_where(|j| j["status"] == "pending");
    assert_eq!(none, json!([]));
    assert_eq!(t.ok("app_state", json!({}))["active_jobs"], 0);

    // remove_job: gone from the list, told to the UI.
    t.ok("remove_job", json!({"id": all_ids[0]}));
    let left = t.ok("list_jobs", json!({}));
    assert!(!ids_of(&left).contains(&all_ids[0]));
    wait_for("job://removed", Duration::from_secs(10), || {
        t.events_named("job://removed")
            .iter()
            .any(|p| p["id"] == all_ids[0])
    });
    t.shutdown();
    sim.shutdown();
}

#[test]
fn folders_crud_and_move_jobs() {
    let dir = tempfile::tempdir().unwrap();
    let key = test_key();
    let sim = start_sim(&key, 20.0, 2.0);
    let t = TestApp::start(config(dir.path(), Some(sim.base_url())));
    t.session_key(&key);
    let jobs = t.ok("generate", json!({"params": veo_params("folder test", 2)}));
    let ids = ids_of(&jobs);

    let f = t.ok("create_folder", json!({"name": "  Trailers  "}));
    assert_eq!(f["name"], "Trailers");
    let fid = f["id"].as_str().unwrap().to_string();
    assert_eq!(
        t.err("create_folder", json!({"name": "   "}))["code"],
        "bad_input"
    );
    let r = t.ok("rename_folder", json!({"id": fid, "name": "Teasers"}));
    assert_eq!(r["name"], "Teasers");
    assert_eq!(
        t.err("rename_folder", json!({"id": "nope", "name": "x"}))["code"],
        "not_found"
    );
    let list = t.ok("list_folders", json!({}));
    assert_eq!(list.as_array().unwrap().len(), 1);

    let moved = t.ok("move_jobs", json!({"ids": ids, "folder_id": fid}));
    assert!(moved
        .as_array()
        .unwrap()
        .iter()
        .all(|j| j["folder_id"] == fid.as_str()));
    let inside = t.jobs_where(|j| j["folder_id"] == fid.as_str());
    assert_eq!(inside.as_array().unwrap().len(), 2);
    assert_eq!(t.jobs_where(|j| j["folder_id"].is_null()), json!([]));
    assert_eq!(
        t.err("move_jobs", json!({"ids": ids, "folder_id": "nope"}))["code"],
        "not_found"
    );
    assert_eq!(
        t.err("move_jobs", json!({"ids": ["nope"], "folder_id": null}))["code"],
        "not_found"
    );

    t.ok("delete_folder", json!({"id": fid}));
    assert_eq!(t.ok("list_folders", json!({})), json!([]));
    let unfiled = t.jobs_where(|j| j["folder_id"].is_null());
    assert_eq!(
        unfiled.as_array().unwrap().len(),
        2,
        "jobs of a deleted folder are Unfiled"
    );
    assert_eq!(
        t.err("delete_folder", json!({"id": fid}))["code"],
        "not_found"
    );
    t.shutdown();
    sim.shutdown();
}

#[test]
fn settings_round_trip_and_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let t = TestApp::start(config(dir.path(), None));
    let s = t.ok("get_settings", json!({}));
    assert_eq!(s["notifications"], true);
    assert_eq!(s["notify_on_history_reload"], false);
    assert_eq!(s["theme"], "system");
    let mut changed = s.clone();
    changed["notifications"] = json!(false);
    changed["theme"] = json!("dark");
    changed["download_dir"] = json!("/tmp/renders");
    assert_eq!(t.ok("set_settings", json!({"settings": changed})), changed);
    assert_eq!(t.ok("get_settings", json!({})), changed);
    let mut bad = changed.clone();
    bad["base_url_override"] = json!("http://example.com");
    assert_eq!(
        t.err("set_settings", json!({"settings": bad}))["code"],
        "bad_url"
    );
    assert_eq!(
        t.err("set_settings", json!({"settings": {"theme": "pink"}}))["code"],
        Value::Null
    );
    t.shutdown();
    drop(t);

    let t = TestApp::start(config(dir.path(), None));
    assert_eq!(t.ok("get_settings", json!({})), changed);
    t.shutdown();
    drop(t);

    // An unreadable settings file is moved aside (kept) and the app starts with defaults.
    std::fs::write(dir.path().join("settings.json"), b"{not json").unwrap();
    let t = TestApp::start(config(dir.path(), None));
    assert_eq!(t.ok("get_settings", json!({}))["notifications"], true);
    let kept = std::fs::read_dir(dir.path()).unwrap().flatten().any(|e| {
        e.file_name()
            .to_string_lossy()
            .starts_with("settings.json.corrupt-")
    });
    assert!(kept, "the unreadable file is kept aside");
    t.shutdown();
}

#[test]
fn errors_are_mapped_to_command_error_codes() {
    let dir = tempfile::tempdir().unwrap();
    let key = test_key();
    let sim = start_sim(&key, 20.0, 2.0);
    let t = TestApp::start(config(dir.path(), Some(sim.base_url())));
    let e = t.err("get_models", json!({"refresh": true}));
    assert_eq!(e["code"], "no_credentials");
    assert!(e["message"].as_str().unwrap().contains("API key"));
    assert_eq!(
        t.err("set_api_key", json!({"key": "  ", "until_quit": true}))["code"],
        "bad_input"
    );
    // Too short to be a key (a slip of the paste): refused before it is kept, and the demo
    // or the key in use stays.
    let short = t.err("set_api_key", json!({"key": "abc", "until_quit": true}));
    assert_eq!(short["code"], "bad_input", "{short}");
    assert!(
        short["message"].as_str().unwrap().contains("ulazai_live_"),
        "{short}"
    );
    assert_eq!(t.ok("app_state", json!({}))["key"]["state"], "missing");
    assert_eq!(t.err("verify_api_key", json!({}))["code"], "no_credentials");

    t.session_key("ulazai_live_not_a_known_key_123");
    assert_eq!(
        t.err("get_models", json!({"refresh": true}))["code"],
        "unauthorized"
    );
    assert_eq!(t.ok("verify_api_key", json!({}))["result"], "invalid");

    t.session_key(&key);
    assert_eq!(t.ok("verify_api_key", json!({}))["result"], "valid");
    assert_eq!(
        t.err("retry_job", json!({"id": "nope"}))["code"],
        "not_found"
    );
    assert_eq!(
        t.err("remove_job", json!({"id": "nope"}))["code"],
        "not_found"
    );
    assert_eq!(
        t.err("open_result", json!({"id": "nope"}))["code"],
        "not_found"
    );
    let jobs = t.ok(
        "generate",
        json!({"params": veo_params("no result yet", 1)}),
    );
    assert_eq!(
        t.err("open_result", json!({"id": ids_of(&jobs)[0]}))["code"],
        "no_result"
    );

    sim.set_credits(&key, 0);
    let e = t.err("generate", json!({"params": veo_params("too poor", 1)}));
    assert_eq!(e["code"], "insufficient_credits", "{e}");
    assert_eq!(e["fields"], json!([]));
    assert_eq!(e["retry_after_secs"], Value::Null);
    // A missing argument is Tauri's own error (a string), not a CommandError.
    assert!(t.err("generate", json!({})).is_string());
    t.shutdown();
    sim.shutdown();
}

#[test]
fn every_listed_command_is_registered() {
    let dir = tempfile::tempdir().unwrap();
    let t = TestApp::start(config(dir.path(), None));
    for name in ulazai_studio::commands::COMMAND_NAMES {
        // With `{}` a command either runs or names its missing argument: it never is unknown.
        if let Err(e) = t.invoke(name, json!({})) {
            let text = e.to_string();
            assert!(!text.contains("not found"), "{name}: {text}");
        }
    }
    t.shutdown();
}

#[test]
fn capability_and_csp_stay_narrow() {
    let conf: Value =
        serde_json::from_str(&std::fs::read_to_string("tauri.conf.json").unwrap()).unwrap();
    let caps = conf["app"]["security"]["capabilities"].as_array().unwrap();
    assert_eq!(caps.len(), 1);
    assert_eq!(caps[0]["windows"], json!(["main"]));
    // Beside the app commands it calls (`allow-<command>`, checked by `acl`), nothing but:
    let others: Vec<&Value> = caps[0]["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| !p.as_str().unwrap_or_default().starts_with("allow-"))
        .collect();
    assert_eq!(
        json!(others),
        json!([
            "core:event:allow-listen",
            "core:event:allow-unlisten",
            "core:webview:allow-set-webview-zoom"
        ])
    );
    // Ctrl+= / Ctrl+- / Ctrl+0 zoom the page (Tauri's hotkeys call set_webview_zoom).
    assert_eq!(conf["app"]["windows"][0]["zoomHotkeysEnabled"], json!(true));
    let csp = &conf["app"]["security"]["csp"];
    assert_eq!(csp["script-src"], "'self'");
    assert_eq!(csp["style-src"], "'self'");
    let all = csp.to_string();
    assert!(
        !all.contains("unsafe-eval") && !all.contains("unsafe-inline"),
        "{all}"
    );
    assert!(
        !Path::new("capabilities").exists(),
        "capabilities live in tauri.conf.json"
    );
}

/// `UPDATE_BINDINGS=1 cargo test --test shell commands::export_bindings` rewrites the UI bindings.
#[test]
fn export_bindings() {
    if std::env::var_os("UPDATE_BINDINGS").is_none() {
        eprintln!("export_bindings: set UPDATE_BINDINGS=1 to rewrite the UI bindings");
        return;
    }
    bindings::rewrite();
}

/// Fails when the committed bindings differ from freshly generated ones.
#[test]
fn bindings_are_fresh() {
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        return; // export_bindings is rewriting them in this run
    }
    bindings::assert_fresh();
}

/// The job list comes in pages (the UI paints the first screenful before the
/// rest), and the first start sends no `job://updated` per stored job (with 10,000 jobs
/// those events held the first card back by seconds; the UI's first page has them all).
#[test]
fn the_job_list_comes_in_pages_and_the_start_sends_no_event_per_job() {
    let dir = tempfile::tempdir().unwrap();
    let sim = start_sim(&test_key(), 50.0, 2.0);
    let job = |i: usize| {
        json!({
            "id": format!("job-{i}"), "status": "completed", "model_slug": "veo31_fast",
            "mode": "text_to_video", "prompt": format!("clip {i}"), "params": null,
            "result_urls": [], "credits_charged": 20, "credits_refunded": null,
            "error_message": null, "provider_meta": null,
            "created_at": format!("2026-02-0{}T12:00:00.000Z", i + 1),
            "completed_at": null, "origin": "app", "folder_id": null,
            "unknown_to_server": false, "updated_at": "2026-02-10T12:00:00.000Z",
            "local_file": null
        })
    };
    let store = json!({"version": 1, "jobs": (0..5).map(job).collect::<Vec<_>>(),
                       "folders": [], "merges": [], "notified": [], "removed": []});
    std::fs::write(dir.path().join("jobs.json"), store.to_string()).unwrap();
    let t = TestApp::start(config(dir.path(), Some(sim.base_url())));

    let ids = |page: &Value| -> Vec<String> {
        page["jobs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|j| j["id"].as_str().unwrap().to_string())
            .collect()
    };
    let first = t.ok("list_jobs_page", json!({"after": null, "limit": 2}));
    assert_eq!(ids(&first), ["job-4", "job-3"], "newest first");
    assert_eq!(first["next"], "job-3");
    let second = t.ok("list_jobs_page", json!({"after": "job-3", "limit": 2}));
    assert_eq!(ids(&second), ["job-2", "job-1"]);
    let last = t.ok("list_jobs_page", json!({"after": "job-1", "limit": 2}));
    assert_eq!(ids(&last), ["job-0"]);
    assert_eq!(last["next"], Value::Null, "nothing follows");
    let gone = t.err("list_jobs_page", json!({"after": "job-9", "limit": 2}));
    assert_eq!(gone["code"], "not_found", "{gone}");

    let updates = t.events_named("job://updated");
    assert!(
        updates.is_empty(),
        "no event per stored job at start: {updates:?}"
    );
    t.shutdown();
}
