//! The sentences of errors are in the app's language: a 402 (not enough credits) and a
//! form field at fault read in German when the app speaks German, in English otherwise;
//! the live form check (`validate_generate`) too. Codes stay the same in every language.

use crate::support;

use serde_json::{json, Value};
use support::*;
use ulazai_sim::SimHandle;

/// An app speaking `lang` (None: English) beside a simulator, its key set and its models
/// loaded.
fn app_in(lang: Option<&str>) -> (tempfile::TempDir, String, SimHandle, TestApp) {
    let dir = tempfile::tempdir().unwrap();
    let key = test_key();
    let sim = start_sim(&key, 20.0, 2.0);
    let mut cfg = config(dir.path(), Some(sim.base_url()));
    cfg.language = lang.map(Into::into);
    let t = TestApp::start(cfg);
    t.session_key(&key);
    t.ok("get_models", json!({"refresh": true}));
    (dir, key, sim, t)
}

fn refusals(lang: Option<&str>) -> (Value, Value, Value) {
    let (_dir, key, sim, t) = app_in(lang);
    let mut too_many = veo_params("ein Fuchs im Schnee", 1);
    too_many["count"] = json!(9);
    let field = t.err("generate", json!({"params": too_many}));
    let live = t.ok("validate_generate", json!({"params": too_many}));
    sim.set_credits(&key, 0);
    let credits = t.err("generate", json!({"params": veo_params("zu arm", 1)}));
    t.shutdown();
    sim.shutdown();
    (credits, field, live)
}

#[test]
fn errors_speak_the_language_of_the_app() {
    let (credits, field, live) = refusals(Some("de_DE.UTF-8"));
    assert_eq!(credits["code"], "insufficient_credits", "{credits}");
    let text = credits["message"].as_str().unwrap();
    assert!(
        text.starts_with("Nicht genug Credits für diesen Batch."),
        "{credits}"
    );
    assert_eq!(field["code"], "validation", "{field}");
    assert_eq!(field["fields"][0]["field"], "count", "{field}");
    assert_eq!(field["message"], "Ein Batch umfasst 1 bis 4 Renderings.");
    assert_eq!(field["fields"][0]["message"], field["message"]);
    assert_eq!(live[0]["message"], "Ein Batch umfasst 1 bis 4 Renderings.");
    assert!(
        field.get("text").is_none(),
        "the catalog message is not sent: {field}"
    );

    let (credits, field, live) = refusals(None);
    assert_eq!(credits["code"], "insufficient_credits", "{credits}");
    assert!(
        credits["message"].as_str().unwrap().starts_with(
            "Not enough credits for this batch. Add credits on ulazai.com, then try again."
        ),
        "{credits}"
    );
    assert_eq!(field["message"], "A batch is 1 to 4 jobs.");
    assert_eq!(live[0]["message"], "A batch is 1 to 4 jobs.");
}

/// The render queue's import preview of `content` (saved as `name`) in `lang`.
fn import_preview(lang: Option<&str>, name: &str, content: &str) -> Value {
    let (dir, _key, sim, t) = app_in(lang);
    let list = dir.path().join(name);
    std::fs::write(&list, content).unwrap();
    let preview = t.ok(
        "queue_preview_import_file",
        json!({"path": list.to_string_lossy(), "defaults": veo_params("", 1)}),
    );
    t.shutdown();
    sim.shutdown();
    preview
}

#[test]
fn an_import_preview_says_why_in_the_language_of_the_app() {
    let text = format!("ein Fuchs im Schnee\n{}\n", "x".repeat(5000));
    let csv = "prompt,farbe\nein Reh,rot,blau\n";

    let de = import_preview(Some("de"), "liste.txt", &text);
    assert_eq!(de["items"][0]["label"], "Zeile 1", "{de}");
    assert_eq!(de["problems"][0]["label"], "Zeile 2", "{de}");
    let why = de["problems"][0]["message"].as_str().unwrap();
    assert!(why.contains("5.000"), "German digit grouping: {why}");
    assert!(!why.contains("characters"), "no English left: {why}");
    assert!(
        de["problems"][0].get("texts").is_none(),
        "the catalog messages are not sent: {de}"
    );
    let de_csv = import_preview(Some("de"), "liste.csv", csv);
    let whys: Vec<&str> = de_csv["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        whys,
        [
            "Spalte “farbe” wird nicht verwendet (die Spalten: prompt, model, aspect_ratio, duration, quality_mode, count, folder).",
            "Diese Zeile hat mehr Zellen, als die Kopfzeile benennt (2).",
        ],
        "{de_csv}"
    );

    let en = import_preview(None, "list.txt", &text);
    assert_eq!(en["items"][0]["label"], "Line 1", "{en}");
    assert_eq!(en["problems"][0]["label"], "Line 2", "{en}");
    assert!(
        en["problems"][0]["message"]
            .as_str()
            .unwrap()
            .contains("characters"),
        "{en}"
    );
}
