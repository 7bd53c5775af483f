//! Start-up configuration: where data lives, which keyring service, which server.
//! `from_env()` reads the documented environment variables (see `main.rs --help`);
//! tests build a `StudioConfig` directly (env vars are process-wide). The lowest layer of
//! the shell: it uses no other module of it.

use std::path::PathBuf;

/// The real service.
pub const DEFAULT_BASE_URL: &str = "https://ulazai.com";
/// Default keyring service; `ULAZAI_KEYRING_SERVICE` overrides it (tests isolate with it).
pub const DEFAULT_SERVICE: &str = "com.ulazai.studio";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StudioConfig {
    /// `ULAZAI_STUDIO_DATA_DIR`; `None`: the OS app data dir.
    pub data_dir: Option<PathBuf>,
    /// `ULAZAI_KEYRING_SERVICE`; default `com.ulazai.studio`.
    pub keyring_service: String,
    /// `ULAZAI_BASE_URL`: wins over the `base_url_override` setting.
    pub base_url: Option<String>,
    /// `ULAZAI_DEMO=1` (or `auto`): start in demo mode when no key is set.
    pub demo: bool,
    /// Whether to create the tray icon (off under the mock runtime).
    pub tray: bool,
    /// Window that gets focused by notifications and the tray.
    pub main_window: String,
    /// `ULAZAI_LIBRARY_DIR`: where finished videos are saved; wins over the setting.
    pub library_dir: Option<PathBuf>,
    /// `ULAZAI_LANG`: the language of the window, notifications, tray and menus; wins over
    /// the `language` setting and the OS (`None`: the setting, else the OS's).
    pub language: Option<String>,
    /// The OS's preferred languages, most wanted first (`from_env` reads them; a test's
    /// config has none: English unless it names one).
    pub system_languages: Vec<String>,
    /// `ULAZAI_UPDATE_URL`: another update manifest, on this computer only (loopback);
    /// for testing a release. The update is still checked against the app's own key.
    pub update_url: Option<url::Url>,
}

impl Default for StudioConfig {
    fn default() -> Self {
        StudioConfig {
            data_dir: None,
            keyring_service: DEFAULT_SERVICE.into(),
            base_url: None,
            demo: false,
            tray: true,
            main_window: "main".into(),
            library_dir: None,
            language: None,
            system_languages: Vec::new(),
            update_url: None,
        }
    }
}

fn var(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

impl StudioConfig {
    pub fn from_env() -> StudioConfig {
        StudioConfig {
            data_dir: var("ULAZAI_STUDIO_DATA_DIR").map(PathBuf::from),
            keyring_service: var("ULAZAI_KEYRING_SERVICE")
                .unwrap_or_else(|| DEFAULT_SERVICE.into()),
            base_url: var("ULAZAI_BASE_URL"),
            demo: matches!(
                var("ULAZAI_DEMO").as_deref(),
                Some("1" | "true" | "yes" | "auto")
            ),
            tray: true,
            main_window: "main".into(),
            library_dir: var("ULAZAI_LIBRARY_DIR").map(PathBuf::from),
            language: var("ULAZAI_LANG"),
            system_languages: ulazai_i18n::os_locales(),
            update_url: var("ULAZAI_UPDATE_URL").and_then(|v| {
                let url = loopback_url(&v);
                if url.is_none() {
                    eprintln!("UlazAI Studio: ULAZAI_UPDATE_URL ignored: not an http(s) address on 127.0.0.1, [::1] or localhost");
                }
                url
            }),
        }
    }
}

/// `text` as an http(s) URL on this computer (127.0.0.1, [::1], localhost), else `None`.
pub fn loopback_url(text: &str) -> Option<url::Url> {
    let url = url::Url::parse(text).ok()?;
    let local = match url.host()? {
        url::Host::Domain(d) => d == "localhost",
        url::Host::Ipv4(ip) => ip.is_loopback(),
        url::Host::Ipv6(ip) => ip.is_loopback(),
    };
    (matches!(url.scheme(), "http" | "https") && local).then_some(url)
}

pub const HELP: &str = "\
UlazAI Studio — render AI video with the UlazAI Video Studio API

USAGE:
    ulazai-studio [--help] [--version]

ENVIRONMENT:
    ULAZAI_BASE_URL          Server to talk to (default https://ulazai.com); wins over the
                             server set in Settings.
    ULAZAI_STUDIO_DATA_DIR   Directory for settings, jobs and logs (default: the OS app data
                             directory).
    ULAZAI_KEYRING_SERVICE   Keyring service name the API key is stored under
                             (default com.ulazai.studio).
    ULAZAI_LIBRARY_DIR       Folder for downloaded and merged videos; wins over the folder
                             chosen in Settings (default: Videos/UlazAI Studio, or
                             <data dir>/Library when ULAZAI_STUDIO_DATA_DIR is set).
    ULAZAI_DEMO=1 (or auto)  Start in demo mode (embedded simulator, no credits used) when
                             no API key is set.
    ULAZAI_LANG              Language of the window, notifications, the tray and menus
                             (de, ja, pt-BR, de_DE.UTF-8…; en-XA: the pseudo-locale for
                             layout tests); wins over the language chosen in Settings
                             (default: the system's language, else English).
    ULAZAI_UPDATE_URL        An update manifest (latest.json) on this computer
                             (http://127.0.0.1:PORT/...), for testing a release; updates
                             are still checked against the app's own signing key.
    WEBKIT_SKIA_ENABLE_CPU_RENDERING
                             Linux: 1 paints the window on the CPU, 0 on the GPU (default:
                             the CPU when OpenGL can only be software, e.g. no GPU render
                             node in /dev/dri; the GPU otherwise).
";
