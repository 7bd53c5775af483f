//! Curating takes as in a photo tool: rate by keys (4, X, P on the focused card), filter
//! "Picks only" and "3 stars and up", and find the marks kept after a restart; keys right
//! after a marquee selection mark the selected clips.

use std::time::Duration;

use crate::a11y::resize;
use crate::driver::{e2e_available, eventually, App, Profile, Step, TestResult};
use crate::flows::{self, card_css};
use crate::keys::{expect_focus, type_text};
use crate::{sim, RENDER_TIMEOUT};

/// Each card's marks as the page holds them: (id, data-flag, data-rating, its words).
async fn marks(app: &App) -> TestResult<Vec<(String, String, String, String)>> {
    let script = "return [...document.querySelectorAll(\"[data-testid='job-card']\")].map((c) => {\n\
           const m = c.querySelector(\"[data-testid='card-marks']\");\n\
           const words = m ? (m.querySelector('.visually-hidden')?.textContent ?? '') : '';\n\
           return [c.dataset.jobId, m?.dataset.flag ?? '?', m?.dataset.rating ?? '?', words.trim()];\n\
         });";
    Ok(serde_json::from_value(
        app.client.execute(script, vec![]).await?,
    )?)
}

/// Waits until the card `id` shows the flag and rating given.
async fn wait_marks(app: &App, id: &str, flag: &str, rating: u8) -> TestResult {
    eventually(
        Duration::from_secs(10),
        &format!("{id} shows flag {flag:?} and {rating} stars"),
        || async {
            Ok(marks(app)
                .await?
                .iter()
                .any(|(i, f, r, _)| i == id && f == flag && *r == rating.to_string())
                .then_some(()))
        },
    )
    .await
}

/// Clicks the card's prompt (selecting it, focus on the card), then presses `key`.
async fn mark_by_key(app: &App, id: &str, key: &str) -> TestResult {
    app.click_css(&format!("{} [data-testid='card-prompt']", card_css(id)))
        .await?;
    expect_focus(app, &format!("the card {id}"), |f| {
        f.job == id && f.is("job-card")
    })
    .await?;
    assert_eq!(flows::selected_ids(app).await?, [id.to_string()]);
    type_text(app, key).await
}

/// Chooses `value` in the filter `<select>` with the test id `testid`.
async fn filter(app: &App, testid: &str, value: &str) -> TestResult {
    app.select_testid(testid, value).await
}

/// Waits until the grid shows exactly `want` (in any order).
async fn shows(app: &App, want: &[&str], what: &str) -> TestResult {
    let mut want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
    want.sort();
    eventually(Duration::from_secs(10), what, || async {
        let mut now = flows::card_ids(app).await?;
        now.sort();
        Ok((now == want).then_some(()))
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_by_keys_filter_and_restart() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    let sim = sim().await;
    let profile = Profile::new("curation");
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    flows::set_key(&app, ulazai_sim::DEMO_KEY).await?;
    let ids = flows::generate(&app, "veo31_fast", "Four takes of a lighthouse at dusk", 3)
        .await
        .step("generate three")?;
    flows::wait_all(&app, &ids, "completed", RENDER_TIMEOUT).await?;
    let order = flows::card_ids(&app).await?;
    let (four, rejected, picked) = (&order[0], &order[1], &order[2]);

    mark_by_key(&app, four, "4").await.step("4 on the first")?;
    wait_marks(&app, four, "", 4).await?;
    mark_by_key(&app, rejected, "x")
        .await
        .step("X on the second")?;
    wait_marks(&app, rejected, "reject", 0).await?;
    mark_by_key(&app, picked, "p")
        .await
        .step("P on the third")?;
    wait_marks(&app, picked, "pick", 0).await?;
    // The card's name says it in words, not by colour alone.
    let words: Vec<String> = marks(&app).await?.into_iter().map(|m| m.3).collect();
    assert_eq!(words, ["4 stars.", "Rejected.", "Picked."], "{order:?}");
    // A rejected take is dimmed.
    let dim = app
        .client
        .execute(
            "const c = document.querySelector(arguments[0]); const m = c.querySelector('.preview video, .preview .poster');\n\
             return c.classList.contains('rejected') && !!m && Number(getComputedStyle(m).opacity) < 0.6;",
            vec![serde_json::json!(card_css(rejected))],
        )
        .await?;
    assert_eq!(dim.as_bool(), Some(true), "the rejected card is dimmed");
    // Stars by mouse too: the third star of the picked card.
    app.click_css(&format!(
        "{} [data-testid='card-marks'] [data-star='3']",
        card_css(picked)
    ))
    .await
    .step("click the third star")?;
    wait_marks(&app, picked, "pick", 3).await?;
    let polite = app
        .client
        .execute(
            "return document.querySelector(\"[data-testid='live-polite']\").textContent;",
            vec![],
        )
        .await?;
    let polite = polite.as_str().unwrap_or_default();
    assert!(
        polite.contains("Picked 1 clip") && polite.contains("1 clip: 3 stars"),
        "each change was announced politely: {polite}"
    );

    for (w, h) in [(1280, 800), (860, 560)] {
        resize(&app, w, h).await?;
        app.screenshot(&format!("40-marks-{w}x{h}")).await?;
    }
    resize(&app, 1280, 800).await?;

    filter(&app, "filter-flag", "picks").await?;
    shows(&app, &[picked], "Picks only").await?;
    filter(&app, "filter-flag", "").await?;
    filter(&app, "filter-stars", "3").await?;
    shows(&app, &[four, picked], "3 stars and up").await?;
    filter(&app, "filter-flag", "picks").await?;
    shows(&app, &[picked], "picks with 3 stars and up").await?;
    app.screenshot("41-picks-3-stars").await?;
    app.click_testid("filter-clear").await?;
    shows(&app, &[four, rejected, picked], "clear filters").await?;
    app.close().await?;

    // Restart: every mark is still there.
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    app.wait_count(
        "[data-testid='job-card']",
        Duration::from_secs(10),
        "cards after restart",
        |n| n == 3,
    )
    .await?;
    wait_marks(&app, four, "", 4).await?;
    wait_marks(&app, rejected, "reject", 0).await?;
    wait_marks(&app, picked, "pick", 3).await?;
    filter(&app, "filter-flag", "rejected").await?;
    shows(&app, &[rejected], "Rejected after restart").await?;
    app.screenshot("42-marks-after-restart").await?;

    // Right after a marquee selection the keys mark the selected clips, wherever the
    // focus is (the drag leaves it on the page, not on a card).
    app.click_testid("filter-clear").await?;
    shows(&app, &[four, rejected, picked], "all three again").await?;
    flows::marquee_select(&app, &[four, rejected])
        .await
        .step("marquee over two")?;
    let mut selected = flows::selected_ids(&app).await?;
    selected.sort();
    let mut two = vec![four.clone(), rejected.clone()];
    two.sort();
    assert_eq!(selected, two, "the marquee selected the two cards it spans");
    type_text(&app, "5").await?;
    wait_marks(&app, four, "", 5)
        .await
        .step("5 after the marquee")?;
    wait_marks(&app, rejected, "reject", 5).await?;
    wait_marks(&app, picked, "pick", 3).await?;
    app.close().await
}
