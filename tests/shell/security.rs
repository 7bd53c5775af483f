//! The shell's loopback surfaces and secrets as an attacker would try them: the
//! media server (Host, token, Range, memory), Open/Reveal of index entries outside the
//! library, the demo's embedded simulator, a key that follows the server setting, a store
//! file from a newer version, and sign-out / key removal when the keyring fails.
//! Real components throughout: the app on Tauri's mock runtime, real simulators over
//! loopback, raw HTTP to the media server; the keyring cases run in a child process
//! whose session bus is cut off mid-run.

use crate::support;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use serde_json::json;
use support::*;
use ulazai_engine::library::Library;
use ulazai_engine::model::Job;
use ulazai_engine::store::{JsonFilePersist, Persist, Snapshot, SNAPSHOT_VERSION};

// ---- raw HTTP (the Host header must be ours to set) ------------------------------------

struct Answer {
    status: u16,
    head: String,
    body: Vec<u8>,
}

/// `GET url` with extra headers (`Host` defaults to the URL's own), read to the end.
fn get(url: &str, headers: &[(&str, &str)]) -> Answer {
    let mut s = send(url, headers);
    let mut all = Vec::new();
    s.read_to_end(&mut all).unwrap();
    let split = all
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a header block")
        + 4;
    let head = String::from_utf8_lossy(&all[..split]).into_owned();
    let status = head[9..12].parse().unwrap();
    Answer {
        status,
        head,
        body: all[split..].to_vec(),
    }
}

fn send(url: &str, headers: &[(&str, &str)]) -> TcpStream {
    let rest = url.strip_prefix("http://").unwrap();
    let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let mut s = TcpStream::connect(authority).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let mut req = format!("GET {path} HTTP/1.1\r\nConnection: close\r\n");
    if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("host")) {
        req.push_str(&format!("Host: {authority}\r\n"));
    }
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    s
}

fn header<'a>(a: &'a Answer, name: &str) -> Option<&'a str> {
    a.head.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.eq_ignore_ascii_case(name).then_some(v.trim())
    })
}

// ---- the media server ------------------------------------------------------------------

/// A library with one clip (`job-1`, `len` bytes, sparse) and the media server over it.
fn media_server(dir: &Path, len: u64) -> (String, PathBuf) {
    let lib = Arc::new(Library::open(dir.join("library.json"), dir.join("lib")));
    let file = lib.reserve("Unfiled", "clip.mp4").unwrap();
    let f = std::fs::OpenOptions::new().write(true).open(&file).unwrap();
    f.set_len(len).unwrap();
    lib.record("job-1", &file);
    // No ffmpeg chosen: posters use the one on PATH.
    let base = tauri::async_runtime::block_on(ulazai_studio::platform::media_server::start(
        lib,
        Arc::new(|| None),
    ))
    .expect("media server starts");
    (base, file)
}

#[test]
fn the_media_server_answers_only_its_own_host_and_token() {
    let dir = tempfile::tempdir().unwrap();
    let (base, _) = media_server(dir.path(), 1000);
    let url = format!("{base}/job-1");
    assert_eq!(get(&url, &[]).status, 200);
    let port = base.split(':').nth(2).unwrap().split('/').next().unwrap();
    for host in [
        format!("evil.example:{port}"),
        format!("localhost:{port}"),
        "127.0.0.1".to_string(),
        format!("127.0.0.1:{port}.evil.example"),
    ] {
        let poster = get(&format!("{url}/poster"), &[("Host", &host)]);
        assert_eq!(poster.status, 421, "the poster for a foreign Host ({host})");
        let a = get(&url, &[("Host", &host)]);
        assert!(
            a.status == 421 || a.status == 403,
            "a foreign Host ({host}) got {}",
            a.status
        );
        assert!(a.body.len() < 200, "no clip bytes for {host}");
    }
    let wrong = url.replace(
        base.rsplit('/').next().unwrap(),
        "0123456789abcdef0123456789abcdef",
    );
    assert_eq!(get(&wrong, &[]).status, 404, "a wrong token");
    let wrong_poster = get(&format!("{wrong}/poster"), &[]);
    assert_eq!(wrong_poster.status, 404, "a poster with a wrong token");
}

