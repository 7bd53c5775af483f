//! What a creator does, step by step, in the real window: the building blocks of the tests.

use std::collections::BTreeMap;
use std::time::Duration;

use fantoccini::Locator;

use crate::driver::{eventually, App, TestResult};

mod sign_in;
pub use sign_in::{sign_in_web, xdotool};

/// Opens Settings, types the key, saves it, and waits until the app shows its masked preview.
pub async fn set_key(app: &App, key: &str) -> TestResult {
    app.click_testid("settings-open").await?;
    app.type_into("api-key-input", key).await?;
    app.click_testid("api-key-save").await?;
    let preview = app.testid("api-key-preview").await?;
    let shown = app.text_of(&preview).await?;
    // The public prefix and the last 4 characters only.
    assert_eq!(
        shown,
        format!("ulazai_live_…{}", &key[key.len() - 4..]),
        "masked preview"
    );
    app.click_testid("settings-close").await?;
    Ok(())
}

/// Picks a model in the generate form.
pub async fn choose_model(app: &App, slug: &str) -> TestResult {
    app.select_testid("model-select", slug).await
}

/// Fills the form and presses Generate; returns once `count` new cards exist.
pub async fn generate(app: &App, model: &str, prompt: &str, count: u32) -> TestResult<Vec<String>> {
    let before = card_ids(app).await?;
    choose_model(app, model).await?;
    app.type_into("prompt-input", prompt).await?;
    // The batch stepper's "+" button, as a person would press it.
    let current: u32 = app
        .testid("count-input")
        .await?
        .prop("value")
        .await?
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    for _ in current..count {
        app.click_testid("count-more").await?;
    }
    let shown = app.testid("count-input").await?.prop("value").await?;
    assert_eq!(
        shown.as_deref(),
        Some(count.to_string().as_str()),
        "batch count set"
    );
    wait_enabled(app, "generate-submit").await?;
    app.click_testid("generate-submit").await?;
    eventually(Duration::from_secs(15), "the new cards appear", || async {
        let now = card_ids(app).await?;
        let new: Vec<String> = now.into_iter().filter(|id| !before.contains(id)).collect();
        Ok((new.len() == count as usize).then_some(new))
    })
    .await
}

/// Waits until the element's `disabled` property is false.
pub async fn wait_enabled(app: &App, testid: &str) -> TestResult {
    eventually(
        Duration::from_secs(10),
        &format!("{testid} becomes enabled"),
        || async {
            let el = app.testid(testid).await?;
            Ok(el.is_enabled().await?.then_some(()))
        },
    )
    .await
}

/// Reads `attr` of every element matching `css`, in DOM order, in one script call (no
/// element handles: a card re-rendered by a live update cannot go stale under the test).
pub async fn attrs(app: &App, css: &str, attr: &str) -> TestResult<Vec<String>> {
    let script = "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.getAttribute(arguments[1]) || '');";
    let v = app
        .client
        .execute(
            script,
            vec![serde_json::json!(css), serde_json::json!(attr)],
        )
        .await?;
    Ok(serde_json::from_value(v)?)
}

/// The ids of every card in the grid, in grid order.
pub async fn card_ids(app: &App) -> TestResult<Vec<String>> {
    attrs(app, "[data-testid='job-card']", "data-job-id").await
}

/// Each card's `data-status`.
pub async fn statuses(app: &App) -> TestResult<BTreeMap<String, String>> {
    let script = "return Array.from(document.querySelectorAll(\"[data-testid='job-card']\"))\
                  .map(c => [c.getAttribute('data-job-id') || '', c.getAttribute('data-status') || '']);";
    let pairs: Vec<(String, String)> =
        serde_json::from_value(app.client.execute(script, vec![]).await?)?;
    Ok(pairs.into_iter().collect())
}

pub fn card_css(id: &str) -> String {
    format!("[data-testid='job-card'][data-job-id='{id}']")
}

/// The text of one card, as the DOM holds it (WebKitWebDriver's rendered-text answer leaves
/// out clamped lines).
pub async fn card_text(app: &App, id: &str) -> TestResult<String> {
    let script = "const c = document.querySelector(arguments[0]); return c ? c.textContent : null;";
    let text = app
        .client
        .execute(script, vec![serde_json::json!(card_css(id))])
        .await?;
    Ok(text.as_str().ok_or("the card exists")?.to_string())
}

/// The text of the first element matching `css` as the DOM holds it, its white space
/// collapsed (read in one script: no stale element); `None` when there is none.
pub async fn dom_text(app: &App, css: &str) -> TestResult<Option<String>> {
    let script = "const e = document.querySelector(arguments[0]); return e ? e.textContent : null;";
    let v = app
        .client
        .execute(script, vec![serde_json::json!(css)])
        .await?;
    Ok(v.as_str()
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" ")))
}

/// Creates a folder through the sidebar and returns its id.
pub async fn create_folder(app: &App, name: &str) -> TestResult<String> {
    app.click_testid("folder-create").await?;
    let input = app.testid("folder-name-input").await?;
    input.send_keys(&format!("{name}\u{E007}")).await?; // Enter
    eventually(Duration::from_secs(10), "the folder appears", || async {
        for item in app.all_css("[data-testid='folder-item']").await? {
            if app.text_of(&item).await?.contains(name) {
                return Ok(item.attr("data-folder-id").await?);
            }
        }
        Ok(None)
    })
    .await
}

