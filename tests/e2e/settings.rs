//! Settings in the real window: a server address that cannot be used is refused beside its
//! field (visible, not covered), the field keeps what was typed, the other settings keep
//! saving (checked in `settings.json`), every switch shows what is stored after the panel is
//! closed and reopened, an error toast is drawn above the open panel, the chosen ffmpeg is
//! shown as text (picked in a native dialog, never typed) and can be forgotten for the one
//! on PATH, and in demo mode the server field shows no address of the built-in simulator.

use std::path::Path;
use std::time::Duration;

use serde_json::{json, Value};

use crate::driver::{e2e_available, eventually, App, Profile, TestResult};
use crate::{flows, sim, RENDER_TIMEOUT};

/// The real server the app is pinned to here; the demo's simulator listens on 127.0.0.1.
const SERVER: &str = "https://ulazai.invalid";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_server_address_is_refused_beside_its_field_and_nothing_wedges() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    let profile = Profile::new("settings");
    std::fs::write(
        profile.data_dir.join("settings.json"),
        br#"{"settings": {"ffmpeg_path": "/nonexistent/ffmpeg"}}"#,
    )?;
    let app = App::launch(&profile, SERVER, &place.env()).await?;
    let result = scenario(&app, &profile).await;
    if result.is_err() {
        let _ = app.screenshot("debug-settings-failure").await;
    }
    result?;
    app.close().await
}

