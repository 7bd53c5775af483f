//! Desktop notifications through a real notification server on the session bus (the
//! recorder of the desktop test session appends one JSON line per Notify to NOTIFY_LOG).
//! The app runs on the mock runtime against a real simulator. Skips (with a note) outside
//! the desktop session; inside it, a missing recorder FAILS.

use crate::support;

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use support::*;
use ulazai_engine::api::{Client, ClientConfig};
use ulazai_engine::model::GenerateParams;
use ulazai_engine::secret::{ApiKey, Auth};

use ulazai_testkit::notify_log::{mentioning, records};

pub(crate) fn wait_record(what: &str, timeout: Duration, f: impl Fn(&Value) -> bool) -> Value {
    let until = Instant::now() + timeout;
    loop {
        if let Some(r) = records().into_iter().find(|r| f(r)) {
            return r;
        }
        assert!(
            Instant::now() < until,
            "no notification for {what}; log: {:?}",
            records()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

pub(crate) fn token(name: &str) -> String {
    format!(
        "{name}-{}-{}",
        std::process::id(),
        chrono::Utc::now().timestamp_millis()
    )
}

fn app_with_sim(dir: &std::path::Path, key: &str, sim: &ulazai_sim::SimHandle) -> TestApp {
    let t = TestApp::start(config(dir, Some(sim.base_url())));
    t.session_key(key);
    t
}

#[test]
fn completed_and_failed_jobs_each_get_the_right_notification() {
    if !desktop_session("notifications") {
        return;
    }
    let (dir, key) = (tempfile::tempdir().unwrap(), test_key());
    let sim = start_sim(&key, 20.0, 2.0);
    let t = app_with_sim(dir.path(), &key, &sim);

    let tok = token("fox");
    t.ok(
        "generate",
        json!({"params": veo_params(&format!("A red fox in snow {tok}"), 1)}),
    );
    let r = wait_record("a completed job", Duration::from_secs(40), |r| {
        r["body"].as_str().unwrap_or("").contains(&tok)
    });
    assert_eq!(r["summary"], "Render finished");
    assert_eq!(r["app_name"], "UlazAI Studio");
    assert_eq!(
        r["body"],
        format!("A red fox in snow {tok}\nVeo 3.1 Fast · 8 s clip"),
        "the model's display name, never its slug"
    );
    assert_eq!(r["actions"], json!({"open": "Open"}));

    let seen = records().len();
    sim.fail_next(1);
    let doomed = token("doomed");
    let failed = t.ok("generate", json!({"params": veo_params(&doomed, 1)}));
    let jobs = t.wait_terminal(&ids_of(&failed), Duration::from_secs(40));
    assert_eq!(jobs[0]["status"], "failed");
    // This test's own: other tests beside it in the session have failed renders too.
    let r = wait_record("a failed job", Duration::from_secs(15), |r| {
        r["summary"] == "Render failed"
            && r["body"].as_str().unwrap_or("").contains(&doomed)
            && records().iter().position(|x| x == r).unwrap() >= seen
    });
    let body = r["body"].as_str().unwrap();
    let (prompt_line, why) = body.split_once('\n').expect("the prompt, then why: {body}");
    assert!(
        prompt_line.starts_with("doomed-"),
        "named by its prompt: {body}"
    );
    assert!(
        why.starts_with(jobs[0]["error_message"].as_str().unwrap()),
        "{body}"
    );
    if jobs[0]["credits_refunded"] == true {
        assert!(
            body.to_lowercase().contains("credits were refunded."),
            "{body}"
        );
    }
    assert_eq!(r["actions"], json!({"open": "Open"}));
    t.shutdown();
    sim.shutdown();
}

/// Server text is text: markup in an error message reaches a notification server that
/// reads markup ("body-markup", as the common desktop servers do) escaped, since it may
/// interpret `<b>`, `<a href>`, `<img>`; a server that shows bodies as plain text gets it
/// as it is (escaped, it would show "&amp;"). A long one is cut either way.
#[test]
fn markup_in_server_text_arrives_escaped_and_bounded() {
    if !desktop_session("notifications (markup)") {
        return;
    }
    let (dir, key) = (tempfile::tempdir().unwrap(), test_key());
    let sim = start_sim(&key, 20.0, 2.0);
    let t = app_with_sim(dir.path(), &key, &sim);
    let failure = |tok: &str| -> String {
        let hostile = format!(
            "<b>{tok}</b> & <a href=\"https://evil.example/\">click</a> <img src=x> {}",
            "very long ".repeat(200)
        );
        sim.fail_next_with(1, Some(&hostile));
        let failed = t.ok("generate", json!({"params": veo_params("doomed", 1)}));
        t.wait_terminal(&ids_of(&failed), Duration::from_secs(40));
        let r = wait_record("the failed job", Duration::from_secs(15), |r| {
            r["body"].as_str().unwrap_or("").contains(tok)
        });
        let body = r["body"].as_str().unwrap();
        let why = body
            .split_once('\n')
            .map_or(body, |(_, why)| why)
            .to_string();
        assert!(
            why.chars().count() <= 600,
            "bounded: {} chars",
            why.chars().count()
        );
        why
    };

    let tok = token("markup");
    let body = failure(&tok);
    assert!(
        body.starts_with(&format!(
            "&lt;b&gt;{tok}&lt;/b&gt; &amp; &lt;a href=\"https://evil.example/\"&gt;click&lt;/a&gt; &lt;img src=x&gt;"
        )),
        "escaped: {body}"
    );
    assert!(!body.contains('<') && !body.contains('>'), "{body}");

    // The session's recorder, a server without "body-markup" for a while.
    let caps = std::env::var_os("NOTIFY_CAPS_FILE").map(PathBuf::from);
    let caps = caps.expect("the desktop session names NOTIFY_CAPS_FILE");
    let plain = PlainServer::new(caps);
    let tok = token("plain");
    let body = failure(&tok);
    drop(plain);
    assert!(
        body.starts_with(&format!(
            "<b>{tok}</b> & <a href=\"https://evil.example/\">click</a> <img src=x>"
        )),
        "as it is, for a server that shows text: {body}"
    );
    t.shutdown();
    sim.shutdown();
}

/// The session's recorder without "body-markup" until dropped (a failing test too gives it
/// back to the others).
struct PlainServer(PathBuf);

impl PlainServer {
    fn new(caps: PathBuf) -> PlainServer {
        std::fs::write(&caps, "actions body persistence").unwrap();
        PlainServer(caps)
    }
}

impl Drop for PlainServer {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Failed renders are named by their prompt; two that share a long start and differ at
/// the end (an edited retry) read apart, alone or in one summary.
#[test]
fn failed_renders_are_named_by_their_prompt_apart() {
    if !desktop_session("notifications (failed prompts)") {
        return;
    }
    let (dir, key) = (tempfile::tempdir().unwrap(), test_key());
    let sim = start_sim(&key, 20.0, 2.0);
    let t = app_with_sim(dir.path(), &key, &sim);
    // Longer than a summary line, short enough for a single notification's prompt line.
    let start = "A foggy harbour at dawn, gulls overhead, ending on";
    // Endings only this test uses (a whole token would not fit a summary's line).
    let pid = std::process::id();
    let (a, b) = (
        format!("the lighthouse {pid}"),
        format!("a red fishing boat {pid}"),
    );
    let seen = records().len();
    sim.fail_next(2);
    let mut ids = Vec::new();
    for end in [&a, &b] {
        let jobs = t.ok(
            "generate",
            json!({"params": veo_params(&format!("{start} {end}"), 1)}),
        );
        ids.extend(ids_of(&jobs));
    }
    t.wait_terminal(&ids, Duration::from_secs(40));
    let since = || records().into_iter().skip(seen).collect::<Vec<_>>();
    for end in [&a, &b] {
        wait_record(
            "a failed render by its prompt",
            Duration::from_secs(15),
            |r| r["body"].as_str().unwrap_or("").contains(end.as_str()),
        );
    }
    std::thread::sleep(Duration::from_secs(4));
    for end in [&a, &b] {
        let told: Vec<Value> = since()
            .into_iter()
            .filter(|r| r["body"].as_str().unwrap_or("").contains(end.as_str()))
            .collect();
        assert_eq!(told.len(), 1, "{end}: {told:?}");
        assert!(
            told[0]["summary"] == "Render failed" || told[0]["summary"] == "2 renders failed",
            "{}",
            told[0]
        );
    }
    t.shutdown();
    sim.shutdown();
}

/// Renders the queue started are notified like any other, each once. When the queue's
/// renders all finish together, one notification says the queue has finished and names
/// them: not "2 renders finished" and "Render queue finished" about the same two clips at
/// once. (Renders finishing apart, then the queue's own notice: the end-to-end queue test.)
#[test]
fn a_queue_that_finishes_at_once_is_one_notification() {
    if !desktop_session("notifications (queue)") {
        return;
    }
    let (dir, key) = (tempfile::tempdir().unwrap(), test_key());
    let sim = start_sim(&key, 20.0, 2.0);
    let t = app_with_sim(dir.path(), &key, &sim);
    t.ok("get_models", json!({"refresh": true}));
    let (fox, owl) = (token("queued-fox"), token("queued-owl"));
    let list = dir.path().join("shots.txt");
    std::fs::write(&list, format!("A fox {fox}\nAn owl {owl}\n")).unwrap();
    let preview = t.ok(
        "queue_preview_import_file",
        json!({"path": list.to_string_lossy(), "defaults": veo_params("", 1)}),
    );
    let entries = preview_entries(&preview);
    assert_eq!(entries.len(), 2, "{preview}");
    t.ok("queue_add", json!({"entries": entries, "folder": null}));
    let body = |r: &Value| r["body"].as_str().unwrap_or("").to_string();
    for tok in [&fox, &owl] {
        wait_record("a render the queue started", Duration::from_secs(40), |r| {
            body(r).contains(tok.as_str())
        });
    }
    std::thread::sleep(Duration::from_secs(5));
    assert_eq!(mentioning(&fox).len(), 1, "{:?}", mentioning(&fox));
    assert_eq!(mentioning(&owl).len(), 1, "{:?}", mentioning(&owl));
    let note = &mentioning(&fox)[0];
    assert!(
        body(note).contains(owl.as_str()),
        "one notification: {note}"
    );
    assert_eq!(note["summary"], "Render queue finished", "{note}");
    assert!(body(note).starts_with("2 clips finished.\n"), "{note}");
    t.shutdown();
    sim.shutdown();
}

#[test]
fn a_burst_of_three_is_one_summary() {
    if !desktop_session("notifications (burst)") {
        return;
    }
    let (dir, key) = (tempfile::tempdir().unwrap(), test_key());
    let sim = start_sim(&key, 20.0, 2.0);
    let t = app_with_sim(dir.path(), &key, &sim);
    let tok = token("burst");
    let jobs = t.ok(
        "generate",
        json!({"params": veo_params(&format!("waves {tok}"), 3)}),
    );
    t.wait_terminal(&ids_of(&jobs), Duration::from_secs(40));
    let r = wait_record("the burst", Duration::from_secs(15), |r| {
        r["body"].as_str().unwrap_or("").contains(&tok)
    });
    assert_eq!(r["summary"], "3 renders finished");
    assert_eq!(r["actions"], json!({"open": "Open"}));
    std::thread::sleep(Duration::from_secs(5));
    assert_eq!(
        mentioning(&tok).len(),
        1,
        "exactly one notification for the burst"
    );
    t.shutdown();
    sim.shutdown();
}

#[test]
fn no_job_is_notified_twice_across_a_restart() {
    if !desktop_session("notifications (restart)") {
        return;
    }
    let (dir, key) = (tempfile::tempdir().unwrap(), test_key());
    let sim = start_sim(&key, 20.0, 2.0);
    let t = app_with_sim(dir.path(), &key, &sim);
    let mut s = t.ok("get_settings", json!({}));
    s["notify_on_history_reload"] = json!(true);
    t.ok("set_settings", json!({"settings": s}));
    let tok_a = token("before-restart");
    let a = t.ok(
        "generate",
        json!({"params": veo_params(&format!("lighthouse {tok_a}"), 1)}),
    );
    let a_id = ids_of(&a)[0].clone();
    wait_record("job A", Duration::from_secs(40), |r| {
        r["body"].as_str().unwrap_or("").contains(&tok_a)
    });
    t.shutdown();
    drop(t);

    // Make the saved snapshot lag behind (A still "processing"), as after a crash between
    // the notification and the next status save: the restarted app sees A finish again.
    let mut snap: Value = ulazai_testkit::store::jobs_file(dir.path());
    assert!(
        snap["notified"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n == &a_id),
        "notified ids persisted"
    );
    for j in snap["jobs"].as_array_mut().unwrap() {
        if j["id"] == a_id {
            j["status"] = json!("processing");
            j["result_urls"] = json!([]);
        }
    }
    ulazai_testkit::store::replace_jobs(dir.path(), &snap);

    // Job B is started elsewhere (e.g. on the web) while the app is closed.
    let tok_b = token("from-history");
    let client = Client::new(
        ClientConfig::new(sim.base_url()),
        Some(Auth::Bearer(ApiKey::new(&key))),
    )
    .unwrap();
    let params = GenerateParams {
        model_slug: "veo31_fast".into(),
        prompt: format!("harbour {tok_b}").into(),
        aspect_ratio: Some("16:9".into()),
        duration_seconds: Some(8),
        count: 1,
        ..Default::default()
    };
    tauri::async_runtime::block_on(client.generate(&params)).expect("generate in the simulator");
    wait_for("B done in the simulator", Duration::from_secs(20), || {
        sim.jobs().iter().all(|j| {
            matches!(
                j.status,
                ulazai_sim::JobStatus::Completed | ulazai_sim::JobStatus::Failed
            )
        })
    });

    let t = app_with_sim(dir.path(), &key, &sim);
    wait_record("job B from history", Duration::from_secs(40), |r| {
        r["body"].as_str().unwrap_or("").contains(&tok_b)
    });
    let jobs = t.wait_terminal(std::slice::from_ref(&a_id), Duration::from_secs(40));
    assert_eq!(jobs[0]["status"], "completed");
    std::thread::sleep(Duration::from_secs(5));
    assert_eq!(
        mentioning(&tok_a).len(),
        1,
        "A was notified once, not again after the restart"
    );
    assert_eq!(mentioning(&tok_b).len(), 1);
    t.shutdown();
    sim.shutdown();
}

#[test]
fn open_action_focuses_the_window_and_the_job() {
    if !desktop_session("notifications (open action)") {
        return;
    }
    let (dir, key) = (tempfile::tempdir().unwrap(), test_key());
    let sim = start_sim(&key, 20.0, 2.0);
    let t = app_with_sim(dir.path(), &key, &sim);
    let tok = token("open");
    // How "Open" gets clicked: the harness recorder clicks when its click file names the
    // action (tests/harness) or when started with NOTIFY_INVOKE_ACTION=open; otherwise the
    // test sends the server's ActionInvoked signal itself. Only this test's notification (it
    // holds the token): the end-to-end tests run beside this suite in the same session, and
    // a click on every notification opened their cards under their typing.
    let click_file = std::env::var_os("NOTIFY_CLICK_FILE").map(PathBuf::from);
    let _click = click_file.as_ref().map(|f| ClickOn::new(f, "open", &tok));
    let recorder_clicks =
        click_file.is_some() || std::env::var("NOTIFY_INVOKE_ACTION").as_deref() == Ok("open");
    let jobs = t.ok(
        "generate",
        json!({"params": veo_params(&format!("aurora {tok}"), 1)}),
    );
    let id = ids_of(&jobs)[0].clone();
    let r = wait_record("the job to open", Duration::from_secs(40), |r| {
        r["body"].as_str().unwrap_or("").contains(&tok)
    });
    if !recorder_clicks {
        let status = Command::new("dbus-send")
            .args([
                "--session",
                "--type=signal",
                "/org/freedesktop/Notifications",
                "org.freedesktop.Notifications.ActionInvoked",
                &format!("uint32:{}", r["id"]),
                "string:open",
            ])
            .status()
            .expect("dbus-send runs");
        assert!(status.success());
    }
    wait_for("app://focus-job", Duration::from_secs(10), || {
        t.events_named("app://focus-job")
            .iter()
            .any(|p| p["id"] == id.as_str())
    });
    assert!(
        t.studio().reactions.focus_requests() >= 1,
        "the main window was asked to come forward"
    );
    t.shutdown();
    sim.shutdown();
}

/// Makes the harness recorder click `action` on the notifications that hold `word`, while
/// alive.
struct ClickOn(PathBuf);

impl ClickOn {
    fn new(file: &std::path::Path, action: &str, word: &str) -> ClickOn {
        std::fs::write(file, format!("{action}\n{word}\n"))
            .expect("write the recorder's click file");
        ClickOn(file.to_path_buf())
    }
}

impl Drop for ClickOn {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}
