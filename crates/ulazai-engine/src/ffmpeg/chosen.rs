//! The ffmpeg the creator chose in Settings (the program, or the folder holding it).
//!
//! [`verify_chosen`] is run when the setting is changed: the path must exist, be (or hold)
//! a file, be a program, and answer `-version` as ffmpeg does; the error says which check
//! failed. [`chosen_program`] is the cheap part of it (no process started), used each time
//! the programs are looked for: a path that went bad since is reported as the setting's
//! fault ([`MergeError::ChosenFfmpeg`]), never as "ffmpeg is not installed".

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::MergeError;

/// How long `ffmpeg -version` may take before the chosen program counts as not answering.
const VERSION_TIMEOUT: Duration = Duration::from_secs(10);

/// The ffmpeg program named by the chosen path, checked without running it.
pub(super) fn chosen_program(chosen: &Path) -> Result<PathBuf, MergeError> {
    program_at(chosen).map_err(MergeError::ChosenFfmpeg)
}

/// The chosen path checked in full, as Settings does before keeping it: the program it
/// names, or what is wrong (a sentence fragment naming the path and the failed check).
pub fn verify_chosen(chosen: &Path) -> Result<PathBuf, String> {
    if !chosen.is_absolute() {
        return Err(format!(
            "{} is not a full path (it must start at the top of the disk)",
            chosen.display()
        ));
    }
    let program = program_at(chosen)?;
    answers_as_ffmpeg(&program)?;
    Ok(program)
}

fn program_file() -> String {
    format!("ffmpeg{}", std::env::consts::EXE_SUFFIX)
}

/// Exists, is (or holds) a file, is a program.
fn program_at(chosen: &Path) -> Result<PathBuf, String> {
    let meta = std::fs::metadata(chosen).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => format!("{} does not exist", chosen.display()),
        _ => format!("{} cannot be read ({e})", chosen.display()),
    })?;
    let program = if meta.is_dir() {
        let inside = chosen.join(program_file());
        if !inside.is_file() {
            return Err(format!(
                "the folder {} has no {} program in it",
                chosen.display(),
                program_file()
            ));
        }
        inside
    } else if meta.is_file() {
        chosen.to_path_buf()
    } else {
        return Err(format!("{} is not a file", chosen.display()));
    };
    if !is_executable(&program) {
        return Err(format!(
            "{} is a file but not a program (it is not executable)",
            program.display()
        ));
    }
    Ok(program)
}

#[cfg(unix)]
fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).is_ok_and(|m| m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(p: &Path) -> bool {
    p.is_file()
}

/// Runs `program -version`: ffmpeg answers with a first line `ffmpeg version …`.
fn answers_as_ffmpeg(program: &Path) -> Result<(), String> {
    let mut cmd = Command::new(program);
    cmd.arg("-version")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    #[cfg(windows)]
    {
        use std::os::windows::process::CommandExt;
        const CREATE_NO_WINDOW: u32 = 0x0800_0000;
        cmd.creation_flags(CREATE_NO_WINDOW);
    }
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("{} could not be started ({e})", program.display()))?;
    let mut stdout = child.stdout.take().expect("piped");
    // Read on a thread, waited for with a deadline: a program that leaves its output open
    // (a child of its own holding it) cannot hold up Settings.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut text = Vec::new();
        let _ = stdout.by_ref().take(64 * 1024).read_to_end(&mut text);
        let _ = tx.send(String::from_utf8_lossy(&text).into_owned());
    });
    let deadline = Instant::now() + VERSION_TIMEOUT;
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(20)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "{} was started but did not answer as ffmpeg (no reply to -version within {} s)",
                    program.display(),
                    VERSION_TIMEOUT.as_secs()
                ));
            }
        }
    }
    let left = deadline.saturating_duration_since(Instant::now());
    let text = rx.recv_timeout(left).unwrap_or_default();
    let first = text.lines().next().unwrap_or("").trim();
    if first.starts_with("ffmpeg version") {
        return Ok(());
    }
    let said = if first.is_empty() {
        "it printed nothing".to_string()
    } else {
        format!(
            "it printed “{}”",
            first.chars().take(80).collect::<String>()
        )
    };
    Err(format!(
        "{} runs, but not as ffmpeg (asked for its version, {said})",
        program.display()
    ))
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn script(dir: &Path, name: &str, body: &str, mode: u32) -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)).unwrap();
        p
    }

    #[test]
    fn each_failed_check_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let err = |p: &Path| verify_chosen(p).expect_err("refused");

        let e = err(Path::new("/nonexistent/ffmpeg"));
        assert!(e.contains("/nonexistent/ffmpeg does not exist"), "{e}");
        let e = err(Path::new("bin/ffmpeg"));
        assert!(e.contains("not a full path"), "{e}");
        let e = err(d);
        assert!(e.contains("has no ffmpeg program in it"), "{e}");
        let plain = script(d, "notes.txt", "echo hi", 0o644);
        let e = err(&plain);
        assert!(e.contains("not a program (it is not executable)"), "{e}");
        let other = script(d, "other", "echo 'Python 3.11.2'", 0o755);
        let e = err(&other);
        assert!(e.contains("runs, but not as ffmpeg"), "{e}");
        assert!(e.contains("Python 3.11.2"), "what it said is quoted: {e}");
        let silent = script(d, "silent", "exit 0", 0o755);
        assert!(err(&silent).contains("printed nothing"));
    }

    #[test]
    fn an_ffmpeg_is_accepted_as_program_or_folder() {
        let dir = tempfile::tempdir().unwrap();
        let ffmpeg = script(
            dir.path(),
            "ffmpeg",
            "echo 'ffmpeg version 6.1.1 Copyright (c) 2000-2023'",
            0o755,
        );
        assert_eq!(verify_chosen(&ffmpeg), Ok(ffmpeg.clone()));
        assert_eq!(verify_chosen(dir.path()), Ok(ffmpeg));
    }

    /// Looking for the programs with a chosen path that went bad blames the setting, with
    /// no install instructions (ffmpeg may well be installed elsewhere).
    #[test]
    fn a_bad_chosen_path_is_the_settings_fault_not_a_missing_install() {
        let got = super::super::FfmpegTools::locate_with(
            |_| None,
            Some(Path::new("/nonexistent/ffmpeg")),
        );
        let Err(e) = got else {
            panic!("expected an error, got {got:?}")
        };
        let text = e.to_string();
        assert!(
            matches!(e, MergeError::ChosenFfmpeg(_)),
            "the setting's fault: {e:?}"
        );
        assert!(
            text.contains("/nonexistent/ffmpeg does not exist"),
            "{text}"
        );
        assert!(text.contains("Settings → Library"), "{text}");
        assert!(!text.contains("not installed"), "{text}");
        assert!(!text.contains("apt install"), "{text}");
    }
}
