//! Windows draws the app's window with the Microsoft Edge WebView2 Runtime. Windows 11
//! ships it, and the installer fetches it when missing (`bundle.windows.webviewInstallMode`:
//! the bootstrapper); an app copied without the installer, or a runtime removed later,
//! would otherwise end without a word (a release build has no console). So at start the
//! runtime is looked for first, and a missing one is said in a message box, with where to
//! get it.

use ulazai_i18n::Localizer;

/// Where Microsoft offers the runtime (the Evergreen Bootstrapper).
pub const WEBVIEW2_DOWNLOAD: &str = "https://go.microsoft.com/fwlink/p/?LinkId=2124703";

/// What the creator is told when the runtime is missing, in the language asked for
/// (`ULAZAI_LANG`) or the system's: nothing else is running yet to say which.
pub fn missing_message() -> String {
    let mut wanted: Vec<String> = std::env::var("ULAZAI_LANG").into_iter().collect();
    wanted.extend(ulazai_i18n::os_locales());
    missing_message_in(&Localizer::new(ulazai_i18n::negotiate(&wanted)))
}

/// [`missing_message`] in `lang`'s words.
pub fn missing_message_in(lang: &Localizer) -> String {
    lang.format(
        "dialogs-webview-missing",
        &[("url", WEBVIEW2_DOWNLOAD.into())],
    )
}

/// Windows: whether the WebView2 runtime is there (its version), else the message to show.
/// Other systems: always fine (WebKit is a dependency of the package).
pub fn check() -> Result<(), String> {
    #[cfg(windows)]
    if let Err(e) = tauri::webview_version() {
        tracing::error!(error = %e, "no WebView2 runtime");
        return Err(missing_message());
    }
    Ok(())
}

/// Show `message` in a native message box (Windows), or print it (elsewhere).
pub fn tell(message: &str) {
    eprintln!("{message}");
    #[cfg(windows)]
    {
        let _ = rfd::MessageDialog::new()
            .set_title("UlazAI Studio") // i18n-ignore: the app's name, the box's title
            .set_description(message)
            .set_level(rfd::MessageLevel::Error)
            .set_buttons(rfd::MessageButtons::Ok)
            .show();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_names_the_runtime_and_where_to_get_it() {
        let m = missing_message_in(&Localizer::new("en"));
        assert!(
            m.starts_with("UlazAI Studio needs the Microsoft Edge WebView2 Runtime"),
            "{m}"
        );
        assert!(m.contains("WebView2 Runtime"), "{m}");
        assert!(m.contains(WEBVIEW2_DOWNLOAD), "{m}");
        let m = missing_message_in(&Localizer::new("de"));
        assert!(m.contains("WebView2"), "{m}");
        assert!(m.contains(WEBVIEW2_DOWNLOAD), "{m}");
        let m = missing_message();
        assert!(m.contains("WebView2 Runtime"), "{m}");
        assert!(m.contains(WEBVIEW2_DOWNLOAD), "{m}");
    }

    /// Wine has no WebView2: what a Windows without it answers. (On a real Windows with
    /// the runtime, `check` is fine; that is the GitHub Actions leg.)
    #[cfg(windows)]
    #[test]
    fn without_the_runtime_the_check_says_so() {
        match tauri::webview_version() {
            Ok(v) => assert_eq!(check(), Ok(()), "runtime {v}"),
            Err(_) => assert_eq!(check(), Err(missing_message())),
        }
    }
}
