//! Running ffmpeg: `-progress pipe:1` parsed into a monotonic 0..=1 fraction, the end of
//! stderr kept for the error, and cancel (kill) at any time.

use std::collections::VecDeque;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::atomic::{AtomicU64, Ordering};

use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::sync::watch;

use super::MergeError;
use crate::cleanup::cancelled;

/// stderr lines kept for [`MergeError::Ffmpeg`].
const TAIL_LINES: usize = 12;
const TAIL_CHARS: usize = 2000;

/// Forwards progress fractions to the caller's callback, never going backwards and never
/// repeating a value.
pub(crate) struct Progress<'a, F: Fn(f64) + Send + Sync> {
    callback: &'a F,
    /// Bits of the last fraction reported (starts at -1.0: nothing yet).
    last: AtomicU64,
}

impl<'a, F: Fn(f64) + Send + Sync> Progress<'a, F> {
    pub fn new(callback: &'a F) -> Self {
        Progress {
            callback,
            last: AtomicU64::new((-1.0f64).to_bits()),
        }
    }

    pub fn report(&self, fraction: f64) {
        if !fraction.is_finite() {
            return;
        }
        let f = fraction.clamp(0.0, 1.0);
        let last = f64::from_bits(self.last.load(Ordering::Relaxed));
        if f > last {
            self.last.store(f.to_bits(), Ordering::Relaxed);
            (self.callback)(f);
        }
    }
}

/// Run ffmpeg with `args` (which must end with the output and contain no `-progress`):
/// `-progress pipe:1 -nostats` is added. `total_secs` is the expected output length;
/// progress is reported up to 0.99 (the caller reports 1.0 once the file is in place).
pub(crate) async fn run_ffmpeg<F: Fn(f64) + Send + Sync>(
    ffmpeg: &Path,
    args: &[OsString],
    total_secs: f64,
    progress: &Progress<'_, F>,
    cancel: &mut watch::Receiver<bool>,
) -> Result<(), MergeError> {
    let (last, rest) = args.split_last().expect("ffmpeg args end with the output");
    let mut cmd = tokio::process::Command::new(ffmpeg);
    cmd.args(["-hide_banner", "-nostdin", "-v", "error", "-y"])
        .args(rest)
        .args(["-progress", "pipe:1", "-nostats"])
        .arg(last)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    no_window(&mut cmd);
    let mut child = cmd.spawn().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => MergeError::NotInstalled {
            how_to_install: super::how_to_install(),
        },
        _ => MergeError::Io(format!("could not start ffmpeg: {e}")),
    })?;
    let mut out = BufReader::new(child.stdout.take().expect("piped")).lines();
    let mut err = BufReader::new(child.stderr.take().expect("piped")).lines();
    let mut tail: VecDeque<String> = VecDeque::new();
    let (mut out_open, mut err_open) = (true, true);
    while out_open || err_open {
        tokio::select! {
            line = out.next_line(), if out_open => match line {
                Ok(Some(l)) => {
                    if let Some(secs) = out_time_secs(&l) {
                        if total_secs > 0.0 {
                            progress.report((secs / total_secs).min(0.99));
                        }
                    }
                }
                _ => out_open = false,
            },
            line = err.next_line(), if err_open => match line {
                Ok(Some(l)) if !l.trim().is_empty() => {
                    if tail.len() == TAIL_LINES {
                        tail.pop_front();
                    }
                    tail.push_back(l.trim().to_string());
                }
                Ok(Some(_)) => {}
                _ => err_open = false,
            },
            _ = cancelled(cancel) => return Err(kill(&mut child).await),
        }
    }
    let status = tokio::select! {
        s = child.wait() => s.map_err(|e| MergeError::Io(format!("ffmpeg: {e}")))?,
        _ = cancelled(cancel) => return Err(kill(&mut child).await),
    };
    if status.success() {
        return Ok(());
    }
    let mut stderr_tail = Vec::from(tail).join("\n");
    if stderr_tail.len() > TAIL_CHARS {
        let mut cut = stderr_tail.len() - TAIL_CHARS;
        while !stderr_tail.is_char_boundary(cut) {
            cut += 1;
        }
        stderr_tail.drain(..cut);
    }
    Err(MergeError::Ffmpeg {
        code: status.code(),
        stderr_tail,
    })
}

