//! Finding `ffmpeg` and `ffprobe`, in this order:
//! 1. `ULAZAI_FFMPEG` / `ULAZAI_FFPROBE` (full paths; for development and tests);
//! 2. the path the creator chose in Settings (the ffmpeg program, or its folder; see
//!    `chosen`: a bad one is the setting's fault, not a missing install);
//! 3. the app's own folder (next to its executable);
//! 4. `PATH`;
//! 5. the usual install folders (a desktop app started from Finder or a launcher often
//!    gets a shorter `PATH` than a terminal, e.g. without Homebrew's folder; on Windows, an
//!    app started before an install changed `PATH` keeps the old one). On Windows: the
//!    user's own WinGet links (`winget install Gyan.FFmpeg`), Scoop shims, then the
//!    machine-wide WinGet links and `ffmpeg\bin` under `Program Files` (only
//!    administrators can write there), and Chocolatey's `bin` when `ChocolateyInstall`
//!    names it (its installer sets the variable and locks the folder to administrators).
//!    Never `C:\ffmpeg` or a guessed `C:\ProgramData\…`, which any local user can create
//!    and fill.
//!
//! ffprobe is looked for next to the ffmpeg that was found first.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use super::{FfmpegTools, MergeError};

pub const ENV_FFMPEG: &str = "ULAZAI_FFMPEG";
pub const ENV_FFPROBE: &str = "ULAZAI_FFPROBE";

impl FfmpegTools {
    /// Find both programs (see the module docs for the order). `NotInstalled` carries
    /// install instructions for this operating system.
    pub fn locate() -> Result<FfmpegTools, MergeError> {
        FfmpegTools::locate_chosen(None)
    }

    /// [`FfmpegTools::locate`] with the path the creator chose in Settings, if any: the
    /// ffmpeg program itself, or the folder that holds both programs.
    pub fn locate_chosen(chosen: Option<&Path>) -> Result<FfmpegTools, MergeError> {
        FfmpegTools::locate_with(|key| std::env::var_os(key), chosen)
    }

