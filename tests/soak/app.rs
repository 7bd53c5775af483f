//! The app under the soak: the real binary started by tauri-driver (its window under the
//! session's Xvfb), its key in the session's Secret Service, its own IPC commands invoked
//! in its page, and SIGKILL for the crashes.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::{json, Map, Value};
use ulazai_sim::{Faults, SimHandle};

use super::driver::{app_binary, process_of, App, Profile};
use super::submit::User;

/// One SIGKILL and what was going on at the time.
#[derive(Debug, Clone)]
pub struct Kill {
    /// Seconds since the soak started.
    pub at_secs: f64,
    /// The simulator had created a batch whose generate answer was still being held back.
    pub during_generate: bool,
}

pub struct SoakApp {
    app: App,
    data_dir: std::path::PathBuf,
}

impl SoakApp {
    pub async fn launch(profile: &Profile, sim: &SimHandle) -> Result<SoakApp, String> {
        let app = App::launch(profile, &sim.base_url(), &[("RUST_LOG", "info")])
            .await
            .map_err(|e| format!("the app did not start: {e}"))?;
        Ok(SoakApp {
            app,
            data_dir: profile.data_dir.clone(),
        })
    }

    /// Invoke `generate` in the page; the answer lands in `window.__soak[slot]`.
    pub async fn invoke_generate(&self, slot: &str, params: &Value) -> Result<(), String> {
        let script = "const [slot, params] = arguments; \
            window.__soak = window.__soak || {}; \
            window.__soak[slot] = {state: 'sent'}; \
            window.__TAURI_INTERNALS__.invoke('generate', {params}).then( \
              (jobs) => { window.__soak[slot] = {state: 'ok', ids: jobs.map((j) => j.id)}; }, \
              (error) => { window.__soak[slot] = {state: 'err', error}; }); \
            return true;";
        self.app
            .client
            .execute(script, vec![json!(slot), params.clone()])
            .await
            .map(|_| ())
            .map_err(|e| format!("invoking generate in the page: {e}"))
    }

    /// Every answer so far, by slot. (Read twice at most: tauri-driver may drop its pooled
    /// connection mid-session, and reading is idempotent — sending is not, so `generate`
    /// is never invoked twice.)
    pub async fn generate_answers(&self) -> Result<Map<String, Value>, String> {
        let read = || {
            self.app
                .client
                .execute("return window.__soak || {};", vec![])
        };
        let v = match read().await {
            Ok(v) => v,
            Err(_) => read()
                .await
                .map_err(|e| format!("reading answers from the page: {e}"))?,
        };
        Ok(v.as_object().cloned().unwrap_or_default())
    }

    /// SIGKILL the app process (not its WebDriver), wait for it to be gone, tidy up.
    pub async fn sigkill(self, during_generate: bool) -> Result<Kill, String> {
        let pid =
            process_of(&app_binary(), &self.data_dir).ok_or("the app process was not found")?;
        let status = Command::new("kill")
            .args(["-KILL", &pid.to_string()])
            .status()
            .map_err(|e| e.to_string())?;
        if !status.success() {
            return Err(format!("kill -KILL {pid} failed"));
        }
        let until = Instant::now() + Duration::from_secs(10);
        while Path::new(&format!("/proc/{pid}")).exists() && !is_zombie(pid) {
            if Instant::now() > until {
                return Err(format!("the app ({pid}) outlived SIGKILL"));
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        drop(self.app); // ends tauri-driver and WebKitWebDriver
        Ok(Kill {
            at_secs: 0.0, // the run fills in its own clock
            during_generate,
        })
    }

    /// End the run: the WebDriver session closes the app.
    pub async fn close(self) {
        let _ = self.app.close().await;
    }
}

/// Send the next batch with the simulator holding its answer back, and SIGKILL the app
/// once the server has created the jobs — the answer never arrives.
pub async fn kill_during_generate(
    app: SoakApp,
    user: &mut User,
    sim: &SimHandle,
    faults_on: bool,
) -> Result<Kill, String> {
    let before = sim.jobs().len();
    // No 5xx for this one request (a 5xx is never processed), but the other faults stay.
    let base = if faults_on {
        super::storm_faults()
    } else {
        Faults::default()
    };
    sim.set_faults(Faults {
        error_rate_5xx: 0.0,
        reset_rate: 0.0,
        malformed_rate: 0.0,
        hang_generate_ms: 8_000,
        ..base.clone()
    });
    let mut created = false;
    if let Some(i) = user.next_waiting() {
        user.send(&app, i).await?;
        let until = Instant::now() + Duration::from_secs(20);
        while Instant::now() < until {
            if sim.jobs().len() > before {
                created = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    let kill = app.sigkill(created).await;
    sim.set_faults(base);
    kill
}

fn is_zombie(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|s| {
            s.rsplit(')')
                .next()
                .unwrap_or("")
                .trim_start()
                .starts_with('Z')
        })
        .unwrap_or(true)
}
