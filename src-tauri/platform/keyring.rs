//! The API key lives in the OS keyring ONLY (Keychain, Credential Manager, Secret Service),
//! or — when the user asks, or no keyring is usable — in memory until the app quits.
//! There is no file fallback. The key's text never reaches a log line, an event or a
//! command result: callers get `ApiKey` (redacted `Debug`/`Display`) and a `KeyStorage`.
//!
//! A key is bound to the server ORIGIN it was saved for (kept beside it, user
//! `api-key-origin`): [`KeyVault::key_for`] hands it out only for that origin, so a changed
//! server setting never carries the key to another host. A key saved before origins were
//! kept is bound, once, to the server in use when it is first read.
//!
//! Every keyring call blocks (D-Bus, Keychain...): the async API runs them through
//! `spawn_blocking`; the sync `keyring_*` functions are for tests and blocking contexts.

use std::sync::Mutex;
use ulazai_engine::Text;

use ulazai_engine::secret::ApiKey;

use super::secret_parts;
use ulazai_engine::urls;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where the key lives. Never the key itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum KeyStorage {
    /// The OS keyring (Keychain, Credential Manager, Secret Service).
    Keyring,
    /// Memory only, gone when the app quits.
    UntilQuit,
    None,
}

/// Whether the OS keyring can be used, and what to do when not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct KeyringStatus {
    pub available: bool,
    /// What to do when it is not available: English until the shell words `text` in the
    /// window's language ([`KeyringStatus::worded`]).
    pub message: Option<String>,
    /// `message` as a catalog message (not sent).
    #[serde(skip)]
    #[ts(skip)]
    pub text: Option<Text>,
}

impl KeyringStatus {
    /// The status with its sentence in `lang`'s words.
    pub fn worded(mut self, lang: &ulazai_i18n::Localizer) -> KeyringStatus {
        if let Some(text) = &self.text {
            self.message = Some(text.render(lang));
        }
        self
    }
}

/// The keyring user name the key is stored under.
pub const KEY_USER: &str = "api-key";
/// The keyring user name the key's server origin is stored under.
pub const KEY_ORIGIN_USER: &str = "api-key-origin";
/// The keyring user name the web session (cookies) is stored under.
pub const SESSION_USER: &str = "web-session";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SecretError {
    /// No usable keyring (none installed, no session bus, locked, access refused).
    #[error("{0}")]
    Unavailable(Text),
    /// The keyring answered with an error we cannot classify as "unavailable".
    #[error("{0}")]
    Failed(Text),
}

impl SecretError {
    /// The sentence as a catalog message (the shell words it in the app's language).
    pub fn text(&self) -> &Text {
        match self {
            SecretError::Unavailable(t) | SecretError::Failed(t) => t,
        }
    }
    /// The sentence in English, for logs.
    pub fn message(&self) -> String {
        self.text().english()
    }
}

/// What to tell the user when no keyring can be used (which one this system has).
pub fn unavailable_message() -> Text {
    let system = if cfg!(target_os = "macos") {
        "macos"
    } else if cfg!(target_os = "windows") {
        "windows"
    } else {
        "linux"
    };
    Text::new("errors-keyring-unavailable").with("system", system)
}

/// Map a keyring error without ever printing a payload (`BadEncoding` carries the bytes
/// of the stored secret; `Ambiguous` carries credentials).
fn classify(err: keyring::Error) -> SecretError {
    use keyring::Error as E;
    match err {
        E::PlatformFailure(e) | E::NoStorageAccess(e) => {
            tracing::warn!(error = %e, "system keyring unavailable");
            SecretError::Unavailable(unavailable_message())
        }
        E::NoEntry => SecretError::Failed(Text::new("errors-keyring-no-entry")),
        E::BadEncoding(_) => SecretError::Failed(Text::new("errors-keyring-unreadable")),
        E::TooLong(attr, _) => {
            SecretError::Failed(Text::new("errors-keyring-refused").with("attribute", attr))
        }
        E::Invalid(attr, why) => SecretError::Failed(
            Text::new("errors-keyring-refused-why")
                .with("attribute", attr)
                .with("reason", why),
        ),
        E::Ambiguous(_) => SecretError::Failed(Text::new("errors-keyring-ambiguous")),
        _ => SecretError::Failed(Text::new("errors-keyring-failed")),
    }
}

fn entry(service: &str) -> Result<keyring::Entry, SecretError> {
    keyring::Entry::new(service, KEY_USER).map_err(classify)
}

