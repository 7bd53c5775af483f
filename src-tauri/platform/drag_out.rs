//! Dragging clips out of the window as real files, with the `drag` crate (GTK on
//! Linux/X11, AppKit on macOS, OLE on Windows). The drag starts while the creator's mouse
//! button is still down (the UI asks when the pointer leaves the window); the target —
//! an editor's timeline, a file manager, a chat — receives the files' URIs and copies
//! them. The paths come from the engine's library (`Engine::shareable_files`), never from
//! the UI or a server.

use std::path::PathBuf;

use tauri::{AppHandle, Manager, Runtime};

/// The picture under the pointer while dragging.
const ICON: &[u8] = include_bytes!("../../icons/64x64.png");

/// Start dragging `files` out of the window `label` (blocking until the drag has begun on
/// the main thread: call from a blocking thread). The drag itself goes on after.
pub fn start<R: Runtime>(
    app: &AppHandle<R>,
    label: &str,
    files: Vec<PathBuf>,
) -> Result<(), String> {
    let window = app
        .get_webview_window(label)
        .ok_or("the main window is not open")?;
    let (tx, rx) = std::sync::mpsc::channel();
    app.run_on_main_thread(move || {
        let _ = tx.send(begin(&window, files));
    })
    .map_err(|e| e.to_string())?;
    rx.recv().map_err(|e| e.to_string())?
}

fn on_end(result: drag::DragResult, _at: drag::CursorPosition) {
    tracing::info!(?result, "drag out of the window ended");
}

#[cfg(target_os = "linux")]
fn begin<R: Runtime>(window: &tauri::WebviewWindow<R>, files: Vec<PathBuf>) -> Result<(), String> {
    let gtk_window = window.gtk_window().map_err(|e| e.to_string())?;
    let uris = gtk_uris::escaped(&files);
    drag::start_drag(
        &gtk_window,
        drag::DragItem::Files(files),
        drag::Image::Raw(ICON.to_vec()),
        on_end,
        drag::Options::default(),
    )
    .map_err(|e| e.to_string())?;
    gtk_uris::offer(&gtk_window, uris);
    Ok(())
}

#[cfg(not(target_os = "linux"))]
fn begin<R: Runtime>(window: &tauri::WebviewWindow<R>, files: Vec<PathBuf>) -> Result<(), String> {
    drag::start_drag(
        window,
        drag::DragItem::Files(files),
        drag::Image::Raw(ICON.to_vec()),
        on_end,
        drag::Options::default(),
    )
    .map_err(|e| e.to_string())
}

/// The drag crate writes `file://` + the path as it is; a name with `%`, `#` or a space
/// (a prompt like "#cinematic 50% slower") is then not a valid URI, and GLib-based
/// targets refuse it. These URIs are escaped, and are offered after the crate's (the
/// last `drag-data-get` handler sets the data).
#[cfg(target_os = "linux")]
mod gtk_uris {
    use std::cell::RefCell;
    use std::path::PathBuf;
    use std::rc::Rc;

    use gtk::glib::{self, ObjectExt, SignalHandlerId};
    use gtk::prelude::WidgetExt;

    pub fn escaped(files: &[PathBuf]) -> Vec<String> {
        files
            .iter()
            .filter_map(|f| glib::filename_to_uri(f, None).ok())
            .map(|u| u.to_string())
            .collect()
    }

    /// Offer `uris` for the drag that just began on `window`, until it ends.
    pub fn offer(window: &gtk::ApplicationWindow, uris: Vec<String>) {
        let ids: Rc<RefCell<Vec<SignalHandlerId>>> = Rc::default();
        let data = window.connect_drag_data_get(move |_, _, selection, _, _| {
            let refs: Vec<&str> = uris.iter().map(String::as_str).collect();
            selection.set_uris(&refs);
        });
        let (held, w) = (ids.clone(), window.clone());
        let end = window.connect_drag_end(move |_, _| {
            // Disconnect later: not from inside the handler being run.
            let (held, w) = (held.clone(), w.clone());
            glib::idle_add_local_once(move || {
                for id in held.borrow_mut().drain(..) {
                    w.disconnect(id);
                }
            });
        });
        ids.borrow_mut().extend([data, end]);
    }
}
