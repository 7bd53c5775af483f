//! What an update check or install fails with, and the sentence the creator reads: each
//! refusal says what was wrong and that nothing was installed.

use tauri_plugin_updater::Error as PluginError;
use ulazai_engine::ErrorCode;

#[derive(Debug, thiserror::Error)]
pub enum UpdateError {
    /// This build has no update configuration (no `plugins.updater` in its config).
    #[error("This build of UlazAI Studio has no update server configured.")]
    NotConfigured,
    #[error("No update is ready to install: check for updates first.")]
    NothingOffered,
    #[error("{0}")]
    Busy(String),
    #[error("{0}")]
    Elsewhere(String),
    #[error(
        "The update server offers version {offered}, which is older than this one \
         ({running}). It was refused; nothing was installed."
    )]
    Older { offered: String, running: String },
    #[error(
        "The update server offers a version that is not a version number (\"{0}\"). It was \
         refused; nothing was installed."
    )]
    BadVersion(String),
    #[error("{}", check_sentence(.0))]
    Check(PluginError),
    #[error("{}", download_sentence(.0))]
    Download(PluginError),
    #[error("{}", install_sentence(.0))]
    Install(PluginError),
}

impl UpdateError {
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

const NOTHING: &str = "nothing was installed";

fn check_sentence(e: &PluginError) -> String {
    if not_a_manifest(e) {
        return format!(
            "The update server's answer is not an update manifest ({e}). It was refused; \
             {NOTHING}."
        );
    }
    match e {
        PluginError::TargetNotFound(t) => {
            format!("The update offers no package for this kind of install ({t}); {NOTHING}.")
        }
        PluginError::TargetsNotFound(t) => format!(
            "The update offers no package for this kind of install ({}); {NOTHING}.",
            t.join(", ")
        ),
        PluginError::InsecureTransportProtocol => {
            format!("The update server's address is not https, so it was not asked; {NOTHING}.")
        }
        _ => format!("Could not check for updates: {e}."),
    }
}

fn download_sentence(e: &PluginError) -> String {
    if let PluginError::SignedVersionMismatch { signed, announced } = e {
        return format!(
            "The downloaded package was signed for version {signed}, not for the {announced} \
             the update server announced. It was refused; {NOTHING}."
        );
    }
    if bad_signature(e) {
        return format!(
            "The downloaded update is not signed with UlazAI Studio's key ({e}). It was \
             refused; {NOTHING}."
        );
    }
    match e {
        PluginError::Reqwest(_) | PluginError::Io(_) => {
            format!("The download of the update was cut short ({e}); {NOTHING}. Try again later.")
        }
        PluginError::Network(m) => format!("The update could not be downloaded: {m}; {NOTHING}."),
        _ => format!("The update could not be downloaded ({e}); {NOTHING}."),
    }
}

fn install_sentence(e: &PluginError) -> String {
    if bad_signature(e) {
        return download_sentence(e);
    }
    match e {
        PluginError::InvalidUpdaterFormat => format!(
            "The downloaded update is not a package for this kind of install (invalid updater \
             binary format); {NOTHING}."
        ),
        PluginError::AuthenticationFailed => {
            format!("Administrator rights were not given; {NOTHING}.")
        }
        PluginError::PackageInstallFailed | PluginError::DebInstallFailed => {
            "The package manager did not install the update (cancelled or failed); the app is \
             unchanged."
                .into()
        }
        _ => format!("The update could not be installed ({e}); the app is unchanged."),
    }
}
