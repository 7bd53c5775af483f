//! Step 7 of the journey, Settings: a bad value is refused beside its field, and nothing
//! else is lost.

use std::time::Duration;

use fantoccini::key::Key;
use serde_json::json;

use super::checks;
use super::Journey;
use crate::driver::{eventually, App, Step, TestResult};
use crate::keys::{chord, press};

const CTRL: char = '\u{E009}';

/// Step 7: Settings: a bad server address is refused where it was typed and loses nothing else;
/// the notifications switch is kept and shows what is kept; ffmpeg is shown, not typed.
pub async fn settings(j: &mut Journey) -> TestResult {
    let app = j.app();
    app.click_testid("settings-open").await?;
    app.client
        .execute("document.querySelector(\"[data-testid='settings-base-url']\").closest('details').open = true;", vec![])
        .await?;
    app.type_into("settings-base-url", "htp:/ulazai").await?;
    press(app, Key::Tab).await?;
    visible_message(app, "field-error-base_url_override").await?;
    toggle_notifications(j, false).await?;
    app.click_testid("settings-close").await?;
    app.click_testid("settings-open").await?;
    assert!(
        !checks::switch_on(app, "settings-notifications").await?,
        "the switch shows what is kept"
    );
    visible_message(app, "field-error-base_url_override")
        .await
        .step("the refused address is still explained after reopening")?;
    toggle_notifications(j, true).await?;
    clear_field(app, "settings-base-url", "field-error-base_url_override").await?;
    // ffmpeg is picked in a native dialog, never typed: the one in use is shown as text.
    let ffmpeg = app.testid("settings-ffmpeg-path").await?;
    assert!(app.text_of(&ffmpeg).await?.contains("found on PATH"));
    app.testid("settings-ffmpeg-pick").await?;
    app.screenshot("journey-07-settings").await?;
    app.click_testid("settings-close").await
}

/// Empties a field as a person does (select all, delete) and leaves it, which saves it: its
/// refusal (`error`) goes away.
async fn clear_field(app: &App, testid: &str, error: &str) -> TestResult {
    app.testid(testid).await?.click().await?;
    chord(app, &[CTRL, 'a']).await?;
    press(app, Key::Backspace).await?;
    press(app, Key::Tab).await?;
    let css = format!("[data-testid='{error}']");
    app.wait_count(&css, Duration::from_secs(5), "the refusal goes", |n| n == 0)
        .await?;
    Ok(())
}

/// Flips the notifications switch to `on` and waits until the settings file says so.
async fn toggle_notifications(j: &Journey, on: bool) -> TestResult {
    let app = j.app();
    if checks::switch_on(app, "settings-notifications").await? != on {
        app.click_testid("settings-notifications").await?;
    }
    eventually(
        Duration::from_secs(5),
        "the settings file keeps the switch",
        || async {
            // Written after the change is kept: absent until then.
            let s = checks::settings_file(&j.profile).unwrap_or_default();
            Ok((s["notifications"] == json!(on)).then_some(()))
        },
    )
    .await
}

/// The message with this test id is on screen and nothing covers it.
async fn visible_message(app: &App, testid: &str) -> TestResult {
    // Scrolled to as a person would; a panel that has just opened moves its focus (and so its
    // scroll) to its first field a moment later: look again until it settles.
    let css = format!("[data-testid='{testid}']");
    let script = "const el = document.querySelector(arguments[0]); if (!el) return false; \
        el.scrollIntoView({block: 'center'}); \
        const r = el.getBoundingClientRect(); \
        const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2); \
        return r.height > 0 && !!top && el.contains(top);";
    let shown = eventually(
        Duration::from_secs(5),
        "the message is in sight",
        || async {
            let v = app.client.execute(script, vec![json!(css)]).await?;
            Ok((v == json!(true)).then_some(()))
        },
    )
    .await;
    if shown.is_err() {
        let shot = app
            .screenshot(&format!("journey-covered-{testid}"))
            .await
            .ok();
        return Err(format!("{testid} is not visible ({shot:?})").into());
    }
    Ok(())
}
