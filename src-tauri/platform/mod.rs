//! What the shell needs from the desktop: the window system (`window`: emit to the UI,
//! focus, open, reveal, pick a folder, drag files out, the sign-in window), the OS keyring, native
//! notifications, the tray, the language of its own text (`locale`), the loopback media server that plays library files, the heap given back after loading, file
//! locations, the log file, the check for Windows' WebView2 runtime; the macOS menu bar as
//! data (`app_menu`) and the macOS conventions (`macos`). Each module knows nothing of the
//! app's state (`studio`).

pub mod app_menu;
pub mod drag_out;
pub mod keyring;
pub mod locale;
pub mod logging;
pub mod macos;
pub mod media_server;
pub mod memory;
pub mod notify;
pub mod painting;
pub mod paths;
pub mod secret_parts;
pub mod signin;
pub mod tray;
pub mod webview_runtime;
pub mod window;
