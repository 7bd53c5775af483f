//! How this copy was installed, whether it can install an update itself, and installing a
//! downloaded (and already verified) package.
//!
//! What the updater plugin (tauri-plugin-updater 2.14) does per install, read in its source:
//! - the bundle type comes from `tauri::utils::platform::bundle_type()`, a marker the bundler
//!   patches into the program (`__TAURI_BUNDLE_TYPE`); a program built without the bundler
//!   has none (the bundler warns when it cannot stamp it) and is `unpacked` here;
//! - .deb / .rpm: the bytes must be a .deb / .rpm (else "invalid updater binary format",
//!   which is what a .deb install offered the AppImage gets), written to a temporary file and
//!   installed with `pkexec dpkg -i` / `pkexec rpm -U`, then a zenity/kdialog password for
//!   `sudo -S`, then a terminal `sudo`; it never overwrites /usr/bin itself. As root it still
//!   asks pkexec first, so root runs the package manager here directly;
//! - AppImage: replaced in place (needs write access to its folder);
//! - NSIS / MSI: the installer is started and the app exits; macOS: the .app is swapped.

use ulazai_engine::Text;

use crate::ipc::updates::InstallKind;

/// Where a copy that cannot update itself sends the creator.
pub const MANUAL_URL: &str = "https://ulazai.com/studio/download";

/// This program's install type, as the bundler stamped it.
pub fn detect() -> InstallKind {
    use tauri::utils::config::BundleType;
    match tauri::utils::platform::bundle_type() {
        Some(BundleType::Deb) => InstallKind::Deb,
        Some(BundleType::Rpm) => InstallKind::Rpm,
        Some(BundleType::AppImage) => InstallKind::Appimage,
        Some(BundleType::Nsis) => InstallKind::Nsis,
        Some(BundleType::Msi) => InstallKind::Msi,
        Some(BundleType::App | BundleType::Dmg) => InstallKind::App,
        _ => InstallKind::Unpacked,
    }
}

/// `None` when `kind` can install an update here; else the sentence that says why not and
/// where to get `version` instead.
pub fn cannot_install(kind: InstallKind, version: &str) -> Option<Text> {
    match kind {
        InstallKind::Unpacked => Some(
            Text::new("errors-update-unpacked")
                .with("version", version)
                .with("url", MANUAL_URL),
        ),
        InstallKind::Deb | InstallKind::Rpm if !can_elevate() => Some(
            Text::new("errors-update-no-pkexec")
                .with(
                    "package",
                    if kind == InstallKind::Deb {
                        ".deb"
                    } else {
                        ".rpm"
                    },
                )
                .with("version", version)
                .with("url", MANUAL_URL),
        ),
        _ => None,
    }
}

/// Root, or pkexec (the system's privilege prompt) on PATH.
fn can_elevate() -> bool {
    is_root() || on_path("pkexec")
}

#[cfg(unix)]
fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

#[cfg(not(unix))]
fn is_root() -> bool {
    false
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(program).is_file()))
}

/// Install `bytes` (already verified against the app's key by the caller) for `kind`.
pub fn install(
    kind: InstallKind,
    update: &tauri_plugin_updater::Update,
    bytes: &[u8],
) -> Result<(), tauri_plugin_updater::Error> {
    if matches!(kind, InstallKind::Deb | InstallKind::Rpm) && is_root() {
        return as_root(kind, update, bytes);
    }
    update.install(bytes)
}

/// Root runs dpkg / rpm itself (the plugin would ask pkexec even then).
fn as_root(
    kind: InstallKind,
    update: &tauri_plugin_updater::Update,
    bytes: &[u8],
) -> Result<(), tauri_plugin_updater::Error> {
    use tauri_plugin_updater::Error;
    update.verify(bytes)?;
    let (program, arg, ext, ok) = match kind {
        InstallKind::Deb => ("dpkg", "-i", "deb", is_deb(bytes)),
        _ => ("rpm", "-U", "rpm", is_rpm(bytes)),
    };
    if !ok {
        return Err(Error::InvalidUpdaterFormat);
    }
    let dir = std::env::temp_dir().join(format!("ulazai-update-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir(&dir)?;
    let file = dir.join(format!("ulazai-studio-{}.{ext}", update.version));
    let result = std::fs::write(&file, bytes).and_then(|()| {
        std::process::Command::new(program)
            .arg(arg)
            .arg(&file)
            .status()
    });
    let _ = std::fs::remove_dir_all(&dir);
    match result {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => {
            tracing::warn!(%status, program, "the package manager did not install the update");
            Err(Error::PackageInstallFailed)
        }
        Err(e) => Err(e.into()),
    }
}

/// A Debian package: an `ar` archive whose first member is `debian-binary`.
pub fn is_deb(bytes: &[u8]) -> bool {
    bytes.starts_with(b"!<arch>\n") && bytes.get(8..21) == Some(b"debian-binary".as_slice())
}

/// An RPM package (its lead's magic number).
pub fn is_rpm(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xed, 0xab, 0xee, 0xdb])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packages_are_told_apart_by_their_first_bytes() {
        let deb = b"!<arch>\ndebian-binary   1700000000  0     0     100644  4         `\n2.0\n";
        assert!(is_deb(deb));
        assert!(!is_rpm(deb));
        assert!(is_rpm(&[0xed, 0xab, 0xee, 0xdb, 3, 0]));
        // An AppImage (an ELF program) offered to a .deb install is neither.
        let elf = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0AI\x02";
        assert!(!is_deb(elf) && !is_rpm(elf));
        assert!(!is_deb(b"!<arch>\ncontrol.tar.gz"));
    }

    #[test]
    fn an_unpacked_program_says_where_to_get_the_update() {
        let why = cannot_install(InstallKind::Unpacked, "0.2.0")
            .expect("cannot")
            .english();
        assert!(why.contains("0.2.0") && why.contains(MANUAL_URL), "{why}");
        assert_eq!(cannot_install(InstallKind::Nsis, "0.2.0"), None);
        assert_eq!(cannot_install(InstallKind::Appimage, "0.2.0"), None);
    }
}