    /// [`FfmpegTools::locate_chosen`] with the environment given by `env` (for tests).
    pub fn locate_with(
        env: impl Fn(&str) -> Option<OsString>,
        chosen: Option<&Path>,
    ) -> Result<FfmpegTools, MergeError> {
        let search = Search {
            path_var: env("PATH"),
            app_dir: std::env::current_exe()
                .ok()
                .and_then(|exe| exe.parent().map(Path::to_path_buf)),
            fallbacks: fallback_dirs(Os::current(), &env),
        };
        let ffmpeg = match (overridden(&env, ENV_FFMPEG)?, chosen) {
            (Some(p), _) => p,
            (None, Some(chosen)) => super::chosen::chosen_program(chosen)?,
            (None, None) => search.find("ffmpeg", None)?,
        };
        let ffprobe = match overridden(&env, ENV_FFPROBE)? {
            Some(p) => p,
            None => search.find("ffprobe", ffmpeg.parent())?,
        };
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

/// The program named by the environment variable `key`, if it is set (not empty).
fn overridden(
    env: &impl Fn(&str) -> Option<OsString>,
    key: &str,
) -> Result<Option<PathBuf>, MergeError> {
    let Some(p) = env(key).filter(|p| !p.is_empty()).map(PathBuf::from) else {
        return Ok(None);
    };
    if is_program(&p) {
        Ok(Some(p))
    } else {
        Err(MergeError::NotInstalled {
            how_to_install: format!(
                "{key} is set to {}, but no program is there. {}",
                p.display(),
                how_to_install()
            ),
        })
    }
}

fn program_file(name: &str) -> String {
    format!("{name}{}", std::env::consts::EXE_SUFFIX)
}

/// Where a program is looked for when nothing names it.
struct Search {
    path_var: Option<OsString>,
    app_dir: Option<PathBuf>,
    fallbacks: Vec<PathBuf>,
}

impl Search {
    /// `name` in `beside` (if given), the app's folder, `PATH`, then the fallbacks.
    fn find(&self, name: &str, beside: Option<&Path>) -> Result<PathBuf, MergeError> {
        let file = program_file(name);
        let dirs = beside
            .map(Path::to_path_buf)
            .into_iter()
            .chain(self.app_dir.clone())
            .chain(self.path_var.iter().flat_map(std::env::split_paths))
            .chain(self.fallbacks.iter().cloned());
        dirs.filter(|d| d.is_absolute())
            .map(|dir| dir.join(&file))
            .find(|candidate| is_program(candidate))
            .ok_or_else(|| MergeError::NotInstalled {
                how_to_install: how_to_install(),
            })
    }
}

/// The operating systems whose install folders differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Os {
    Windows,
    Mac,
    Other,
}

impl Os {
    fn current() -> Os {
        if cfg!(target_os = "windows") {
            Os::Windows
        } else if cfg!(target_os = "macos") {
            Os::Mac
        } else {
            Os::Other
        }
    }
}

/// The usual install folders of `os`, after `PATH` (`env` gives the user's folders).
/// Only folders an administrator or the user alone can write.
fn fallback_dirs(os: Os, env: &dyn Fn(&str) -> Option<OsString>) -> Vec<PathBuf> {
    match os {
        Os::Mac => ["/opt/homebrew/bin", "/usr/local/bin", "/opt/local/bin"]
            .map(PathBuf::from)
            .to_vec(),
        Os::Windows => {
            let mut dirs: Vec<PathBuf> = Vec::new();
            if let Some(local) = env("LOCALAPPDATA") {
                dirs.push(
                    Path::new(&local)
                        .join("Microsoft")
                        .join("WinGet")
                        .join("Links"),
                );
            }
            if let Some(home) = env("USERPROFILE") {
                dirs.push(Path::new(&home).join("scoop").join("shims"));
            }
            if let Some(programs) = env("ProgramFiles") {
                let programs = Path::new(&programs);
                dirs.push(programs.join("WinGet").join("Links"));
                dirs.push(programs.join("ffmpeg").join("bin"));
            }
            if let Some(choco) = env("ChocolateyInstall") {
                dirs.push(Path::new(&choco).join("bin"));
            }
            dirs
        }
        Os::Other => ["/usr/bin", "/usr/local/bin", "/snap/bin"]
            .map(PathBuf::from)
            .to_vec(),
    }
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
        match FfmpegTools::locate_with(env, None) {
            Err(MergeError::NotInstalled { how_to_install }) => {
                assert!(how_to_install.contains(ENV_FFMPEG), "{how_to_install}");
                assert!(how_to_install.contains("ffmpeg"), "{how_to_install}");
            }
            other => panic!("expected NotInstalled, got {other:?}"),
        }
    }

    /// Where Windows installs put ffmpeg.exe (WinGet per user and per machine, Scoop,
    /// Program Files, Chocolatey). Folders any local user can create (`C:\ffmpeg`, a
    /// guessed `C:\ProgramData\…`) are never searched.
    #[test]
    fn windows_searches_the_install_folders_no_other_user_can_create() {
        let env = |k: &str| {
            let v = match k {
                "LOCALAPPDATA" => r"C:\Users\ana\AppData\Local",
                "USERPROFILE" => r"C:\Users\ana",
                "ProgramFiles" => r"C:\Program Files",
                "ChocolateyInstall" => r"C:\ProgramData\chocolatey",
                "ProgramData" | "ALLUSERSPROFILE" => r"C:\ProgramData",
                "SystemDrive" => "C:",
                _ => return None,
            };
            Some(OsString::from(v))
        };
        let dirs = fallback_dirs(Os::Windows, &env);
        let local = Path::new(r"C:\Users\ana\AppData\Local");
        let home = Path::new(r"C:\Users\ana");
        let programs = Path::new(r"C:\Program Files");
        assert_eq!(
            dirs,
            vec![
                local.join("Microsoft").join("WinGet").join("Links"),
                home.join("scoop").join("shims"),
                programs.join("WinGet").join("Links"),
                programs.join("ffmpeg").join("bin"),
                Path::new(r"C:\ProgramData\chocolatey").join("bin"),
            ]
        );
        assert!(fallback_dirs(Os::Windows, &|_| None).is_empty());
    }

