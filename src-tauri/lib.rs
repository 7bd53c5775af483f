//! UlazAI Studio's desktop shell: a thin Tauri 2 layer over the GUI-free engine crate.
//! Layers, bottom to top; a module uses only the ones below it (see ARCHITECTURE.md):
//!
//! 1. `config` — start-up configuration (env vars, `--help`);
//! 2. `platform` — window system, keyring, notifications, tray, sign-in window, media
//!    server, paths, logging;
//! 3. `ipc` — the contract with the UI: IPC types and the event list;
//! 4. `updates` — signed updates of the app itself (tauri-plugin-updater, used from Rust):
//!    check, download, signature, install per install type, restart;
//! 5. `studio` — the app's services, each owning its state (the engine in use, the key,
//!    the web session, the settings, the library, the reactions to the engine...);
//! 6. `commands` — the IPC commands, one module per domain (glue: service → operation →
//!    error);
//! 7. `bindings` — writes the IPC contract out as TypeScript.
//!
//! The test kit's `layers` check reads this list from the source and fails on a use
//! upward or a cycle.
//!
//! `build_app` assembles the builder for any runtime (the real wry one in `run()`, the
//! mock runtime in tests); `run()` adds what only makes sense on a desktop (single
//! instance, window state, tray, log file). On macOS, `setup` also installs the menu bar
//! and asks for the notification permission once (`platform::macos`).

pub mod bindings;
pub mod commands;
pub mod config;
pub mod ipc;
pub mod platform;
pub mod studio;
pub mod updates;

use std::sync::Arc;

use tauri::{Manager, Runtime, WindowEvent};

pub use config::StudioConfig;
pub use studio::Studio;

use platform::{logging, paths, tray, window};

macro_rules! invoke_handler {
    ($($m:ident :: $name:ident),* $(,)?) => {
        tauri::generate_handler![$(commands::$m::$name),*]
    };
}

/// The app for any runtime: plugins every runtime supports, commands, the setup that
/// starts the engine, close-to-tray. `builder` comes from `tauri::Builder::default()` or
/// `tauri::test::mock_builder()`.
pub fn build_app<R: Runtime>(builder: tauri::Builder<R>, cfg: StudioConfig) -> tauri::Builder<R> {
    builder
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_dialog::init())
        .invoke_handler(for_each_command!(invoke_handler))
        .setup(move |app| {
            setup(app.handle(), cfg.clone())?;
            Ok(())
        })
        .on_window_event(|window, event| {
            if let WindowEvent::CloseRequested { api, .. } = event {
                let app = window.app_handle();
                let active = app
                    .try_state::<Arc<Studio>>()
                    .map_or(0, |s| s.live.active_jobs());
                // Renders still going and a tray to come back from: hide, keep polling.
                if active > 0 && tray::exists(app) {
                    api.prevent_close();
                    let _ = window.hide();
                    if let Some(s) = app.try_state::<Arc<Studio>>() {
                        let current = s.current.clone();
                        tauri::async_runtime::spawn(async move { current.flush().await });
                    }
                }
            }
        })
}

fn setup<R: Runtime>(
    app: &tauri::AppHandle<R>,
    cfg: StudioConfig,
) -> Result<(), Box<dyn std::error::Error>> {
    let began = std::time::Instant::now();
    let dirs = paths::Dirs::resolve(&cfg, app)?;
    logging::init(&dirs.logs);
    tracing::info!(version = env!("CARGO_PKG_VERSION"), data = %dirs.data.display(), "starting");
    platform::painting::log();
    let shell = Arc::new(window::TauriShell {
        app: app.clone(),
        main_window: cfg.main_window.clone(),
    });
    let (want_tray, main_window) = (cfg.tray, cfg.main_window.clone());
    let update_url = cfg.update_url.clone();
    let studio = Arc::new(Studio::new(cfg, dirs, shell.clone()));
    if cfg!(target_os = "macos") {
        macos_conventions(app, shell, &studio.dirs().data, &studio.locale)?;
    }
    studio.manage(app);
    app.manage(studio.clone());
    start_updates(app, &studio, update_url)?;
    // Keyring + first history read can take seconds: never on the UI thread.
    let runner = studio.runner.clone();
    tauri::async_runtime::spawn(async move {
        let _ = runner.start().await;
    });
    if want_tray {
        let show = move |app: &tauri::AppHandle<R>| window::focus_window(app, &main_window);
        if let Err(e) = tray::create(app, studio.locale.clone(), show, quit) {
            // No tray host (e.g. a bare X server): closing the window will quit instead.
            tracing::warn!(error = %e, "no tray icon");
        }
        tray::update(app, studio.live.active_jobs());
    }
    // Kept short: a long setup makes WebKit wait half a second more for the page (see
    // `Library::open_in_background`).
    tracing::info!(ms = began.elapsed().as_millis() as u64, "the setup is done");
    Ok(())
}

/// The updater, when this build names its key (`plugins.updater` in tauri.conf.json): its
/// checks at start and every few hours, while the setting is on and (in demo mode) only
/// when an update server is named (`ULAZAI_UPDATE_URL`).
fn start_updates<R: Runtime>(
    app: &tauri::AppHandle<R>,
    studio: &Arc<Studio>,
    update_url: Option<url::Url>,
) -> Result<(), Box<dyn std::error::Error>> {
    if !app.config().plugins.0.contains_key("updater") {
        tracing::info!("no update configuration: updates are off");
        return Ok(());
    }
    app.plugin(tauri_plugin_updater::Builder::new().build())?;
    let asked = update_url.is_some();
    studio.updates.set_source(updates::source(app, update_url));
    let s = studio.clone();
    updates::schedule(studio.updates.clone(), move || {
        let s = s.clone();
        async move { s.settings.get().check_for_updates && (asked || !s.current.is_demo().await) }
    });
    Ok(())
}