async fn scenario(app: &App, profile: &Profile) -> TestResult {
    app.testid("onboarding").await?;
    app.click_testid("try-demo").await?;
    app.testid("demo-badge").await?;
    let settings_file = profile.data_dir.join("settings.json");

    // Toasts are drawn over an open dialog: the "Demo started" one could cover the Advanced
    // summary. A person reads it and closes it.
    flows::dismiss_toasts(app).await?;
    app.click_testid("settings-open").await?;
    app.click_css("[data-testid='settings-panel'] details summary")
        .await?;
    // Demo: no loopback address of the simulator; it says a built-in simulator is used.
    let field = app.testid("settings-base-url").await?;
    let placeholder = field.attr("placeholder").await?.unwrap_or_default();
    assert_eq!(placeholder, SERVER, "the real server, not the simulator");
    let advanced = app
        .text_of(
            &app.wait_for_css(
                "[data-testid='settings-panel'] details",
                Duration::from_secs(5),
            )
            .await?,
        )
        .await?;
    assert!(!advanced.contains("127.0.0.1"), "{advanced}");
    let demo_note = app.testid("settings-base-url-demo").await?;
    assert!(app
        .text_of(&demo_note)
        .await?
        .contains("built-in simulator"));

    // A bad address: refused beside the field, as typed, visible above everything.
    app.type_into("settings-base-url", "htp:/ulazai").await?;
    app.testid("settings-base-url")
        .await?
        .send_keys("\t")
        .await?;
    let error = app.testid("field-error-base_url_override").await?;
    let message = app.text_of(&error).await?;
    assert!(
        message.contains("server address cannot be used"),
        "{message}"
    );
    assert_uncovered(app, "field-error-base_url_override").await?;
    assert_eq!(field_value(app, "settings-base-url").await?, "htp:/ulazai");
    app.screenshot("settings-01-bad-address-1280").await?;

    // The other settings keep saving while the bad text is in the field.
    app.click_testid("settings-notifications").await?;
    eventually(
        Duration::from_secs(10),
        "notifications off in settings.json",
        || async { Ok((stored(&settings_file)["notifications"] == json!(false)).then_some(())) },
    )
    .await?;
    assert_eq!(stored(&settings_file)["base_url_override"], Value::Null);
    assert!(!checked(app, "settings-notifications").await?);

    // ffmpeg is never typed in: the program chosen (written into settings.json before the
    // start, as a native picker's choice is kept) shows as text beside "Choose ffmpeg…";
    // "Use ffmpeg from PATH" forgets it. (A picked file that is not ffmpeg is refused beside
    // the button: `a_merge_with_a_missing_chosen_ffmpeg_leads_to_the_setting` shows that
    // message there; the shell test `a_picked_ffmpeg_is_checked_before_it_is_kept` the check.)
    let shown = app.testid("settings-ffmpeg-path").await?;
    assert_eq!(app.text_of(&shown).await?, "/nonexistent/ffmpeg");
    assert!(
        app.all_css("input[data-testid='settings-ffmpeg-path']")
            .await?
            .is_empty(),
        "no field to type a program into"
    );
    let pick = app.testid("settings-ffmpeg-pick").await?;
    assert_eq!(app.text_of(&pick).await?, "Choose ffmpeg…");
    app.screenshot("settings-02-chosen-ffmpeg").await?;
    app.click_testid("settings-ffmpeg-clear").await?;
    eventually(
        Duration::from_secs(10),
        "the chosen ffmpeg forgotten in settings.json",
        || async { Ok((stored(&settings_file)["ffmpeg_path"] == Value::Null).then_some(())) },
    )
    .await?;
    let shown = app.testid("settings-ffmpeg-path").await?;
    assert!(app.text_of(&shown).await?.contains("found on PATH"));
    assert!(app
        .all_css("[data-testid='settings-ffmpeg-clear']")
        .await?
        .is_empty());
    assert_eq!(
        stored(&settings_file)["notifications"],
        json!(false),
        "kept"
    );

    // Exports carry flags and stars only when asked; the choice is kept.
    assert_eq!(field_value(app, "settings-export-marks").await?, "none");
    app.select_testid("settings-export-marks", "sidecar")
        .await?;
    eventually(
        Duration::from_secs(10),
        "XMP sidecars chosen in settings.json",
        || async { Ok((stored(&settings_file)["export_marks"] == json!("sidecar")).then_some(())) },
    )
    .await?;

    // Closed and reopened: the switch shows what is stored; the refused text and its
    // message are still there.
    app.click_testid("settings-close").await?;
    app.click_testid("settings-open").await?;
    assert!(!checked(app, "settings-notifications").await?);
    assert_eq!(field_value(app, "settings-export-marks").await?, "sidecar");
    assert_eq!(field_value(app, "settings-base-url").await?, "htp:/ulazai");
    assert_uncovered(app, "field-error-base_url_override").await?;

    // A save that fails for another reason (the file cannot be written): an error toast,
    // drawn above the open panel, and the switch goes back to what is stored.
    std::fs::remove_file(&settings_file)?;
    std::fs::create_dir(&settings_file)?;
    app.click_testid("settings-notifications").await?;
    let toast = app
        .wait_for_css(
            "[data-testid='toast'][data-kind='error']",
            Duration::from_secs(10),
        )
        .await?;
    assert!(app.text_of(&toast).await?.contains("Settings not saved"));
    assert_uncovered(app, "toast").await?;
    app.screenshot("settings-03-error-toast-over-panel").await?;
    eventually(
        Duration::from_secs(5),
        "the switch shows the stored value again",
        || async { Ok((!checked(app, "settings-notifications").await?).then_some(())) },
    )
    .await?;
    std::fs::remove_dir(&settings_file)?;
    // Usable there too: its Dismiss button closes it.
    flows::dismiss_toasts(app).await?;

    // Correcting the address clears the message; the small window shows it all too.
    crate::a11y::resize(app, 860, 560).await?;
    // Emptied as a person does (select all, delete), then leave the field.
    let field = app.testid("settings-base-url").await?;
    field.send_keys("\u{E009}a\u{E009}").await?;
    field.send_keys("\u{E003}\t").await?;
    eventually(
        Duration::from_secs(10),
        "the message goes once the field is cleared",
        || async {
            Ok(app
                .all_css("[data-testid='field-error-base_url_override']")
                .await?
                .is_empty()
                .then_some(()))
        },
    )
    .await?;
    let field = app.testid("settings-base-url").await?;
    field.send_keys("htp:/ulazai\t").await?;
    app.testid("field-error-base_url_override").await?;
    assert_uncovered(app, "field-error-base_url_override").await?;
    app.screenshot("settings-04-bad-address-860").await?;
    Ok(())
}