/// Store any secret text under `(service, user)` (blocking). A value longer than one
/// entry may hold (Windows: 2,560 bytes) is kept in parts (`secret_parts`).
pub fn secret_set(service: &str, user: &str, value: &str) -> Result<(), SecretError> {
    let before = stored_parts(service, user);
    let kept = match secret_parts::plan(value) {
        None => {
            entry_set(service, user, value)?;
            0
        }
        Some((header, parts)) => {
            // The parts first: the header names them only once they are all there.
            for (i, part) in parts.iter().enumerate() {
                entry_set(service, &secret_parts::part_user(user, i + 1), part)?;
            }
            entry_set(service, user, &header)?;
            parts.len()
        }
    };
    // Parts of a longer value stored before (best effort: they are no longer named).
    for n in kept + 1..=before {
        let _ = entry_delete(service, &secret_parts::part_user(user, n));
    }
    Ok(())
}

/// Read the secret under `(service, user)` (blocking), joined from its parts if it was
/// split. `Ok(None)`: nothing stored.
pub fn secret_get(service: &str, user: &str) -> Result<Option<String>, SecretError> {
    let Some(stored) = entry_get(service, user)? else {
        return Ok(None);
    };
    let Some(n) = secret_parts::parts_in(&stored) else {
        return Ok(Some(stored));
    };
    let mut value = String::new();
    for i in 1..=n {
        match entry_get(service, &secret_parts::part_user(user, i))? {
            Some(part) => value.push_str(&part),
            None => return Err(SecretError::Failed(Text::new("errors-keyring-partial"))),
        }
    }
    Ok(Some(value))
}

/// Remove the secret under `(service, user)` (blocking), with its parts; a missing one is
/// fine.
pub fn secret_delete(service: &str, user: &str) -> Result<(), SecretError> {
    for n in 1..=stored_parts(service, user) {
        entry_delete(service, &secret_parts::part_user(user, n))?;
    }
    entry_delete(service, user)
}

/// How many parts the secret under `(service, user)` has now (0: none, or not split).
fn stored_parts(service: &str, user: &str) -> usize {
    entry_get(service, user)
        .ok()
        .flatten()
        .and_then(|s| secret_parts::parts_in(&s))
        .unwrap_or(0)
}

fn entry_set(service: &str, user: &str, value: &str) -> Result<(), SecretError> {
    keyring::Entry::new(service, user)
        .map_err(classify)?
        .set_password(value)
        .map_err(classify)
}

fn entry_get(service: &str, user: &str) -> Result<Option<String>, SecretError> {
    match keyring::Entry::new(service, user)
        .map_err(classify)?
        .get_password()
    {
        Ok(raw) => Ok(Some(raw)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(classify(e)),
    }
}

fn entry_delete(service: &str, user: &str) -> Result<(), SecretError> {
    match keyring::Entry::new(service, user)
        .map_err(classify)?
        .delete_credential()
    {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(e) => Err(classify(e)),
    }
}

/// Store the key in the OS keyring (blocking).
pub fn keyring_set(service: &str, key: &ApiKey) -> Result<(), SecretError> {
    entry(service)?.set_password(key.expose()).map_err(classify)
}

/// Read the key from the OS keyring (blocking). `Ok(None)`: the keyring works, no key set.
pub fn keyring_get(service: &str) -> Result<Option<ApiKey>, SecretError> {
    match entry(service)?.get_password() {
        Ok(raw) => Ok(Some(ApiKey::new(raw))),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(classify(e)),
    }
}

/// Remove the key from the OS keyring (blocking). Removing a missing key is fine.
pub fn keyring_delete(service: &str) -> Result<(), SecretError> {
    match entry(service)?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(e) => Err(classify(e)),
    }
}

pub(crate) async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, SecretError> + Send + 'static,
) -> Result<T, SecretError> {
    tauri::async_runtime::spawn_blocking(f)
        .await
        .unwrap_or_else(|_| Err(SecretError::Failed(Text::new("errors-keyring-interrupted"))))
}

/// A key in use: where it lives and the origin it was saved for.
#[derive(Clone)]
struct Held {
    key: ApiKey,
    storage: KeyStorage,
    origin: String,
}

/// The current key, where it lives, and whether the keyring can be used.
pub struct KeyVault {
    service: String,
    current: Mutex<Option<Held>>,
    keyring: Mutex<KeyringStatus>,
}

