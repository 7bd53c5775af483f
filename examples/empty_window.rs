//! The baseline every size, memory and start-up figure of the app is compared against: an
//! EMPTY Tauri 2 window, built as an example of the root package so that it links the same
//! Tauri with the same features (`tray-icon`, `image-png`) under the same release profile.
//! Like the app, it paints on the CPU where OpenGL is software only
//! (`ulazai_studio::platform::painting`), so that both sides of a ratio paint the same way.
//! Nothing else: no plugins, no commands, no state. Its config is examples/empty/tauri.conf.json
//! (one window titled "Empty window" showing examples/empty/dist/index.html).
//!
//!     cargo build --release --example empty_window    # target/release/examples/empty_window
//!
//! `make dist` prints its size beside the app's; a benchmark can start it the way it starts the
//! app (under tests/harness/desktop-session.sh) and wait for `body[data-ready='true']`.

fn main() {
    ulazai_studio::platform::painting::choose();
    tauri::Builder::default()
        .run(tauri::generate_context!("examples/empty/tauri.conf.json"))
        .expect("the empty window runs");
}