#[test]
fn the_media_server_survives_hostile_ranges_and_answers_conditional_requests() {
    let dir = tempfile::tempdir().unwrap();
    let (base, _) = media_server(dir.path(), 1000);
    let url = format!("{base}/job-1");
    let a = get(&url, &[("Range", "bytes=18446744073709551615-")]);
    assert_eq!(
        a.status, 416,
        "an unsatisfiable range, not a crash: {}",
        a.head
    );
    let a = get(&url, &[("Range", "bytes=10-19")]);
    assert_eq!((a.status, a.body.len()), (206, 10));
    assert_eq!(header(&a, "content-range"), Some("bytes 10-19/1000"));
    assert_eq!(get(&url, &[("Range", "bytes=-5")]).body.len(), 5);
    let a = get(&url, &[]);
    assert_eq!(header(&a, "content-type"), Some("video/mp4"));
    let modified = header(&a, "last-modified")
        .expect("Last-Modified")
        .to_string();
    assert_eq!(
        get(&url, &[("If-Modified-Since", &modified)]).status,
        304,
        "a conditional request"
    );
    let stale = get(
        &url,
        &[
            ("Range", "bytes=0-9"),
            ("If-Range", "Mon, 01 Jan 1990 00:00:00 GMT"),
        ],
    );
    assert_eq!(
        stale.status, 200,
        "If-Range that does not match: the whole file"
    );
    assert_eq!(stale.body.len(), 1000);
    let current = get(&url, &[("Range", "bytes=0-9"), ("If-Range", &modified)]);
    assert_eq!(current.status, 206, "If-Range that matches: the range");
    let etag = get(&url, &[("Range", "bytes=0-9"), ("If-Range", "\"abc\"")]);
    assert_eq!(
        etag.status, 200,
        "an ETag never matches (the file has none)"
    );
}

/// Resident memory of this process (kB).
fn rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

#[test]
fn a_large_clip_is_streamed_with_bounded_memory() {
    const LEN: u64 = 768 << 20;
    let dir = tempfile::tempdir().unwrap();
    let (base, _) = media_server(dir.path(), LEN);
    let url = format!("{base}/job-1");
    let before = rss_kb();
    let peak = Arc::new(AtomicU64::new(before));
    let done = Arc::new(AtomicBool::new(false));
    let sampler = {
        let (peak, done) = (peak.clone(), done.clone());
        std::thread::spawn(move || {
            while !done.load(Ordering::SeqCst) {
                peak.fetch_max(rss_kb(), Ordering::SeqCst);
                std::thread::sleep(Duration::from_millis(5));
            }
        })
    };
    let mut s = send(&url, &[]);
    let mut buf = vec![0u8; 64 * 1024];
    let mut total = 0u64;
    loop {
        let n = s.read(&mut buf).unwrap();
        if n == 0 {
            break;
        }
        total += n as u64;
        // A slow reader: the server must wait, not buffer the file.
        if total < (64 << 20) {
            std::thread::sleep(Duration::from_micros(200));
        }
    }
    done.store(true, Ordering::SeqCst);
    sampler.join().unwrap();
    let grew_mb = peak.load(Ordering::SeqCst).saturating_sub(before) as f64 / 1024.0;
    println!(
        "media server: {} MiB clip served, process RSS grew by {grew_mb:.1} MiB at most",
        LEN >> 20
    );
    assert!(total >= LEN, "the whole clip arrived ({total} bytes)");
    assert!(
        grew_mb < 64.0,
        "serving a {} MiB clip grew memory by {grew_mb:.1} MiB",
        LEN >> 20
    );
}

// ---- Open / Reveal ---------------------------------------------------------------------

fn seed_jobs(data: &Path, ids: &[&str]) {
    let jobs = ids
        .iter()
        .map(|id| Job::server_merge(id, &["a".into(), "b".into()], None, "2025-01-01T00:00:00Z"))
        .collect();
    JsonFilePersist::new(data.join("jobs.json"))
        .save(&Snapshot {
            version: SNAPSHOT_VERSION,
            jobs,
            ..Default::default()
        })
        .unwrap();
}

#[test]
fn open_and_reveal_refuse_index_entries_outside_the_library_or_not_video() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let lib = data.join("Library").join("Unfiled");
    std::fs::create_dir_all(&lib).unwrap();
    std::fs::write(lib.join("launcher.desktop"), b"[Desktop Entry]").unwrap();
    seed_jobs(data, &["job-etc", "job-desktop"]);
    std::fs::write(
        data.join("library.json"),
        serde_json::to_vec(&json!({
            "job-etc": "/etc/hostname",
            "job-desktop": lib.join("launcher.desktop"),
        }))
        .unwrap(),
    )
    .unwrap();
    let sim = start_sim(&test_key(), 20.0, 2.0);
    let t = TestApp::start(config(data, Some(sim.base_url())));
    for id in ["job-etc", "job-desktop"] {
        for cmd in ["open_local_file", "reveal_local_file"] {
            let e = t.err(cmd, json!({"id": id}));
            assert_eq!(e["code"], "no_file", "{cmd} {id}: {e}");
        }
    }
    t.shutdown();
}

// ---- the demo's embedded simulator -------------------------------------------------------

