//! The settings service. The creator's settings, the remembered demo choice and the grid's
//! sort order per folder: `settings.json` in the data dir,
//! `{"settings": {...}, "demo_mode": bool, "sort_orders": {place: order}}`, held in memory and written atomically on every
//! change (the engine's `store::json_file`). A damaged or wrongly typed file is set aside
//! (kept as `settings.json.corrupt-…`, never silently overwritten): every setting that can
//! still be read is kept, each other one takes its default, and the file is written anew.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use ulazai_engine::store::json_file::{self, Decoded, Tolerant};
use ulazai_engine::store::salvage;
use ulazai_engine::{ErrorCode, Text};

use super::StudioError;
use crate::config::DEFAULT_BASE_URL;
use crate::ipc::types::Settings;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct SettingsFile {
    #[serde(default)]
    settings: Settings,
    #[serde(default)]
    demo_mode: bool,
    /// The grid's sort order per place ("all", "unfiled", "folder:<id>"), in the UI's
    /// words; a view preference like the theme, apart from `settings` so that the settings
    /// form, which saves those whole, never overwrites it.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    sort_orders: BTreeMap<String, String>,
}

/// `settings.json` as it is read and written.
pub(super) struct SettingsStore {
    path: PathBuf,
    current: Mutex<SettingsFile>,
}

impl SettingsStore {
    /// Read `path` (missing: defaults; damaged: set aside, what can be read kept).
    pub fn open(path: PathBuf) -> SettingsStore {
        let (current, salvaged) = match json_file::read_tolerant(&path, decode) {
            Ok(Tolerant::Read(f)) => (f, false),
            Ok(Tolerant::Salvaged { value, dropped, .. }) => {
                tracing::warn!(
                    dropped,
                    "the settings were damaged; what could be read is kept"
                );
                (value, true)
            }
            Ok(_) => (SettingsFile::default(), false),
            Err(e) => {
                tracing::error!(error = %e, "cannot read the settings; using the defaults");
                (SettingsFile::default(), false)
            }
        };
        let store = SettingsStore {
            path,
            current: Mutex::new(current),
        };
        if salvaged {
            if let Err(e) = store.change(|_| {}) {
                tracing::error!(error = %e, "cannot write the settings back");
            }
        }
        store
    }

    pub fn settings(&self) -> Settings {
        self.current.lock().unwrap().settings.clone()
    }

    pub fn set_settings(&self, s: &Settings) -> std::io::Result<()> {
        self.change(|f| f.settings = s.clone())
    }

    pub fn demo_mode(&self) -> bool {
        self.current.lock().unwrap().demo_mode
    }

    pub fn sort_orders(&self) -> BTreeMap<String, String> {
        self.current.lock().unwrap().sort_orders.clone()
    }

    /// Remember `order` for `place`; places `keep` says no to are forgotten meanwhile.
    pub fn set_sort_order(
        &self,
        place: &str,
        order: &str,
        keep: impl Fn(&str) -> bool,
    ) -> std::io::Result<()> {
        self.change(|f| {
            f.sort_orders.retain(|p, _| keep(p));
            f.sort_orders.insert(place.to_string(), order.to_string());
        })
    }

    pub fn set_demo_mode(&self, on: bool) -> std::io::Result<()> {
        self.change(|f| f.demo_mode = on)
    }

    /// Change and save while holding the lock: writes never interleave.
    fn change(&self, f: impl FnOnce(&mut SettingsFile)) -> std::io::Result<()> {
        let mut current = self.current.lock().unwrap();
        f(&mut current);
        json_file::write_json(&self.path, &*current, true)
    }
}

/// The settings file from JSON, setting by setting (a wrongly typed one takes its default).
fn decode(json: &serde_json::Value) -> Decoded<SettingsFile> {
    let mut dropped = usize::from(!json.is_object());
    let settings = match json.get("settings") {
        None => Settings::default(),
        Some(v) => {
            let (s, bad) = salvage::decode_fields::<Settings>(v);
            dropped += bad;
            s
        }
    };
    let demo_mode = match json.get("demo_mode") {
        None => false,
        Some(v) => v.as_bool().unwrap_or_else(|| {
            dropped += 1;
            false
        }),
    };
    // Each place's order is a string; another value is dropped alone.
    let sort_orders = match json.get("sort_orders").map(|v| v.as_object()) {
        None => BTreeMap::new(),
        Some(None) => {
            dropped += 1;
            BTreeMap::new()
        }
        Some(Some(map)) => map
            .iter()
            .filter_map(|(place, order)| match order.as_str() {
                Some(o) => Some((place.clone(), o.to_string())),
                None => {
                    dropped += 1;
                    None
                }
            })
            .collect(),
    };
    Decoded::Value(
        SettingsFile {
            settings,
            demo_mode,
            sort_orders,
        },
        dropped,
    )
}

