//! The real app binary, SIGKILLed while renders are active, then started again: every job
//! reaches its terminal state in the persisted store, nothing lost, nothing duplicated.
//! And SIGTERM: a clean exit that saves the store.
//!
//! Needs a display (DISPLAY, e.g. Xvfb) and the desktop session (the key is put in the
//! test-isolated keyring). Skips with a note outside CI/the session; inside the session a
//! missing display FAILS.

use crate::support;

use std::collections::HashSet;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use support::launch_app as launch;
use support::*;
use ulazai_engine::api::{Client, ClientConfig};
use ulazai_engine::model::GenerateParams;
use ulazai_engine::secret::{ApiKey, Auth};
use ulazai_sim::SimConfig;

/// (id, status) of every job in the persisted store.
use ulazai_testkit::store::stored_jobs as stored;

fn wait_stored(
    data: &Path,
    what: &str,
    timeout: Duration,
    f: impl Fn(&[(String, String)]) -> bool,
) {
    let until = Instant::now() + timeout;
    loop {
        let jobs = stored(data);
        if f(&jobs) {
            return;
        }
        assert!(Instant::now() < until, "timed out: {what}; store: {jobs:?}");
        std::thread::sleep(Duration::from_millis(250));
    }
}

/// A simulator that accepts `key`, and an API client holding it: jobs created through it are
/// jobs started "elsewhere" (the web), which the app picks up from history.
fn sim_and_client(key: &str, mut cfg: SimConfig) -> (ulazai_sim::SimHandle, Client) {
    cfg.keys.push(key.to_string());
    let sim = ulazai_testkit::sim::start_blocking(cfg);
    let client = Client::new(
        ClientConfig::new(sim.base_url()),
        Some(Auth::Bearer(ApiKey::new(key))),
    )
    .unwrap();
    (sim, client)
}

#[test]
fn sigkill_while_rendering_loses_nothing() {
    if !desktop_session("restart_sigkill") {
        return;
    }
    assert!(
        std::env::var_os("DISPLAY").is_some(),
        "the desktop session must provide DISPLAY"
    );
    let KeyedProfile {
        dir: _dir,
        data,
        key,
        service,
    } = keyed_profile("sigkill");

    // Renders take ~3 s pending + 12 s processing: long enough to kill the app mid-way.
    let (sim, client) = sim_and_client(
        &key,
        SimConfig {
            speed: 1.0,
            pending_secs: 3.0,
            render_secs: Some(12.0),
            ..Default::default()
        },
    );
    let mut created = Vec::new();
    for (model, prompt, dur, q, n) in [
        ("veo31_fast", "sigkill a", 8, None, 3),
        ("kling_3_0", "sigkill b", 5, Some("std"), 2),
    ] {
        let p = GenerateParams {
            model_slug: model.into(),
            prompt: prompt.into(),
            aspect_ratio: Some("16:9".into()),
            duration_seconds: Some(dur),
            quality_mode: q.map(String::from),
            count: n,
            ..Default::default()
        };
        let answer = tauri::async_runtime::block_on(client.generate(&p)).expect("generate");
        created.extend(answer.job_ids);
    }
    assert_eq!(created.len(), 5);

    let mut app = launch(&data, &sim.base_url(), &service);
    wait_stored(
        &data,
        "all jobs persisted by the first run",
        Duration::from_secs(30),
        |jobs| created.iter().all(|id| jobs.iter().any(|(j, _)| j == id)),
    );
    let active_in_sim = sim
        .jobs()
        .iter()
        .filter(|j| {
            !matches!(
                j.status,
                ulazai_sim::JobStatus::Completed | ulazai_sim::JobStatus::Failed
            )
        })
        .count();
    assert!(
        active_in_sim > 0,
        "jobs must still be rendering when the app is killed"
    );
    app.kill().expect("SIGKILL"); // Child::kill is SIGKILL on Unix
    let status = app.wait().unwrap();
    assert!(
        !status.success(),
        "the app was killed, not closed: {status:?}"
    );
    let at_kill = stored(&data);
    assert!(
        at_kill
            .iter()
            .any(|(_, s)| s == "pending" || s == "processing"),
        "the store held active jobs at the kill: {at_kill:?}"
    );

    let mut app = launch(&data, &sim.base_url(), &service);
    wait_stored(
        &data,
        "every job terminal after the restart",
        Duration::from_secs(90),
        |jobs| {
            created.iter().all(|id| {
                jobs.iter()
                    .any(|(j, s)| j == id && (s == "completed" || s == "failed"))
            })
        },
    );
    let _ = app.kill();
    let _ = app.wait();

    let jobs = stored(&data);
    let ids: Vec<&String> = jobs.iter().map(|(id, _)| id).collect();
    let unique: HashSet<&String> = ids.iter().copied().collect();
    assert_eq!(ids.len(), unique.len(), "no job duplicated: {jobs:?}");
    assert_eq!(
        unique.len(),
        created.len(),
        "nothing lost, nothing invented: {jobs:?}"
    );
    assert!(jobs.iter().all(|(_, s)| s == "completed"), "{jobs:?}");
    sim.shutdown();
    let _ = ulazai_studio::platform::keyring::keyring_delete(&service);
}

/// SIGTERM (a logout, a shutdown, `kill`) is a clean exit, not a crash: the app saves its
/// store and exits with status 0 instead of dying of the signal.
#[test]
fn sigterm_saves_and_exits_cleanly() {
    if !desktop_session("restart_sigkill") {
        return;
    }
    let KeyedProfile {
        dir: _dir,
        data,
        key,
        service,
    } = keyed_profile("sigterm");
    let (sim, client) = sim_and_client(
        &key,
        SimConfig {
            speed: 1.0,
            pending_secs: 30.0,
            ..Default::default()
        },
    );
    let p = GenerateParams {
        model_slug: "veo31_fast".into(),
        prompt: "sigterm".into(),
        count: 1,
        ..Default::default()
    };
    let id = tauri::async_runtime::block_on(client.generate(&p))
        .expect("generate")
        .job_ids[0]
        .clone();

    let mut app = launch(&data, &sim.base_url(), &service);
    wait_stored(
        &data,
        "the job persisted",
        Duration::from_secs(30),
        |jobs| jobs.iter().any(|(j, _)| *j == id),
    );
    let sent = Command::new("kill")
        .args(["-TERM", &app.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(sent.success());
    let until = Instant::now() + Duration::from_secs(15);
    let status = loop {
        if let Some(s) = app.try_wait().unwrap() {
            break s;
        }
        if Instant::now() > until {
            let _ = app.kill();
            panic!("the app did not exit within 15 s of SIGTERM");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(
        status.code(),
        Some(0),
        "SIGTERM ends the app through its own exit path: {status:?}"
    );
    assert!(stored(&data)
        .iter()
        .any(|(j, s)| *j == id && s == "pending"));
    sim.shutdown();
    let _ = ulazai_studio::platform::keyring::keyring_delete(&service);
}