/// The ffmpeg chosen in Settings went missing after it was set: Merge says so, without
/// install commands, and its toast opens Settings at that field, where the reason is shown.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_merge_with_a_missing_chosen_ffmpeg_leads_to_the_setting() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    let sim = sim().await;
    let profile = Profile::new("settings-ffmpeg");
    std::fs::write(
        profile.data_dir.join("settings.json"),
        br#"{"settings": {"ffmpeg_path": "/nonexistent/ffmpeg"}}"#,
    )?;
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    let result = merge_scenario(&app).await;
    if result.is_err() {
        let _ = app.screenshot("debug-settings-ffmpeg-failure").await;
    }
    result?;
    app.close().await
}

async fn merge_scenario(app: &App) -> TestResult {
    flows::set_key(app, ulazai_sim::DEMO_KEY).await?;
    let ids = flows::generate(app, "veo31_fast", "Two shots of a harbour crane", 2).await?;
    flows::wait_all(app, &ids, "completed", RENDER_TIMEOUT).await?;
    let order = flows::card_ids(app).await?;
    let two: Vec<&str> = order.iter().take(2).map(String::as_str).collect();
    flows::marquee_select(app, &two).await?;
    app.click_testid("merge-button").await?;

    let toast = app
        .wait_for_css(
            "[data-testid='toast'][data-kind='error']",
            Duration::from_secs(10),
        )
        .await?;
    let text = app.text_of(&toast).await?;
    assert!(
        text.contains("/nonexistent/ffmpeg does not exist"),
        "{text}"
    );
    assert!(text.contains("Settings → Library"), "{text}");
    assert!(!text.contains("apt install"), "no install commands: {text}");
    assert!(
        app.all_css("[data-testid='ffmpeg-missing']")
            .await?
            .is_empty(),
        "not the 'ffmpeg is not installed' box"
    );
    app.screenshot("settings-05-merge-bad-ffmpeg-path").await?;
    app.click_testid("toast-action").await?;

    app.testid("settings-panel").await?;
    eventually(
        Duration::from_secs(5),
        "the ffmpeg field has focus",
        || async {
            let id = app
                .client
                .execute("return document.activeElement?.id ?? null;", vec![])
                .await?;
            Ok((id == json!("ffmpeg-path")).then_some(()))
        },
    )
    .await?;
    let error = app.testid("field-error-ffmpeg_path").await?;
    assert!(app.text_of(&error).await?.contains("/nonexistent/ffmpeg"));
    assert_uncovered(app, "field-error-ffmpeg_path").await?;
    app.screenshot("settings-06-opened-at-ffmpeg").await?;
    Ok(())
}

/// `settings.json`'s settings (an empty object while it cannot be read).
fn stored(file: &Path) -> Value {
    std::fs::read_to_string(file)
        .ok()
        .and_then(|t| serde_json::from_str::<Value>(&t).ok())
        .map(|v| v["settings"].clone())
        .unwrap_or(json!({}))
}

async fn checked(app: &App, id: &str) -> TestResult<bool> {
    let v = app
        .client
        .execute(
            "return document.querySelector(`[data-testid='${arguments[0]}']`).checked;",
            vec![json!(id)],
        )
        .await?;
    Ok(v.as_bool().unwrap_or_default())
}

async fn field_value(app: &App, id: &str) -> TestResult<String> {
    let v = app
        .client
        .execute(
            "return document.querySelector(`[data-testid='${arguments[0]}']`).value;",
            vec![json!(id)],
        )
        .await?;
    Ok(v.as_str().unwrap_or_default().to_string())
}

/// What is drawn at the centre of the (last) element with this test id is that element or
/// inside it: nothing covers it (a dialog drawn over a toast would be found instead).
async fn assert_uncovered(app: &App, id: &str) -> TestResult {
    let script = "const all = document.querySelectorAll(`[data-testid='${arguments[0]}']`);
                  const el = all[all.length - 1];
                  el.scrollIntoView({block: 'center'});
                  const r = el.getBoundingClientRect();
                  const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
                  return {inside: !!hit && el.contains(hit), hit: hit ? hit.outerHTML.slice(0, 120) : null,
                          w: r.width, h: r.height,
                          layer: [...document.querySelectorAll('[popover]')].map((p) => p.matches(':popover-open'))};";
    let v = app.client.execute(script, vec![json!(id)]).await?;
    assert!(
        v["inside"] == json!(true) && v["w"].as_f64() > Some(0.0),
        "{id} is covered: {v}"
    );
    Ok(())
}
