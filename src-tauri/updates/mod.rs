//! Updates of the app itself, signed: `UpdateService` checks the update manifest, offers a
//! newer version, downloads it, checks its minisign signature against the public key built
//! into the app (`plugins.updater.pubkey` in tauri.conf.json; no environment variable can
//! change it), installs it the way this copy was installed (`install`), then restarts.
//! Every state is pushed to the UI as `app://update`.
//!
//! The plugin (tauri-plugin-updater) is used from Rust only: its JS commands are never
//! granted to a window. `source` builds its updater for this app; `schedule` checks at start
//! and every few hours while the caller says checks are on.

pub mod install;
mod refusal;

use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use ulazai_engine::Text;

use tauri::Runtime;
use tauri_plugin_updater::{Update, Updater, UpdaterExt};

use crate::ipc::events::{AppUpdate, IpcEvent};
use crate::ipc::updates::{InstallKind, UpdateState, UpdateStatus};
use crate::platform::locale::Locale;
use crate::platform::window::Shell;

pub use refusal::UpdateError;

/// The first check after start, then one every [`CHECK_EVERY`].
pub const FIRST_CHECK_AFTER: Duration = Duration::from_secs(15);
pub const CHECK_EVERY: Duration = Duration::from_secs(6 * 60 * 60);
/// The manifest must answer within this; a download may take up to [`DOWNLOAD_TIMEOUT`].
const CHECK_TIMEOUT: Duration = Duration::from_secs(30);
const DOWNLOAD_TIMEOUT: Duration = Duration::from_secs(30 * 60);

type MakeUpdater = dyn Fn() -> Result<Updater, tauri_plugin_updater::Error> + Send + Sync;

/// What the service needs of the running app: its updater, and a restart.
#[derive(Clone)]
pub struct Source {
    updater: Arc<MakeUpdater>,
    restart: Arc<dyn Fn() + Send + Sync>,
}

/// The updater of `app` (the plugin must be registered): the key from the app's config,
/// `endpoint` instead of the configured ones when given (a loopback address, see
/// `StudioConfig::update_url`), every offered version looked at here (a downgrade is
/// refused with a sentence, not silently ignored).
pub fn source<R: Runtime>(app: &tauri::AppHandle<R>, endpoint: Option<url::Url>) -> Source {
    let handle = app.clone();
    let updater = move || {
        let mut b = handle
            .updater_builder()
            .version_comparator(|_, _| true)
            .timeout(CHECK_TIMEOUT);
        if let Some(url) = &endpoint {
            b = b.endpoints(vec![url.clone()])?;
        }
        b.build()
    };
    let handle = app.clone();
    Source {
        updater: Arc::new(updater),
        restart: Arc::new(move || handle.restart()),
    }
}

/// Let the updater fetch `endpoint` over plain http when it is on this computer (the
/// signature is checked all the same). Called on the app's config before it is built.
pub fn allow_loopback(config: &mut tauri::Config, endpoint: &url::Url) {
    if endpoint.scheme() != "http" {
        return;
    }
    if let Some(serde_json::Value::Object(updater)) = config.plugins.0.get_mut("updater") {
        updater.insert(
            "dangerousInsecureTransportProtocol".into(),
            serde_json::Value::Bool(true),
        );
    }
}

pub struct UpdateService {
    shell: Arc<dyn Shell>,
    /// The language a failure's sentence is worded in as the state is pushed.
    locale: Locale,
    kind: InstallKind,
    source: Mutex<Option<Source>>,
    state: Mutex<UpdateState>,
    /// The update the last check offered.
    offered: Mutex<Option<Update>>,
    installing: AtomicBool,
}

impl UpdateService {
    pub fn new(shell: Arc<dyn Shell>, locale: Locale) -> UpdateService {
        let kind = install::detect();
        UpdateService {
            shell,
            locale,
            kind,
            source: Mutex::new(None),
            state: Mutex::new(UpdateState {
                current_version: env!("CARGO_PKG_VERSION").into(),
                install: kind,
                can_install: install::cannot_install(kind, "").is_none(),
                manual_url: install::MANUAL_URL.into(),
                status: UpdateStatus::Idle,
            }),
            offered: Mutex::new(None),
            installing: AtomicBool::new(false),
        }
    }

    /// The app's updater is there (the plugin is configured).
    pub fn set_source(&self, source: Source) {
        *lock(&self.source) = Some(source);
    }

    pub fn state(&self) -> UpdateState {
        lock(&self.state).clone()
    }

    fn set(&self, status: UpdateStatus) -> UpdateState {
        let state = {
            let mut s = lock(&self.state);
            s.status = status;
            s.clone()
        };
        match serde_json::to_value(&state) {
            Ok(v) => self.shell.emit(AppUpdate::NAME, v),
            Err(e) => tracing::error!(error = %e, "cannot serialise the update state"),
        }
        state
    }

    fn failed(&self, e: UpdateError) -> UpdateError {
        tracing::warn!(error = %e, "update");
        self.set(UpdateStatus::Failed {
            code: e.code(),
            message: e.text().render(&self.locale.get()),
        });
        e
    }

    fn source(&self) -> Result<Source, UpdateError> {
        lock(&self.source).clone().ok_or(UpdateError::NotConfigured)
    }

