//! The web account: sign in through the real sign-in window (a second WebDriver window —
//! WebKitWebDriver via tauri-driver exposes it), a folder that gets its server bucket, a
//! merge of three clips on the server, and the reconnect prompt once the simulator expires
//! the session.

use std::process::Command;
use std::time::Duration;

use crate::driver::{e2e_available, eventually, App, Profile, TestResult};
use crate::flows;
use crate::{sim, RENDER_TIMEOUT};

/// Removes the web session the test stored in the session keyring.
struct ClearSession(String);
impl Drop for ClearSession {
    fn drop(&mut self) {
        let _ = Command::new("secret-tool")
            .args(["clear", "service", &self.0, "username", "web-session"])
            .status();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_folder_server_merge_and_expiry() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    with_web_account("session", |app, sim, _| Box::pin(scenario(app, sim))).await
}

type Scenario<'a> = std::pin::Pin<Box<dyn std::future::Future<Output = TestResult> + Send + 'a>>;

/// A window: a simulator, a profile whose stored web session is removed
/// afterwards, the app; `scenario` runs, a failure leaves a screenshot.
async fn with_web_account(
    name: &str,
    scenario: impl for<'a> FnOnce(&'a App, &'a ulazai_sim::SimHandle, &'a Profile) -> Scenario<'a>,
) -> TestResult {
    let place = crate::window().await?;
    let sim = sim().await;
    let profile = Profile::new(name);
    let _clear = ClearSession(profile.keyring_service.clone());
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    let result = scenario(&app, &sim, &profile).await;
    if result.is_err() {
        let _ = app.screenshot(&format!("debug-{name}-failure")).await;
    }
    result?;
    app.close().await
}

async fn scenario(app: &App, sim: &ulazai_sim::SimHandle) -> TestResult {
    flows::set_key(app, ulazai_sim::DEMO_KEY).await?;

    // Sign in in the sign-in window, with a real form submit.
    flows::sign_in_web(app, sim, "demo", "demo").await?;
    let state = app.testid("web-session-state").await?.text().await?;
    assert_eq!(state, "Web account connected");
    app.screenshot("20-web-account-connected").await?;
    app.click_testid("settings-close").await?;

    // A folder: local at once, and the simulator records its server bucket.
    flows::create_folder_new(app, "Harbour cuts").await?;
    eventually(
        Duration::from_secs(15),
        "the simulator records the folder bucket",
        || async {
            Ok(sim
                .folders()
                .iter()
                .any(|f| f.name == "Harbour cuts")
                .then_some(()))
        },
    )
    .await?;

    // Three clips, merged on the server in tray order.
    let ids = flows::generate(app, "veo31_fast", "Three shots of a harbour at dawn", 3).await?;
    for id in &ids {
        flows::wait_status(app, id, "completed", RENDER_TIMEOUT).await?;
    }
    let order = flows::card_ids(app).await?;
    let three: Vec<&str> = order.iter().take(3).map(String::as_str).collect();
    flows::marquee_select(app, &three).await?;
    let tray = flows::tray_ids(app).await?;
    assert_eq!(tray.len(), 3, "three clips in the tray: {tray:?}");
    let button = app.testid("merge-button").await?;
    assert_eq!(
        button.attr("data-where").await?.as_deref(),
        Some("server"),
        "merge goes to the server when connected"
    );
    button.click().await?;
    let merged = flows::new_card(app, &order, Duration::from_secs(20)).await?;
    let asked = sim
        .merges()
        .last()
        .map(|m| m.job_ids.clone())
        .unwrap_or_default();
    assert_eq!(asked, tray, "the server merge was asked for in tray order");
    flows::wait_all(
        app,
        std::slice::from_ref(&merged),
        "completed",
        RENDER_TIMEOUT,
    )
    .await?;
    app.screenshot("21-server-merge-completed").await?;

    // The simulator forgets the session: the next session call (a new folder) is refused,
    // the folder stays here, and the app offers to reconnect.
    sim.expire_sessions();
    flows::create_folder_new(app, "After expiry").await?;
    app.wait_for_css(
        "[data-testid='banner-session-expired']",
        Duration::from_secs(20),
    )
    .await?;
    app.testid("session-reconnect").await?;
    assert!(!sim.folders().iter().any(|f| f.name == "After expiry"));
    assert_eq!(
        flows::card_ids(app).await?.len(),
        4,
        "every card is still there"
    );
    app.click_testid("settings-open").await?;
    let shown = app
        .wait_for_css(
            "[data-testid='web-session-state'][data-state='expired']",
            Duration::from_secs(5),
        )
        .await?;
    assert_eq!(shown.text().await?, "Web session expired");
    app.testid("web-reconnect").await?;
    app.screenshot("22-session-expired-reconnect").await?;
    Ok(())
}

