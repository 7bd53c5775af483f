//! What an update check or install fails with, and the sentence the creator reads: each
//! refusal says what was wrong and that nothing was installed.

use std::fmt;

use tauri_plugin_updater::Error as PluginError;
use ulazai_engine::{ErrorCode, Text};

#[derive(Debug)]
pub enum UpdateError {
    /// This build has no update configuration (no `plugins.updater` in its config).
    NotConfigured,
    NothingOffered,
    /// Why an install must wait (a render being submitted, a merge running).
    Busy(Text),
    /// Where to get this update instead (this kind of install cannot take it).
    Elsewhere(Text),
    Older {
        offered: String,
        running: String,
    },
    BadVersion(String),
    Check(PluginError),
    Download(PluginError),
    Install(PluginError),
}

impl fmt::Display for UpdateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text().english())
    }
}

impl std::error::Error for UpdateError {}

impl UpdateError {
    /// The sentence the creator reads, as a catalog message (the plugin's own error, in
    /// English, is its `reason`).
    pub fn text(&self) -> Text {
        match self {
            UpdateError::NotConfigured => Text::new("errors-update-not-configured"),
            UpdateError::NothingOffered => Text::new("errors-update-nothing-offered"),
            UpdateError::Busy(why) => why.clone(),
            UpdateError::Elsewhere(why) => why.clone(),
            UpdateError::Older { offered, running } => Text::new("errors-update-older")
                .with("offered", offered)
                .with("running", running),
            UpdateError::BadVersion(v) => Text::new("errors-update-bad-version").with("version", v),
            UpdateError::Check(e) => check_sentence(e),
            UpdateError::Download(e) => download_sentence(e),
            UpdateError::Install(e) => install_sentence(e),
        }
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            UpdateError::NotConfigured | UpdateError::Elsewhere(_) => ErrorCode::UpdateElsewhere,
            UpdateError::NothingOffered => ErrorCode::NotFound,
            UpdateError::Busy(_) => ErrorCode::Busy,
            UpdateError::Older { .. } | UpdateError::BadVersion(_) => ErrorCode::UpdateRefused,
            UpdateError::Check(e) if not_a_manifest(e) || refused(e) => ErrorCode::UpdateRefused,
            // A body that breaks off reads as "cannot decode" too: a download, not a refusal.
            UpdateError::Download(e) | UpdateError::Install(e) if refused(e) => {
                ErrorCode::UpdateRefused
            }
            UpdateError::Check(_) | UpdateError::Download(_) | UpdateError::Install(_) => {
                ErrorCode::Update
            }
        }
    }
}

/// The update itself failed a check (as opposed to a network or package manager failure).
fn refused(e: &PluginError) -> bool {
    bad_signature(e)
        || matches!(
            e,
            PluginError::InvalidUpdaterFormat
                | PluginError::TargetNotFound(_)
                | PluginError::TargetsNotFound(_)
                | PluginError::InsecureTransportProtocol
                | PluginError::BinaryNotFoundInArchive
        )
}

fn not_a_manifest(e: &PluginError) -> bool {
    match e {
        PluginError::Serialization(_) | PluginError::Semver(_) => true,
        PluginError::Reqwest(r) => r.is_decode(),
        _ => false,
    }
}

fn bad_signature(e: &PluginError) -> bool {
    matches!(
        e,
        PluginError::Minisign(_)
            | PluginError::Base64(_)
            | PluginError::SignatureUtf8(_)
            | PluginError::SignedVersionMismatch { .. }
            | PluginError::MissingSignedVersion
    )
}

fn check_sentence(e: &PluginError) -> Text {
    let reason = || e.to_string();
    if not_a_manifest(e) {
        return Text::new("errors-update-not-manifest").with("reason", reason());
    }
    match e {
        PluginError::TargetNotFound(t) => Text::new("errors-update-no-package").with("reason", t),
        PluginError::TargetsNotFound(t) => {
            Text::new("errors-update-no-package").with("reason", t.join(", "))
        }
        PluginError::InsecureTransportProtocol => Text::new("errors-update-not-https"),
        _ => Text::new("errors-update-check-failed").with("reason", reason()),
    }
}

fn download_sentence(e: &PluginError) -> Text {
    if let PluginError::SignedVersionMismatch { signed, announced } = e {
        return Text::new("errors-update-signed-mismatch")
            .with("signed", signed)
            .with("announced", announced);
    }
    let reason = || e.to_string();
    if bad_signature(e) {
        return Text::new("errors-update-bad-signature").with("reason", reason());
    }
    match e {
        PluginError::Reqwest(_) | PluginError::Io(_) => {
            Text::new("errors-update-cut-short").with("reason", reason())
        }
        PluginError::Network(m) => Text::new("errors-update-network").with("reason", m),
        _ => Text::new("errors-update-download-failed").with("reason", reason()),
    }
}

fn install_sentence(e: &PluginError) -> Text {
    if bad_signature(e) {
        return download_sentence(e);
    }
    match e {
        PluginError::InvalidUpdaterFormat => Text::new("errors-update-wrong-package"),
        PluginError::AuthenticationFailed => Text::new("errors-update-no-admin"),
        PluginError::PackageInstallFailed | PluginError::DebInstallFailed => {
            Text::new("errors-update-package-manager")
        }
        _ => Text::new("errors-update-install-failed").with("reason", e.to_string()),
    }
}
