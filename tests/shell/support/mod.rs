//! Shared helpers for the shell's integration tests: a real simulator, the real app on
//! Tauri's mock runtime (no display needed), IPC calls and a record of every event.
#![allow(dead_code)]

pub mod bindings;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, MockRuntime};
use tauri::{Listener, Manager, WebviewWindow};
use ulazai_sim::{SimConfig, SimHandle};
use ulazai_studio::{Studio, StudioConfig};

/// The page's origin, as the app's webview reports it with each command: Tauri serves the
/// app as `tauri://localhost` on Linux and macOS, and as `http://tauri.localhost` on Windows
/// (WebView2 takes custom schemes only in that form). Another origin is a remote page,
/// refused by the capability check ("not allowed").
#[cfg(not(windows))]
pub const APP_URL: &str = "tauri://localhost";
#[cfg(windows)]
pub const APP_URL: &str = "http://tauri.localhost";

/// A key the test simulators accept (not the demo key, so "real" mode is exercised).
pub fn test_key() -> String {
    format!("ulazai_live_test_{}", std::process::id()) + "_k3y5ecr3tZZ"
}

/// Whether the desktop session (private D-Bus, Secret Service, notification recorder)
/// is there. Outside it: print a note and skip. Inside it, missing pieces FAIL the test.
pub fn desktop_session(test: &str) -> bool {
    if std::env::var_os("ULAZAI_DESKTOP_SESSION").is_none() {
        eprintln!(
            "SKIP {test}: needs the desktop test session (ULAZAI_DESKTOP_SESSION=1, private \
             D-Bus with gnome-keyring and the notification recorder). Run it under \
             tests/harness or /work/shared/recipes/run-desktop-tests.sh."
        );
        return false;
    }
    true
}

/// A fast in-process simulator accepting `key` (and the demo key).
pub fn start_sim(key: &str, speed: f64, render_secs: f64) -> SimHandle {
    let mut cfg = SimConfig::fast(speed);
    cfg.render_secs = Some(render_secs);
    cfg.keys.push(key.to_string());
    ulazai_testkit::sim::start_blocking(cfg)
}

pub struct TestApp {
    pub app: tauri::App<MockRuntime>,
    pub webview: WebviewWindow<MockRuntime>,
    /// (event name, payload JSON) in arrival order.
    pub events: Arc<Mutex<Vec<(String, String)>>>,
    /// Every command result / error JSON, for leak checks.
    pub results: Mutex<Vec<String>>,
    pub data_dir: PathBuf,
}

/// A config for tests: own data dir, own keyring service, the given server.
pub fn config(data_dir: &Path, base_url: Option<String>) -> StudioConfig {
    StudioConfig {
        data_dir: Some(data_dir.to_path_buf()),
        keyring_service: format!("com.ulazai.studio.test.{}", std::process::id()),
        base_url,
        demo: false,
        tray: false,
        main_window: "main".into(),
        library_dir: None,
        language: None,
        system_languages: Vec::new(),
        update_url: None,
    }
}

impl TestApp {
    pub fn start(cfg: StudioConfig) -> TestApp {
        TestApp::start_with(cfg, mock_context(noop_assets()))
    }

    /// [`TestApp::start`] with a Tauri context of the test's own (e.g. a plugin's config).
    pub fn start_with(
        cfg: StudioConfig,
        context: tauri::Context<tauri::test::MockRuntime>,
    ) -> TestApp {
        let data_dir = cfg.data_dir.clone().expect("tests use their own data dir");
        let mut app = ulazai_studio::build_app(mock_builder(), cfg)
            .build(context)
            .expect("app builds");
        // Tauri 2 runs the setup hook when the event loop starts; one mock iteration does it.
        #[allow(deprecated)]
        app.run_iteration(|_, _| {});
        let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("mock window");
        let events = Arc::new(Mutex::new(Vec::new()));
        for name in ulazai_studio::ipc::events::EVENT_NAMES {
            let events = events.clone();
            let n = name.to_string();
            app.listen_any(*name, move |e| {
                events
                    .lock()
                    .unwrap()
                    .push((n.clone(), e.payload().to_string()));
            });
        }
        TestApp {
            app,
            webview,
            events,
            results: Mutex::new(Vec::new()),
            data_dir,
        }
    }

    pub fn studio(&self) -> Arc<Studio> {
        self.app.state::<Arc<Studio>>().inner().clone()
    }