/// The web session never reaches the disk: after a real sign-in in the (incognito) sign-in
/// window, no file under the app's data folder or the webview's profile holds the session
/// id — it is in the keyring — and *Disconnect* signs it out on the server: the old cookie
/// is refused from then on.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_web_session_stays_off_the_disk_and_disconnect_signs_out() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    with_web_account("session-disk", |app, sim, profile| {
        Box::pin(session_disk_scenario(app, sim, profile))
    })
    .await
}

async fn session_disk_scenario(
    app: &App,
    sim: &ulazai_sim::SimHandle,
    profile: &Profile,
) -> TestResult {
    flows::set_key(app, ulazai_sim::DEMO_KEY).await?;
    flows::sign_in_web(app, sim, "demo", "demo").await?;
    let sids = sim.session_ids();
    assert_eq!(sids.len(), 1, "one browser session: {sids:?}");
    let sid = &sids[0];
    // Where a webview profile or the app could have written it.
    let mut places = vec![profile.data_dir.clone()];
    for var in ["XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"] {
        if let Some(d) = std::env::var_os(var) {
            places.push(d.into());
        }
    }
    if let Some(home) = std::env::var_os("HOME") {
        let home = std::path::PathBuf::from(home);
        for sub in [".local/share", ".cache", ".config"] {
            places.push(home.join(sub).join("com.ulazai.studio"));
        }
    }
    let mut scanned = 0;
    for place in &places {
        let (hits, n) = files_containing(place, sid);
        scanned += n;
        assert!(hits.is_empty(), "the session id is on disk: {hits:?}");
    }
    println!("session id searched in {scanned} files under {places:?}: not found");
    assert!(
        stored_session(profile)?.contains(sid.as_str()),
        "the session is kept in the keyring"
    );
    assert_eq!(folders_with(sim, sid).await?, 200, "the session works");

    app.click_testid("web-disconnect").await?;
    app.wait_for_css(
        "[data-testid='web-session-state'][data-state='none']",
        Duration::from_secs(15),
    )
    .await?;
    assert_eq!(
        folders_with(sim, sid).await?,
        403,
        "after Disconnect the old cookie is refused"
    );
    // The keyring goes last (best effort, after the server): it empties shortly after.
    eventually(
        Duration::from_secs(10),
        "the session is gone from the keyring",
        || async { Ok(stored_session(profile)?.is_empty().then_some(())) },
    )
    .await?;
    Ok(())
}

