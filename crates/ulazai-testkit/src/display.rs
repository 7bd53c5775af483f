//! An X display of a test's own: a private Xvfb, so that what windows on one display share —
//! keyboard focus, the X pointer and keyboard (xdotool), the selection — belongs to one test's
//! window while other tests' windows run beside it. The desktop session (D-Bus, keyring,
//! notification recorder) stays shared.

use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

/// The first display number tried (the desktop session's own Xvfb takes one from 90).
const FIRST: u32 = 150;
const LAST: u32 = 400;

static NEXT: AtomicU32 = AtomicU32::new(FIRST);

/// A running Xvfb; it ends when this is dropped.
pub struct OwnDisplay {
    child: Child,
    name: String,
}

impl OwnDisplay {
    /// Starts Xvfb on the next free display number, with the session display's screen
    /// (1280×800, 24 bits), and waits for its socket.
    pub fn start() -> Result<OwnDisplay, String> {
        let mut last = String::from("no display number left");
        for _ in FIRST..=LAST {
            let n = NEXT.fetch_add(1, Ordering::Relaxed);
            let n = FIRST + (n - FIRST) % (LAST - FIRST);
            let socket = format!("/tmp/.X11-unix/X{n}");
            if std::path::Path::new(&socket).exists()
                || std::path::Path::new(&format!("/tmp/.X{n}-lock")).exists()
            {
                continue;
            }
            let mut child = Command::new("Xvfb")
                .args([
                    &format!(":{n}"),
                    "-screen",
                    "0",
                    "1280x800x24",
                    "-nolisten",
                    "tcp",
                ])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .map_err(|e| format!("Xvfb (apt: xvfb) cannot run: {e}"))?;
            let deadline = Instant::now() + Duration::from_secs(10);
            loop {
                if std::path::Path::new(&socket).exists() {
                    return Ok(OwnDisplay {
                        child,
                        name: format!(":{n}"),
                    });
                }
                // Taken by another process between the check and the start: the next one.
                if let Ok(Some(status)) = child.try_wait() {
                    last = format!("Xvfb :{n} ended ({status})");
                    break;
                }
                if Instant::now() > deadline {
                    let _ = child.kill();
                    let _ = child.wait();
                    last = format!("Xvfb :{n} opened no socket within 10 s");
                    break;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        }
        Err(last)
    }

    /// Its `DISPLAY` value, e.g. `:151`.
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Drop for OwnDisplay {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
