//! Updates of the app, on Tauri's mock runtime with the real updater plugin: a key pair made
//! here (the app's real private key is never in the repository), a loopback server serving a
//! manifest and packages signed as Tauri's signer signs them. A newer signed version is
//! offered and verifies; a bad signature, a download cut short, an older version and a
//! manifest that is not JSON are each refused with a sentence that says so, nothing is
//! installed, and the app answers on.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use serde_json::{json, Value};
use tauri::test::{mock_context, noop_assets};
use ulazai_studio::studio::UpdateService;

use crate::support::*;

/// A signing key pair, as `tauri signer generate` makes one: the public key is the base64 of
/// minisign's public key file.
struct Keys {
    pk: minisign::PublicKey,
    sk: minisign::SecretKey,
}

impl Keys {
    fn new() -> Keys {
        let kp = minisign::KeyPair::generate_unencrypted_keypair().expect("a key pair");
        Keys {
            pk: kp.pk,
            sk: kp.sk,
        }
    }

    fn public(&self) -> String {
        b64(self.pk.to_box().unwrap().to_string().as_bytes())
    }

    /// What the bundler writes into `<package>.sig`: the base64 of a minisign signature
    /// whose trusted comment names the file and the version.
    fn sign(&self, bytes: &[u8], version: &str) -> String {
        let trusted = format!("timestamp:1700000000\tfile:ulazai-studio.pkg\tversion:{version}");
        let sig = minisign::sign(
            Some(&self.pk),
            &self.sk,
            std::io::Cursor::new(bytes),
            Some(&trusted),
            Some("signature from tauri secret key"),
        )
        .expect("signed");
        b64(sig.to_string().as_bytes())
    }
}

fn b64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for c in bytes.chunks(3) {
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= c.len() {
                out.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// One answer of the loopback server: the body, and how much of it is sent before the
/// connection is closed (the Content-Length always announces all of it).
#[derive(Clone)]
struct Reply {
    body: Vec<u8>,
    send: Option<usize>,
}

/// A plain HTTP/1.1 server on 127.0.0.1 answering GETs from a path → reply table.
struct Server {
    base: String,
    routes: Arc<Mutex<HashMap<String, Reply>>>,
}

impl Server {
    fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let routes: Arc<Mutex<HashMap<String, Reply>>> = Arc::default();
        let table = routes.clone();
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                let Ok(mut conn) = conn else { continue };
                let mut head = Vec::new();
                let mut byte = [0u8; 1];
                while !head.ends_with(b"\r\n\r\n") && conn.read(&mut byte).unwrap_or(0) == 1 {
                    head.push(byte[0]);
                }
                let head = String::from_utf8_lossy(&head);
                let path = head.split_whitespace().nth(1).unwrap_or("/").to_string();
                let reply = table.lock().unwrap().get(&path).cloned();
                let _ = match reply {
                    Some(r) => {
                        let sent = r.send.unwrap_or(r.body.len()).min(r.body.len());
                        conn.write_all(
                            format!(
                                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                                r.body.len()
                            )
                            .as_bytes(),
                        )
                        .and_then(|()| conn.write_all(&r.body[..sent]))
                    }
                    None => conn.write_all(
                        b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                    ),
                };
            }
        });
        Server { base, routes }
    }

    fn serve(&self, path: &str, body: impl Into<Vec<u8>>, send: Option<usize>) {
        self.routes.lock().unwrap().insert(
            path.into(),
            Reply {
                body: body.into(),
                send,
            },
        );
    }

    /// `latest.json` offering `version` as `package`, signed with `signature`, for every
    /// target the tests run on.
    fn manifest(&self, version: &str, signature: &str) {
        let entry = json!({"url": format!("{}/package", self.base), "signature": signature});
        let platforms: serde_json::Map<String, Value> = [
            "linux-x86_64",
            "linux-aarch64",
            "windows-x86_64",
            "darwin-x86_64",
            "darwin-aarch64",
        ]
        .iter()
        .map(|t| (t.to_string(), entry.clone()))
        .collect();
        let manifest = json!({
            "version": version,
            "notes": "Faster merges.\n<b>Not markup</b>",
            "pub_date": "2026-12-01T10:00:00Z",
            "platforms": platforms,
        });
        self.serve("/latest.json", manifest.to_string(), None);
    }
}

