//! `state_path`: jobs, credits and the job lifecycle survive a restart (real HTTP, a new
//! port); a file that cannot be parsed is moved aside.

use crate::common;

use std::path::{Path, PathBuf};

use common::*;
use reqwest::StatusCode;
use serde_json::{json, Value};
use ulazai_sim::{SimConfig, SimJobInfo};

/// A unique directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        let dir =
            std::env::temp_dir().join(format!("ulazai-sim-{tag}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Real time: 1 s pending + 3 s rendering, so jobs are still active across the restart.
fn persistent(path: &Path) -> SimConfig {
    SimConfig {
        state_path: Some(path.to_path_buf()),
        ..cfg(1.0, 1.0, 3.0)
    }
}

fn info(sim: &ulazai_sim::SimHandle, id: &str) -> SimJobInfo {
    sim.jobs()
        .into_iter()
        .find(|j| j.job_id == id)
        .expect("job listed")
}

#[tokio::test]
async fn jobs_and_credits_survive_a_restart() {
    let dir = TempDir::new("persist");
    let path = dir.0.join("demo-state.json");
    let c = client();

    let first = start(persistent(&path)).await;
    let ids = create(&c, &first, with(veo(), json!({"count": 2}))).await;
    assert_eq!(ids.len(), 2);
    first.fail_next(1);
    let failing = create(&c, &first, veo()).await.remove(0);
    for id in ids.iter().chain([&failing]) {
        let a = status(&c, &first, KEY, id).await;
        let st = a.body["job"]["status"].as_str().unwrap().to_string();
        assert!(st == "pending" || st == "processing", "{}", a.text);
    }
    let charged = 100_000 - first.credits(KEY);
    assert!(charged > 0);
    assert_eq!(charged % 3, 0, "three jobs of one model");
    let before: Vec<SimJobInfo> = ids.iter().map(|id| info(&first, id)).collect();
    let old_base = first.base_url();
    first.shutdown();

    let text = std::fs::read_to_string(&path).expect("state file written");
    let saved: Value = serde_json::from_str(&text).expect("state file is JSON");
    assert_eq!(saved["jobs"].as_array().unwrap().len(), 3);
    assert!(!text.contains(KEY), "the key is never written");
    assert!(!path.with_file_name("demo-state.json.tmp").exists());

    let second = start(persistent(&path)).await;
    let new_base = second.base_url();
    assert_ne!(new_base, old_base);
    assert_eq!(second.credits(KEY), 100_000 - charged, "balance survived");
    for (id, old) in ids.iter().zip(&before) {
        // Same wall-clock timeline as before the restart.
        let now = info(&second, id);
        assert!((now.created_real_unix_ms - old.created_real_unix_ms).abs() <= 2);
        let (a, b) = (now.completes_real_unix_ms, old.completes_real_unix_ms);
        assert!((a.unwrap() - b.unwrap()).abs() <= 2, "{a:?} vs {b:?}");
        assert_ne!(now.status, ulazai_sim::JobStatus::Failed);

        let job = wait_for(&c, &second, id, "completed").await;
        assert_eq!(job["job_id"], json!(id));
        let url = job["result_urls"][0].as_str().unwrap();
        assert_eq!(url, format!("{new_base}/media/results/job-{id}.mp4"));
        let media = c.get(url).send().await.unwrap();
        assert_eq!(media.status(), StatusCode::OK);
    }

    // The failing job fails after the restart and is refunded exactly once.
    let job = wait_for(&c, &second, &failing, "failed").await;
    assert_eq!(job["credits_refunded"], json!(true));
    assert_eq!(second.credits(KEY), 100_000 - charged / 3 * 2);
    let history = get(&c, &second, "/api/v1/video-studio/history/", Some(KEY)).await;
    assert_eq!(history.body["jobs"].as_array().unwrap().len(), 3);

    // A balance set through the control endpoint is saved at once.
    let a = post(
        &c,
        &second,
        "/_sim/credits",
        None,
        &json!({"key": KEY, "credits": 4321}),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK);
    second.shutdown();
    let third = start(persistent(&path)).await;
    assert_eq!(third.credits(KEY), 4321);
    assert_eq!(third.jobs().len(), 3);
    let a = status(&c, &third, KEY, &ids[0]).await;
    assert_eq!(a.body["job"]["status"], "completed");
    third.shutdown();
}

#[tokio::test]
async fn a_corrupt_state_file_is_moved_aside() {
    let dir = TempDir::new("corrupt");
    let path = dir.0.join("state.json");
    std::fs::write(&path, b"{\"version\": 1, \"jobs\": [tru").unwrap();

    let sim = start(persistent(&path)).await;
    assert!(sim.jobs().is_empty(), "starts fresh");
    assert_eq!(sim.credits(KEY), 100_000);
    let aside = dir.0.join("state.json.corrupt");
    assert_eq!(
        std::fs::read(&aside).expect("moved aside"),
        b"{\"version\": 1, \"jobs\": [tru"
    );
    assert!(!path.exists());

    // The next change writes a good file again.
    let id = create(&client(), &sim, veo()).await.remove(0);
    let saved: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(saved["jobs"][0]["id"], json!(id));
    sim.shutdown();

    // Another version is not guessed at either.
    std::fs::write(
        &path,
        br#"{"version": 99, "saved_unix_ms": 0, "speed": 1.0, "jobs": []}"#,
    )
    .unwrap();
    let sim = start(persistent(&path)).await;
    assert!(sim.jobs().is_empty());
    assert!(std::fs::read_to_string(&aside).unwrap().contains("99"));
    sim.shutdown();
}

#[tokio::test]
async fn a_missing_directory_is_created_on_first_save() {
    let dir = TempDir::new("mkdir");
    let path = dir.0.join("nested").join("state.json");
    let sim = start(persistent(&path)).await;
    assert!(!path.exists(), "nothing written before a change");
    sim.set_credits(KEY, 9);
    assert!(path.exists());
    sim.shutdown();
    let sim = start(persistent(&path)).await;
    assert_eq!(sim.credits(KEY), 9);
    sim.shutdown();
}

/// `adopt_saved_jobs` (the app's demo, whose key is new every run): the jobs saved under
/// the previous run's key belong to this run's key.
#[tokio::test]
async fn a_new_key_adopts_the_saved_jobs_when_asked() {
    let dir = TempDir::new("adopt");
    let path = dir.0.join("state.json");
    let c = &client();
    let first = start(persistent(&path)).await;
    let ids = create(c, &first, veo()).await;
    first.shutdown();
    let fresh_key = "ulazai_live_demo_fresh_run_key_0001";
    let mut cfg = persistent(&path);
    cfg.keys = vec![fresh_key.into()];
    cfg.users = vec![];
    cfg.adopt_saved_jobs = true;
    let second = start(cfg).await;
    let a = status(c, &second, fresh_key, &ids[0]).await;
    assert_eq!(a.status, 200, "the job is the new key's: {}", a.text);
}
