//! The notifications in the app's language, read back from the real notification server
//! of the desktop test session (see `notifications`).

use crate::notifications::{token, wait_record};
use crate::support;

use std::time::Duration;

use serde_json::json;
use support::*;
use ulazai_testkit::notify_log::records;

/// The notifications speak the app's language (`ULAZAI_LANG`), read back from the real
/// notification server: a render in Japanese; in German a burst of two and the queue's
/// notice for one clip (plural forms for 2 and for 1).
#[test]
fn notifications_speak_the_language_of_the_app() {
    if !desktop_session("notifications (languages)") {
        return;
    }
    let key = test_key();
    let sim = start_sim(&key, 20.0, 2.0);
    let start = |dir: &std::path::Path, lang: &str| {
        let mut cfg = config(dir, Some(sim.base_url()));
        cfg.language = Some(lang.into());
        let t = TestApp::start(cfg);
        t.session_key(&key);
        t
    };

    let dir = tempfile::tempdir().unwrap();
    let t = start(dir.path(), "ja_JP.UTF-8");
    let tok = token("kitsune");
    t.ok(
        "generate",
        json!({"params": veo_params(&format!("狐 {tok}"), 1)}),
    );
    let r = wait_record("a render in Japanese", Duration::from_secs(40), |r| {
        r["body"].as_str().unwrap_or("").contains(&tok)
    });
    assert_eq!(r["summary"], "レンダリング完了");
    assert_eq!(
        r["body"],
        format!("狐 {tok}\nVeo 3.1 Fast · 8 秒のクリップ")
    );
    assert_eq!(r["actions"], json!({"open": "開く"}));
    t.shutdown();

    let dir = tempfile::tempdir().unwrap();
    let t = start(dir.path(), "de");
    let earlier = records().len();
    let tok = token("wellen");
    let jobs = t.ok(
        "generate",
        json!({"params": veo_params(&format!("Wellen {tok}"), 2)}),
    );
    t.wait_terminal(&ids_of(&jobs), Duration::from_secs(40));
    let r = wait_record("a burst in German", Duration::from_secs(15), |r| {
        r["body"].as_str().unwrap_or("").contains(&tok)
    });
    assert_eq!(r["summary"], "2 Renderings fertig");
    assert_eq!(r["actions"], json!({"open": "Öffnen"}));
    t.ok("get_models", json!({"refresh": true}));
    let list = dir.path().join("shots.txt");
    let fuchs = token("fuchs");
    std::fs::write(&list, format!("Ein Fuchs {fuchs}\n")).unwrap();
    let preview = t.ok(
        "queue_preview_import_file",
        json!({"path": list.to_string_lossy(), "defaults": veo_params("", 1)}),
    );
    t.ok(
        "queue_add",
        json!({"entries": preview_entries(&preview), "folder": null}),
    );
    let r = wait_record(
        "the queue's notice in German",
        Duration::from_secs(40),
        |r| {
            r["summary"] == "Render-Warteschlange abgeschlossen"
                && records().iter().position(|x| x == r).unwrap() >= earlier
        },
    );
    // Its one render finished at once: the queue's notice names it, in German too.
    assert_eq!(
        r["body"],
        format!("1 Clip fertig.\nEin Fuchs {fuchs}\nVeo 3.1 Fast · Clip, 8 s")
    );
    t.shutdown();
    sim.shutdown();
}
