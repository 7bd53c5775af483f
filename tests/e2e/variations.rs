//! Variations and the hourly limit in the real window. A text prompt is offered only the
//! models that render text alone, each with its own durations; the preview holds every
//! combination picked (none dropped) with its clips and credits; Back keeps the picks.
//! Queued against a simulator allowing one generate request an hour, the first is sent and
//! the rest wait: "Submit now" is disabled, and the panel says why and until when.

use std::time::Duration;

use serde_json::json;

use crate::driver::{e2e_available, eventually, App, Profile, Step, TestResult};
use crate::flows;
use crate::queue::texts;

const PROMPT: &str = "a lighthouse at dusk, waves breaking";

async fn one_request_an_hour() -> ulazai_sim::SimHandle {
    crate::sim_with(ulazai_sim::SimConfig {
        generate_limit_per_hour: 1,
        ..crate::sim_config()
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn variations_are_valid_back_keeps_picks_and_submit_now_waits_for_the_limit() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    let sim = one_request_an_hour().await;
    let profile = Profile::new("variations");
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    let result = scenario(&app, &sim).await;
    if result.is_err() {
        let _ = app.screenshot("debug-variations-failure").await;
    }
    result?;
    app.close().await
}

/// The checked boxes matching `css`, as their `data-value` (or `data-slug`).
async fn checked(app: &App, css: &str) -> TestResult<Vec<String>> {
    let script = "return Array.from(document.querySelectorAll(arguments[0]))\
                  .filter(e => e.checked).map(e => e.dataset.value ?? e.dataset.slug);";
    let v = app.client.execute(script, vec![json!(css)]).await?;
    Ok(serde_json::from_value(v)?)
}

fn pick(slug: &str, testid: &str) -> String {
    format!("[data-testid='variation-pick'][data-slug='{slug}'] [data-testid='{testid}']")
}

fn credits(slug: &str) -> TestResult<u64> {
    Ok(ulazai_sim::models::find(slug).ok_or("a model")?.credits)
}

/// The element reads "3 variations · 3 clips · `cost` credits" (any digit grouping).
async fn says_three_clips(app: &App, testid: &str, cost: u64) -> TestResult {
    let text = app.text_of(&app.testid(testid).await?).await?;
    let text = text.replace([',', '.', '\u{a0}', '\u{202f}'], "");
    assert!(
        text.contains("3 variations · 3 clips") && text.contains(&format!("{cost} credits")),
        "{testid}: {text}"
    );
    Ok(())
}

async fn scenario(app: &App, sim: &ulazai_sim::SimHandle) -> TestResult {
    flows::set_key(app, ulazai_sim::DEMO_KEY).await?;
    flows::choose_model(app, "kling_3_0").await?;
    app.type_into("prompt-input", PROMPT).await?;

    app.click_testid("queue-variations").await?;
    app.wait_for_css(
        "dialog[open][data-testid='import-dialog']",
        Duration::from_secs(5),
    )
    .await?;
    app.wait_for_css(
        "[data-testid='variation-pick'][data-slug='kling_3_0']",
        Duration::from_secs(10),
    )
    .await?;

    // Only the models that render a text prompt alone; the others say what they need.
    let offered = flows::attrs(app, "[data-testid='variation-model']", "data-slug").await?;
    for m in ulazai_sim::models::all() {
        let text_only = m.min_input_images == 0 && m.min_input_videos == 0;
        assert_eq!(
            offered.iter().any(|s| s == m.slug),
            text_only,
            "{} offered for a text prompt: {offered:?}",
            m.slug
        );
    }
    let unable = texts(app, "[data-testid='variation-unable'] li").await?;
    assert!(
        unable.iter().any(|t| t.contains("input image")),
        "{unable:?}"
    );

    // Kling offers its own durations; Veo, ticked, its only one.
    let kling_durations =
        flows::attrs(app, &pick("kling_3_0", "variation-duration"), "data-value").await?;
    assert_eq!(kling_durations, ["5", "10"]);
    app.click_css("[data-testid='variation-model'][data-slug='veo31_fast']")
        .await?;
    app.wait_for_css(
        "[data-testid='variation-pick'][data-slug='veo31_fast']",
        Duration::from_secs(5),
    )
    .await?;
    let veo_durations =
        flows::attrs(app, &pick("veo31_fast", "variation-duration"), "data-value").await?;
    assert_eq!(veo_durations, ["8"]);
    app.click_css(&format!(
        "{}[data-value='10']",
        pick("kling_3_0", "variation-duration")
    ))
    .await?;

    // Kling at 5 s and 10 s, Veo at 8 s: three clips, and their cost, before the preview.
    let cost = 2 * credits("kling_3_0")? + credits("veo31_fast")?;
    says_three_clips(app, "variations-totals", cost).await?;
    let picked = (
        checked(app, "[data-testid='variation-model']").await?,
        checked(app, "[data-testid='variation-duration']").await?,
    );
    app.screenshot("60-variations-picker").await?;
    crate::a11y::resize(app, 860, 560).await?;
    app.screenshot("60-variations-picker-small").await?;
    crate::a11y::resize(app, 1280, 800).await?;

    app.click_testid("variations-preview").await?;
    app.wait_for_css("[data-testid='import-summary']", Duration::from_secs(10))
        .await?;
    let problems = texts(app, "[data-testid='import-problem']").await?;
    assert!(problems.is_empty(), "no combination dropped: {problems:?}");
    let items = texts(app, "[data-testid='import-item']").await?;
    assert_eq!(items.len(), 3, "{items:?}");
    says_three_clips(app, "import-summary", cost).await?;
    app.screenshot("61-variations-preview").await?;

    // Back: every pick as it was.
    app.click_testid("import-back").await?;
    app.wait_for_css(
        "[data-testid='variation-pick'][data-slug='veo31_fast']",
        Duration::from_secs(5),
    )
    .await?;
    let again = (
        checked(app, "[data-testid='variation-model']").await?,
        checked(app, "[data-testid='variation-duration']").await?,
    );
    assert_eq!(again, picked, "Back keeps every pick");

    app.click_testid("variations-preview").await?;
    app.wait_for_css("[data-testid='import-confirm']", Duration::from_secs(10))
        .await?;
    app.click_testid("import-confirm").await?;

    // One request an hour: the first goes, the other two wait for the limit.
    eventually(
        Duration::from_secs(30),
        "one request sent, two queued items waiting for the hourly limit",
        || async {
            let cards = app.all_css("[data-testid='queued-card']").await?;
            let totals = app.text_of(&app.testid("queue-totals").await?).await?;
            Ok((cards.len() == 2 && totals.contains("1/1")).then_some(()))
        },
    )
    .await?;
    let buttons = app.all_css("[data-testid='queued-submit-now']").await?;
    assert_eq!(buttons.len(), 2);
    for button in &buttons {
        assert!(
            !button.is_enabled().await.step("read Submit now")?,
            "Submit now is disabled at the limit"
        );
    }
    let why = app.text_of(&app.testid("queue-limit").await?).await?;
    assert!(
        why.contains("hourly limit")
            && why.contains("possible at")
            && why.matches(" in ").count() == 1,
        "the reason and the time, once: {why}"
    );
    for button in &buttons {
        assert_eq!(button.attr("title").await?.as_deref(), Some(why.as_str()));
    }
    app.screenshot("62-queue-at-the-limit").await?;
    crate::a11y::resize(app, 860, 560).await?;
    app.screenshot("63-queue-at-the-limit-small").await?;
    crate::a11y::resize(app, 1280, 800).await?;

    let generates: Vec<u16> = sim
        .stats()
        .log
        .into_iter()
        .filter(|r| r.endpoint == "generate")
        .map(|r| r.status)
        .collect();
    assert_eq!(generates.first(), Some(&200), "{generates:?}");
    Ok(())
}