/// The app with an updater that trusts `keys` and asks `server` (as `ULAZAI_UPDATE_URL`).
fn start(dir: &std::path::Path, keys: &Keys, server: &Server) -> TestApp {
    let url: url::Url = format!("{}/latest.json", server.base).parse().unwrap();
    let mut context = mock_context(noop_assets());
    context.config_mut().plugins.0.insert(
        "updater".into(),
        json!({
            "pubkey": keys.public(),
            "endpoints": ["https://updates.invalid/latest.json"],
            "requireSignedVersion": true,
        }),
    );
    ulazai_studio::updates::allow_loopback(context.config_mut(), &url);
    let mut cfg = config(dir, None);
    cfg.update_url = Some(url);
    TestApp::start_with(cfg, context)
}

fn updates(app: &TestApp) -> Arc<UpdateService> {
    app.studio().updates.clone()
}

/// The running version with its patch number raised (or lowered by `-1`).
fn version_beside(step: i64) -> String {
    let v = semver::Version::parse(env!("CARGO_PKG_VERSION")).unwrap();
    let (major, minor, patch) = match step {
        s if s >= 0 => (v.major, v.minor, v.patch + s as u64),
        _ if v.patch > 0 => (v.major, v.minor, v.patch - 1),
        _ if v.minor > 0 => (v.major, v.minor - 1, 99),
        _ => (v.major - 1, 99, 99),
    };
    format!("{major}.{minor}.{patch}")
}

fn package() -> Vec<u8> {
    (0..300_000u32).map(|i| (i % 251) as u8).collect()
}

/// Check for the update, then download it: the refusal, as the UI gets it.
fn refused_download(app: &TestApp, what: &str) -> Value {
    app.ok("check_for_update", json!({}));
    let rt = tokio::runtime::Runtime::new().unwrap();
    let e = rt
        .block_on(updates(app).download_verified())
        .err()
        .unwrap_or_else(|| panic!("refused: {what}"));
    serde_json::to_value(ulazai_studio::ipc::types::CommandError::from(e)).unwrap()
}

fn assert_refused(e: &Value, code: &str, words: &str) {
    assert_eq!(e["code"], code, "{e}");
    let message = e["message"].as_str().unwrap();
    assert!(message.contains(words), "{message}");
}

/// The app answers on, and the last state pushed is the failure that was answered.
fn assert_running_and_told(app: &TestApp, e: &Value) {
    app.ok("app_state", json!({}));
    let pushed = app.events_named("app://update");
    let last = pushed.last().expect("the update state was pushed");
    assert_eq!(last["status"]["state"], "failed", "{last}");
    assert_eq!(last["status"]["message"], e["message"], "{last}");
}

#[test]
fn a_newer_signed_version_is_offered_with_its_notes_and_its_download_verifies() {
    let (dir, keys, server) = (tempfile::tempdir().unwrap(), Keys::new(), Server::start());
    let newer = version_beside(1);
    let bytes = package();
    server.serve("/package", bytes.clone(), None);
    server.manifest(&newer, &keys.sign(&bytes, &newer));
    let app = start(dir.path(), &keys, &server);

    let state = app.ok("update_state", json!({}));
    assert_eq!(state["current_version"], env!("CARGO_PKG_VERSION"));
    let state = app.ok("check_for_update", json!({}));
    assert_eq!(state["status"]["state"], "available", "{state}");
    assert_eq!(state["status"]["version"], newer.as_str());
    assert_eq!(
        state["status"]["notes"],
        "Faster merges.\n<b>Not markup</b>"
    );
    assert_eq!(state["status"]["date"], "2026-12-01T10:00:00Z");
    let pushed = app.events_named("app://update");
    assert!(
        pushed.iter().any(|s| s["status"]["state"] == "checking"),
        "{pushed:?}"
    );

    let rt = tokio::runtime::Runtime::new().unwrap();
    let (update, got) = rt
        .block_on(updates(&app).download_verified())
        .expect("a package signed with the app's key verifies");
    assert_eq!(got, bytes);
    assert_eq!(update.version, newer);

    // This test program was not installed from a package: it says where to get the update.
    let e = app.err("install_update", json!({}));
    assert_refused(
        &e,
        "update_elsewhere",
        ulazai_studio::updates::install::MANUAL_URL,
    );
    assert!(e["message"].as_str().unwrap().contains(&newer), "{e}");
}