impl KeyVault {
    pub fn new(service: impl Into<String>) -> KeyVault {
        KeyVault {
            service: service.into(),
            current: Mutex::new(None),
            keyring: Mutex::new(KeyringStatus {
                available: true,
                message: None,
                text: None,
            }),
        }
    }

    pub fn service(&self) -> &str {
        &self.service
    }

    pub fn keyring_status(&self) -> KeyringStatus {
        self.keyring.lock().unwrap().clone()
    }

    /// The key and where it lives, whatever server it is for.
    pub fn current(&self) -> Option<(ApiKey, KeyStorage)> {
        self.current
            .lock()
            .unwrap()
            .as_ref()
            .map(|h| (h.key.clone(), h.storage))
    }

    /// The key, only if it was saved for the origin of `base_url`.
    pub fn key_for(&self, base_url: &str) -> Option<(ApiKey, KeyStorage)> {
        self.current
            .lock()
            .unwrap()
            .as_ref()
            .filter(|h| urls::same_server(&h.origin, base_url))
            .map(|h| (h.key.clone(), h.storage))
    }

    fn note(&self, res: &Result<impl Sized, SecretError>) {
        let status = match res {
            Err(SecretError::Unavailable(m)) => KeyringStatus {
                available: false,
                message: Some(m.english()),
                text: Some(m.clone()),
            },
            _ => KeyringStatus {
                available: true,
                message: None,
                text: None,
            },
        };
        *self.keyring.lock().unwrap() = status;
    }

    /// At start: read the key (and its origin) from the keyring, if any, and learn whether
    /// the keyring is usable. A key stored without an origin (saved by an earlier version)
    /// is bound now to `base_url`, the server in use.
    pub async fn load(&self, base_url: &str) -> Option<ApiKey> {
        let service = self.service.clone();
        let in_use = urls::secret_origin(base_url);
        let res = blocking(move || {
            let Some(key) = keyring_get(&service)? else {
                return Ok(None);
            };
            let origin = match secret_get(&service, KEY_ORIGIN_USER)? {
                Some(o) => o,
                None => {
                    if let Err(e) = secret_set(&service, KEY_ORIGIN_USER, &in_use) {
                        tracing::warn!(error = %e, "cannot record the key's server");
                    }
                    in_use
                }
            };
            Ok(Some((key, Some(origin))))
        })
        .await;
        self.note(&res);
        match res {
            Ok(Some((key, origin))) => {
                *self.current.lock().unwrap() = Some(Held {
                    key: key.clone(),
                    storage: KeyStorage::Keyring,
                    origin: origin.unwrap_or_default(),
                });
                Some(key)
            }
            Ok(None) => None,
            Err(e) => {
                tracing::warn!(
                    error = %e,
                    "could not read the API key from the keyring"
                );
                None
            }
        }
    }

    /// Keep a new key for the server at `base_url`: in the keyring, or in memory when
    /// `until_quit`. A keyring that cannot be used is an error (`Unavailable`): never a
    /// silent downgrade.
    pub async fn store(
        &self,
        key: ApiKey,
        until_quit: bool,
        base_url: &str,
    ) -> Result<KeyStorage, SecretError> {
        let origin = urls::secret_origin(base_url);
        let storage = if until_quit {
            // A key that was in the keyring is replaced: remove the old one so it does not
            // come back at the next start (best effort: the keyring may be unusable).
            let _ = self.delete_stored().await;
            KeyStorage::UntilQuit
        } else {
            let (service, k, o) = (self.service.clone(), key.clone(), origin.clone());
            let res = blocking(move || {
                keyring_set(&service, &k)?;
                secret_set(&service, KEY_ORIGIN_USER, &o)
            })
            .await;
            self.note(&res);
            res?;
            KeyStorage::Keyring
        };
        *self.current.lock().unwrap() = Some(Held {
            key,
            storage,
            origin,
        });
        Ok(storage)
    }

    /// Forget the key in memory (at once; nothing can use it any more). Answers where it
    /// lived.
    pub fn forget(&self) -> Option<KeyStorage> {
        self.current.lock().unwrap().take().map(|h| h.storage)
    }

    /// Remove the stored key (and its origin) from the keyring; a missing one is fine.
    pub async fn delete_stored(&self) -> Result<(), SecretError> {
        let service = self.service.clone();
        let res = blocking(move || {
            keyring_delete(&service)?;
            secret_delete(&service, KEY_ORIGIN_USER)
        })
        .await;
        self.note(&res);
        res
    }
}
