//! What the clips cost, and the grid's sort orders, in the real window: renders (one of
//! them refused by the provider and refunded), then a storyboard list of three prompts
//! imported into a folder. "Spent today" beside the generate form is the simulator's own
//! record (what it charged the key, refunds given back), and so is the folder's summary;
//! sorted by storyboard order the cards follow the list's lines, the other clips after them;
//! the order is the place's own (the folder keeps newest first) and is still there after a
//! restart.

use std::time::Duration;

use crate::a11y::resize;
use crate::driver::{e2e_available, eventually, App, Profile, TestResult};
use crate::flows;
use crate::queue::choose_file;
use crate::{sim, RENDER_TIMEOUT};

const MODEL: &str = "veo31_fast";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spent_credits_match_the_servers_record_and_storyboard_order_is_kept() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    let sim = sim().await;
    let profile = Profile::new("costs");
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    let result = scenario(&app, &sim).await;
    if result.is_err() {
        let _ = app.screenshot("debug-costs-failure").await;
    }
    let order = result?;
    app.close().await?;

    // Restart: the order chosen for all clips is still theirs, cards in the same order.
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    let result = after_restart(&app, &order).await;
    if result.is_err() {
        let _ = app.screenshot("debug-costs-restart-failure").await;
    }
    result?;
    app.close().await
}

/// The simulator's record for the key: what it charged, refunds given back.
fn servers_record(sim: &ulazai_sim::SimHandle) -> u64 {
    sim.config().credits - sim.credits(ulazai_sim::DEMO_KEY)
}

/// The `data-credits` of an element, once it shows `want`.
async fn shows_credits(app: &App, css: &str, want: u64, what: &str) -> TestResult {
    eventually(Duration::from_secs(15), what, || async {
        let got = flows::attrs(app, css, "data-credits").await?;
        Ok((got == [want.to_string()]).then_some(()))
    })
    .await
}