#[test]
fn the_same_version_is_no_update() {
    let (dir, keys, server) = (tempfile::tempdir().unwrap(), Keys::new(), Server::start());
    let same = env!("CARGO_PKG_VERSION");
    server.serve("/package", package(), None);
    server.manifest(same, &keys.sign(&package(), same));
    let app = start(dir.path(), &keys, &server);
    let state = app.ok("check_for_update", json!({}));
    assert_eq!(state["status"]["state"], "up_to_date", "{state}");
    let e = app.err("install_update", json!({}));
    assert_eq!(e["code"], "not_found", "{e}");
}

#[test]
fn an_older_version_is_refused() {
    let (dir, keys, server) = (tempfile::tempdir().unwrap(), Keys::new(), Server::start());
    let older = version_beside(-1);
    server.serve("/package", package(), None);
    server.manifest(&older, &keys.sign(&package(), &older));
    let app = start(dir.path(), &keys, &server);
    let e = app.err("check_for_update", json!({}));
    assert_refused(
        &e,
        "update_refused",
        &format!("offers version {older}, which is older"),
    );
    assert_running_and_told(&app, &e);
    let e = app.err("install_update", json!({}));
    assert_eq!(e["code"], "not_found", "nothing is offered: {e}");
}

#[test]
fn a_manifest_that_is_not_json_is_refused() {
    let (dir, keys, server) = (tempfile::tempdir().unwrap(), Keys::new(), Server::start());
    server.serve("/latest.json", "<html><body>Moved</body></html>", None);
    let app = start(dir.path(), &keys, &server);
    let e = app.err("check_for_update", json!({}));
    assert_refused(&e, "update_refused", "not an update manifest");
    assert_running_and_told(&app, &e);
}

#[test]
fn a_package_signed_with_another_key_is_refused() {
    let (dir, keys, server) = (tempfile::tempdir().unwrap(), Keys::new(), Server::start());
    let newer = version_beside(1);
    let bytes = package();
    server.serve("/package", bytes.clone(), None);
    server.manifest(&newer, &Keys::new().sign(&bytes, &newer));
    let app = start(dir.path(), &keys, &server);
    let e = refused_download(&app, "another key's signature");
    assert_refused(&e, "update_refused", "not signed with UlazAI Studio's key");
    assert_running_and_told(&app, &e);

    // The right key over other bytes (a package changed after signing): refused as well.
    server.manifest(&newer, &keys.sign(b"other bytes", &newer));
    let e = refused_download(&app, "a signature of other bytes");
    assert_refused(&e, "update_refused", "not signed with UlazAI Studio's key");
}

#[test]
fn an_older_release_announced_as_a_newer_one_is_refused() {
    // A manifest cannot pair a new version number with an old (validly signed) package: the
    // signature names the version it was made for.
    let (dir, keys, server) = (tempfile::tempdir().unwrap(), Keys::new(), Server::start());
    let newer = version_beside(1);
    let bytes = package();
    server.serve("/package", bytes.clone(), None);
    server.manifest(&newer, &keys.sign(&bytes, &version_beside(-1)));
    let app = start(dir.path(), &keys, &server);
    let e = refused_download(&app, "a package signed for another version");
    let older = version_beside(-1);
    assert_refused(
        &e,
        "update_refused",
        &format!("was signed for version {older}, not for the {newer}"),
    );
    assert_running_and_told(&app, &e);
}

#[test]
fn a_download_cut_short_is_refused() {
    let (dir, keys, server) = (tempfile::tempdir().unwrap(), Keys::new(), Server::start());
    let newer = version_beside(1);
    let bytes = package();
    server.serve("/package", bytes.clone(), Some(bytes.len() / 2));
    server.manifest(&newer, &keys.sign(&bytes, &newer));
    let app = start(dir.path(), &keys, &server);
    let e = refused_download(&app, "half a package");
    assert_refused(&e, "update", "cut short");
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("nothing was installed"),
        "{e}"
    );
    assert_running_and_told(&app, &e);
}
