//! The API key lives in the OS keyring ONLY (Keychain, Credential Manager, Secret Service),
//! or — when the user asks, or no keyring is usable — in memory for this session.
//! There is no file fallback. The key's text never reaches a log line, an event or a
//! command result: callers get `ApiKey` (redacted `Debug`/`Display`) and a `KeyStorage`.
//!
//! Every keyring call blocks (D-Bus, Keychain...): the async API runs them through
//! `spawn_blocking`; the sync `keyring_*` functions are for tests and blocking contexts.

use std::sync::Mutex;

use ulazai_engine::secret::ApiKey;

use crate::ipc::types::{KeyStorage, KeyringStatus};

/// Default keyring service; `ULAZAI_KEYRING_SERVICE` overrides it (tests isolate with it).
pub const DEFAULT_SERVICE: &str = "com.ulazai.studio";
/// The keyring user name the key is stored under.
pub const KEY_USER: &str = "api-key";
/// The keyring user name the web session (cookies) is stored under.
pub const SESSION_USER: &str = "web-session";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SecretError {
    /// No usable keyring (none installed, no session bus, locked, access refused).
    #[error("{0}")]
    Unavailable(String),
    /// The keyring answered with an error we cannot classify as "unavailable".
    #[error("{0}")]
    Failed(String),
}

impl SecretError {
    pub fn message(&self) -> &str {
        match self {
            SecretError::Unavailable(m) | SecretError::Failed(m) => m,
        }
    }
}

/// What to tell the user when no keyring can be used.
pub fn unavailable_message() -> String {
    let what = if cfg!(target_os = "macos") {
        "The macOS Keychain could not be used. Allow UlazAI Studio to access the Keychain"
    } else if cfg!(target_os = "windows") {
        "The Windows Credential Manager could not be used. Check that it is running"
    } else {
        "No system keyring is available. Install and unlock GNOME Keyring or KWallet"
    };
    format!("{what}, or keep the key for this session only.")
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
        E::NoEntry => SecretError::Failed("The key was not found in the keyring.".into()),
        E::BadEncoding(_) => {
            SecretError::Failed("The keyring holds an unreadable value for the key.".into())
        }
        E::TooLong(attr, _) => SecretError::Failed(format!("The keyring refused the {attr}.")),
        E::Invalid(attr, why) => {
            SecretError::Failed(format!("The keyring refused the {attr}: {why}."))
        }
        E::Ambiguous(_) => SecretError::Failed(
            "The keyring holds several UlazAI keys; remove them with your keyring manager.".into(),
        ),
        _ => SecretError::Failed("The system keyring failed.".into()),
    }
}

fn entry(service: &str) -> Result<keyring::Entry, SecretError> {
    keyring::Entry::new(service, KEY_USER).map_err(classify)
}

/// Store any secret text under `(service, user)` (blocking).
pub fn secret_set(service: &str, user: &str, value: &str) -> Result<(), SecretError> {
    keyring::Entry::new(service, user)
        .map_err(classify)?
        .set_password(value)
        .map_err(classify)
}

/// Read the secret under `(service, user)` (blocking). `Ok(None)`: nothing stored.
pub fn secret_get(service: &str, user: &str) -> Result<Option<String>, SecretError> {
    match keyring::Entry::new(service, user)
        .map_err(classify)?
        .get_password()
    {
        Ok(raw) => Ok(Some(raw)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(classify(e)),
    }
}

/// Remove the secret under `(service, user)` (blocking); a missing one is fine.
pub fn secret_delete(service: &str, user: &str) -> Result<(), SecretError> {
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
        .unwrap_or_else(|_| {
            Err(SecretError::Failed(
                "The keyring call was interrupted.".into(),
            ))
        })
}

/// The current key, where it lives, and whether the keyring can be used.
pub struct KeyVault {
    service: String,
    current: Mutex<Option<(ApiKey, KeyStorage)>>,
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
            }),
        }
    }

    pub fn service(&self) -> &str {
        &self.service
    }

    pub fn keyring_status(&self) -> KeyringStatus {
        self.keyring.lock().unwrap().clone()
    }

    pub fn current(&self) -> Option<(ApiKey, KeyStorage)> {
        self.current.lock().unwrap().clone()
    }

    fn note(&self, res: &Result<impl Sized, SecretError>) {
        let status = match res {
            Err(SecretError::Unavailable(m)) => KeyringStatus {
                available: false,
                message: Some(m.clone()),
            },
            _ => KeyringStatus {
                available: true,
                message: None,
            },
        };
        *self.keyring.lock().unwrap() = status;
    }

    /// At start: read the key from the keyring (if any) and learn whether it is usable.
    pub async fn load(&self) -> Option<ApiKey> {
        let service = self.service.clone();
        let res = blocking(move || keyring_get(&service)).await;
        self.note(&res);
        match res {
            Ok(Some(key)) => {
                *self.current.lock().unwrap() = Some((key.clone(), KeyStorage::Keyring));
                Some(key)
            }
            Ok(None) => None,
            Err(e) => {
                tracing::warn!(
                    error = e.message(),
                    "could not read the API key from the keyring"
                );
                None
            }
        }
    }

    /// Keep a new key: in the keyring, or in memory when `session_only`.
    /// A keyring that cannot be used is an error (`Unavailable`): never a silent downgrade.
    pub async fn store(&self, key: ApiKey, session_only: bool) -> Result<KeyStorage, SecretError> {
        if session_only {
            // A key that was in the keyring is replaced: remove the old one so it does not
            // come back at the next start (best effort: the keyring may be unusable).
            let service = self.service.clone();
            let _ = blocking(move || keyring_delete(&service)).await;
            *self.current.lock().unwrap() = Some((key, KeyStorage::Session));
            return Ok(KeyStorage::Session);
        }
        let service = self.service.clone();
        let k = key.clone();
        let res = blocking(move || keyring_set(&service, &k)).await;
        self.note(&res);
        res?;
        *self.current.lock().unwrap() = Some((key, KeyStorage::Keyring));
        Ok(KeyStorage::Keyring)
    }

    /// Forget the key everywhere (memory and keyring).
    pub async fn clear(&self) -> Result<(), SecretError> {
        let was = self.current.lock().unwrap().take();
        let service = self.service.clone();
        let res = blocking(move || keyring_delete(&service)).await;
        self.note(&res);
        match res {
            Ok(()) => Ok(()),
            // Nothing was in the keyring to begin with: forgetting the session key is enough.
            Err(SecretError::Unavailable(_)) if !matches!(was, Some((_, KeyStorage::Keyring))) => {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }
}
