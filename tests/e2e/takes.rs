//! Takes of a shot in the real window: a batch of four stacks into one card, "4 takes",
//! that opens in place (Esc closes it); a retry of one take makes it "5 takes", and the new
//! take's details name its place, link to its origin and to its siblings (a link selects
//! that card); stacking off, every clip is a card again.

use std::time::Duration;

use fantoccini::key::Key;

use crate::a11y::{resize, Audit};
use crate::driver::{e2e_available, eventually, App, Profile, Step, TestResult};
use crate::flows::{self, card_css};
use crate::keys::{expect_focus, press};
use crate::{sim, RENDER_TIMEOUT};

/// Each stack control in the grid: (its card's id, data-count, aria-label, aria-expanded).
async fn stacks(app: &App) -> TestResult<Vec<(String, String, String, String)>> {
    let script = "return [...document.querySelectorAll(\"[data-testid='card-takes']\")].map((b) => {\n\
           const c = b.closest(\"[data-testid='job-card']\");\n\
           return [c.dataset.jobId, b.dataset.count, b.getAttribute('aria-label'), b.getAttribute('aria-expanded')];\n\
         });";
    Ok(serde_json::from_value(
        app.client.execute(script, vec![]).await?,
    )?)
}

/// Waits until the grid's cards are `want` in this order, and its one stack is on `cover`
/// with `count` takes, open or not (no stack at all when `count` is 0).
async fn grid_is(
    app: &App,
    want: &[String],
    cover: &str,
    count: usize,
    open: bool,
    what: &str,
) -> TestResult {
    eventually(Duration::from_secs(10), what, || async {
        let cards = flows::card_ids(app).await?;
        let stacks = stacks(app).await?;
        let stack_ok = if count == 0 {
            stacks.is_empty()
        } else {
            stacks
                == [(
                    cover.to_string(),
                    count.to_string(),
                    format!("{count} takes"),
                    open.to_string(),
                )]
        };
        Ok((cards == want && stack_ok).then_some(()))
    })
    .await
    .map_err(|e| format!("{e}: cards {:?}", want).into())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stack_open_retry_and_unstack_the_takes_of_a_batch() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    let sim = sim().await;
    let profile = Profile::new("takes");
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    flows::set_key(&app, ulazai_sim::DEMO_KEY).await?;
    // The batch's first clip fails: a take to retry.
    sim.fail_next(1);
    let batch = flows::generate(&app, "veo31_fast", "Four takes of a harbour at dawn", 4)
        .await
        .step("generate four")?;
    eventually(RENDER_TIMEOUT, "every take finishes", || async {
        let s = flows::statuses(&app).await?;
        let done = batch
            .iter()
            .all(|id| matches!(s.get(id).map(String::as_str), Some("completed" | "failed")));
        Ok(done.then_some(s))
    })
    .await?;
    let statuses = flows::statuses(&app).await?;
    let failed = batch
        .iter()
        .find(|id| statuses[*id] == "failed")
        .ok_or("one take failed")?
        .clone();
    let order = flows::card_ids(&app).await?;
    assert_eq!(order.len(), 4);
    let mut audit = Audit::new()?;

    // Stacked: one card, the first take to finish, "4 takes".
    app.click_testid("stack-takes").await.step("stack takes")?;
    let cover = eventually(Duration::from_secs(10), "one card for the shot", || async {
        let cards = flows::card_ids(&app).await?;
        Ok((cards.len() == 1).then(|| cards[0].clone()))
    })
    .await?;
    assert_ne!(cover, failed, "a completed take covers the stack");
    let stored = ulazai_testkit::store::jobs_file(&profile.data_dir);
    let finished_at = |id: &str| {
        stored["jobs"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|j| j["id"] == id)
            .and_then(|j| j["completed_at"].as_str().map(str::to_string))
    };
    let first_finished = batch
        .iter()
        .filter(|id| statuses[*id] == "completed")
        .filter_map(|id| finished_at(id))
        .min();
    assert_eq!(
        finished_at(&cover),
        first_finished,
        "the first take to finish (it stays the cover as the others finish)"
    );
    grid_is(
        &app,
        std::slice::from_ref(&cover),
        &cover,
        4,
        false,
        "stacked: 4 takes",
    )
    .await?;
    let pressed = app
        .testid("stack-takes")
        .await?
        .attr("aria-pressed")
        .await?;
    assert_eq!(pressed.as_deref(), Some("true"));
    // Remembered, like the sort order: the next start stacks too.
    let settings = profile.data_dir.join("settings.json");
    eventually(
        Duration::from_secs(10),
        "stacking kept in the settings",
        || async {
            let stored: serde_json::Value =
                serde_json::from_slice(&std::fs::read(&settings).unwrap_or_default())
                    .unwrap_or_default();
            Ok((stored["settings"]["stack_takes"] == true).then_some(()))
        },
    )
    .await?;
    for (w, h) in [(1280, 800), (860, 560)] {
        resize(&app, w, h).await?;
        app.screenshot(&format!("50-takes-stacked-{w}x{h}")).await?;
    }
    resize(&app, 1280, 800).await?;
    audit.check(&app, "stacked takes").await?;

    // Opened in place: the takes in the grid's order (a new cover moves none of them), the
    // first holding the stack.
    let takes_button = format!("{} [data-testid='card-takes']", card_css(&cover));
    app.click_css(&takes_button).await.step("open the stack")?;
    let open = order.clone();
    grid_is(&app, &open, &open[0], 4, true, "open: the 4 takes").await?;
    let grouped = flows::attrs(
        &app,
        "[data-testid='stack-take'] [data-testid='job-card']",
        "data-job-id",
    )
    .await?;
    assert_eq!(grouped, open, "every take is drawn as one group");
    for (w, h) in [(1280, 800), (860, 560)] {
        resize(&app, w, h).await?;
        app.screenshot(&format!("51-takes-open-{w}x{h}")).await?;
    }
    resize(&app, 1280, 800).await?;
    audit.check(&app, "open stack").await?;

    // Esc on a take closes the stack; the focus goes to its cover.
    app.click_css(&format!(
        "{} [data-testid='card-prompt']",
        card_css(&open[2])
    ))
    .await
    .step("select a take")?;
    expect_focus(&app, "the take", |f| f.job == open[2] && f.is("job-card")).await?;
    press(&app, Key::Escape).await?;
    grid_is(
        &app,
        std::slice::from_ref(&cover),
        &cover,
        4,
        false,
        "Esc closes the stack",
    )
    .await?;
    expect_focus(&app, "the cover", |f| f.job == cover && f.is("job-card")).await?;
    assert!(
        flows::selected_ids(&app).await?.is_empty(),
        "a hidden take is not selected"
    );

    // Open again and retry the failed take: a fifth take of the shot.
    app.click_css(&takes_button)
        .await
        .step("open the stack again")?;
    grid_is(&app, &open, &open[0], 4, true, "open again").await?;
    app.click_css(&format!("{} [data-testid='card-retry']", card_css(&failed)))
        .await
        .step("retry the failed take")?;
    let retry = flows::new_card(&app, &batch, Duration::from_secs(15)).await?;
    let mut five = vec![retry.clone()];
    five.extend(open.iter().cloned());
    grid_is(
        &app,
        &five,
        &retry,
        5,
        true,
        "5 takes, the new one first (the newest)",
    )
    .await?;

    // The new take's details: its place, its origin, its siblings.
    app.click_css(&format!("{} [data-testid='card-prompt']", card_css(&retry)))
        .await?;
    press(&app, Key::Enter).await?;
    eventually(Duration::from_secs(10), "the retry's details", || async {
        Ok((flows::dom_text(&app, "[data-testid='take-place']")
            .await?
            .as_deref()
            == Some("Take 5 of 5"))
        .then_some(()))
    })
    .await?;
    let origin = flows::attrs(&app, "[data-testid='take-origin']", "data-job-id").await?;
    assert_eq!(
        origin,
        std::slice::from_ref(&failed),
        "linked to the take it retried"
    );
    let mut siblings = flows::attrs(&app, "[data-testid='take-sibling']", "data-job-id").await?;
    let mut want = batch.clone();
    want.sort();
    siblings.sort();
    assert_eq!(siblings, want, "a link to each sibling");
    app.screenshot("52-takes-details-1280x800").await?;
    audit.check(&app, "take details").await?;
    // A sibling's link selects its card and shows its details.
    app.click_css(&format!(
        "[data-testid='take-sibling'][data-job-id='{cover}']"
    ))
    .await
    .step("follow a sibling link")?;
    eventually(
        Duration::from_secs(10),
        "the sibling is selected",
        || async {
            let shown = flows::attrs(&app, "[data-testid='job-detail']", "data-job-id").await?;
            Ok(
                (flows::selected_ids(&app).await? == [cover.clone()] && shown == [cover.clone()])
                    .then_some(()),
            )
        },
    )
    .await?;

    // Stacking off: every clip is a card again.
    app.click_testid("stack-takes").await.step("unstack")?;
    let mut all = batch.clone();
    all.push(retry.clone());
    all.sort();
    eventually(Duration::from_secs(10), "all five cards", || async {
        let mut cards = flows::card_ids(&app).await?;
        cards.sort();
        Ok((cards == all && stacks(&app).await?.is_empty()).then_some(()))
    })
    .await?;
    audit.finish()
}
