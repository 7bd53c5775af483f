//! Dragging a saved clip out of the window: the real pointer (XTest, by xdotool) presses on
//! the card and leaves the window with the button down; the app then owns the X drag
//! (XdndSelection) and answers `text/uri-list` with the library file's `file://` URI — what
//! an editor, a file manager or a chat reads when the clip is dropped on it.

use std::process::Command;
use std::time::Duration;

use crate::a11y::resize;
use crate::driver::{e2e_available, eventually, App, Profile, Step, TestResult};
use crate::flows;
use crate::{sim, RENDER_TIMEOUT};

/// Reads the X drag's data as a drop target would: who owns XdndSelection, and its
/// `text/uri-list` (libX11 through ctypes; prints the URIs, exits 2 when no drag is on).
const PROBE: &str = r#"
import ctypes, ctypes.util, sys, time
x = ctypes.cdll.LoadLibrary(ctypes.util.find_library('X11'))
x.XOpenDisplay.restype = ctypes.c_void_p
x.XOpenDisplay.argtypes = [ctypes.c_char_p]
d = ctypes.c_void_p(x.XOpenDisplay(None))
x.XInternAtom.restype = ctypes.c_ulong
x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
x.XDefaultRootWindow.restype = ctypes.c_ulong
x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x.XGetSelectionOwner.restype = ctypes.c_ulong
x.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
x.XCreateSimpleWindow.restype = ctypes.c_ulong
x.XCreateSimpleWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong] + [ctypes.c_int] * 4 + [ctypes.c_uint, ctypes.c_ulong, ctypes.c_ulong]
x.XConvertSelection.argtypes = [ctypes.c_void_p] + [ctypes.c_ulong] * 5
x.XPending.argtypes = [ctypes.c_void_p]
x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
x.XGetWindowProperty.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long, ctypes.c_int, ctypes.c_ulong,
    ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p)]
sel = x.XInternAtom(d, b'XdndSelection', 0)
if not x.XGetSelectionOwner(d, sel):
    sys.exit(2)
win = x.XCreateSimpleWindow(d, x.XDefaultRootWindow(d), 0, 0, 1, 1, 0, 0, 0)
prop = x.XInternAtom(d, b'ULAZAI_PROBE', 0)
x.XConvertSelection(d, sel, x.XInternAtom(d, b'text/uri-list', 0), prop, win, 0)
x.XFlush(d)
ev = ctypes.create_string_buffer(192)
end = time.time() + 5
while time.time() < end:
    while x.XPending(d):
        x.XNextEvent(d, ev)
        if ctypes.c_int.from_buffer(ev).value == 31:  # SelectionNotify
            t, f, n, after, data = ctypes.c_ulong(), ctypes.c_int(), ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
            x.XGetWindowProperty(d, win, prop, 0, 65536, 0, 0, ctypes.byref(t), ctypes.byref(f), ctypes.byref(n), ctypes.byref(after), ctypes.byref(data))
            print(ctypes.string_at(data, n.value).decode() if data.value else '')
            sys.exit(0)
    time.sleep(0.05)
sys.exit(3)
"#;

/// The app window's top-left corner on the screen.
fn window_origin(app: &App) -> TestResult<(i64, i64)> {
    let id = flows::xdotool(
        app,
        &["search", "--onlyvisible", "--name", "^UlazAI Studio$"],
    )?;
    let id = id.lines().next().ok_or("the app window")?.to_string();
    let geo = flows::xdotool(app, &["getwindowgeometry", "--shell", &id])?;
    let get = |k: &str| -> TestResult<i64> {
        Ok(geo
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{k}=")))
            .ok_or("a geometry field")?
            .parse()?)
    };
    Ok((get("X")?, get("Y")?))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_saved_clip_dragged_out_of_the_window_is_offered_as_its_file() -> TestResult {
    // The real pointer needs xdotool (XTest); the drop side is read with python3's ctypes.
    let tool = |t: &str, arg: &str| Command::new(t).arg(arg).output().is_ok();
    if !e2e_available() || !tool("xdotool", "version") || !tool("python3", "--version") {
        eprintln!("drag-out: needs xdotool and python3 — skipped");
        return Ok(());
    }
    let place = crate::window().await?;
    let sim = sim().await;
    let profile = Profile::new("drag-out");
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    flows::set_key(&app, ulazai_sim::DEMO_KEY)
        .await
        .step("set the key")?;
    let ids = flows::generate(&app, "veo31_fast", "A #cinematic 50% slower pan", 1)
        .await
        .step("generate")?;
    flows::wait_all(&app, &ids, "completed", RENDER_TIMEOUT).await?;
    // Saved into the library (the default): its file is what the drag must offer.
    let file = eventually(Duration::from_secs(30), "the clip is saved", || async {
        Ok(flows::library_file(&profile.data_dir, &ids[0]))
    })
    .await?;

    // A window smaller than the screen, so that the pointer can leave it.
    resize(&app, 1000, 640).await?;
    let (wx, wy) = window_origin(&app)?;
    let rect = flows::rects(&app, &flows::card_css(&ids[0])).await?[0];
    let (cx, cy) = (
        wx + (rect.0 + rect.2 / 2.0) as i64,
        wy + (rect.1 + rect.3 / 3.0) as i64,
    );
    flows::xdotool(&app, &["mousemove", &cx.to_string(), &cy.to_string()])?;
    flows::xdotool(&app, &["mousedown", "1"])?;
    for step in 1..=12 {
        tokio::time::sleep(Duration::from_millis(60)).await;
        let x = cx + step * 100;
        flows::xdotool(
            &app,
            &["mousemove", &x.min(1270).to_string(), &cy.to_string()],
        )?;
    }
    let probed = eventually(
        Duration::from_secs(8),
        "the app owns the X drag",
        || async {
            let out = app.x_command("python3").args(["-c", PROBE]).output()?;
            Ok(out
                .status
                .success()
                .then(|| String::from_utf8_lossy(&out.stdout).into_owned()))
        },
    )
    .await;
    let _ = app.screenshot("drag-out-01-dragging").await;
    flows::xdotool(&app, &["mouseup", "1"])?;
    let uris = probed?;
    // Valid URIs (a name with `#`, `%` or spaces escaped) that lead back to the file.
    let offered: Vec<std::path::PathBuf> = uris
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            url::Url::parse(l.trim())
                .ok()
                .and_then(|u| u.to_file_path().ok())
        })
        .collect::<Option<_>>()
        .ok_or(format!("every offered line is a file:// URI: {uris:?}"))?;
    assert_eq!(
        offered,
        vec![std::path::PathBuf::from(&file)],
        "the drag offers the library file: {uris:?}"
    );
    app.close().await
}
