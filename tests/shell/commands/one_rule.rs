//! One answer per rule, whichever command meets it: a job id the app does not know, a
//! folder name (the engine's `store::folder_name`), which server a secret belongs to (the
//! engine's `urls::same_server`).

use serde_json::json;

use crate::support::*;

const MISSING_JOB: &str = "This clip is no longer in the app.";

#[test]
fn every_command_answers_an_unknown_job_id_alike() {
    let dir = tempfile::tempdir().unwrap();
    let key = test_key();
    let sim = start_sim(&key, 20.0, 2.0);
    let t = TestApp::start(config(dir.path(), Some(sim.base_url())));
    t.session_key(&key);
    let known = ids_of(&t.ok("generate", json!({"params": veo_params("known", 1)})))[0].clone();
    let calls = [
        ("retry_job", json!({"id": "nope"})),
        ("remove_job", json!({"id": "nope"})),
        ("open_result", json!({"id": "nope"})),
        ("open_local_file", json!({"id": "nope"})),
        ("reveal_local_file", json!({"id": "nope"})),
        ("download_result", json!({"id": "nope"})),
        ("drag_out_clips", json!({"ids": ["nope"]})),
        ("export_clips", json!({"ids": [known, "nope"]})),
        (
            "move_jobs",
            json!({"ids": [known, "nope"], "folder_id": null}),
        ),
        (
            "set_clip_marks",
            json!({"ids": [known, "nope"], "rating": 3}),
        ),
        (
            "merge_clips",
            json!({"clips": [{"id": "nope", "trim": null}, {"id": known, "trim": null}], "place": "local"}),
        ),
        ("list_jobs_page", json!({"after": "nope", "limit": 10})),
        (
            "generate",
            json!({"params": veo_params("a take of nothing", 1), "take_of": "nope"}),
        ),
        (
            "queue_add",
            json!({"entries": [{"params": veo_params("a variation of nothing", 1), "folder": null, "source": null, "take_of": "nope"}], "folder": null}),
        ),
    ];
    for (cmd, args) in calls {
        let e = t.err(cmd, args);
        assert_eq!(e["code"], "not_found", "{cmd}: {e}");
        assert_eq!(e["message"], MISSING_JOB, "{cmd}: {e}");
        assert_eq!(e["fields"], json!([]), "{cmd}: {e}");
    }
    t.shutdown();
    sim.shutdown();
}

#[test]
fn a_folder_name_is_refused_by_the_engines_rule() {
    let dir = tempfile::tempdir().unwrap();
    let t = TestApp::start(config(dir.path(), None));
    let longest = "é".repeat(80);
    let f = t.ok("create_folder", json!({"name": format!(" {longest} ")}));
    assert_eq!(f["name"], longest.as_str());
    let too_long = format!("{longest}x");
    for (cmd, args) in [
        ("create_folder", json!({"name": too_long})),
        ("rename_folder", json!({"id": f["id"], "name": too_long})),
    ] {
        let e = t.err(cmd, args);
        assert_eq!(e["code"], "bad_input", "{cmd}: {e}");
        assert_eq!(
            e["message"], "The folder name is too long (at most 80 characters).",
            "{cmd}: {e}"
        );
    }
    let e = t.err("rename_folder", json!({"id": f["id"], "name": "  "}));
    assert_eq!(e["message"], "The folder name must not be empty.", "{e}");
    t.shutdown();
}

#[test]
fn a_web_session_belongs_to_its_servers_origin_like_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let key = test_key();
    let sim = start_sim(&key, 20.0, 2.0);
    let t = TestApp::start(config(dir.path(), Some(sim.base_url())));
    t.session_key(&key);
    assert_eq!(t.ok("verify_api_key", json!({}))["result"], "valid");
    let cookies = vec![
        ("sessionid".to_string(), "s".to_string()),
        ("csrftoken".to_string(), "c".to_string()),
    ];
    // Signed in at the server's address written with a trailing slash: the same server.
    let written = format!("{}/", sim.base_url());
    tauri::async_runtime::block_on(t.studio().web_session.signed_in(&written, cookies.clone()));
    assert_eq!(t.ok("web_session", json!({}))["state"], "connected");
    // Another port of the same host is another server.
    let mut other = url::Url::parse(&sim.base_url()).unwrap();
    other.set_port(Some(other.port().unwrap() ^ 1)).unwrap();
    let other = other.as_str().trim_end_matches('/').to_string();
    tauri::async_runtime::block_on(t.studio().web_session.signed_in(&other, cookies));
    assert_eq!(t.ok("web_session", json!({}))["state"], "none");
    t.shutdown();
    sim.shutdown();
}
