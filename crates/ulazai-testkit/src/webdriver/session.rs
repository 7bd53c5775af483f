//! tauri-driver on free ports, a WebDriver session through it (tried again on a NEW driver
//! when none comes up), and the driver's whole process group ended with the test.

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::ClientBuilder;
use serde_json::json;

use super::{app_binary, tauri_driver_path, App, Profile, TestResult};

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// How long a WebDriver session request may wait for the app to come up.
const SESSION_WAIT: Duration = Duration::from_secs(60);

impl App {
    /// Starts the app binary with `env` on top of the profile's own variables.
    pub async fn launch(
        profile: &Profile,
        base_url: &str,
        env: &[(&str, &str)],
    ) -> TestResult<App> {
        let (app, _) = App::start_session(&app_binary(), profile, base_url, env).await?;
        app.wait_for_css("body[data-ready='true']", Duration::from_secs(30))
            .await?;
        Ok(app)
    }

    /// Starts `binary` (the app, or the benchmark's empty window) through tauri-driver and
    /// answers as soon as the WebDriver session exists, with the moment the session that
    /// succeeded was requested (start-up is measured from it), without waiting for the page.
    pub async fn start_session(
        binary: &Path,
        profile: &Profile,
        base_url: &str,
        env: &[(&str, &str)],
    ) -> TestResult<(App, std::time::SystemTime)> {
        let mut last = String::new();
        for _ in 0..DRIVER_STARTS {
            match App::try_session(binary, profile, base_url, env).await {
                Ok(started) => return Ok(started),
                // A driver that did not come up, or answered no session request: a new one
                // on new ports (the failed one and its app end with its process group).
                Err(e) => {
                    eprintln!("tauri-driver gave no session ({e}); starting a new one");
                    last = e;
                }
            }
        }
        Err(format!("no WebDriver session from {DRIVER_STARTS} tauri-drivers: {last}").into())
    }

    /// One tauri-driver on new ports, and a session through it.
    async fn try_session(
        binary: &Path,
        profile: &Profile,
        base_url: &str,
        env: &[(&str, &str)],
    ) -> Result<(App, std::time::SystemTime), String> {
        let port = free_port();
        let native_port = free_port();
        let mut cmd = Command::new(tauri_driver_path().ok_or("tauri-driver not found")?);
        cmd.args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native_port.to_string(),
        ])
        .env("ULAZAI_BASE_URL", base_url)
        .env("ULAZAI_STUDIO_DATA_DIR", &profile.data_dir)
        .env("ULAZAI_KEYRING_SERVICE", &profile.keyring_service)
        .stdout(Stdio::null())
        .stderr(Stdio::inherit());
        // Its own process group: tauri-driver's WebKitWebDriver (and the app) end with it.
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let driver = cmd.spawn().map_err(|e| format!("tauri-driver: {e}"))?;
        // Owned at once: an early return below ends the driver and its process group.
        let mut guard = DriverGuard(Some(driver));
        // Both drivers listening first, so that the session request below starts the app
        // at once (and a benchmark's clock starts when the app does).
        let deadline = Instant::now() + Duration::from_secs(20);
        for p in [port, native_port] {
            while std::net::TcpStream::connect(("127.0.0.1", p)).is_err() {
                if Instant::now() > deadline {
                    return Err(format!("tauri-driver did not open port {p}"));
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
        let caps = json!({
            "browserName": "wry",
            "tauri:options": { "application": binary }
        });
        let caps = caps.as_object().cloned().unwrap_or_default();
        // tauri-driver answers before its WebKitWebDriver does: retry the session briefly.
        let mut attempt = 0;
        let (client, requested) = loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            let requested = std::time::SystemTime::now();
            // Bounded: an app that dies while starting leaves the request unanswered.
            let mut builder = ClientBuilder::new(connector);
            builder.capabilities(caps.clone());
            let url = format!("http://127.0.0.1:{port}");
            let Ok(answer) = tokio::time::timeout(SESSION_WAIT, builder.connect(&url)).await else {
                return Err(format!(
                    "no answer to the session request within {} s",
                    SESSION_WAIT.as_secs()
                ));
            };
            match answer {
                Ok(c) => break (c, requested),
                Err(e) if attempt < 40 => {
                    attempt += 1;
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(250)).await;
                }
                Err(e) => {
                    return Err(format!(
                        "no WebDriver session after {attempt} requests: {e}"
                    ));
                }
            }
        };
        let driver = guard.0.take().expect("the driver is still owned");
        let display = env
            .iter()
            .find(|(k, _)| *k == "DISPLAY")
            .map(|(_, v)| v.to_string());
        Ok((
            App {
                client,
                driver,
                display,
            },
            requested,
        ))
    }
}

/// How many tauri-drivers one launch tries before it fails.
const DRIVER_STARTS: usize = 3;

/// A tauri-driver not yet handed to an [`App`]: ended if the session does not come up.
struct DriverGuard(Option<Child>);

impl Drop for DriverGuard {
    fn drop(&mut self) {
        if let Some(mut driver) = self.0.take() {
            end_driver(&mut driver);
        }
    }
}

/// Ends tauri-driver's whole process group: killing tauri-driver alone leaves its
/// WebKitWebDriver (and the app) behind.
pub(super) fn end_driver(driver: &mut Child) {
    #[cfg(unix)]
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{}", driver.id())])
        .status();
    let _ = driver.kill();
    let _ = driver.wait();
}