#[test]
fn the_demo_simulator_has_no_control_surface_and_no_public_key() {
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = config(dir.path(), None);
    cfg.demo = true;
    let t = TestApp::start(cfg);
    let s = t.ok("app_state", json!({}));
    assert_eq!(s["demo"], true);
    let base = s["base_url"].as_str().unwrap().to_string();
    assert_eq!(get(&format!("{base}/_sim/stats"), &[]).status, 404);
    assert_eq!(get(&format!("{base}/_sim/jobs"), &[]).status, 404);
    // What a web page could send: a "simple" text/plain POST.
    let rest = base.strip_prefix("http://").unwrap();
    for path in ["/_sim/fail-next", "/api/v1/video-studio/generate/"] {
        let mut sock = TcpStream::connect(rest).unwrap();
        let body = r#"{"count": 5, "message": "<b>injected</b>"}"#;
        write!(
            sock,
            "POST {path} HTTP/1.1\r\nHost: {rest}\r\nContent-Type: text/plain\r\n\
             Authorization: Bearer {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            ulazai_sim::DEMO_KEY,
            body.len()
        )
        .unwrap();
        let mut text = String::new();
        sock.read_to_string(&mut text).unwrap();
        let status: u16 = text[9..12].parse().unwrap();
        assert!((400..500).contains(&status), "{path}: {status}");
    }
    // The public demo key opens nothing; the app's own (random) key works.
    let models = get(
        &format!("{base}/api/v1/models/video/"),
        &[("Authorization", &format!("Bearer {}", ulazai_sim::DEMO_KEY))],
    );
    assert_eq!(models.status, 401, "the well-known demo key is refused");
    assert!(t.ok("get_models", json!({"refresh": true})).is_array());
    let foreign = get(
        &format!("{base}/api/v1/models/video/"),
        &[("Host", "rebound.example")],
    );
    assert_eq!(foreign.status, 421);
    t.shutdown();
}

// ---- the key is bound to its server ------------------------------------------------------

/// The requests a simulator received with an `Authorization` (any key).
fn keyed_requests(sim: &ulazai_sim::SimHandle) -> Vec<ulazai_sim::RequestRecord> {
    sim.stats()
        .log
        .into_iter()
        .filter(|r| r.auth.is_some())
        .collect()
}

#[test]
fn a_key_is_only_ever_sent_to_the_server_it_was_saved_for() {
    let key = test_key();
    let a = start_sim(&key, 20.0, 2.0);
    let b = start_sim(&key, 20.0, 2.0);
    let dir = tempfile::tempdir().unwrap();
    let t = TestApp::start(config(dir.path(), None));
    let mut settings = t.ok("get_settings", json!({}));
    settings["base_url_override"] = json!(a.base_url());
    t.ok("set_settings", json!({"settings": settings}));
    t.session_key(&key);
    t.ok("get_models", json!({"refresh": true}));
    assert!(!keyed_requests(&a).is_empty(), "A is used with the key");
    // The server setting changes: B must never see the key.
    settings["base_url_override"] = json!(b.base_url());
    t.ok("set_settings", json!({"settings": settings}));
    let s = t.ok("app_state", json!({}));
    assert_eq!(s["base_url"], b.base_url());
    assert_eq!(s["key"]["state"], "missing", "asks for the key again: {s}");
    let _ = t.invoke("get_models", json!({"refresh": true}));
    let _ = t.invoke("verify_api_key", json!({}));
    let _ = t.invoke("generate", json!({"params": veo_params("to B", 1)}));
    std::thread::sleep(Duration::from_secs(2));
    let seen = keyed_requests(&b);
    assert!(seen.is_empty(), "B saw a key: {seen:?}");
    // Back to A: the key is A's again.
    settings["base_url_override"] = json!(a.base_url());
    t.ok("set_settings", json!({"settings": settings}));
    assert_ne!(t.ok("app_state", json!({}))["key"]["state"], "missing");
    t.shutdown();
}

// ---- a store file from a newer version ---------------------------------------------------

#[test]
fn a_jobs_file_from_a_newer_version_is_kept_and_the_app_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let jobs = dir.path().join("jobs.json");
    let text = br#"{"version": 99, "jobs": [], "from_the_future": true}"#;
    std::fs::write(&jobs, text).unwrap();
    let key = test_key();
    let sim = start_sim(&key, 20.0, 2.0);
    let t = TestApp::start(config(dir.path(), Some(sim.base_url())));
    t.session_key(&key);
    let s = t.ok("app_state", json!({}));
    let notice = s["store_notice"].as_str().unwrap_or_default().to_string();
    assert!(
        notice.contains("newer version"),
        "the app says it runs from memory: {s}"
    );
    let made = t.ok(
        "generate",
        json!({"params": veo_params("kept in memory", 1)}),
    );
    t.wait_terminal(&ids_of(&made), Duration::from_secs(30));
    t.shutdown();
    assert_eq!(std::fs::read(&jobs).unwrap(), text, "never overwritten");
}