async fn kill(child: &mut tokio::process::Child) -> MergeError {
    let _ = child.kill().await; // also waits, so the output file is closed afterwards
    MergeError::Cancelled
}

/// `out_time_us=1234567` (or `out_time_ms`, which ffmpeg also writes in µs) → seconds.
fn out_time_secs(line: &str) -> Option<f64> {
    let (key, value) = line.trim().split_once('=')?;
    match key {
        "out_time_us" | "out_time_ms" => value.trim().parse::<i64>().ok().map(|us| us as f64 / 1e6),
        _ => None,
    }
}

/// The containers a clip may be in (ffmpeg demuxer names): MP4/MOV/3GP and Matroska/WebM.
pub(crate) const CLIP_FORMATS: &str = "mov,mp4,m4a,3gp,3g2,mj2,matroska,webm";

/// Put before every clip's `-i`: local files only (no network, pipe or nested protocol)
/// and only the containers in [`CLIP_FORMATS`]. ffmpeg otherwise picks the format by
/// content, and a "video" that is really an HLS playlist (or a concat list) makes it read
/// whatever other local files it names.
pub(crate) fn clip_input_options() -> Vec<OsString> {
    input_options(CLIP_FORMATS)
}

/// Put before the concat list's `-i`: the concat demuxer, for the list only. Its entries
/// are opened with the same protocol whitelist, and each entry also carries
/// `option format_whitelist` (see the list writer) so that an entry cannot be a list.
pub(crate) fn list_input_options() -> Vec<OsString> {
    let mut a = input_options(&format!("concat,{CLIP_FORMATS}"));
    a.extend(["-f", "concat", "-safe", "0"].map(OsString::from));
    a
}

fn input_options(formats: &str) -> Vec<OsString> {
    ["-protocol_whitelist", "file", "-format_whitelist", formats]
        .map(OsString::from)
        .to_vec()
}

/// An absolute path (so no path can be mistaken for an option or a protocol).
pub(crate) fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

/// No console window flashing up on Windows when the GUI app runs ffmpeg.
pub(crate) fn no_window(cmd: &mut tokio::process::Command) {
    #[cfg(windows)]
    {
        const CREATE_NO_WINDOW: u32 = 0x0800_0000;
        cmd.creation_flags(CREATE_NO_WINDOW);
    }
    #[cfg(not(windows))]
    let _ = cmd;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_progress_lines() {
        assert_eq!(out_time_secs("out_time_us=1500000"), Some(1.5));
        assert_eq!(out_time_secs("out_time_ms=500000"), Some(0.5));
        assert_eq!(out_time_secs("out_time_us=N/A"), None);
        assert_eq!(out_time_secs("frame=12"), None);
    }

    #[test]
    fn errors_serialise_for_the_ui() {
        let j = |e: &MergeError| serde_json::to_string(e).unwrap();
        assert_eq!(
            j(&MergeError::Probe("x".into())),
            r#"{"kind":"probe","detail":"x"}"#
        );
        assert_eq!(j(&MergeError::NeedTwoClips), r#"{"kind":"need_two_clips"}"#);
        let e = MergeError::Ffmpeg {
            code: Some(1),
            stderr_tail: "a\nInvalid data".into(),
        };
        assert!(j(&e).contains(r#""code":1"#));
        assert_eq!(
            e.to_string(),
            "ffmpeg could not merge the clips (exit code 1): Invalid data"
        );
    }

    #[test]
    fn progress_is_monotonic() {
        let seen = std::sync::Mutex::new(Vec::new());
        let cb = |f: f64| seen.lock().unwrap().push(f);
        let p = Progress::new(&cb);
        for f in [0.1, 0.05, 0.1, 0.5, f64::NAN, 2.0, 0.3] {
            p.report(f);
        }
        assert_eq!(*seen.lock().unwrap(), vec![0.1, 0.5, 1.0]);
    }
}