/// The settings service: the creator's settings, the remembered demo choice, and the real
/// server they name. The one owner of `settings.json`.
pub struct SettingsService {
    store: SettingsStore,
    /// `ULAZAI_BASE_URL`: pins the real server over the setting.
    pinned_server: Option<String>,
}

impl SettingsService {
    pub(super) fn new(store: SettingsStore, pinned_server: Option<String>) -> SettingsService {
        SettingsService {
            store,
            pinned_server,
        }
    }

    pub fn get(&self) -> Settings {
        self.store.settings()
    }

    pub(super) fn save(&self, s: &Settings) -> Result<(), StudioError> {
        self.store.set_settings(s).map_err(|e| {
            StudioError::Save(Text::new("errors-settings-save").with("reason", e.to_string()))
        })
    }

    /// Keep `next`, each changed value checked first (`settings_check`): a refused one
    /// keeps nothing and names its field. Answers the settings before and those kept.
    pub(super) async fn check_and_save(
        &self,
        next: Settings,
    ) -> Result<(Settings, Settings), StudioError> {
        let before = self.get();
        let kept = super::settings_check::checked(&before, next).await?;
        self.save(&kept)?;
        Ok((before, kept))
    }

    /// Keep `picked` (from the native file picker, never from the page) as the ffmpeg to
    /// use, once it answers as ffmpeg; a refusal names the setting and keeps nothing.
    /// Answers the settings kept.
    pub async fn keep_chosen_ffmpeg(&self, picked: PathBuf) -> Result<Settings, StudioError> {
        let program = super::settings_check::ffmpeg_checked(picked).await?;
        self.set_ffmpeg_path(Some(program))
    }

    /// Use the ffmpeg found on PATH again (forget the chosen one). Answers the settings kept.
    pub fn clear_ffmpeg(&self) -> Result<Settings, StudioError> {
        self.set_ffmpeg_path(None)
    }

    /// Only the ffmpeg path changes (under the store's lock: no other change is lost).
    fn set_ffmpeg_path(&self, path: Option<String>) -> Result<Settings, StudioError> {
        self.store
            .change(|f| f.settings.ffmpeg_path = path)
            .map_err(|e| {
                StudioError::Save(Text::new("errors-settings-save").with("reason", e.to_string()))
            })?;
        Ok(self.get())
    }

    /// The grid's sort order per place, as the creator left them.
    pub fn sort_orders(&self) -> BTreeMap<String, String> {
        self.store.sort_orders()
    }

    /// Remember the sort order of one place (the caller checked both); places `keep` says
    /// no to (folders deleted since) are forgotten. Answers every place's order.
    pub fn set_sort_order(
        &self,
        place: &str,
        order: &str,
        keep: impl Fn(&str) -> bool,
    ) -> Result<BTreeMap<String, String>, StudioError> {
        self.store.set_sort_order(place, order, keep).map_err(|e| {
            StudioError::Save(Text::new("errors-sort-order-save").with("reason", e.to_string()))
        })?;
        Ok(self.sort_orders())
    }

    /// The demo was the last mode chosen.
    pub(super) fn demo_mode(&self) -> bool {
        self.store.demo_mode()
    }

    pub(super) fn remember_demo_mode(&self, on: bool) {
        if self.store.demo_mode() != on {
            if let Err(e) = self.store.set_demo_mode(on) {
                tracing::warn!(error = %e, "cannot remember the demo choice");
            }
        }
    }

    /// The real service's address: env `ULAZAI_BASE_URL` > setting > https://ulazai.com.
    pub(super) fn real_base_url(&self) -> Result<String, StudioError> {
        let raw = self
            .pinned_server
            .clone()
            .or_else(|| self.get().base_url_override)
            .unwrap_or_else(|| DEFAULT_BASE_URL.to_string());
        ulazai_engine::urls::server(&raw).map_err(|e| {
            let why = Text::new("errors-settings-server").with("reason", e.to_string());
            StudioError::Worded(ErrorCode::BadUrl, why)
        })
    }

    /// The real service an empty server setting means.
    pub(super) fn server_default(&self) -> String {
        self.pinned_server
            .clone()
            .unwrap_or_else(|| DEFAULT_BASE_URL.to_string())
    }

    /// `ULAZAI_BASE_URL` pins the server: the setting does not change it.
    pub(super) fn server_pinned(&self) -> bool {
        self.pinned_server.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::path::Path;

    fn aside_files(dir: &Path) -> Vec<PathBuf> {
        std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.to_string_lossy().contains("settings.json.corrupt-"))
            .collect()
    }

