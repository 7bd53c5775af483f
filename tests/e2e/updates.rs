//! An update offered to the real app binary: a manifest on a loopback server
//! (`ULAZAI_UPDATE_URL`) offers a newer version; "Check now" in Settings brings the quiet
//! banner, "What's new" shows the notes as text (markup stays text), and "Install and
//! restart" in this unpacked test build says where to get the update instead of installing.
//! The Settings switch "Check for updates" is kept. Checked at 1280×800 and 860×560.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::time::Duration;

use crate::a11y::resize;
use crate::driver::{e2e_available, eventually, App, Profile, TestResult};
use crate::sim;

const NOTES: &str = "Merges keep the first clip's sound.\n<b>Faster</b> start-up.";

/// Serves `body` as every answer, on 127.0.0.1; answers the manifest's address.
fn serve(body: String) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/latest.json", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for mut conn in listener.incoming().flatten() {
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            while !head.ends_with(b"\r\n\r\n") && conn.read(&mut byte).unwrap_or(0) == 1 {
                head.push(byte[0]);
            }
            let _ = conn.write_all(
                format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                )
                .as_bytes(),
            );
        }
    });
    url
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_offered_update_shows_a_quiet_banner_with_its_notes_as_text() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    let sim = sim().await;
    let profile = Profile::new("update");
    let entry = serde_json::json!({"url": "http://127.0.0.1:9/package", "signature": "unused"});
    let manifest = serde_json::json!({
        "version": "99.0.0",
        "notes": NOTES,
        "pub_date": "2026-12-01T10:00:00Z",
        "platforms": {"linux-x86_64": entry, "windows-x86_64": entry,
                      "darwin-x86_64": entry, "darwin-aarch64": entry},
    });
    let url = serve(manifest.to_string());
    let [display] = place.env();
    let env = [display, ("ULAZAI_UPDATE_URL", url.as_str())];
    let app = App::launch(&profile, &sim.base_url(), &env).await?;
    let result = scenario(&app).await;
    if result.is_err() {
        let _ = app.screenshot("debug-update-failure").await;
    }
    result?;
    app.close().await
}

async fn scenario(app: &App) -> TestResult {
    app.click_testid("settings-open").await?;
    let about = app.testid("about-version").await?;
    let version = app.text_of(&about).await?;
    assert!(
        version.contains(env!("CARGO_PKG_VERSION")),
        "About shows the running version: {version}"
    );
    app.click_testid("settings-check-now").await?;
    let switch = app.testid("settings-check-updates").await?;
    assert!(switch.is_selected().await?, "checks are on by default");
    app.scroll_into_view(&about).await?;
    app.screenshot("update-00-settings-1280x800").await?;
    app.click_testid("settings-close").await?;
    let banner = app
        .wait_for_css("[data-testid='update-banner']", Duration::from_secs(20))
        .await?;
    let text = app.text_of(&banner).await?;
    assert!(text.contains("Version 99.0.0 is ready"), "{text}");
    app.click_testid("update-whats-new").await?;
    let notes = app.testid("update-notes").await?;
    let shown = app.text_of(&notes).await?;
    assert!(
        shown.contains("<b>Faster</b> start-up."),
        "the notes are text, markup included: {shown}"
    );
    resize(app, 1280, 800).await?;
    app.screenshot("update-01-banner-1280x800").await?;
    app.click_testid("update-install").await?;
    let problem = eventually(Duration::from_secs(10), "the answer to Install", || async {
        match app.all_css("[data-testid='update-problem']").await?.first() {
            Some(el) => Ok(Some(app.text_of(el).await?)),
            None => Ok(None),
        }
    })
    .await?;
    assert!(
        problem.contains("cannot replace itself") && problem.contains("Get version 99.0.0 from"),
        "an unpacked program says where to get the update: {problem}"
    );
    resize(app, 860, 560).await?;
    app.screenshot("update-02-elsewhere-860x560").await?;
    app.click_testid("update-later").await?;
    eventually(Duration::from_secs(5), "the banner put away", || async {
        Ok(app
            .all_css("[data-testid='update-banner']")
            .await?
            .is_empty()
            .then_some(()))
    })
    .await?;
    Ok(())
}
