//! An X display of a test's own: a private Xvfb, so that what windows on one display share —
//! keyboard focus, the X pointer and keyboard (xdotool), the selection — belongs to one test's
//! window while other tests' windows run beside it. The desktop session (D-Bus, keyring,
//! notification recorder) stays shared.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// A running Xvfb; it ends when this is dropped.
pub struct OwnDisplay {
    child: Child,
    name: String,
}

impl OwnDisplay {
    /// Starts Xvfb with the session display's screen (1280×800, 24 bits) on a display number
    /// Xvfb picks itself (`-displayfd`: it takes the first free one, setting aside the lock
    /// of a server that is gone, and writes the number once it listens).
    pub fn start() -> Result<OwnDisplay, String> {
        let mut child = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("Xvfb (apt: xvfb) cannot run: {e}"))?;
        let out = child.stdout.take().ok_or("Xvfb's output")?;
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(out).read_line(&mut line);
            let _ = tx.send(line);
        });
        match rx.recv_timeout(Duration::from_secs(10)) {
            Ok(line) if line.trim().parse::<u32>().is_ok() => Ok(OwnDisplay {
                child,
                name: format!(":{}", line.trim()),
            }),
            answer => {
                let _ = child.kill();
                let _ = child.wait();
                Err(format!(
                    "Xvfb named no display within 10 s (it said {:?})",
                    answer.unwrap_or_default()
                ))
            }
        }
    }

    /// Its `DISPLAY` value, e.g. `:3`.
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Drop for OwnDisplay {
    /// Asked to end (SIGTERM), Xvfb removes its lock file and socket; killed, it leaves them
    /// behind (they had piled up to 250 here). SIGKILL only if it has not ended in 5 s.
    fn drop(&mut self) {
        #[cfg(unix)]
        // SAFETY: `kill` with our own child's pid and a valid signal has no memory effects.
        unsafe {
            libc::kill(self.child.id() as libc::pid_t, libc::SIGTERM);
        }
        for _ in 0..100 {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
