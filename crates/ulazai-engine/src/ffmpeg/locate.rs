//! Finding `ffmpeg` and `ffprobe`: `ULAZAI_FFMPEG` / `ULAZAI_FFPROBE` first, then `PATH`,
//! then the usual install folders (a desktop app started from Finder or a launcher often
//! gets a shorter `PATH` than a terminal, e.g. without Homebrew's folder).

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};

use super::{FfmpegTools, MergeError};

pub const ENV_FFMPEG: &str = "ULAZAI_FFMPEG";
pub const ENV_FFPROBE: &str = "ULAZAI_FFPROBE";

impl FfmpegTools {
    /// Find both programs (see the module docs for the order). `NotInstalled` carries
    /// install instructions for this operating system.
    pub fn locate() -> Result<FfmpegTools, MergeError> {
        FfmpegTools::locate_with(|key| std::env::var_os(key))
    }

    /// [`FfmpegTools::locate`] with the environment given by `env` (for tests).
    pub fn locate_with(env: impl Fn(&str) -> Option<OsString>) -> Result<FfmpegTools, MergeError> {
        let path_var = env("PATH");
        let ffmpeg = find(
            "ffmpeg",
            ENV_FFMPEG,
            env(ENV_FFMPEG).as_deref(),
            None,
            path_var.as_deref(),
        )?;
        // Without its own override, ffprobe is looked for next to ffmpeg first.
        let ffprobe = find(
            "ffprobe",
            ENV_FFPROBE,
            env(ENV_FFPROBE).as_deref(),
            ffmpeg.parent(),
            path_var.as_deref(),
        )?;
        Ok(FfmpegTools { ffmpeg, ffprobe })
    }
}

/// How to install ffmpeg on this operating system (one or two sentences).
pub fn how_to_install() -> String {
    let how = if cfg!(target_os = "windows") {
        "On Windows, open a terminal and run `winget install Gyan.FFmpeg`"
    } else if cfg!(target_os = "macos") {
        "On macOS, install it with Homebrew: `brew install ffmpeg`"
    } else {
        "On Linux, install it with your package manager, e.g. `sudo apt install ffmpeg` \
         (Debian/Ubuntu) or `sudo dnf install ffmpeg` (Fedora)"
    };
    format!(
        "{how}, then restart UlazAI Studio. (Or set {ENV_FFMPEG} and {ENV_FFPROBE} to the \
         programs' full paths.)"
    )
}

fn find(
    name: &str,
    env_key: &str,
    overridden: Option<&OsStr>,
    beside: Option<&Path>,
    path_var: Option<&OsStr>,
) -> Result<PathBuf, MergeError> {
    if let Some(p) = overridden.filter(|p| !p.is_empty()) {
        let p = PathBuf::from(p);
        return if is_program(&p) {
            Ok(p)
        } else {
            Err(MergeError::NotInstalled {
                how_to_install: format!(
                    "{env_key} is set to {}, but no program is there. {}",
                    p.display(),
                    how_to_install()
                ),
            })
        };
    }
    let file = format!("{name}{}", std::env::consts::EXE_SUFFIX);
    let dirs = beside
        .map(Path::to_path_buf)
        .into_iter()
        .chain(path_var.into_iter().flat_map(std::env::split_paths))
        .chain(fallback_dirs());
    for dir in dirs.filter(|d| d.is_absolute()) {
        let candidate = dir.join(&file);
        if is_program(&candidate) {
            return Ok(candidate);
        }
    }
    Err(MergeError::NotInstalled {
        how_to_install: how_to_install(),
    })
}

fn fallback_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = Vec::new();
    if cfg!(target_os = "macos") {
        dirs.extend(["/opt/homebrew/bin", "/usr/local/bin", "/opt/local/bin"].map(PathBuf::from));
    } else if cfg!(target_os = "windows") {
        if let Some(local) = std::env::var_os("LOCALAPPDATA") {
            dirs.push(
                Path::new(&local)
                    .join("Microsoft")
                    .join("WinGet")
                    .join("Links"),
            );
        }
        if let Some(home) = std::env::var_os("USERPROFILE") {
            dirs.push(Path::new(&home).join("scoop").join("shims"));
        }
        dirs.push(PathBuf::from(r"C:\ProgramData\chocolatey\bin"));
        dirs.push(PathBuf::from(r"C:\ffmpeg\bin"));
    } else {
        dirs.extend(["/usr/bin", "/usr/local/bin", "/snap/bin"].map(PathBuf::from));
    }
    dirs
}

fn is_program(p: &Path) -> bool {
    let Ok(meta) = std::fs::metadata(p) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        meta.is_file() && meta.permissions().mode() & 0o111 != 0
    }
    #[cfg(not(unix))]
    {
        meta.is_file()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_override_is_not_installed() {
        let env = |k: &str| (k == ENV_FFMPEG).then(|| OsString::from("/nonexistent/ffmpeg"));
        match FfmpegTools::locate_with(env) {
            Err(MergeError::NotInstalled { how_to_install }) => {
                assert!(how_to_install.contains(ENV_FFMPEG), "{how_to_install}");
                assert!(how_to_install.contains("ffmpeg"), "{how_to_install}");
            }
            other => panic!("expected NotInstalled, got {other:?}"),
        }
    }
}