    #[test]
    fn a_wrongly_typed_settings_file_is_set_aside_and_its_good_settings_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        let text = br#"{"settings": {"notifications": "yes", "theme": "dark", "auto_download": false}, "demo_mode": true}"#;
        std::fs::write(&path, text).unwrap();
        let store = SettingsStore::open(path.clone());
        let s = store.settings();
        assert!(
            s.notifications,
            "the wrongly typed setting takes its default"
        );
        assert_eq!(s.theme, crate::ipc::types::Theme::Dark);
        assert!(!s.auto_download);
        assert!(store.demo_mode());
        let aside = aside_files(dir.path());
        assert_eq!(aside.len(), 1, "set aside, not silently overwritten");
        assert_eq!(std::fs::read(&aside[0]).unwrap(), text);
        let again: SettingsFile =
            serde_json::from_slice(&std::fs::read(&path).unwrap()).expect("written back whole");
        assert_eq!(again.settings, s);
    }

    #[test]
    fn sort_orders_are_kept_apart_from_the_settings_form_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        let store = SettingsStore::open(path.clone());
        store.set_sort_order("all", "oldest", |_| true).unwrap();
        store
            .set_sort_order("folder:f-1", "storyboard", |_| true)
            .unwrap();
        // The settings form saves the settings whole: the orders stay.
        store.set_settings(&Settings::default()).unwrap();
        // A folder deleted since is forgotten at the next change.
        store
            .set_sort_order("unfiled", "model", |p| p != "folder:f-1")
            .unwrap();
        let again = SettingsStore::open(path.clone());
        let want: BTreeMap<String, String> = [("all", "oldest"), ("unfiled", "model")]
            .map(|(p, o)| (p.to_string(), o.to_string()))
            .into();
        assert_eq!(again.sort_orders(), want);
        // One wrongly typed order is dropped alone; the file is set aside, the rest kept.
        std::fs::write(
            &path,
            br#"{"settings": {}, "sort_orders": {"all": "length", "unfiled": 3}}"#,
        )
        .unwrap();
        let salvaged = SettingsStore::open(path);
        assert_eq!(
            salvaged.sort_orders().into_iter().collect::<Vec<_>>(),
            [("all".to_string(), "length".to_string())]
        );
        assert_eq!(aside_files(dir.path()).len(), 1);
    }

    /// Cut short at any byte or with one byte flipped, `settings.json` never crashes the
    /// loader; every setting written before the damage is kept; a file that no longer
    /// reads as written is set aside byte for byte, and what was kept is written back.
    #[test]
    fn damaged_settings_files_keep_every_setting_before_the_damage() {
        let cases = std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(96);
        let mut runner = proptest::test_runner::TestRunner::new(proptest::test_runner::Config {
            cases,
            failure_persistence: None,
            ..Default::default()
        });
        let strategy = (
            any::<bool>(),
            any::<bool>(),
            "[a-zA-Z0-9 /._-]{0,40}",
            1u32..100_000,
            any::<usize>(),
            prop::option::of(any::<u8>()),
        );
        let result = runner.run(&strategy, |(notify, auto, dir_name, mib, at, flip)| {
            let original = SettingsFile {
                settings: Settings {
                    notifications: notify,
                    auto_download: auto,
                    download_dir: Some(format!("/videos/{dir_name}")),
                    max_download_mib: mib,
                    ..Settings::default()
                },
                demo_mode: true,
                sort_orders: BTreeMap::new(),
            };
            let text = serde_json::to_vec_pretty(&original).unwrap();
            let at = at % text.len();
            let damaged = match flip {
                Some(mask) => {
                    let mut b = text.clone();
                    b[at] ^= mask.max(1);
                    b
                }
                None => text[..at].to_vec(),
            };
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("settings.json");
            std::fs::write(&path, &damaged).unwrap();
            let store = SettingsStore::open(path.clone());
            let got = store.settings();
            let as_text = String::from_utf8_lossy(&text).into_owned();
            let kept = |field: &str, same: bool| {
                let end = as_text.find(&format!("\"{field}\"")).unwrap_or(usize::MAX);
                let end = as_text[end..]
                    .find([',', '\n'])
                    .map_or(usize::MAX, |e| end + e);
                if end < at && !same {
                    Err(TestCaseError::fail(format!(
                        "{field} lost to damage at {at}"
                    )))
                } else {
                    Ok(())
                }
            };
            kept("notifications", got.notifications == notify)?;
            kept("auto_download", got.auto_download == auto)?;
            kept(
                "download_dir",
                got.download_dir == original.settings.download_dir,
            )?;
            kept("max_download_mib", got.max_download_mib == mib)?;
            if serde_json::from_slice::<SettingsFile>(&damaged).is_err() {
                let aside = aside_files(dir.path());
                if !aside.iter().any(|p| std::fs::read(p).unwrap() == damaged) {
                    return Err(TestCaseError::fail("the damaged file was not set aside"));
                }
                let back: SettingsFile = serde_json::from_slice(&std::fs::read(&path).unwrap())
                    .map_err(|e| TestCaseError::fail(format!("not written back whole: {e}")))?;
                if back.settings != got {
                    return Err(TestCaseError::fail(
                        "written back differs from what was kept",
                    ));
                }
            }
            Ok(())
        });
        if let Err(e) = result {
            panic!("{e}");
        }
    }
}
