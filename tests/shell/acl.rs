//! The IPC permission list, on Tauri's mock runtime with the app's real context (its
//! capabilities and the app ACL manifest `build.rs` generates): the main window may call
//! the commands its capability lists and no other; the sign-in window (a web page of the
//! service) may call none.

use crate::support;

use serde_json::{json, Value};
use support::*;
use tauri::test::{get_ipc_response, mock_builder, noop_assets, MockRuntime};
use tauri::WebviewWindow;

/// The real app with the context the app binary is built with (capabilities, ACL), its
/// configured windows left out (the test opens its own).
fn start(dir: &std::path::Path) -> tauri::App<MockRuntime> {
    let mut context = tauri::generate_context!(test = true, assets = noop_assets());
    context.config_mut().app.windows.clear();
    let mut app = ulazai_studio::build_app(mock_builder(), config(dir, None))
        .build(context)
        .expect("app builds");
    #[allow(deprecated)]
    app.run_iteration(|_, _| {});
    app
}

fn invoke(w: &WebviewWindow<MockRuntime>, cmd: &str) -> Result<Value, String> {
    let req = tauri::webview::InvokeRequest {
        cmd: cmd.into(),
        callback: tauri::ipc::CallbackFn(0),
        error: tauri::ipc::CallbackFn(1),
        url: APP_URL.parse().unwrap(),
        body: tauri::ipc::InvokeBody::Json(json!({})),
        headers: Default::default(),
        invoke_key: tauri::test::INVOKE_KEY.to_string(),
    };
    get_ipc_response(w, req)
        .map(|b| b.deserialize::<Value>().unwrap())
        .map_err(|e| e.to_string())
}

fn window(app: &tauri::App<MockRuntime>, label: &str) -> WebviewWindow<MockRuntime> {
    tauri::WebviewWindowBuilder::new(app, label, Default::default())
        .build()
        .expect("mock window")
}

#[test]
fn the_main_window_may_call_only_the_commands_it_is_granted() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let main = window(&app, "main");
    invoke(&main, "get_settings").expect("a listed command");
    // A command the app has but the page never calls: not on the main window's list.
    let e = invoke(&main, "ffmpeg_status").expect_err("not on the list");
    assert!(e.contains("not allowed"), "{e}");
    // The sign-in window shows the service's own pages: no command at all.
    let signin = window(&app, ulazai_studio::platform::signin::SIGNIN_LABEL);
    for cmd in ["get_settings", "app_state", "set_settings"] {
        let e = invoke(&signin, cmd).expect_err(cmd);
        assert!(e.contains("not allowed"), "{cmd}: {e}");
    }
    use tauri::Manager;
    let studio = app.state::<std::sync::Arc<ulazai_studio::Studio>>();
    tauri::async_runtime::block_on(studio.runner.shutdown());
}

/// The main window's list is exactly the commands its page calls: every `allow-<command>`
/// in `tauri.conf.json` names a command the app has and the UI's source calls (by its
/// quoted name, outside the generated bindings), and every command the UI calls is listed.
#[test]
fn the_main_windows_list_is_the_commands_the_ui_calls() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let conf: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("tauri.conf.json")).unwrap())
            .unwrap();
    let main = &conf["app"]["security"]["capabilities"][0];
    assert_eq!(main["windows"], json!(["main"]));
    let listed: std::collections::BTreeSet<String> = main["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p.as_str()?.strip_prefix("allow-"))
        .map(|p| p.replace('-', "_"))
        .collect();
    let mut ui_source = String::new();
    let mut dirs = vec![root.join("ui/src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                if !path.ends_with("bindings") {
                    dirs.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "ts" || e == "svelte") {
                ui_source += &std::fs::read_to_string(&path).unwrap();
            }
        }
    }
    let called: std::collections::BTreeSet<String> = ulazai_studio::commands::COMMAND_NAMES
        .iter()
        .filter(|c| ui_source.contains(&format!("'{c}'")))
        .map(|c| c.to_string())
        .collect();
    assert!(called.len() > 30, "{called:?}");
    assert_eq!(
        listed, called,
        "the main window's list and the commands the UI calls"
    );
    let others: Vec<&str> = main["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .filter(|p| !p.starts_with("allow-"))
        .collect();
    assert_eq!(
        others,
        [
            "core:event:allow-listen",
            "core:event:allow-unlisten",
            "core:webview:allow-set-webview-zoom"
        ],
        "nothing else"
    );
    assert_eq!(
        conf["app"]["security"]["capabilities"]
            .as_array()
            .unwrap()
            .len(),
        1,
        "one capability: the sign-in window gets none"
    );
}
