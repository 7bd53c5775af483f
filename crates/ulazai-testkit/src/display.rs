//! An X display of a test's own: a private Xvfb, so that what windows on one display share —
//! keyboard focus, the X pointer and keyboard (xdotool), the selection — belongs to one test's
//! window while other tests' windows run beside it. The desktop session (D-Bus, keyring,
//! notification recorder) stays shared.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// The session display's arguments (`tests/harness/xvfb-args`, which the desktop session
/// reads too): its screen, and `-noreset`, without which Xvfb resets when its last client
/// leaves and refuses connections meanwhile (an app that restarts comes back just then).
const XVFB_ARGS: &str = include_str!("../../../tests/harness/xvfb-args");

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
        Self::start_with(XVFB_ARGS.split_whitespace())
    }

    /// Starts Xvfb with these arguments after `-displayfd 1`.
    fn start_with<'a>(args: impl IntoIterator<Item = &'a str>) -> Result<OwnDisplay, String> {
        let mut child = Command::new("Xvfb")
            .args(["-displayfd", "1"])
            .args(args)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Clients that come and go on four threads at once, as an app does when it restarts
    /// (the old one leaves as the new one connects): how many could not connect.
    fn refused_connections(display: &OwnDisplay) -> usize {
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let name = display.name().to_string();
                std::thread::spawn(move || {
                    (0..100)
                        .filter(|_| {
                            !Command::new("xdotool")
                                .arg("getdisplaygeometry")
                                .env("DISPLAY", &name)
                                .stdout(Stdio::null())
                                .stderr(Stdio::null())
                                .status()
                                .is_ok_and(|s| s.success())
                        })
                        .count()
                })
            })
            .collect();
        threads.into_iter().map(|t| t.join().unwrap()).sum()
    }

    /// The update test's restarted app could not open the display in CI: its Xvfb had reset
    /// when the old app, its last client, left. With the session's arguments none is refused;
    /// without `-noreset` some are (which shows the probe can see it).
    #[test]
    fn a_client_arriving_as_the_last_one_leaves_is_accepted() {
        if Command::new("xdotool").arg("--version").output().is_err() {
            eprintln!("SKIP: no xdotool (make test installs it)");
            return;
        }
        let display = OwnDisplay::start().expect("Xvfb");
        assert_eq!(refused_connections(&display), 0, "args: {XVFB_ARGS}");
        let resetting: Vec<&str> = XVFB_ARGS
            .split_whitespace()
            .filter(|a| *a != "-noreset")
            .collect();
        let display = OwnDisplay::start_with(resetting).expect("Xvfb");
        // A race: a few rounds, each of which refused some here.
        assert!(
            (0..5).any(|_| refused_connections(&display) > 0),
            "an Xvfb that resets refused no connection: the probe cannot see a reset"
        );
    }
}