async fn scenario(app: &App, sim: &ulazai_sim::SimHandle) -> TestResult<Vec<String>> {
    resize(app, 1280, 800).await?;
    flows::set_key(app, ulazai_sim::DEMO_KEY).await?;
    let tag = std::process::id();

    // One render the provider refuses (charged, then refunded), and two that complete.
    sim.fail_next_with(
        1,
        Some("The provider rejected this prompt (content policy)."),
    );
    let failed = flows::generate(app, MODEL, &format!("A refused shot {tag}"), 1).await?;
    let done = flows::generate(app, MODEL, &format!("Harbour at dawn {tag}"), 2).await?;
    flows::wait_all(app, &done, "completed", RENDER_TIMEOUT).await?;
    flows::wait_all(app, &failed, "failed", RENDER_TIMEOUT).await?;
    let per_clip = ulazai_sim::models::find(MODEL).ok_or("the model")?.credits;
    assert_eq!(
        servers_record(sim),
        2 * per_clip,
        "the simulator refunded the failed clip"
    );
    shows_credits(
        app,
        "[data-testid='spent-today']",
        servers_record(sim),
        "spent today is the simulator's charges minus its refunds",
    )
    .await?;

    // A storyboard of three shots (a comment and a blank line: lines 2, 3 and 5), imported
    // into a new folder; the queue renders them.
    let list = format!(
        "# Storyboard {tag}\nShot 1 of {tag}: the harbour wakes\nShot 2 of {tag}: a boat leaves\n\nShot 3 of {tag}: gulls over the wake\n"
    );
    // One clip a line (an import takes the form's count, 2 since the last batch).
    app.click_css("[aria-label='Fewer clips']").await?;
    app.click_testid("queue-import").await?;
    app.wait_for_css(
        "dialog[open][data-testid='import-dialog']",
        Duration::from_secs(5),
    )
    .await?;
    choose_file(app, "storyboard.txt", &list).await?;
    app.wait_for_css("[data-testid='import-summary']", Duration::from_secs(10))
        .await?;
    app.type_into("import-folder", "Storyboard").await?;
    app.click_testid("import-confirm").await?;
    let all = eventually(
        Duration::from_secs(30),
        "three cards of the list",
        || async {
            let ids = flows::card_ids(app).await?;
            Ok((ids.len() == 6).then_some(ids))
        },
    )
    .await?;
    // Every clip has finished (the refused one stays failed).
    let rendered: Vec<String> = all.into_iter().filter(|id| !failed.contains(id)).collect();
    flows::wait_all(app, &rendered, "completed", Duration::from_secs(90)).await?;
    assert_eq!(servers_record(sim), 5 * per_clip);
    shows_credits(
        app,
        "[data-testid='spent-today']",
        servers_record(sim),
        "spent today follows the list's renders",
    )
    .await?;
    shows_credits(
        app,
        "[data-testid='spent-week']",
        servers_record(sim),
        "this week includes today",
    )
    .await?;

    // Which card is which shot, by its prompt.
    let mut shot_ids = Vec::new();
    for n in 1..=3 {
        let mut found = None;
        for id in flows::card_ids(app).await? {
            if flows::card_text(app, &id)
                .await?
                .contains(&format!("Shot {n} of {tag}"))
            {
                found = Some(id);
            }
        }
        shot_ids.push(found.ok_or(format!("the card of shot {n}"))?);
    }
    let newest_first = flows::card_ids(app).await?;
    assert_eq!(
        newest_first[..3],
        [&shot_ids[2], &shot_ids[1], &shot_ids[0]].map(String::clone),
        "newest first, the last shot leads"
    );

    // Storyboard order for all clips: the list's lines, then the other clips, newest first.
    app.testid("sort-order")
        .await?
        .select_by_value("storyboard")
        .await?;
    let others: Vec<String> = newest_first
        .iter()
        .filter(|id| !shot_ids.contains(id))
        .cloned()
        .collect();
    let want: Vec<String> = shot_ids.iter().chain(others.iter()).cloned().collect();
    let order = eventually(
        Duration::from_secs(10),
        "cards in storyboard order",
        || async {
            let now = flows::card_ids(app).await?;
            Ok((now == want).then_some(now))
        },
    )
    .await?;
    app.screenshot("costs-storyboard-order-1280").await?;
    resize(app, 860, 560).await?;
    app.screenshot("costs-storyboard-order-860").await?;
    resize(app, 1280, 800).await?;

    // The folder: its own order (newest first), and its summary after its name — the
    // list's three clips and what they cost, as the simulator charged them.
    let folder_css = "[data-testid='folder-item']";
    let tips = flows::attrs(app, folder_css, "data-tip").await?;
    assert_eq!(
        tips,
        [format!("Storyboard · 3 clips · {} credits", 3 * per_clip)],
        "the folder's summary"
    );
    app.click_css(folder_css).await?;
    app.wait_count(
        "[data-testid='job-card']",
        Duration::from_secs(10),
        "folder view",
        |n| n == 3,
    )
    .await?;
    let folder_sort = app.testid("sort-order").await?.prop("value").await?;
    assert_eq!(
        folder_sort.as_deref(),
        Some("newest"),
        "a folder has its own order"
    );
    assert_eq!(
        flows::card_ids(app).await?,
        [&shot_ids[2], &shot_ids[1], &shot_ids[0]].map(String::clone)
    );
    shows_credits(
        app,
        "[data-testid='folder-spent']",
        3 * per_clip,
        "the folder's header says what its clips cost",
    )
    .await?;
    app.screenshot("costs-folder-summary").await?;
    app.click_testid("folder-all").await?;
    app.wait_count(
        "[data-testid='job-card']",
        Duration::from_secs(10),
        "all clips",
        |n| n == 6,
    )
    .await?;
    let all_sort = app.testid("sort-order").await?.prop("value").await?;
    assert_eq!(all_sort.as_deref(), Some("storyboard"));
    // The check the brief's figures rest on, once more at the end.
    let shown = flows::attrs(app, "[data-testid='spent-today']", "data-credits").await?;
    assert_eq!(shown, [servers_record(sim).to_string()]);
    Ok(order)
}

async fn after_restart(app: &App, order: &[String]) -> TestResult {
    app.wait_count(
        "[data-testid='job-card']",
        Duration::from_secs(15),
        "cards after restart",
        |n| n == order.len(),
    )
    .await?;
    let sort = app.testid("sort-order").await?.prop("value").await?;
    assert_eq!(
        sort.as_deref(),
        Some("storyboard"),
        "the order is remembered"
    );
    eventually(
        Duration::from_secs(10),
        "the same storyboard order after a restart",
        || async { Ok((flows::card_ids(app).await? == order).then_some(())) },
    )
    .await?;
    app.screenshot("costs-after-restart").await?;
    Ok(())
}