/// A real marquee: press on empty grid space below the cards and drag up-left over `ids`.
pub async fn marquee_select(app: &App, ids: &[&str]) -> TestResult {
    let mut left = f64::MAX;
    let mut top = f64::MAX;
    let mut right: f64 = 0.0;
    let mut bottom: f64 = 0.0;
    for id in ids {
        let (x, y, w, h) = app
            .client
            .find(Locator::Css(&card_css(id)))
            .await?
            .rectangle()
            .await?;
        left = left.min(x);
        top = top.min(y);
        right = right.max(x + w);
        bottom = bottom.max(y + h);
    }
    // Start in the gap under the lowest card, end inside the top-left card: the rectangle
    // touches exactly the cards it spans.
    let from = (right - 10.0, bottom + 12.0);
    let to = (left + 20.0, top + 20.0);
    app.drag(from, to).await
}

/// The ids of the selected cards.
pub async fn selected_ids(app: &App) -> TestResult<Vec<String>> {
    attrs(
        app,
        "[data-testid='job-card'][aria-selected='true']",
        "data-job-id",
    )
    .await
}

/// The tray's clips, in play order.
pub async fn tray_ids(app: &App) -> TestResult<Vec<String>> {
    attrs(app, "[data-testid='merge-tray-item']", "data-job-id").await
}

/// Puts each clip into the merge tray with its card's *Add to merge* button, and waits until
/// the tray holds them all.
pub async fn add_to_tray(app: &App, ids: &[String]) -> TestResult {
    for id in ids {
        app.click_css(&format!(
            "{} [data-testid='card-add-to-merge']",
            card_css(id)
        ))
        .await?;
    }
    app.wait_count(
        "[data-testid='merge-tray-item']",
        Duration::from_secs(5),
        "the clips in the tray",
        |n| n == ids.len(),
    )
    .await?;
    Ok(())
}

/// Viewport rectangles (x, y, width, height) of everything matching `css`, read in one
/// script: element handles can go stale while the UI re-renders.
pub async fn rects(app: &App, css: &str) -> TestResult<Vec<(f64, f64, f64, f64)>> {
    let script = "return Array.from(document.querySelectorAll(arguments[0])).map(e => { \
                  const r = e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; });";
    let v = app
        .client
        .execute(script, vec![serde_json::json!(css)])
        .await?;
    Ok(serde_json::from_value(v)?)
}

/// Waits until every listed card has reached `status`.
pub async fn wait_all(app: &App, ids: &[String], status: &str, timeout: Duration) -> TestResult {
    eventually(timeout, &format!("cards reach {status}"), || async {
        let now = statuses(app).await?;
        Ok(ids
            .iter()
            .all(|id| now.get(id).map(String::as_str) == Some(status))
            .then_some(()))
    })
    .await
}

/// The id of the newest card that is not in `known`.
pub async fn new_card(app: &App, known: &[String], timeout: Duration) -> TestResult<String> {
    eventually(timeout, "a new card appears", || async {
        Ok(card_ids(app)
            .await?
            .into_iter()
            .find(|id| !known.contains(id)))
    })
    .await
}

/// Creates a folder through the sidebar; returns the new folder's id (found by id, not by
/// its text).
pub async fn create_folder_new(app: &App, name: &str) -> TestResult<String> {
    let mut before = Vec::new();
    for item in app.all_css("[data-testid='folder-item']").await? {
        before.extend(item.attr("data-folder-id").await?);
    }
    app.click_testid("folder-create").await?;
    let input = app.testid("folder-name-input").await?;
    input.send_keys(&format!("{name}\u{E007}")).await?; // Enter
    eventually(
        Duration::from_secs(10),
        "the new folder appears",
        || async {
            // The sidebar re-renders when the folder's server bucket is recorded: a stale
            // element just means "look again".
            for item in app.all_css("[data-testid='folder-item']").await? {
                if let Ok(Some(id)) = item.attr("data-folder-id").await {
                    if !before.contains(&id) {
                        return Ok(Some(id));
                    }
                }
            }
            Ok(None)
        },
    )
    .await
}

/// Waits until the card `id` shows `status`, reading the DOM in one script call (no element
/// handles, so a card re-rendered by a live update cannot go stale under the test).
pub async fn wait_status(app: &App, id: &str, status: &str, timeout: Duration) -> TestResult {
    eventually(timeout, &format!("card {id} reaches {status}"), || async {
        let v = app
            .client
            .execute(
                "const c = document.querySelector(arguments[0]); return c ? c.getAttribute('data-status') : null;",
                vec![serde_json::json!(card_css(id))],
            )
            .await?;
        Ok((v.as_str() == Some(status)).then_some(()))
    })
    .await
}

pub use ulazai_testkit::store::library_file;

/// Closes every toast with its Dismiss button and waits until none is left.
pub async fn dismiss_toasts(app: &App) -> TestResult {
    // A toast may come while the others go (a clip saved, a render finished): each look
    // closes the toasts then on screen, until none is left.
    eventually(Duration::from_secs(5), "no toast is left", || async {
        let toasts = app.all_css("[data-testid='toast']").await?;
        if toasts.is_empty() {
            return Ok(Some(()));
        }
        for button in app.all_css("[data-testid='toast-dismiss']").await? {
            // One already closing is gone by now: the next look sees what is left.
            let _ = button.click().await;
        }
        Ok(None)
    })
    .await?;
    // A closed toast hands the focus back to the clips a frame later, and the grid scrolls
    // to the focused card: let that happen before the next click is aimed.
    let settle = "const done = arguments[arguments.length - 1]; \
                  requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => done())));";
    let _ = app.client.execute_async(settle, vec![]).await;
    Ok(())
}
