//! Drives the real app binary through tauri-driver + WebKitWebDriver, under the display the
//! test harness provides (tests/harness/desktop-session.sh starts Xvfb, a private D-Bus bus,
//! gnome-keyring and a notification recorder). Every launch gets its own data folder and
//! keyring service name; the app talks to a simulator started in this process.
//!
//! A session that does not come up is tried again with a NEW tauri-driver on new ports: a
//! tauri-driver that answers none of its session requests (seen once on a first run, "the
//! webdriver server did not respond") does not recover by being asked again.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

pub type TestResult<T = ()> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// Names the step an error came from: a bare WebDriver error does not say where it happened.
pub trait Step<T> {
    fn step(self, what: &str) -> TestResult<T>;
}

impl<T, E: std::fmt::Debug> Step<T> for Result<T, E> {
    fn step(self, what: &str) -> TestResult<T> {
        self.map_err(|e| format!("{what}: {e:?}").into())
    }
}

/// Where a test's app keeps its state, so that a second launch sees the first one's.
pub struct Profile {
    pub data_dir: PathBuf,
    pub keyring_service: String,
    /// Made under `ULAZAI_E2E_DATA_ROOT`: that folder's owner (the packaging check, which
    /// looks at the user's data after removing the package) cleans it up, not the test.
    keep: bool,
}

impl Profile {
    pub fn new(name: &str) -> Profile {
        let root = std::env::var_os("ULAZAI_E2E_DATA_ROOT").map(PathBuf::from);
        let base = root
            .clone()
            .unwrap_or_else(std::env::temp_dir)
            .join(format!(
                "ulazai-e2e-{name}-{}-{}",
                std::process::id(),
                chrono_like_stamp()
            ));
        std::fs::create_dir_all(&base).expect("create the test's data folder");
        Profile {
            data_dir: base,
            keyring_service: format!("com.ulazai.studio.e2e.{name}.{}", std::process::id()),
            keep: root.is_some(),
        }
    }
}

impl Drop for Profile {
    fn drop(&mut self) {
        if !self.keep {
            let _ = std::fs::remove_dir_all(&self.data_dir);
        }
        // Leave no key behind in the session keyring.
        let _ = Command::new("secret-tool")
            .args([
                "clear",
                "service",
                &self.keyring_service,
                "username",
                "api-key",
            ])
            .status();
    }
}

impl Profile {
    /// Put `key` where the app looks for it (this profile's service, user `api-key`, the
    /// default collection) — with `secret-tool`, as a person's keyring manager would.
    pub fn store_key(&self, key: &str) -> Result<(), String> {
        use std::io::Write;
        let mut child = Command::new("secret-tool")
            .args([
                "store",
                "--label=UlazAI Studio test key",
                "service",
                &self.keyring_service,
                "username",
                "api-key",
                "target",
                "default",
            ])
            .stdin(Stdio::piped())
            .spawn()
            .map_err(|e| format!("secret-tool (apt: libsecret-tools): {e}"))?;
        child
            .stdin
            .take()
            .ok_or("secret-tool has no stdin")?
            .write_all(key.as_bytes())
            .map_err(|e| e.to_string())?;
        let status = child.wait().map_err(|e| e.to_string())?;
        status
            .success()
            .then_some(())
            .ok_or_else(|| format!("secret-tool store failed: {status}"))
    }
}

/// The process running `binary` whose environment names `data_dir` as its data folder (the
/// app tauri-driver started for one profile).
pub fn process_of(binary: &Path, data_dir: &Path) -> Option<u32> {
    let exe = std::fs::canonicalize(binary).ok()?;
    let marker = format!("ULAZAI_STUDIO_DATA_DIR={}", data_dir.display());
    std::fs::read_dir("/proc").ok()?.flatten().find_map(|e| {
        let pid: u32 = e.file_name().to_str()?.parse().ok()?;
        if std::fs::read_link(format!("/proc/{pid}/exe")).ok()? != exe {
            return None;
        }
        let env = std::fs::read(format!("/proc/{pid}/environ")).ok()?;
        env.split(|b| *b == 0)
            .any(|kv| kv == marker.as_bytes())
            .then_some(pid)
    })
}

fn chrono_like_stamp() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0)
}

/// One running app window under WebDriver.
pub struct App {
    pub client: Client,
    driver: Child,
    /// The X display the app was started on, when the launch named one (`DISPLAY` in its
    /// env); else the session's.
    display: Option<String>,
}

