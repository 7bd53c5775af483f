//! The language picker in the real window: with the system in English, Settings offers
//! "System (English)" first; choosing Deutsch changes the window's text and `<html lang>`
//! at once (no restart), is kept in `settings.json` and still German after a restart;
//! back to System, the window speaks English again.

use std::time::Duration;

use serde_json::Value;

use crate::driver::{e2e_available, eventually, App, Profile, TestResult};
use crate::flows;

const SERVER: &str = "https://ulazai.invalid";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deutsch_in_settings_changes_the_window_at_once_and_stays_after_a_restart() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    let profile = Profile::new("language");
    // The system's language: English, whatever the machine running the test says.
    let env = [place.env()[0], ("LANGUAGE", "en_US"), ("LC_ALL", "C.UTF-8")];
    let app = App::launch(&profile, SERVER, &env).await?;
    let result = choose_german(&app, &profile).await;
    if result.is_err() {
        let _ = app.screenshot("debug-language-failure").await;
    }
    result?;
    app.close().await?;

    let app = App::launch(&profile, SERVER, &env).await?;
    let result = still_german_then_system(&app).await;
    if result.is_err() {
        let _ = app.screenshot("debug-language-restart-failure").await;
    }
    result?;
    app.close().await
}

async fn html_lang(app: &App) -> TestResult<String> {
    let v = app
        .client
        .execute("return document.documentElement.lang;", vec![])
        .await?;
    Ok(v.as_str().unwrap_or_default().to_string())
}

/// The window speaks `lang`: `<html lang>` and the Settings title say so.
async fn speaks(app: &App, lang: &str, title: &str, within: Duration) -> TestResult {
    eventually(within, &format!("the window speaks {lang}"), || async {
        let got = (
            html_lang(app).await?,
            flows::dom_text(app, "#settings-title").await?,
        );
        Ok((got.0 == lang && got.1.as_deref() == Some(title)).then_some(()))
    })
    .await
}

async fn open_settings(app: &App) -> TestResult {
    flows::dismiss_toasts(app).await?;
    app.click_testid("settings-open").await?;
    app.testid("settings-language").await?;
    Ok(())
}

async fn choose_german(app: &App, profile: &Profile) -> TestResult {
    app.testid("onboarding").await?;
    app.click_testid("try-demo").await?;
    app.testid("demo-badge").await?;
    open_settings(app).await?;
    speaks(app, "en", "Settings", Duration::from_secs(5)).await?;
    let system = flows::dom_text(app, "[data-testid='settings-language'] option[value='']").await?;
    assert_eq!(system.as_deref(), Some("System (English)"));
    let deutsch =
        flows::dom_text(app, "[data-testid='settings-language'] option[value='de']").await?;
    assert_eq!(
        deutsch.as_deref(),
        Some("Deutsch"),
        "each language by its own name"
    );

    app.select_testid("settings-language", "de").await?;
    // At once: the open dialog changes under the creator's eyes, no restart.
    speaks(app, "de", "Einstellungen", Duration::from_secs(3)).await?;
    let web = flows::dom_text(app, "#s-web").await?;
    assert_eq!(web.as_deref(), Some("Web-Konto"));
    let kept: Value = serde_json::from_str(&std::fs::read_to_string(
        profile.data_dir.join("settings.json"),
    )?)?;
    assert_eq!(kept["settings"]["language"], "de", "{kept}");
    Ok(())
}

async fn still_german_then_system(app: &App) -> TestResult {
    app.testid("demo-badge").await?;
    open_settings(app).await?;
    speaks(app, "de", "Einstellungen", Duration::from_secs(10)).await?;
    let system = flows::dom_text(app, "[data-testid='settings-language'] option[value='']").await?;
    assert_eq!(
        system.as_deref(),
        Some("System (English)"),
        "the system named in itself"
    );

    app.select_testid("settings-language", "").await?;
    speaks(app, "en", "Settings", Duration::from_secs(3)).await?;
    Ok(())
}