    /// Invoke a command like the UI does. `Ok(result)` or `Err(CommandError JSON)`.
    pub fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        let req = tauri::webview::InvokeRequest {
            cmd: cmd.into(),
            callback: tauri::ipc::CallbackFn(0),
            error: tauri::ipc::CallbackFn(1),
            url: APP_URL.parse().unwrap(),
            body: tauri::ipc::InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: tauri::test::INVOKE_KEY.to_string(),
        };
        let res = get_ipc_response(&self.webview, req).map(|b| b.deserialize::<Value>().unwrap());
        let text = match &res {
            Ok(v) | Err(v) => v.to_string(),
        };
        self.results.lock().unwrap().push(text);
        res
    }

    pub fn ok(&self, cmd: &str, args: Value) -> Value {
        self.invoke(cmd, args)
            .unwrap_or_else(|e| panic!("{cmd} failed: {e}"))
    }

    pub fn err(&self, cmd: &str, args: Value) -> Value {
        match self.invoke(cmd, args) {
            Ok(v) => panic!("{cmd} should fail, answered {v}"),
            Err(e) => e,
        }
    }

    pub fn events_named(&self, name: &str) -> Vec<Value> {
        self.events
            .lock()
            .unwrap()
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, p)| serde_json::from_str(p).unwrap())
            .collect()
    }

    /// Use `key` for this session (no keyring involved).
    pub fn session_key(&self, key: &str) {
        self.ok("set_api_key", json!({"key": key, "until_quit": true}));
    }

    /// The jobs of `list_jobs` (newest first) that match `pred`, as a JSON array.
    pub fn jobs_where(&self, pred: impl Fn(&Value) -> bool) -> Value {
        let all = self.ok("list_jobs", json!({}));
        Value::Array(
            all.as_array()
                .unwrap()
                .iter()
                .filter(|j| pred(j))
                .cloned()
                .collect(),
        )
    }

    /// Wait until every job in `ids` is terminal (per `list_jobs`), or panic.
    pub fn wait_terminal(&self, ids: &[String], timeout: Duration) -> Vec<Value> {
        let until = Instant::now() + timeout;
        loop {
            let jobs = self.ok("list_jobs", json!({}));
            let mine: Vec<Value> = jobs
                .as_array()
                .unwrap()
                .iter()
                .filter(|j| ids.iter().any(|id| j["id"] == *id))
                .cloned()
                .collect();
            let done = mine.len() == ids.len()
                && mine
                    .iter()
                    .all(|j| matches!(j["status"].as_str(), Some("completed" | "failed")));
            if done {
                return mine;
            }
            assert!(
                Instant::now() < until,
                "jobs not terminal in time: {mine:?}"
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// Write everything and stop the engine (like quitting).
    pub fn shutdown(&self) {
        tauri::async_runtime::block_on(self.studio().runner.shutdown());
    }
}

/// The entries of a queue import preview, as `queue_add` takes them.
pub fn preview_entries(preview: &Value) -> Vec<Value> {
    preview["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["entry"].clone())
        .collect()
}

pub fn ids_of(jobs: &Value) -> Vec<String> {
    jobs.as_array()
        .unwrap()
        .iter()
        .map(|j| j["id"].as_str().unwrap().to_string())
        .collect()
}

/// The jobs `ids` as whole clips of a merge (`merge_clips`).
pub fn whole(ids: &[String]) -> Value {
    Value::Array(ids.iter().map(|id| json!({ "id": id })).collect())
}

/// A generate request the simulator's veo31_fast accepts.
pub fn veo_params(prompt: &str, count: u32) -> Value {
    json!({
        "model_slug": "veo31_fast",
        "prompt": prompt,
        "aspect_ratio": "16:9",
        "duration_seconds": 8,
        "count": count
    })
}

/// Wait for a condition, polling.
pub fn wait_for(what: &str, timeout: Duration, mut f: impl FnMut() -> bool) {
    let until = Instant::now() + timeout;
    while !f() {
        assert!(Instant::now() < until, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// What the real app binary finds when it starts with a key: its own data folder, and a
/// keyring service (named after the test) holding a test key.
pub struct KeyedProfile {
    /// Removed with the profile.
    pub dir: tempfile::TempDir,
    pub data: PathBuf,
    pub key: String,
    pub service: String,
}

pub fn keyed_profile(test: &str) -> KeyedProfile {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_path_buf();
    let key = test_key();
    let service = format!("com.ulazai.studio.{test}.{}", std::process::id());
    ulazai_studio::platform::keyring::keyring_set(
        &service,
        &ulazai_engine::secret::ApiKey::new(&key),
    )
    .expect("key in the keyring");
    KeyedProfile {
        dir,
        data,
        key,
        service,
    }
}

/// The real app binary (not the mock runtime) with its own data folder and keyring
/// service, against `base_url`, its output discarded.
pub fn launch_app(data: &Path, base_url: &str, service: &str) -> std::process::Child {
    let binary = Path::new(env!("CARGO_BIN_EXE_ulazai-studio"));
    ulazai_testkit::app::launch(binary, data, base_url, service)
}

/// Every file under `dir` (recursively) whose bytes contain `needle`.
pub fn files_containing(dir: &Path, needle: &str) -> Vec<PathBuf> {
    let mut hits = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(bytes) = std::fs::read(&p) {
                if bytes.windows(needle.len()).any(|w| w == needle.as_bytes()) {
                    hits.push(p);
                }
            }
        }
    }
    hits
}

/// Runs the test `name` of this test binary in a child process with `set` set and `unset`
/// removed from its environment (for what must not touch this process: a dead session
/// bus, a changed environment). The child prints `CHILD-OK` when it got to its end; panics
/// with its output otherwise.
pub fn run_child(name: &str, set: &[(&str, &str)], unset: &[&str]) {
    let mut cmd = std::process::Command::new(std::env::current_exe().unwrap());
    cmd.args(["--exact", name, "--nocapture", "--test-threads=1"]);
    for (k, v) in set {
        cmd.env(k, v);
    }
    for k in unset {
        cmd.env_remove(k);
    }
    let out = cmd.output().unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && text.contains("CHILD-OK"),
        "child failed:\n{text}"
    );
}
