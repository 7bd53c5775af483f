//! New settings checked before they are kept. Each value is tidied (trimmed, empty text as
//! "not set"); a value the creator CHANGED is checked and, when it cannot be used, refused
//! with the setting's name and a sentence saying what is wrong. A value that did not change
//! is kept as stored without a check: one that went bad since (a file edited by hand, an
//! ffmpeg uninstalled) never stops the other settings from saving.
//!
//! The ffmpeg path is not the page's to set: whatever it sends, the stored one is kept.
//! It is picked in a native dialog and checked ([`ffmpeg_checked`]) by
//! `SettingsService::keep_chosen_ffmpeg`, or cleared.

use ulazai_engine::{ErrorCode, Text};

use crate::ipc::types::{Settings, MAX_DOWNLOAD_MIB_LIMIT};

use super::StudioError;

/// `next` ready to keep, or the first changed value that cannot be used.
pub(super) async fn checked(
    before: &Settings,
    mut next: Settings,
) -> Result<Settings, StudioError> {
    next.base_url_override = tidy(next.base_url_override);
    next.download_dir = tidy(next.download_dir);
    next.language = tidy(next.language);
    if next.language != before.language {
        if let Some(code) = &next.language {
            if !is_language(code) {
                return Err(StudioError::Refused {
                    field: "language",
                    code: ErrorCode::BadInput,
                    text: Text::new("errors-settings-language").with("code", code),
                });
            }
        }
    }
    if next.base_url_override != before.base_url_override {
        if let Some(raw) = &next.base_url_override {
            let url = ulazai_engine::urls::server(raw).map_err(|e| StudioError::Refused {
                field: "base_url_override",
                code: ErrorCode::BadUrl,
                text: Text::new("errors-settings-server").with("reason", e.to_string()),
            })?;
            next.base_url_override = Some(url);
        }
    }
    next.ffmpeg_path = before.ffmpeg_path.clone();
    if next.max_download_mib != before.max_download_mib
        && !(1..=MAX_DOWNLOAD_MIB_LIMIT).contains(&next.max_download_mib)
    {
        return Err(StudioError::Refused {
            field: "max_download_mib",
            code: ErrorCode::BadInput,
            text: Text::new("errors-settings-max-download").with("max", MAX_DOWNLOAD_MIB_LIMIT),
        });
    }
    Ok(next)
}

/// A language of the catalog (by its exact code) or the pseudo-locale.
fn is_language(code: &str) -> bool {
    code == ulazai_i18n::PSEUDO || ulazai_i18n::languages().iter().any(|l| l.code == code)
}

fn tidy(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().to_string()).filter(|t| !t.is_empty())
}

/// The ffmpeg program a picked `path` names, once it answers as ffmpeg (`-version`); the
/// refusal names the setting and what is wrong.
pub(super) async fn ffmpeg_checked(path: std::path::PathBuf) -> Result<String, StudioError> {
    let verdict =
        tauri::async_runtime::spawn_blocking(move || ulazai_engine::ffmpeg::verify_chosen(&path))
            .await
            .map_err(|e| StudioError::Desktop(e.to_string()))?;
    let program = verdict.map_err(|problem| StudioError::Refused {
        field: "ffmpeg_path",
        code: ErrorCode::BadInput,
        text: Text::new("errors-settings-ffmpeg").with("problem", problem),
    })?;
    Ok(program.to_string_lossy().into_owned())
}