/// What the keyring holds as the profile's web session (empty: nothing).
fn stored_session(profile: &Profile) -> TestResult<String> {
    let out = Command::new("secret-tool")
        .args([
            "lookup",
            "service",
            &profile.keyring_service,
            "username",
            "web-session",
        ])
        .output()?;
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// `POST /video-studio/api/folders/` as a browser holding `sid` would send it.
async fn folders_with(sim: &ulazai_sim::SimHandle, sid: &str) -> TestResult<u16> {
    let csrf = "e2eCsrfToken0123456789abcdef";
    let r = reqwest::Client::new()
        .post(format!("{}/video-studio/api/folders/", sim.base_url()))
        .header("Cookie", format!("sessionid={sid}; csrftoken={csrf}"))
        .header("X-CSRFToken", csrf)
        .header("Referer", format!("{}/video-studio/", sim.base_url()))
        .json(&serde_json::json!({"name": "probe"}))
        .send()
        .await?;
    Ok(r.status().as_u16())
}

/// Files under `dir` (recursively) whose bytes contain `needle`, and how many were read.
fn files_containing(dir: &std::path::Path, needle: &str) -> (Vec<std::path::PathBuf>, usize) {
    let (mut hits, mut read) = (Vec::new(), 0);
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() && !p.is_symlink() {
                stack.push(p);
            } else if let Ok(bytes) = std::fs::read(&p) {
                read += 1;
                if bytes.windows(needle.len()).any(|w| w == needle.as_bytes()) {
                    hits.push(p);
                }
            }
        }
    }
    (hits, read)
}

/// A completed clip is saved into the library by itself and its card then plays the local
/// copy (the shell's loopback media server), with open / reveal / copy-path actions.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn completed_clip_is_saved_and_plays_from_the_library() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    let sim = sim().await;
    let profile = Profile::new("library");
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    flows::set_key(&app, ulazai_sim::DEMO_KEY).await?;
    let ids = flows::generate(&app, "veo31_fast", "A lighthouse in fog", 1).await?;
    flows::wait_status(&app, &ids[0], "completed", RENDER_TIMEOUT).await?;
    let card = flows::card_css(&ids[0]);
    app.wait_for_css(
        &format!("{card} [data-testid='card-saved']"),
        Duration::from_secs(20),
    )
    .await?;
    // "Open file" is on the card; "Show in folder" and "Copy file path" are in its "⋯" menu.
    app.wait_for_css(
        &format!("{card} [data-testid='card-open-file']"),
        Duration::from_secs(5),
    )
    .await?;
    app.click_css(&format!("{card} [data-testid='card-more']"))
        .await?;
    for action in ["card-reveal-file", "card-copy-path"] {
        app.wait_for_css(
            &format!("[data-testid='context-menu'] [data-testid='{action}']"),
            Duration::from_secs(5),
        )
        .await?;
    }
    app.client
        .find(fantoccini::Locator::Css("[data-testid='context-menu']"))
        .await?
        .send_keys("\u{E00C}") // Escape closes the menu
        .await?;
    // The file is in the library folder, named from date + model + prompt.
    let lib = profile.data_dir.join("Library").join("Unfiled");
    let names: Vec<String> = std::fs::read_dir(&lib)?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names
            .iter()
            .any(|n| n.contains("A lighthouse in fog") && n.ends_with(".mp4")),
        "library files: {names:?}"
    );
    // A card from the library shows its poster (the first frame, no media player); the
    // play button brings a player, playing the local copy.
    app.wait_for_css(
        &format!("{card} [data-testid='card-poster']"),
        Duration::from_secs(10),
    )
    .await?;
    app.click_css(&format!("{card} [data-testid='card-play']"))
        .await?;
    let played = app
        .client
        .execute_async(
            "const done = arguments[arguments.length-1]; const sel = arguments[0] + ' video';\n\
             const t0 = Date.now(); (function wait(){ const v = document.querySelector(sel);\n\
               if (v && v.readyState >= 1) return done(v.currentSrc + ' ' + v.duration);\n\
               if (v && v.error) return done('error ' + v.error.code + ' ' + v.currentSrc);\n\
               if (Date.now() - t0 > 10000) return done('timeout ' + (v ? v.currentSrc : 'no video'));\n\
               setTimeout(wait, 100); })();",
            vec![serde_json::json!(card)],
        )
        .await?;
    let played = played.as_str().unwrap_or_default().to_string();
    assert!(
        played.starts_with("http://127.0.0.1:") && !played.contains(&sim.base_url()),
        "plays the local copy: {played}"
    );
    app.screenshot("23-saved-card-plays-local-copy").await?;
    app.close().await
}
