//! The whole update, through a package manager: run by packaging/update-check.sh, which has
//! installed the old .deb in a clean Debian root and serves latest.json and the new .deb
//! (both built in the same run, signed with a key made for the run) on loopback. The app in
//! that root gets a demo job, a folder and a setting; "Install and restart" is accepted in the
//! UI; after the restart `dpkg -s` and `ulazai-studio --version` show the new version, About
//! shows it, and the job, the folder and the setting are still there.
//!
//! Needs (set by the script): `ULAZAI_UPDATE_ROOT` (the Debian root), `ULAZAI_UPDATE_URL`,
//! `ULAZAI_UPDATE_FROM` / `ULAZAI_UPDATE_TO` (the versions), `ULAZAI_APP`, `TAURI_DRIVER` (the
//! driver inside the root). Without them it says why and does not run.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::driver::{e2e_available, eventually, App, Profile, TestResult};
use crate::flows;

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// `dpkg-query`'s version of the package inside the root.
fn installed_version(root: &str) -> String {
    let out = Command::new("chroot")
        .args([root, "dpkg-query", "-W", "-f=${Version}", "ulazai-studio"])
        .output()
        .expect("chroot dpkg-query");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// Processes of the app whose environment names `data_dir` (the restarted one has no
/// WebDriver parent to find it by).
fn app_processes(data_dir: &Path) -> Vec<u32> {
    let needle = format!("ULAZAI_STUDIO_DATA_DIR={}", data_dir.display());
    std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            let cmd = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
            let env = std::fs::read(format!("/proc/{pid}/environ")).unwrap_or_default();
            String::from_utf8_lossy(&cmd).starts_with("/usr/bin/ulazai-studio")
                && env.split(|b| *b == 0).any(|kv| kv == needle.as_bytes())
        })
        .collect()
}

/// A control inside the Settings dialog, clicked in the page (the dialog scrolls, and the
/// toasts of the steps before sit over its lower half).
async fn click_in_settings(app: &App, id: &str) -> TestResult {
    app.client
        .execute(
            "const el = document.querySelector(`[data-testid='${arguments[0]}']`);\
             el.scrollIntoView({ block: 'center', behavior: 'instant' }); el.click();",
            vec![id.into()],
        )
        .await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_installed_deb_updates_itself_and_keeps_the_creators_work() -> TestResult {
    let (Some(root), Some(from), Some(to), Some(url)) = (
        var("ULAZAI_UPDATE_ROOT"),
        var("ULAZAI_UPDATE_FROM"),
        var("ULAZAI_UPDATE_TO"),
        var("ULAZAI_UPDATE_URL"),
    ) else {
        eprintln!("SKIP: run by packaging/update-check.sh (a Debian root with the old .deb)");
        return Ok(());
    };
    if !e2e_available() {
        return Ok(());
    }
    let profile = Profile::new("update-install");
    let env = [("ULAZAI_UPDATE_URL", url.as_str())];
    assert_eq!(
        installed_version(&root),
        from,
        "the old package is installed"
    );

    // Before: the creator's work.
    let app = App::launch(&profile, "http://127.0.0.1:9", &env).await?;
    app.click_testid("try-demo").await?;
    app.testid("demo-badge").await?;
    let ids = flows::generate(
        &app,
        "veo31_fast",
        "A kite over dunes, kept across updates",
        1,
    )
    .await?;
    let folder = flows::create_folder(&app, "Kept across updates").await?;
    app.click_testid("settings-open").await?;
    let about = app.text_of(&app.testid("about-version").await?).await?;
    assert!(about.ends_with(&from), "About before: {about}");
    click_in_settings(&app, "theme-dark").await?;
    click_in_settings(&app, "settings-check-now").await?;
    app.click_testid("settings-close").await?;
    let banner = app
        .wait_for_css("[data-testid='update-banner']", Duration::from_secs(30))
        .await?;
    let text = app.text_of(&banner).await?;
    assert!(text.contains(&format!("Version {to} is ready")), "{text}");
    app.screenshot("update-install-01-offered").await?;
    let before = app_processes(&profile.data_dir);
    assert!(
        !before.is_empty(),
        "the app's process is found by its data folder"
    );
    app.click_testid("update-install").await?;

    // The package manager installs it, and the app starts again on its own.
    eventually(
        Duration::from_secs(180),
        "dpkg shows the new version",
        || async { Ok((installed_version(&root) == to).then_some(())) },
    )
    .await?;
    let restarted = eventually(Duration::from_secs(60), "the app restarted", || async {
        let now = app_processes(&profile.data_dir);
        Ok(now.into_iter().find(|pid| !before.contains(pid)))
    })
    .await?;
    let version = Command::new("chroot")
        .args([&root, "/usr/bin/ulazai-studio", "--version"])
        .output()?;
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        format!("ulazai-studio {to}")
    );
    let _ = app.close().await;
    // The restarted app leaves as a logout would end it (it saves first), so that WebDriver
    // can start it again and read it.
    let _ = Command::new("kill").arg(restarted.to_string()).status();
    eventually(
        Duration::from_secs(20),
        "the restarted app left",
        || async { Ok(app_processes(&profile.data_dir).is_empty().then_some(())) },
    )
    .await?;

    // After: the new version, with the creator's work.
    let app = App::launch(&profile, "http://127.0.0.1:9", &env).await?;
    app.wait_for_css(&flows::card_css(&ids[0]), Duration::from_secs(20))
        .await?;
    let folders = flows::attrs(&app, "[data-testid='folder-item']", "data-folder-id").await?;
    assert!(folders.contains(&folder), "the folder is kept: {folders:?}");
    app.click_testid("settings-open").await?;
    let about = app.text_of(&app.testid("about-version").await?).await?;
    assert!(about.ends_with(&to), "About after: {about}");
    let dark = app.testid("theme-dark").await?;
    let class = dark.attr("class").await?.unwrap_or_default();
    assert!(
        class.split_whitespace().any(|c| c == "on"),
        "the dark theme is kept: {class}"
    );
    app.screenshot("update-install-02-after").await?;
    app.close().await
}
