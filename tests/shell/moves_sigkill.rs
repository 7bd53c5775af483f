//! A bulk move of saved clips killed with SIGKILL loses nothing: a child process (this
//! test binary, running the app's shell and engine) moves many saved clips between
//! folders over and over — each `move_jobs` moves every file — and is killed at several
//! moments. After each kill the app starts again on the same data: every clip's file is
//! on disk exactly once (its bytes nowhere else, no placeholder, no copy), and every card
//! names its file.
//!
//! Needs the desktop session (keyring); skips with a note outside it.

use crate::support;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use support::*;
use ulazai_engine::model::{GenerateParams, Job};

const CLIPS: usize = 120;
const FOLDERS: [&str; 2] = ["Keepers", "Maybe"];
/// The child's environment: the data folder it moves clips in.
const CHILD_DATA: &str = "ULAZAI_TEST_MOVES_CHILD";
const NAME: &str = "moves_sigkill::a_bulk_move_killed_with_sigkill_loses_no_clip";

fn lib(data: &Path) -> PathBuf {
    data.join("lib")
}

fn app_at(data: &Path) -> TestApp {
    let mut cfg = config(data, None);
    cfg.library_dir = Some(lib(data));
    TestApp::start(cfg)
}

/// A store of `CLIPS` completed clips in Unfiled and two folders, each clip saved in the
/// library with bytes of its own.
fn saved_library(data: &Path) {
    let unfiled = lib(data).join("Unfiled");
    std::fs::create_dir_all(&unfiled).unwrap();
    let mut jobs = Vec::new();
    let mut index = serde_json::Map::new();
    for i in 0..CLIPS {
        let id = format!("move-{i:03}");
        let params = GenerateParams {
            model_slug: "veo31_fast".into(),
            prompt: format!("clip {i}").into(),
            count: 1,
            ..Default::default()
        };
        let mut job =
            serde_json::to_value(Job::started(&id, &params, "2026-01-01T00:00:00Z")).unwrap();
        job["status"] = json!("completed");
        jobs.push(job);
        let file = unfiled.join(format!("clip {i:03}.mp4"));
        std::fs::write(&file, body(&id)).unwrap();
        index.insert(id, json!(file.to_string_lossy()));
    }
    let folders: Vec<Value> = FOLDERS
        .iter()
        .map(|n| json!({"id": format!("f-{n}"), "name": n, "remote_id": null, "created_at": "2026-01-01T00:00:00Z"}))
        .collect();
    ulazai_testkit::store::replace_jobs(
        data,
        &json!({"version": 1, "jobs": jobs, "folders": folders}),
    );
    std::fs::write(
        data.join("library.json"),
        serde_json::to_vec(&index).unwrap(),
    )
    .unwrap();
}

/// A clip's own bytes (a few KB, so that a copy is not free).
fn body(id: &str) -> Vec<u8> {
    format!("{id}\n").repeat(400).into_bytes()
}

/// Every file under the library, with its bytes.
fn on_disk(data: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut all = Vec::new();
    let mut stack = vec![lib(data)];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                all.push((p.clone(), std::fs::read(&p).unwrap()));
            }
        }
    }
    all
}

/// The app started again: each clip's bytes exactly once on disk, at the file its card
/// names. Answers how many clips are in each library sub-folder.
fn every_clip_once(data: &Path, round: usize) -> HashMap<String, usize> {
    let app = app_at(data);
    let jobs = app.ok("list_jobs", json!({}));
    let files = on_disk(data);
    let mut per_dir: HashMap<String, usize> = HashMap::new();
    let mut named = HashSet::new();
    for job in jobs.as_array().unwrap() {
        let id = job["id"].as_str().unwrap();
        let want = body(id);
        let copies: Vec<&PathBuf> = files
            .iter()
            .filter(|(_, b)| *b == want)
            .map(|(p, _)| p)
            .collect();
        assert_eq!(
            copies.len(),
            1,
            "round {round}: {id} on disk once: {copies:?}"
        );
        let card = job["local_file"]
            .as_str()
            .unwrap_or_else(|| panic!("round {round}: {id} lost its file: {job}"));
        assert_eq!(
            Path::new(card),
            copies[0].as_path(),
            "round {round}: the card of {id} names its file"
        );
        named.insert(copies[0].clone());
        let dir = copies[0]
            .parent()
            .unwrap()
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        *per_dir.entry(dir).or_default() += 1;
    }
    assert_eq!(named.len(), CLIPS, "round {round}: every clip is there");
    let strays: Vec<&PathBuf> = files
        .iter()
        .map(|(p, _)| p)
        .filter(|p| !named.contains(*p))
        .collect();
    assert!(
        strays.is_empty(),
        "round {round}: no placeholder or copy left: {strays:?}"
    );
    assert!(
        !data.join("library-moves.json").exists(),
        "round {round}: the journal is settled"
    );
    app.shutdown();
    per_dir
}

/// The child: move every clip to each folder in turn, forever (until killed).
fn child(data: &Path) {
    let app = app_at(data);
    let ids: Vec<String> = support::ids_of(&app.ok("list_jobs", json!({})));
    assert_eq!(ids.len(), CLIPS);
    std::fs::write(data.join("moving"), b"").unwrap();
    loop {
        for folder in [json!("f-Keepers"), json!("f-Maybe"), Value::Null] {
            app.ok("move_jobs", json!({"ids": ids, "folder_id": folder}));
        }
    }
}

#[test]
fn a_bulk_move_killed_with_sigkill_loses_no_clip() {
    if let Some(data) = std::env::var_os(CHILD_DATA) {
        child(Path::new(&data));
        return;
    }
    if !desktop_session("moves_sigkill") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_path_buf();
    saved_library(&data);
    let mut seen_dirs = HashSet::new();
    for (round, after_ms) in [40u64, 130, 260, 410, 700].into_iter().enumerate() {
        let _ = std::fs::remove_file(data.join("moving"));
        let mut kid = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", NAME, "--nocapture", "--test-threads=1"])
            .env(CHILD_DATA, &data)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let until = Instant::now() + Duration::from_secs(60);
        while !data.join("moving").exists() {
            assert!(Instant::now() < until, "the child never started moving");
            assert!(kid.try_wait().unwrap().is_none(), "the child ended early");
            std::thread::sleep(Duration::from_millis(5));
        }
        std::thread::sleep(Duration::from_millis(after_ms));
        kid.kill().expect("SIGKILL"); // Child::kill is SIGKILL on Unix
        let status = kid.wait().unwrap();
        assert!(!status.success(), "killed, not finished: {status:?}");
        let per_dir = every_clip_once(&data, round);
        eprintln!("round {round}: killed after {after_ms} ms; clips per folder {per_dir:?}");
        seen_dirs.extend(per_dir.into_keys());
    }
    assert!(
        seen_dirs.len() > 1,
        "the kills found the clips in more than one folder: the moves really ran ({seen_dirs:?})"
    );
}