// ---- sign-out and key removal when the keyring fails ---------------------------------------

const CHILD: &str = "ULAZAI_SECURITY_KEYRING_CHILD";

/// The simulator's own sign-in form over HTTP: `(name, value)` of its cookies.
fn sim_sign_in(sim: &ulazai_sim::SimHandle) -> Vec<(String, String)> {
    tauri::async_runtime::block_on(async {
        let c = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let login = format!("{}/accounts/login/", sim.base_url());
        let page = c.get(&login).send().await.unwrap();
        let csrf = cookie_of(page.headers(), "csrftoken").unwrap();
        let r = c
            .post(&login)
            .header("Cookie", format!("csrftoken={csrf}"))
            .form(&[
                ("csrfmiddlewaretoken", csrf.as_str()),
                ("username", "demo"),
                ("password", "demo"),
            ])
            .send()
            .await
            .unwrap();
        let sid = cookie_of(r.headers(), "sessionid").expect("signed in");
        vec![("sessionid".into(), sid), ("csrftoken".into(), csrf)]
    })
}

fn cookie_of(h: &reqwest::header::HeaderMap, name: &str) -> Option<String> {
    h.get_all("set-cookie").iter().find_map(|v| {
        let first = v.to_str().ok()?.split(';').next()?;
        first.strip_prefix(&format!("{name}=")).map(str::to_string)
    })
}

/// The folders endpoint with a session's cookies, as a browser would call it.
fn folders_status(sim: &ulazai_sim::SimHandle, cookies: &[(String, String)]) -> u16 {
    let value = |n: &str| cookies.iter().find(|(k, _)| k == n).unwrap().1.clone();
    tauri::async_runtime::block_on(async {
        reqwest::Client::new()
            .post(format!("{}/video-studio/api/folders/", sim.base_url()))
            .header(
                "Cookie",
                format!(
                    "sessionid={}; csrftoken={}",
                    value("sessionid"),
                    value("csrftoken")
                ),
            )
            .header("X-CSRFToken", value("csrftoken"))
            .header("Referer", format!("{}/video-studio/", sim.base_url()))
            .json(&json!({"name": "probe"}))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16()
    })
}

/// Runs in a child process (see below): the keyring works at first, then its bus is gone.
#[test]
fn keyring_lost_child() {
    if std::env::var_os(CHILD).is_none() {
        return;
    }
    let key = test_key();
    let sim = start_sim(&key, 20.0, 2.0);
    let dir = tempfile::tempdir().unwrap();
    let t = TestApp::start(config(dir.path(), Some(sim.base_url())));
    let stored = t.ok("set_api_key", json!({"key": key, "until_quit": false}));
    assert_eq!(stored["storage"], "keyring");
    let cookies = sim_sign_in(&sim);
    let studio = t.studio();
    tauri::async_runtime::block_on(
        studio
            .web_session
            .signed_in(&sim.base_url(), cookies.clone()),
    );
    assert_eq!(t.ok("web_session", json!({}))["state"], "connected");
    assert_eq!(folders_status(&sim, &cookies), 200, "the session works");

    // The keyring becomes unusable (its session bus is gone).
    std::env::set_var(
        "DBUS_SESSION_BUS_ADDRESS",
        "unix:path=/nonexistent/ulazai-bus",
    );

    let out = t.invoke("sign_out_web", json!({}));
    assert!(
        out.is_ok(),
        "sign-out does not fail without a keyring: {out:?}"
    );
    assert_eq!(t.ok("web_session", json!({}))["state"], "none");
    assert_eq!(
        folders_status(&sim, &cookies),
        403,
        "the old cookie is refused: signed out on the server"
    );

    let cleared = t.invoke("clear_api_key", json!({}));
    assert!(
        cleared.is_ok(),
        "clearing the key does not fail: {cleared:?}"
    );
    sim.reset_stats();
    let _ = t.invoke("list_jobs", json!({}));
    let _ = t.invoke("get_models", json!({"refresh": true}));
    std::thread::sleep(Duration::from_secs(3));
    let with_key = keyed_requests(&sim);
    assert!(
        with_key.is_empty(),
        "the engine still uses the key: {with_key:?}"
    );
    assert_eq!(t.ok("app_state", json!({}))["key"]["state"], "missing");
    println!("CHILD-OK");
}

#[test]
fn sign_out_and_key_removal_survive_a_lost_keyring() {
    if !desktop_session("sign_out_and_key_removal_survive_a_lost_keyring") {
        return;
    }
    run_child("security::keyring_lost_child", &[(CHILD, "1")], &[]);
}