    /// Ask the update server whether a newer version exists.
    pub async fn check(&self) -> Result<UpdateState, UpdateError> {
        let source = self.source()?;
        if self.installing.load(Ordering::SeqCst) {
            return Ok(self.state());
        }
        self.set(UpdateStatus::Checking);
        let found = async { (source.updater)()?.check().await }.await;
        let update = match found {
            Ok(Some(update)) => update,
            Ok(None) => {
                *lock(&self.offered) = None;
                return Ok(self.set(UpdateStatus::UpToDate));
            }
            Err(e) => return Err(self.failed(UpdateError::Check(e))),
        };
        match newer(&update.version, &update.current_version) {
            Err(e) => Err(self.failed(e)),
            Ok(false) => {
                *lock(&self.offered) = None;
                Ok(self.set(UpdateStatus::UpToDate))
            }
            Ok(true) => {
                let status = UpdateStatus::Available {
                    version: update.version.clone(),
                    notes: update.body.clone().filter(|n| !n.trim().is_empty()),
                    date: update
                        .raw_json
                        .get("pub_date")
                        .and_then(|d| d.as_str())
                        .map(String::from),
                };
                *lock(&self.offered) = Some(update);
                Ok(self.set(status))
            }
        }
    }

    /// Download the offered update and check its signature: the bytes answered are the
    /// package as signed with the app's key, nothing else.
    pub async fn download_verified(&self) -> Result<(Update, Vec<u8>), UpdateError> {
        let mut update = lock(&self.offered)
            .clone()
            .ok_or(UpdateError::NothingOffered)?;
        update.timeout = Some(DOWNLOAD_TIMEOUT);
        let version = update.version.clone();
        let (mut received, mut told) = (0usize, 0usize);
        self.set(UpdateStatus::Downloading {
            version: version.clone(),
            received_kib: 0,
            total_kib: None,
        });
        let bytes = update
            .download(
                |chunk, total| {
                    received += chunk;
                    if received - told >= 512 * 1024 {
                        told = received;
                        self.set(UpdateStatus::Downloading {
                            version: version.clone(),
                            received_kib: kib(received as u64),
                            total_kib: total.map(kib),
                        });
                    }
                },
                || {},
            )
            .await
            .map_err(|e| self.failed(UpdateError::Download(e)))?;
        Ok((update, bytes))
    }

    /// Install the offered update, then restart: `busy` says why not now (a render being
    /// submitted, a merge running); `save` writes the jobs and settings before the package is
    /// installed (the Windows installer ends the app itself); `before_restart` stops the engine.
    pub async fn install<S: Future<Output = ()>, F: Future<Output = ()>>(
        &self,
        busy: Option<Text>,
        save: S,
        before_restart: F,
    ) -> Result<UpdateState, UpdateError> {
        let offered = lock(&self.offered).as_ref().map(|u| u.version.clone());
        let version = offered.ok_or(UpdateError::NothingOffered)?;
        if let Some(why) = busy {
            return Err(UpdateError::Busy(why));
        }
        if let Some(why) = install::cannot_install(self.kind, &version) {
            return Err(UpdateError::Elsewhere(why));
        }
        let source = self.source()?;
        if self.installing.swap(true, Ordering::SeqCst) {
            return Err(UpdateError::Busy(Text::new("errors-update-installing")));
        }
        let result = self.download_and_install(&version, save).await;
        if let Err(e) = result {
            self.installing.store(false, Ordering::SeqCst);
            return Err(e);
        }
        tracing::info!(version, "update installed: restarting");
        before_restart.await;
        (source.restart)();
        Ok(self.state())
    }

    async fn download_and_install(
        &self,
        version: &str,
        save: impl Future<Output = ()>,
    ) -> Result<(), UpdateError> {
        let (update, bytes) = self.download_verified().await?;
        save.await;
        self.set(UpdateStatus::Installing {
            version: version.into(),
        });
        let kind = self.kind;
        let installed =
            tauri::async_runtime::spawn_blocking(move || install::install(kind, &update, &bytes))
                .await
                .map_err(|e| UpdateError::Install(std::io::Error::other(e.to_string()).into()));
        match installed {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(self.failed(UpdateError::Install(e))),
            Err(e) => Err(self.failed(e)),
        }
    }
}

/// Check at start (after [`FIRST_CHECK_AFTER`]) and every [`CHECK_EVERY`] while `enabled`
/// answers true (the setting, and demo mode).
pub fn schedule<E, Fut>(service: Arc<UpdateService>, enabled: E)
where
    E: Fn() -> Fut + Send + 'static,
    Fut: Future<Output = bool> + Send,
{
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(FIRST_CHECK_AFTER).await;
        loop {
            if enabled().await {
                let _ = service.check().await;
            }
            tokio::time::sleep(CHECK_EVERY).await;
        }
    });
}

/// Whether `offered` is newer than `running`; an older one is refused.
fn newer(offered: &str, running: &str) -> Result<bool, UpdateError> {
    let parse = |v: &str| semver::Version::parse(v.trim_start_matches('v'));
    let (Ok(o), Ok(r)) = (parse(offered), parse(running)) else {
        return Err(UpdateError::BadVersion(offered.into()));
    };
    if o < r {
        return Err(UpdateError::Older {
            offered: offered.into(),
            running: running.into(),
        });
    }
    Ok(o > r)
}

fn kib(bytes: u64) -> u32 {
    (bytes / 1024).min(u64::from(u32::MAX)) as u32
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_newer_version_is_offered_and_an_older_one_is_refused() {
        assert!(newer("0.1.1", "0.1.0").unwrap());
        assert!(newer("v1.0.0", "0.9.9").unwrap());
        assert!(!newer("0.1.0", "0.1.0").unwrap());
        let e = newer("0.0.9", "0.1.0").unwrap_err();
        assert!(e.to_string().contains("0.0.9"), "{e}");
        assert!(matches!(
            newer("soon", "0.1.0"),
            Err(UpdateError::BadVersion(_))
        ));
    }
}