/// Is everything an end-to-end run needs here? Outside the test harness (no display, no
/// WebKitWebDriver) the tests print why they do not run; inside it (`ULAZAI_DESKTOP_SESSION`
/// set, as in CI) a missing piece is a failure, not a skip.
pub fn e2e_available() -> bool {
    let in_session = std::env::var_os("ULAZAI_DESKTOP_SESSION").is_some();
    let display = std::env::var_os("DISPLAY").is_some();
    let driver = tauri_driver_path().is_some();
    let webkit = which("WebKitWebDriver").is_some();
    if display && driver && webkit {
        return true;
    }
    let why = format!("display={display} tauri-driver={driver} WebKitWebDriver={webkit}");
    if in_session {
        panic!("end-to-end tests cannot run inside the desktop session: {why}");
    }
    eprintln!("skipping end-to-end test outside tests/harness/desktop-session.sh ({why})");
    false
}

fn which(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join(name))
            .find(|p| p.is_file())
    })
}

fn tauri_driver_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("TAURI_DRIVER") {
        return Some(PathBuf::from(p));
    }
    let local = crate::workspace_root().join("target/tools/bin/tauri-driver");
    if local.is_file() {
        return Some(local);
    }
    which("tauri-driver")
}

/// The app binary under test: `ULAZAI_APP` when set (the packaging check points it at the
/// INSTALLED /usr/bin/ulazai-studio), else the one cargo built beside the running test or
/// benchmark (`target/<profile>/ulazai-studio`, as `CARGO_BIN_EXE_ulazai-studio` names it).
pub fn app_binary() -> PathBuf {
    if let Some(p) = std::env::var_os("ULAZAI_APP") {
        return PathBuf::from(p);
    }
    let exe = std::env::current_exe().expect("the test's own path");
    // target/<profile>/deps/<test>-<hash> -> target/<profile>/ulazai-studio
    exe.parent()
        .and_then(Path::parent)
        .map(|dir| dir.join("ulazai-studio"))
        .expect("the test runs from target/<profile>/deps")
}

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

    /// A command for an X client (xdotool, a probe) that talks to this app's display.
    pub fn x_command(&self, program: &str) -> Command {
        let mut cmd = Command::new(program);
        if let Some(d) = &self.display {
            cmd.env("DISPLAY", d);
        }
        cmd
    }

    /// Ends the WebDriver session (which ends the app) and tauri-driver.
    pub async fn close(self) -> TestResult {
        let result = self.client.clone().close().await;
        drop(self);
        result.map_err(|e| e.into())
    }

    /// The element with this `data-testid`, scrolled to the middle of its scroll area (as a
    /// person would scroll to it; sticky headers and footers then cover nothing).
    pub async fn testid(&self, id: &str) -> TestResult<Element> {
        let el = self
            .wait_for_css(&format!("[data-testid='{id}']"), Duration::from_secs(10))
            .await?;
        self.scroll_into_view(&el).await?;
        Ok(el)
    }

    /// An element's text as the DOM holds it (`textContent`): WebKitWebDriver's rendered-text
    /// answer leaves out clamped and ellipsised text.
    pub async fn text_of(&self, el: &Element) -> TestResult<String> {
        let text = self
            .client
            .execute(
                "return arguments[0].textContent;",
                vec![serde_json::to_value(el)?],
            )
            .await?;
        Ok(text.as_str().unwrap_or_default().to_string())
    }

    pub async fn scroll_into_view(&self, el: &Element) -> TestResult {
        let script = "arguments[0].scrollIntoView({block: 'center', inline: 'center'});";
        self.client
            .execute(script, vec![serde_json::to_value(el)?])
            .await?;
        Ok(())
    }

    pub async fn all_css(&self, css: &str) -> TestResult<Vec<Element>> {
        Ok(self.client.find_all(Locator::Css(css)).await?)
    }

    /// Waits until an element matching `css` is present and returns it.
    pub async fn wait_for_css(&self, css: &str, timeout: Duration) -> TestResult<Element> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Ok(el) = self.client.find(Locator::Css(css)).await {
                return Ok(el);
            }
            if Instant::now() > deadline {
                return Err(format!("nothing matched `{css}` within {timeout:?}").into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until `count(css)` satisfies `pred`; returns the last count.
    pub async fn wait_count(
        &self,
        css: &str,
        timeout: Duration,
        what: &str,
        pred: impl Fn(usize) -> bool,
    ) -> TestResult<usize> {
        let deadline = Instant::now() + timeout;
        // Counted in the page: WebKitWebDriver's find_all answers "stale element" when the
        // list re-renders while it builds its element handles.
        let count = "return document.querySelectorAll(arguments[0]).length;";
        loop {
            let v = self.client.execute(count, vec![css.into()]).await?;
            let n = v.as_u64().ok_or("a count")? as usize;
            if pred(n) {
                return Ok(n);
            }
            if Instant::now() > deadline {
                return Err(
                    format!("{what}: `{css}` matched {n} element(s) after {timeout:?}").into(),
                );
            }
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
    }

    /// Clicks the first element matching `css`, found afresh and scrolled into view (a live
    /// update may have re-rendered it since the test last looked).
    pub async fn click_css(&self, css: &str) -> TestResult {
        let el = self.wait_for_css(css, Duration::from_secs(10)).await?;
        self.scroll_into_view(&el).await?;
        if let Err(e) = el.click().await {
            let shot = self.screenshot("failed-click").await.ok();
            return Err(format!("clicking `{css}`: {e:?} (screenshot: {shot:?})").into());
        }
        Ok(())
    }

    pub async fn click_testid(&self, id: &str) -> TestResult {
        let el = self.testid(id).await?;
        if let Err(e) = el.click().await {
            let shot = self.screenshot(&format!("failed-click-{id}")).await.ok();
            return Err(format!("clicking `{id}`: {e:?} (screenshot: {shot:?})").into());
        }
        Ok(())
    }

    /// Replaces the value of an input or textarea by typing, as a person would.
    pub async fn type_into(&self, id: &str, text: &str) -> TestResult {
        let el = self.testid(id).await?;
        el.clear()
            .await
            .map_err(|e| format!("clearing `{id}`: {e}"))?;
        el.send_keys(text)
            .await
            .map_err(|e| format!("typing into `{id}`: {e}"))?;
        Ok(())
    }

    /// A real pointer drag: press at `from`, move in steps, pause, release at `to` (viewport px).
    pub async fn drag(&self, from: (f64, f64), to: (f64, f64)) -> TestResult {
        let steps = 8;
        let mut mouse = MouseActions::new("mouse".into())
            .then(PointerAction::MoveTo {
                duration: None,
                x: from.0,
                y: from.1,
            })
            .then(PointerAction::Down {
                button: MOUSE_BUTTON_LEFT,
            });
        for i in 1..=steps {
            let t = i as f64 / steps as f64;
            mouse = mouse.then(PointerAction::MoveTo {
                duration: Some(Duration::from_millis(40)),
                x: from.0 + (to.0 - from.0) * t,
                y: from.1 + (to.1 - from.1) * t,
            });
        }
        // Hold still before releasing, as a person does: drag libraries (SortableJS samples the
        // pointer every 50 ms) see the final position before the drop.
        mouse = mouse
            .then(PointerAction::Pause {
                duration: Duration::from_millis(150),
            })
            .then(PointerAction::Up {
                button: MOUSE_BUTTON_LEFT,
            });
        if let Err(e) = self.client.perform_actions(mouse).await {
            let shot = self.screenshot("failed-drag").await.ok();
            return Err(
                format!("dragging from {from:?} to {to:?}: {e:?} (screenshot: {shot:?})").into(),
            );
        }
        // Releasing input state is housekeeping; WebKit may refuse it when the element under
        // the pointer went away during the drag (e.g. a reordered tray item).
        let _ = self.client.release_actions().await;
        Ok(())
    }

    /// The centre of an element in viewport coordinates.
    pub async fn centre(&self, el: &Element) -> TestResult<(f64, f64)> {
        let (x, y, w, h) = el.rectangle().await?;
        Ok((x + w / 2.0, y + h / 2.0))
    }

    /// Saves a PNG of the app view to tests/artifacts/screenshots/NAME.png.
    pub async fn screenshot(&self, name: &str) -> TestResult<PathBuf> {
        // Let the page paint what the test just saw in the DOM (two frames; at most 500 ms
        // when the window is not painting), or the PNG can show the state before.
        let settle = "const done = arguments[arguments.length - 1]; \
                      setTimeout(done, 500); \
                      requestAnimationFrame(() => requestAnimationFrame(() => done()));";
        let _ = self.client.execute_async(settle, vec![]).await;
        let png = self.client.screenshot().await?;
        let dir = crate::workspace_root().join("tests/artifacts/screenshots");
        std::fs::create_dir_all(&dir)?;
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png)?;
        Ok(path)
    }
}

impl Drop for App {
    /// A failed test returns early: its tauri-driver (and so the app) must not outlive it.
    fn drop(&mut self) {
        end_driver(&mut self.driver);
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
fn end_driver(driver: &mut Child) {
    #[cfg(unix)]
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{}", driver.id())])
        .status();
    let _ = driver.kill();
    let _ = driver.wait();
}

/// Polls `check` until it returns `Some`, or fails with `what`.
pub async fn eventually<T, F, Fut>(timeout: Duration, what: &str, mut check: F) -> TestResult<T>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = TestResult<Option<T>>>,
{
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(v) = check().await? {
            return Ok(v);
        }
        if Instant::now() > deadline {
            return Err(format!("timed out after {timeout:?}: {what}").into());
        }
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
}
