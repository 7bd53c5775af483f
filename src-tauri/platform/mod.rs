//! What the shell needs from the desktop: the window system (`window`: emit to the UI,
//! focus, open, reveal, pick a folder, drag files out, the sign-in window), the OS keyring, native
//! notifications, the tray, the loopback media server that plays library files, file
//! locations, the log file, and the check for Windows' WebView2 runtime. Each module knows
//! nothing of the app's state (`studio`).

pub mod drag_out;
pub mod keyring;
pub mod logging;
pub mod media_server;
pub mod notify;
pub mod paths;
pub mod secret_parts;
pub mod signin;
pub mod tray;
pub mod webview_runtime;
pub mod window;