/// macOS: the menu bar (its Settings… brings the main window forward and opens Settings
/// there, as Ctrl+, does in the window) and the notification permission, asked at the first
/// start. Compiled on every OS (so every build checks it), run on macOS only.
fn macos_conventions<R: Runtime>(
    app: &tauri::AppHandle<R>,
    shell: Arc<window::TauriShell<R>>,
    data: &std::path::Path,
    locale: &platform::locale::Locale,
) -> tauri::Result<()> {
    use ipc::events::{IpcEvent, OpenSettings};
    use window::Shell;
    platform::macos::install_menu(app, &locale.get(), move |_| {
        shell.focus_main();
        shell.emit(OpenSettings::NAME, serde_json::Value::Null);
    })?;
    platform::macos::ask_notification_permission_once(data);
    Ok(())
}

/// Flush and stop the engine, then exit.
pub fn quit<R: Runtime>(app: &tauri::AppHandle<R>) {
    if let Some(s) = app.try_state::<Arc<Studio>>() {
        let runner = s.runner.clone();
        tauri::async_runtime::block_on(runner.shutdown());
    }
    app.exit(0);
}

/// The desktop app.
pub fn run() {
    // First: it sets an environment variable the window's web process reads.
    platform::painting::choose();
    if let Err(message) = platform::webview_runtime::check() {
        platform::webview_runtime::tell(&message);
        std::process::exit(1);
    }
    let cfg = StudioConfig::from_env();
    let state_file = cfg
        .data_dir
        .as_ref()
        .map(|d| d.join(paths::WINDOW_STATE_FILE));
    let mut window_state = tauri_plugin_window_state::Builder::new();
    if let Some(f) = state_file {
        window_state = window_state.with_filename(f.to_string_lossy());
    }
    let mut single = tauri_plugin_single_instance::Builder::new().callback(|app, _argv, _cwd| {
        window::focus_window(app, "main");
    });
    if let Some(d) = &cfg.data_dir {
        // Separate data dirs are separate profiles (tests run their own instance).
        single = single.dbus_id(single_instance_id(d));
    }
    let builder = tauri::Builder::default()
        .plugin(single.build())
        .plugin(window_state.build());
    let mut context = tauri::generate_context!();
    if let Some(url) = &cfg.update_url {
        updates::allow_loopback(context.config_mut(), url);
    }
    let app = match build_app(builder, cfg).build(context) {
        Ok(app) => app,
        Err(e) => start_failed(e),
    };
    #[cfg(unix)]
    exit_on_stop_signals(app.handle());
    app.run(|handle, event| {
        if let tauri::RunEvent::Exit = event {
            if let Some(s) = handle.try_state::<Arc<Studio>>() {
                let runner = s.runner.clone();
                tauri::async_runtime::block_on(runner.shutdown());
            }
        }
    });
}

/// Starts made again while the last instance of this profile is still leaving.
const START_ATTEMPT: &str = "ULAZAI_START_ATTEMPT";
const START_ATTEMPTS: u32 = 10;

/// The app could not be built. When the single-instance check found this profile's last
/// instance on its way out (asked to come forward, it left without answering: the creator
/// quit and opened the app again at once), start again, as a new process, until it is gone
/// (each attempt waits for its answer; at most [`START_ATTEMPTS`]). Anything else is said
/// plainly, without a panic.
fn start_failed(e: tauri::Error) -> ! {
    let attempt: u32 = std::env::var(START_ATTEMPT)
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let leaving =
        matches!(&e, tauri::Error::PluginInitialization(plugin, _) if plugin == "single-instance");
    if leaving && attempt < START_ATTEMPTS {
        eprintln!("UlazAI Studio: its last window was still closing ({e}); starting again");
        std::thread::sleep(std::time::Duration::from_millis(300));
        let mut again = std::process::Command::new(
            std::env::current_exe()
                .unwrap_or_else(|_| std::env::args_os().next().unwrap_or_default().into()),
        );
        again
            .args(std::env::args_os().skip(1))
            .env(START_ATTEMPT, (attempt + 1).to_string());
        #[cfg(unix)]
        {
            use std::os::unix::process::CommandExt;
            let err = again.exec();
            eprintln!("UlazAI Studio could not start again: {err}");
        }
        #[cfg(not(unix))]
        if again.spawn().is_ok() {
            std::process::exit(0);
        }
    }
    eprintln!("UlazAI Studio could not start: {e}");
    std::process::exit(1);
}

/// SIGTERM (logout, shutdown, `kill`) and SIGINT (Ctrl+C in a terminal) leave the way Quit
/// does: the exit event saves the store and stops the engine, so no debounced write is lost.
#[cfg(unix)]
fn exit_on_stop_signals<R: Runtime>(app: &tauri::AppHandle<R>) {
    use tokio::signal::unix::{signal, SignalKind};
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let (Ok(mut term), Ok(mut int)) = (
            signal(SignalKind::terminate()),
            signal(SignalKind::interrupt()),
        ) else {
            tracing::warn!("cannot listen for stop signals");
            return;
        };
        tokio::select! {
            _ = term.recv() => {}
            _ = int.recv() => {}
        }
        tracing::info!("asked to stop: saving, then exiting");
        app.exit(0);
    });
}

/// A stable 64-bit hash (FNV-1a) for profile ids.
/// The single-instance id of the profile in `data_dir` (its D-Bus name on Linux is this
/// plus `.SingleInstance`): one running app per data folder.
pub fn single_instance_id(data_dir: &std::path::Path) -> String {
    format!(
        "com.ulazai.studio.p{:016x}",
        fnv(data_dir.to_string_lossy().as_bytes())
    )
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100000001b3)
    })
}
