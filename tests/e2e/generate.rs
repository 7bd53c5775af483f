//! Generating: a batch renders to the end and plays; a failure shows its error and refund;
//! invalid input is refused inline before anything is sent; server text stays text.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use fantoccini::Locator;
use serde_json::json;

use crate::driver::{e2e_available, eventually, App, Profile, TestResult};
use crate::flows::{self, card_css, card_text};
use crate::{sim, RENDER_TIMEOUT};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_batch_of_three_renders_to_completed_and_plays() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    let sim = sim().await;
    let profile = Profile::new("batch");
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    app.testid("onboarding").await?;
    app.screenshot("01-first-run").await?;

    flows::set_key(&app, ulazai_sim::DEMO_KEY).await?;
    let ids = flows::generate(
        &app,
        "veo31_fast",
        "A lighthouse at dusk, waves breaking",
        3,
    )
    .await?;
    assert_eq!(
        sim.stats().requests.get("generate"),
        Some(&1),
        "one POST for the batch"
    );

    // Watch every card's status until all are completed; remember what each went through.
    let mut seen: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut still_while_rendering = false;
    let deadline = std::time::Instant::now() + RENDER_TIMEOUT;
    loop {
        let now = flows::statuses(&app).await?;
        if !still_while_rendering && now.values().any(|s| s == "processing") {
            nothing_moves_forever(&app).await?;
            app.screenshot("02-batch-rendering").await?;
            still_while_rendering = true;
        }
        for id in &ids {
            if let Some(s) = now.get(id) {
                let trail = seen.entry(id.clone()).or_default();
                if trail.last() != Some(s) {
                    trail.push(s.clone());
                }
            }
        }
        if ids
            .iter()
            .all(|id| now.get(id).map(String::as_str) == Some("completed"))
        {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "all three cards complete in time: {seen:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(still_while_rendering, "the cards were seen rendering");
    for (id, trail) in &seen {
        assert_eq!(
            trail.first().map(String::as_str),
            Some("pending"),
            "{id} started pending: {trail:?}"
        );
        assert!(
            trail.iter().any(|s| s == "processing"),
            "{id} was seen processing: {trail:?}"
        );
        assert_eq!(
            trail.last().map(String::as_str),
            Some("completed"),
            "{id}: {trail:?}"
        );
    }
    app.screenshot("02-batch-completed").await?;

    // Select the first clip (its tick shows), then play its preview with its play button.
    app.click_css(&format!("{} .info .model", card_css(&ids[0])))
        .await?;
    // A click to look at a clip selects it; it does not line it up for a merge.
    let trays = app
        .client
        .find_all(Locator::Css("[data-testid='merge-tray']"))
        .await?;
    assert!(trays.is_empty(), "a click on one clip opens no merge tray");
    app.click_css(&format!("{} [data-testid='card-play']", card_css(&ids[0])))
        .await?;
    let script = "const v = document.querySelector(arguments[0] + ' video'); \
                  return v ? [v.paused, v.currentTime, v.readyState, v.error ? v.error.code : 0] : null;";
    let played = eventually(Duration::from_secs(15), "the preview plays", || async {
        let state = app
            .client
            .execute(script, vec![json!(card_css(&ids[0]))])
            .await?;
        let t = state.get(1).and_then(|v| v.as_f64()).unwrap_or(0.0);
        Ok((t > 0.2).then_some(state))
    })
    .await?;
    assert_eq!(played[3], json!(0), "no media error: {played}");

    // While it plays, nothing lies over the player's own controls (status badge, mode,
    // selection tick, the card's play button): across the control rows at the top and the
    // bottom, and the middle, the topmost element is the video. And there is one pause
    // control: the player's.
    let probe = "const v = document.querySelector(arguments[0] + ' video'); \
                 if (!v) return null; const r = v.getBoundingClientRect(); const hits = []; \
                 for (const x of [20, r.width / 4, r.width / 2, 3 * r.width / 4, r.width - 18]) \
                   for (const y of [18, r.height / 2, r.height - 22]) { \
                     const e = document.elementFromPoint(r.left + x, r.top + y); \
                     if (e !== v) hits.push([Math.round(x), Math.round(y), e ? e.className.baseVal ?? e.className : 'nothing']); } \
                 return {covered: hits, \
                   card_buttons: document.querySelectorAll(arguments[0] + \" [data-testid='card-play']\").length, \
                   selected: document.querySelector(arguments[0]).getAttribute('aria-selected')};";
    let over = app
        .client
        .execute(probe, vec![json!(card_css(&ids[0]))])
        .await?;
    app.screenshot("02b-card-player-controls").await?;
    assert_eq!(
        over["selected"],
        json!("true"),
        "the card is selected: {over}"
    );
    assert_eq!(
        over["covered"],
        json!([]),
        "points over the playing player where something else is on top: {over}"
    );
    assert_eq!(
        over["card_buttons"],
        json!(0),
        "one pause control while it plays (the player's): {over}"
    );
    app.close().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_job_shows_its_error_and_refund() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    let sim = sim().await;
    let profile = Profile::new("failed");
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    flows::set_key(&app, ulazai_sim::DEMO_KEY).await?;
    sim.fail_next_with(
        1,
        Some("The provider rejected this prompt (content policy)."),
    );
    let ids = flows::generate(&app, "veo31_fast", "A prompt the provider refuses", 1).await?;
    flows::wait_all(&app, &ids, "failed", RENDER_TIMEOUT).await?;
    app.screenshot("03-failed-refunded").await?;
    let text = card_text(&app, &ids[0]).await?;
    assert!(
        text.contains("A prompt the provider refuses"),
        "a failed card keeps its prompt: {text}"
    );
    assert!(
        text.contains("The provider rejected this prompt (content policy)."),
        "error shown: {text}"
    );
    assert!(text.contains("Refunded"), "refund marker shown: {text}");
    app.close().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_requests_are_refused_inline_and_never_sent() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    let sim = sim().await;
    let profile = Profile::new("invalid");
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    flows::set_key(&app, ulazai_sim::DEMO_KEY).await?;

    // Kling 3.0 takes prompts up to 2,500 characters.
    flows::choose_model(&app, "kling_3_0").await?;
    let long = "a slow dolly shot over a misty lake ".repeat(75); // 2,700 characters
    app.type_into("prompt-input", &long).await?;
    // The form checks what it holds after a pause in typing; the error names the limit.
    eventually(
        Duration::from_secs(10),
        "the prompt error names the 2,500-character limit",
        || async {
            let error = app
                .text_of(&app.testid("field-error-prompt").await?)
                .await?;
            Ok(error.contains("2,500").then_some(()))
        },
    )
    .await?;
    let submit = app.testid("generate-submit").await?;
    assert!(!submit.is_enabled().await?, "Generate is disabled");
    let reason = app
        .text_of(&app.testid("generate-disabled-reason").await?)
        .await?;
    assert!(!reason.trim().is_empty(), "the button says why");
    app.screenshot("04-invalid-prompt").await?;

    // A duration the model lacks: 10 s chosen for Kling, then a switch to Veo 3.1 Fast (8 s only).
    app.type_into("prompt-input", "a short prompt").await?;
    app.testid("duration-select")
        .await?
        .select_by_value("10")
        .await?;
    flows::choose_model(&app, "veo31_fast").await?;
    eventually(
        Duration::from_secs(10),
        "the duration error names the allowed 8 s",
        || async {
            let error = app
                .text_of(&app.testid("field-error-duration_seconds").await?)
                .await?;
            Ok(error.contains('8').then_some(()))
        },
    )
    .await?;
    assert!(!app.testid("generate-submit").await?.is_enabled().await?);

    // Nothing reached the simulator.
    assert_eq!(
        sim.stats().requests.get("generate").copied().unwrap_or(0),
        0,
        "no POST was sent"
    );
    app.close().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn html_from_prompts_and_errors_is_shown_as_text() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    let sim = sim().await;
    let profile = Profile::new("html");
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    flows::set_key(&app, ulazai_sim::DEMO_KEY).await?;
    let prompt = "<img src=x onerror=alert(1)>";
    let error = "<b>Provider</b> failed: <script>alert(2)</script>";
    sim.fail_next_with(1, Some(error));
    let ids = flows::generate(&app, "veo31_fast", prompt, 2).await?;
    let failed: BTreeSet<_> = sim
        .jobs()
        .into_iter()
        .filter(|j| j.will_fail)
        .map(|j| j.job_id)
        .collect();
    let failed_id = ids
        .iter()
        .find(|id| failed.contains(*id))
        .cloned()
        .ok_or("one job fails")?;
    flows::wait_status(&app, &failed_id, "failed", RENDER_TIMEOUT).await?;

    let text = card_text(&app, &failed_id).await?;
    assert!(
        text.contains("<b>Provider</b> failed: <script>alert(2)</script>"),
        "literal error text: {text}"
    );
    for id in &ids {
        let card = app.client.find(Locator::Css(&card_css(id))).await?;
        if *id != failed_id {
            assert!(
                card_text(&app, id).await?.contains(prompt),
                "literal prompt on {id}"
            );
        }
        let injected = card
            .find_all(Locator::Css(
                "img:not([data-testid='card-poster']), script, b",
            ))
            .await?;
        assert!(
            injected.is_empty(),
            "no element was made from server text on {id}"
        );
    }
    let alerts = app.client.get_alert_text().await;
    assert!(alerts.is_err(), "no alert dialog opened: {alerts:?}");
    app.screenshot("05-html-as-text").await?;
    app.close().await
}

/// No animation on the page runs forever while clips render: in WebKitGTK every frame of one
/// is a repaint, and four rendering cards with a spinner, a shimmer and a pulsing dot kept
/// the web process at about 0.7 of a core for as long as renders (and a queue) ran —
/// measured 10.6 CPU-s per 15 s against 0.9 with them paused. The cards say the same with
/// the estimate and a progress bar that move once a second.
async fn nothing_moves_forever(app: &App) -> TestResult {
    let endless = app
        .client
        .execute(
            "return document.getAnimations()\
               .filter(a => a.effect && a.effect.getComputedTiming().iterations === Infinity)\
               .map(a => a.animationName || String(a.id) || 'an animation');",
            vec![],
        )
        .await?;
    assert_eq!(
        endless,
        json!([]),
        "animations that never end while clips render"
    );
    Ok(())
}