    /// On Windows the program is `ffmpeg.exe`, found in an install folder when `PATH`
    /// does not name it (an app started before the install changed `PATH`).
    #[cfg(windows)]
    #[test]
    fn windows_finds_ffmpeg_exe_in_an_install_folder() {
        let programs = tempfile::tempdir().unwrap();
        let bin = programs.path().join("ffmpeg").join("bin");
        std::fs::create_dir_all(&bin).unwrap();
        for name in ["ffmpeg.exe", "ffprobe.exe"] {
            std::fs::write(bin.join(name), b"MZ").unwrap();
        }
        let root = programs.path().as_os_str().to_owned();
        let env = move |k: &str| (k == "ProgramFiles").then(|| root.clone());
        let search = Search {
            path_var: None,
            app_dir: None,
            fallbacks: fallback_dirs(Os::Windows, &env),
        };
        assert_eq!(search.find("ffmpeg", None), Ok(bin.join("ffmpeg.exe")));
        assert_eq!(
            search.find("ffprobe", Some(&bin)),
            Ok(bin.join("ffprobe.exe"))
        );
    }

    /// Fake `ffmpeg` and `ffprobe` programs in a fresh folder.
    #[cfg(unix)]
    fn fake_programs() -> tempfile::TempDir {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        for name in ["ffmpeg", "ffprobe"] {
            let p = dir.path().join(name);
            std::fs::write(&p, "#!/bin/sh\nexit 0\n").unwrap();
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        dir
    }

    #[cfg(unix)]
    #[test]
    fn the_chosen_path_is_used() {
        let dir = fake_programs();
        let expected = FfmpegTools {
            ffmpeg: dir.path().join("ffmpeg"),
            ffprobe: dir.path().join("ffprobe"),
        };
        // No PATH and no overrides: only the chosen path can find these.
        let no_env = |_: &str| None;
        let program = dir.path().join("ffmpeg");
        assert_eq!(
            FfmpegTools::locate_with(no_env, Some(&program)),
            Ok(expected.clone()),
            "the program itself"
        );
        assert_eq!(
            FfmpegTools::locate_with(no_env, Some(dir.path())),
            Ok(expected),
            "the folder holding both"
        );
        // A chosen path without a program is an error naming it, not another ffmpeg.
        let missing = dir.path().join("nope").join("ffmpeg");
        match FfmpegTools::locate_with(no_env, Some(&missing)) {
            Err(MergeError::ChosenFfmpeg(problem)) => {
                assert!(problem.contains(&*missing.to_string_lossy()), "{problem}");
            }
            other => panic!("expected ChosenFfmpeg, got {other:?}"),
        }
    }

    /// The app's own folder comes before `PATH`; nothing else is searched here.
    #[cfg(unix)]
    #[test]
    fn the_app_folder_comes_before_path() {
        let (app, on_path) = (fake_programs(), fake_programs());
        let search = |app_dir: Option<&Path>| Search {
            path_var: Some(on_path.path().as_os_str().to_owned()),
            app_dir: app_dir.map(Path::to_path_buf),
            fallbacks: Vec::new(),
        };
        let found = search(Some(app.path())).find("ffmpeg", None);
        assert_eq!(found, Ok(app.path().join("ffmpeg")));
        let found = search(None).find("ffprobe", None);
        assert_eq!(found, Ok(on_path.path().join("ffprobe")));
        let nowhere = Search {
            path_var: None,
            app_dir: None,
            fallbacks: Vec::new(),
        };
        assert!(matches!(
            nowhere.find("ffmpeg", None),
            Err(MergeError::NotInstalled { .. })
        ));
    }
}
