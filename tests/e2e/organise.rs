//! Organising: folders with marquee selection and pointer drags, merging clips in the order
//! the creator sets, and a restart that keeps it all.

use std::time::Duration;

use fantoccini::Locator;

use crate::driver::{e2e_available, eventually, App, Profile, Step, TestResult};
use crate::flows::{self, card_css};
use crate::{sim, RENDER_TIMEOUT};

/// Waits (10 s at most) until the grid shows exactly `n` cards; `what` names the moment.
async fn cards_shown(app: &App, n: usize, what: &str) -> TestResult {
    app.wait_count(
        "[data-testid='job-card']",
        Duration::from_secs(10),
        what,
        |c| c == n,
    )
    .await
    .map(drop)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn folders_marquee_drag_filter_and_restart() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    let sim = sim().await;
    let profile = Profile::new("folders");
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    flows::set_key(&app, ulazai_sim::DEMO_KEY).await?;
    let ids = flows::generate(
        &app,
        "veo31_fast",
        "Street food stalls at night, steam rising",
        3,
    )
    .await?;
    let folder = flows::create_folder(&app, "Client A").await?;
    // Marquee over the first two cards in grid order.
    let order = flows::card_ids(&app).await?;
    let two: Vec<&str> = order.iter().take(2).map(String::as_str).collect();
    flows::marquee_select(&app, &two).await?;
    let mut selected = flows::selected_ids(&app).await?;
    selected.sort();
    let mut want: Vec<String> = two.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(
        selected, want,
        "the marquee selected exactly the two cards it spans"
    );
    app.screenshot("06-marquee-selected").await?;

    // Drag one of the selected cards onto the folder: both move.
    let card = app.client.find(Locator::Css(&card_css(two[0]))).await?;
    let target = app
        .wait_for_css(
            &format!("[data-testid='folder-item'][data-folder-id='{folder}']"),
            Duration::from_secs(5),
        )
        .await?;
    let from = app.centre(&card).await?;
    let to = app.centre(&target).await?;
    app.drag(from, to).await?;
    let count = app
        .wait_for_css(
            &format!("[data-testid='folder-item'][data-folder-id='{folder}']"),
            Duration::from_secs(5),
        )
        .await?;
    eventually(
        Duration::from_secs(10),
        "the folder counts two clips",
        || async { Ok(app.text_of(&count).await?.contains('2').then_some(())) },
    )
    .await?;

    // Filter by the folder: exactly those two cards.
    app.client
        .find(Locator::Css(&format!(
            "[data-testid='folder-item'][data-folder-id='{folder}']"
        )))
        .await?
        .click()
        .await?;
    cards_shown(&app, 2, "folder view").await?;
    let mut shown = flows::card_ids(&app).await?;
    shown.sort();
    assert_eq!(shown, want);
    app.screenshot("07-folder-filtered").await?;
    // A folder row says its name and what its clips cost in one tooltip: a native `title`
    // inside it showed a second tooltip over the first.
    let row = format!("[data-testid='folder-item'][data-folder-id='{folder}']");
    eventually(
        Duration::from_secs(10),
        "the folder's tooltip says its clips",
        || async {
            let tip = app
                .wait_for_css(&row, Duration::from_secs(5))
                .await?
                .attr("data-tip")
                .await?;
            Ok(tip.is_some_and(|t| t.contains("2 clips")).then_some(()))
        },
    )
    .await?;
    let nested = app
        .client
        .execute(
            "return [...document.querySelectorAll('[data-tip] [title]')].map((e) => e.outerHTML.slice(0, 80));",
            vec![],
        )
        .await?;
    assert_eq!(
        nested,
        serde_json::json!([]),
        "a title inside an element with a tooltip"
    );

    app.click_testid("folder-all").await?;
    cards_shown(&app, 3, "all clips").await?;
    // The search box, typed key by key: each key asks at once, or waits for the question in
    // flight and is asked with its answer. Every text but the whole one matches the three
    // clips: no card left means the last key was asked, and answered last.
    app.click_testid("filter-search").await?;
    crate::keys::type_text(&app, "steam risingX").await?;
    cards_shown(&app, 0, "no clip says \"steam risingX\"").await?;
    app.screenshot("07b-search-no-match").await?;
    crate::keys::press(&app, fantoccini::key::Key::Backspace).await?;
    cards_shown(&app, 3, "\"steam rising\" finds the three clips").await?;
    crate::keys::press(&app, fantoccini::key::Key::Escape).await?;
    eventually(
        Duration::from_secs(5),
        "Escape clears the search",
        || async {
            let value = app
                .client
                .execute(
                    "return document.querySelector(\"[data-testid='filter-search']\").value",
                    vec![],
                )
                .await?;
            Ok((value == serde_json::json!("")).then_some(()))
        },
    )
    .await?;
    cards_shown(&app, 3, "all clips again").await?;
    let order_before = flows::card_ids(&app).await?;
    flows::wait_all(&app, &ids, "completed", RENDER_TIMEOUT).await?;
    app.close().await?;

    // Restart: cards, folder, membership and order are all still there.
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    cards_shown(&app, 3, "cards after restart").await?;
    assert_eq!(
        flows::card_ids(&app).await?,
        order_before,
        "same cards in the same order"
    );
    let item = app
        .wait_for_css(
            &format!("[data-testid='folder-item'][data-folder-id='{folder}']"),
            Duration::from_secs(10),
        )
        .await?;
    assert!(app.text_of(&item).await?.contains("Client A"));
    item.click().await?;
    cards_shown(&app, 2, "folder view after restart").await?;
    let mut shown = flows::card_ids(&app).await?;
    shown.sort();
    assert_eq!(shown, want, "the folder still holds the same two clips");
    app.screenshot("08-after-restart").await?;
    app.close().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn marquee_reorder_in_the_tray_and_merge() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    let sim = sim().await;
    let profile = Profile::new("merge");
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    flows::set_key(&app, ulazai_sim::DEMO_KEY)
        .await
        .step("set the key")?;
    let ids = flows::generate(&app, "veo31_fast", "Three shots of a harbour at dawn", 3)
        .await
        .step("generate three")?;
    flows::wait_all(&app, &ids, "completed", RENDER_TIMEOUT)
        .await
        .step("wait for three completed")?;

    let order = flows::card_ids(&app).await?;
    let three: Vec<&str> = order.iter().take(3).map(String::as_str).collect();
    flows::marquee_select(&app, &three)
        .await
        .step("marquee-select three")?;
    let tray = flows::tray_ids(&app).await.step("read the tray")?;
    assert_eq!(
        tray.len(),
        3,
        "the tray lists the three completed clips: {tray:?}"
    );

    // Drag the last clip in the tray to the front.
    let items = flows::rects(&app, "[data-testid='merge-tray-item']")
        .await
        .step("locate the tray items")?;
    let (x2, y2, w2, h2) = items[2];
    let (x0, y0, w0, h0) = items[0];
    app.drag(
        (x2 + w2 / 2.0, y2 + h2 / 2.0),
        (x0 + w0 * 0.25, y0 + h0 / 2.0),
    )
    .await
    .step("drag in the tray")?;
    let want = vec![tray[2].clone(), tray[0].clone(), tray[1].clone()];
    eventually(
        Duration::from_secs(5),
        "the tray shows the new order",
        || async {
            let now = flows::tray_ids(&app).await?;
            Ok((now == want).then_some(()))
        },
    )
    .await?;
    app.screenshot("09-merge-tray-reordered").await?;

    // No web account is connected: the merge runs on this computer with ffmpeg.
    app.click_testid("merge-button").await.step("press Merge")?;
    let merged = eventually(Duration::from_secs(30), "a merged card appears", || async {
        let now = flows::card_ids(&app).await?;
        Ok(now.into_iter().find(|id| !order.contains(id)))
    })
    .await?;
    flows::wait_status(&app, &merged, "completed", RENDER_TIMEOUT)
        .await
        .step("the merged card completes")?;
    assert!(sim.merges().is_empty(), "nothing was merged on the server");
    // The merge record the app keeps names the clips in the tray's order, and the merged
    // file is in the library.
    tokio::time::sleep(Duration::from_millis(800)).await; // the store's debounced save
    let store: serde_json::Value = ulazai_testkit::store::jobs_file(&profile.data_dir);
    let record = store["merges"]
        .as_array()
        .and_then(|m| m.last())
        .ok_or("a merge record")?;
    let sources: Vec<String> = serde_json::from_value(record["source_job_ids"].clone())?;
    assert_eq!(sources, want, "merged in the tray's order");
    store["jobs"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|j| j["id"] == merged.as_str())
        .ok_or("the merged job is stored")?;
    // Which file is which job's: the library's index (the one owner of `local_file`).
    let file =
        flows::library_file(&profile.data_dir, &merged).ok_or("the merged job has its file")?;
    assert!(
        std::path::Path::new(&file).is_file(),
        "the merged file exists: {file}"
    );
    app.screenshot("10-merged-completed").await?;
    app.close().await
}
