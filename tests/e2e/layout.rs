//! Room for clips in a short window: at 860×560 with the hourly-limit banner, the queue and
//! the merge tray all showing, the grid still shows at least one full row of cards (the
//! panels shrink and scroll, not the grid) — measured in the real window.

use std::time::Duration;

use serde_json::{json, Value};

use crate::a11y::resize;
use crate::driver::{e2e_available, App, Profile, Step, TestResult};
use crate::flows;
use crate::RENDER_TIMEOUT;

/// The grid's box, its cards' boxes and which of them are wholly inside it; the other
/// panels' heights and whether each one's content can be reached (fits, or scrolls).
async fn measure(app: &App) -> TestResult<Value> {
    let script = "const g = document.querySelector(\"[data-testid='job-grid']\"); \
                  if (!g) return null; const r = g.getBoundingClientRect(); \
                  const cards = Array.from(g.querySelectorAll(\"[data-testid='job-card']\")); \
                  const whole = cards.filter(c => { const b = c.getBoundingClientRect(); \
                    return b.height > 0 && b.top >= r.top - 0.5 && b.bottom <= r.bottom + 0.5; }).length; \
                  const cols = Number(g.getAttribute('aria-colcount')); \
                  const h = (sel) => { const e = document.querySelector(sel); \
                    return e ? Math.round(e.getBoundingClientRect().height) : null; }; \
                  return {grid_height: Math.round(r.height), whole_cards: whole, cols, \
                    cards: cards.length, \
                    card_height: cards[0] ? Math.round(cards[0].getBoundingClientRect().height) : null, \
                    banner: h(\"[data-testid='banner-rate-limit']\"), queue: h(\"[data-testid='queue-panel']\"), \
                    tray: h(\"[data-testid='merge-tray']\"), \
                    page_scrolls: document.documentElement.scrollHeight > window.innerHeight + 1};";
    Ok(app.client.execute(script, vec![]).await?)
}

fn assert_one_full_row(m: &Value, what: &str) {
    let cols = m["cols"].as_u64().unwrap_or(0);
    let cards = m["cards"].as_u64().unwrap_or(0);
    let whole = m["whole_cards"].as_u64().unwrap_or(0);
    assert!(
        cols > 0 && whole >= cols.min(cards) && whole > 0,
        "{what}: at least one full row of cards in view: {m}"
    );
    for panel in ["banner", "queue", "tray"] {
        assert!(
            m[panel].as_u64().unwrap_or(0) > 0,
            "{what}: the {panel} is still shown: {m}"
        );
    }
    assert_eq!(
        m["page_scrolls"],
        json!(false),
        "{what}: nothing spills out of the window: {m}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn at_860x560_banner_queue_and_tray_leave_a_full_row_of_clips() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    // One generate request an hour: a batch of two (one request) reaches the limit.
    let sim = crate::sim_with(ulazai_sim::SimConfig {
        render_secs: Some(6.0),
        generate_limit_per_hour: 1,
        ..crate::sim_config()
    })
    .await;
    let profile = Profile::new("layout");
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    flows::set_key(&app, ulazai_sim::DEMO_KEY).await?;
    let ids = flows::generate(&app, "veo31_fast", "A harbour at dawn, two angles", 2)
        .await
        .step("generate two")?;
    flows::wait_all(&app, &ids, "completed", RENDER_TIMEOUT).await?;
    app.wait_for_css("[data-testid='banner-rate-limit']", Duration::from_secs(20))
        .await
        .step("the hourly limit banner")?;

    // In the narrow window, selecting a clip ("1 selected" in the count line) moves no
    // card: the pointer that clicked one still points at it.
    resize(&app, 860, 560).await?;
    let grid_top = || async {
        let grid = flows::rects(&app, "[data-testid='job-grid']").await?;
        TestResult::Ok(grid.first().map(|r| r.1.round()))
    };
    let before = grid_top().await?;
    app.click_css(&format!(
        "{} [data-testid='card-prompt']",
        flows::card_css(&ids[0])
    ))
    .await?;
    assert_eq!(flows::selected_ids(&app).await?, [ids[0].clone()]);
    let after = grid_top().await?;
    app.screenshot("layout-860x560-one-selected").await?;
    assert!(before.is_some(), "the grid is shown");
    assert_eq!(before, after, "a selection moved the grid at 860x560");
    resize(&app, 1280, 800).await?;

    // Both clips go into the merge tray; two prompts wait in the queue for the next hour.
    flows::add_to_tray(&app, &ids).await?;

    for n in 1..=2 {
        app.type_into(
            "prompt-input",
            &format!("Queued shot {n}: gulls over the pier"),
        )
        .await?;
        // The form checks the prompt first (debounced): Add to queue waits for that.
        app.wait_for_css(
            "[data-testid='queue-add'][aria-disabled='false']",
            Duration::from_secs(10),
        )
        .await
        .step("Add to queue is ready")?;
        app.click_testid("queue-add")
            .await
            .step("add to the queue")?;
        app.wait_count(
            "[data-testid='queued-card']",
            Duration::from_secs(10),
            "the prompt is queued",
            |k| k == n,
        )
        .await?;
    }
    // The "Queued" notices go by themselves (they sit over the grid's last row).
    app.wait_count(
        "[data-testid='toast']",
        Duration::from_secs(15),
        "the notices go",
        |n| n == 0,
    )
    .await?;
    resize(&app, 1280, 800).await?;
    app.screenshot("layout-1280x800-banner-queue-tray").await?;
    assert_one_full_row(&measure(&app).await?, "1280x800");

    resize(&app, 860, 560).await?;
    app.screenshot("layout-860x560-banner-queue-tray").await?;
    let open = measure(&app).await?;
    assert_one_full_row(&open, "860x560, queue open");

    app.click_css("[data-testid='queue-panel'] [aria-label='Hide the queue']")
        .await
        .step("collapse the queue")?;
    app.screenshot("layout-860x560-queue-collapsed").await?;
    let collapsed = measure(&app).await?;
    assert_one_full_row(&collapsed, "860x560, queue collapsed");

    // A right click (or Shift+F10) outside a card is the app's, not a web page's: no
    // Back / Reload / Inspect Element menu. In a text field the system's edit menu stays.
    let script = "return arguments[0].map((css) => {\n\
                    const el = document.querySelector(css);\n\
                    const ev = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });\n\
                    el.dispatchEvent(ev);\n\
                    return [css, ev.defaultPrevented];\n\
                  });";
    let answered = app
        .client
        .execute(
            script,
            vec![serde_json::json!([
                "[data-testid='clip-count']",
                "[data-testid='queue-panel']",
                "body",
                "[data-testid='prompt-input']"
            ])],
        )
        .await?;
    assert_eq!(
        answered,
        serde_json::json!([
            ["[data-testid='clip-count']", true],
            ["[data-testid='queue-panel']", true],
            ["body", true],
            ["[data-testid='prompt-input']", false]
        ]),
        "the web view's own menu is kept out, except in text fields"
    );
    app.close().await
}
