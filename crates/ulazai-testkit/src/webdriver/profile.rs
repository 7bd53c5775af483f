//! Where a test's app keeps its state: its own data folder and keyring service name, so that
//! tests never share a library or a key, and a second launch sees the first one's.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Where a test's app keeps its state, so that a second launch sees the first one's.
pub struct Profile {
    pub data_dir: PathBuf,
    pub keyring_service: String,
    /// Made under `ULAZAI_E2E_DATA_ROOT`: that folder's owner (the packaging check, which
    /// looks at the user's data after removing the package) cleans it up, not the test.
    keep: bool,
}

impl Profile {
    pub fn new(name: &str) -> Profile {
        let root = std::env::var_os("ULAZAI_E2E_DATA_ROOT").map(PathBuf::from);
        let base = root
            .clone()
            .unwrap_or_else(std::env::temp_dir)
            .join(format!(
                "ulazai-e2e-{name}-{}-{}",
                std::process::id(),
                chrono_like_stamp()
            ));
        std::fs::create_dir_all(&base).expect("create the test's data folder");
        Profile {
            data_dir: base,
            keyring_service: format!("com.ulazai.studio.e2e.{name}.{}", std::process::id()),
            keep: root.is_some(),
        }
    }
}

impl Drop for Profile {
    fn drop(&mut self) {
        if !self.keep {
            let _ = std::fs::remove_dir_all(&self.data_dir);
        }
        // Leave no key behind in the session keyring.
        let _ = Command::new("secret-tool")
            .args([
                "clear",
                "service",
                &self.keyring_service,
                "username",
                "api-key",
            ])
            .status();
    }
}

impl Profile {
    /// Put `key` where the app looks for it (this profile's service, user `api-key`, the
    /// default collection) — with `secret-tool`, as a person's keyring manager would.
    pub fn store_key(&self, key: &str) -> Result<(), String> {
        use std::io::Write;
        let mut child = Command::new("secret-tool")
            .args([
                "store",
                "--label=UlazAI Studio test key",
                "service",
                &self.keyring_service,
                "username",
                "api-key",
                "target",
                "default",
            ])
            .stdin(Stdio::piped())
            .spawn()
            .map_err(|e| format!("secret-tool (apt: libsecret-tools): {e}"))?;
        child
            .stdin
            .take()
            .ok_or("secret-tool has no stdin")?
            .write_all(key.as_bytes())
            .map_err(|e| e.to_string())?;
        let status = child.wait().map_err(|e| e.to_string())?;
        status
            .success()
            .then_some(())
            .ok_or_else(|| format!("secret-tool store failed: {status}"))
    }
}

/// The process running `binary` whose environment names `data_dir` as its data folder (the
/// app tauri-driver started for one profile).
pub fn process_of(binary: &Path, data_dir: &Path) -> Option<u32> {
    let exe = std::fs::canonicalize(binary).ok()?;
    let data_dir = data_dir.display().to_string();
    std::fs::read_dir("/proc").ok()?.flatten().find_map(|e| {
        let pid: u32 = e.file_name().to_str()?.parse().ok()?;
        if std::fs::read_link(format!("/proc/{pid}/exe")).ok()? != exe {
            return None;
        }
        (environ(pid).get("ULAZAI_STUDIO_DATA_DIR") == Some(&data_dir)).then_some(pid)
    })
}

/// The environment `pid` was started with (Linux `/proc`; empty when it is gone).
pub fn environ(pid: u32) -> std::collections::HashMap<String, String> {
    let env = std::fs::read(format!("/proc/{pid}/environ")).unwrap_or_default();
    env.split(|b| *b == 0)
        .filter_map(|kv| {
            let kv = String::from_utf8_lossy(kv);
            let (k, v) = kv.split_once('=')?;
            Some((k.to_string(), v.to_string()))
        })
        .collect()
}

/// The processes `pid` started (`/proc/PID/task/*/children`; empty when it is gone).
pub fn children(pid: u32) -> Vec<u32> {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for t in tasks.flatten() {
        if let Ok(s) = std::fs::read_to_string(t.path().join("children")) {
            out.extend(s.split_whitespace().filter_map(|p| p.parse::<u32>().ok()));
        }
    }
    out
}

/// The web processes WebKit started for the app `pid` (its children named so).
pub fn web_processes(pid: u32) -> Vec<u32> {
    children(pid)
        .into_iter()
        .filter(|child| {
            std::fs::read_to_string(format!("/proc/{child}/comm"))
                .is_ok_and(|comm| comm.starts_with("WebKitWebProces"))
        })
        .collect()
}

fn chrono_like_stamp() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0)
}
