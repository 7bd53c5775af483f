//! What a creator does, step by step, in the real window: the building blocks of the tests.

use std::collections::BTreeMap;
use std::time::Duration;

use fantoccini::Locator;

use crate::driver::{eventually, App, TestResult};

/// Opens Settings, types the key, saves it, and waits until the app shows its masked preview.
pub async fn set_key(app: &App, key: &str) -> TestResult {
    app.click_testid("settings-open").await?;
    app.type_into("api-key-input", key).await?;
    app.click_testid("api-key-save").await?;
    let preview = app.testid("api-key-preview").await?;
    let shown = preview.text().await?;
    assert!(shown.starts_with("ulazai_li") && !shown.contains(&key[12..]), "masked preview, got {shown:?}");
    app.click_testid("settings-close").await?;
    Ok(())
}

/// Picks a model in the generate form.
pub async fn choose_model(app: &App, slug: &str) -> TestResult {
    let select = app.testid("model-select").await?;
    select.select_by_value(slug).await?;
    Ok(())
}

/// Fills the form and presses Generate; returns once `count` new cards exist.
pub async fn generate(app: &App, model: &str, prompt: &str, count: u32) -> TestResult<Vec<String>> {
    let before = card_ids(app).await?;
    choose_model(app, model).await?;
    app.type_into("prompt-input", prompt).await?;
    // The batch stepper's "+" button, as a person would press it.
    let current: u32 = app.testid("count-input").await?.prop("value").await?.and_then(|v| v.parse().ok()).unwrap_or(1);
    for _ in current..count {
        app.client.find(Locator::Css("[aria-label='More clips']")).await?.click().await?;
    }
    let shown = app.testid("count-input").await?.prop("value").await?;
    assert_eq!(shown.as_deref(), Some(count.to_string().as_str()), "batch count set");
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
    eventually(Duration::from_secs(10), &format!("{testid} becomes enabled"), || async {
        let el = app.testid(testid).await?;
        Ok(el.is_enabled().await?.then_some(()))
    })
    .await
}

/// The ids of every card in the grid, in grid order.
pub async fn card_ids(app: &App) -> TestResult<Vec<String>> {
    let mut ids = Vec::new();
    for card in app.all_css("[data-testid='job-card']").await? {
        if let Some(id) = card.attr("data-job-id").await? {
            ids.push(id);
        }
    }
    Ok(ids)
}

/// Each card's `data-status`.
pub async fn statuses(app: &App) -> TestResult<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for card in app.all_css("[data-testid='job-card']").await? {
        if let (Some(id), Some(status)) = (card.attr("data-job-id").await?, card.attr("data-status").await?) {
            out.insert(id, status);
        }
    }
    Ok(out)
}

pub fn card_css(id: &str) -> String {
    format!("[data-testid='job-card'][data-job-id='{id}']")
}

/// Text of one card.
pub async fn card_text(app: &App, id: &str) -> TestResult<String> {
    Ok(app.client.find(Locator::Css(&card_css(id))).await?.text().await?)
}

/// Creates a folder through the sidebar and returns its id.
pub async fn create_folder(app: &App, name: &str) -> TestResult<String> {
    app.click_testid("folder-create").await?;
    let input = app.testid("folder-name-input").await?;
    input.send_keys(&format!("{name}\u{E007}")).await?; // Enter
    eventually(Duration::from_secs(10), "the folder appears", || async {
        for item in app.all_css("[data-testid='folder-item']").await? {
            if item.text().await?.contains(name) {
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
        let (x, y, w, h) = app.client.find(Locator::Css(&card_css(id))).await?.rectangle().await?;
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
    let mut ids = Vec::new();
    for card in app.all_css("[data-testid='job-card'][aria-selected='true']").await? {
        if let Some(id) = card.attr("data-job-id").await? {
            ids.push(id);
        }
    }
    Ok(ids)
}

/// The tray's clips, in play order.
pub async fn tray_ids(app: &App) -> TestResult<Vec<String>> {
    let mut ids = Vec::new();
    for item in app.all_css("[data-testid='merge-tray-item']").await? {
        if let Some(id) = item.attr("data-job-id").await? {
            ids.push(id);
        }
    }
    Ok(ids)
}

/// Waits until every listed card has reached `status`.
pub async fn wait_all(app: &App, ids: &[String], status: &str, timeout: Duration) -> TestResult {
    eventually(timeout, &format!("cards reach {status}"), || async {
        let now = statuses(app).await?;
        Ok(ids.iter().all(|id| now.get(id).map(String::as_str) == Some(status)).then_some(()))
    })
    .await
}
