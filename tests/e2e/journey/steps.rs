//! The journey's steps, in the order a creator met the defects: each step acts through the
//! window as a person would, then checks the invariants (`checks`).

use std::time::Duration;

use fantoccini::key::Key;
use serde_json::json;

use super::checks::{self, notified_once, saved_and_openable};
use super::{Journey, DRAIN, MODEL, RENDER};
use crate::driver::{eventually, App, Step, TestResult};
use crate::flows::{self, card_css};
use crate::keys::{chord, press, type_text};

const SHIFT: char = '\u{E008}';
const REFUSAL: &str = "The provider rejected this prompt (content policy).";

pub async fn run(j: &mut Journey) -> TestResult {
    let batch = batch(j).await.step("step 1, a batch")?;
    move_into_folder(j, &batch[0])
        .await
        .step("step 2, a move")?;
    let merged = trim_and_merge(j, &batch)
        .await
        .step("step 3, trim and merge")?;
    let (failed, kept) = refused(j).await.step("step 4, a refused render")?;
    let retried = edit_and_retry(j, &failed)
        .await
        .step("step 5, Edit & retry")?;
    let queued = import_at_the_limit(j).await.step("step 6, the queue")?;
    super::settings::settings(j)
        .await
        .step("step 7, settings")?;
    let mut saved = batch.clone();
    saved.extend([merged, kept, retried]);
    saved.extend(queued);
    restart(j, &saved, &batch[0])
        .await
        .step("step 8, a restart")
}

/// Step 1: Two clips of one prompt: both finish, are saved, notified, and charged once.
async fn batch(j: &mut Journey) -> TestResult<Vec<String>> {
    let prompt = format!("{} harbour at dawn, gulls over the water", j.tag);
    let ids = flows::generate(j.app(), MODEL, &prompt, 2).await?;
    j.books.asked += 2;
    flows::wait_all(j.app(), &ids, "completed", RENDER).await?;
    saved_and_openable(j.app(), &j.profile, &ids).await?;
    notified_once(&format!("{} harbour", j.tag)).await?;
    j.app().screenshot("journey-01-batch").await?;
    j.books_balance("the batch")?;
    Ok(ids)
}

/// Step 2: A saved clip moved into a folder from its menu stays saved; its file moves with it.
async fn move_into_folder(j: &mut Journey, id: &str) -> TestResult {
    let app = j.app();
    flows::create_folder(app, "Client A").await?;
    app.click_css(&format!("{} [data-testid='card-more']", card_css(id)))
        .await
        .step("open the clip menu")?;
    click_menu_item(app, "Move to Client A").await?;
    saved_and_openable(app, &j.profile, &[id.to_string()]).await?;
    eventually(
        Duration::from_secs(10),
        "the file follows the clip",
        || async { Ok(checks::file_in_folder(&j.profile, id, "Client A").ok()) },
    )
    .await?;
    app.screenshot("journey-02-moved").await?;
    Ok(())
}

/// Clicks the open menu's item labelled `label`.
async fn click_menu_item(app: &App, label: &str) -> TestResult {
    let script = "const items = Array.from(document.querySelectorAll(\"[data-testid='context-menu'] [role^='menuitem']\")); \
        const it = items.find(e => e.textContent.trim() === arguments[0]); \
        if (!it) return items.map(e => e.textContent.trim()); it.click(); return true;";
    let v = app.client.execute(script, vec![json!(label)]).await?;
    if v != json!(true) {
        return Err(format!("no menu item “{label}” among {v}").into());
    }
    Ok(())
}

/// Step 3: Both clips into the tray, the first trimmed by a second, merged: the merged file is as
/// long as the tray promised, and the merged clip is saved.
async fn trim_and_merge(j: &mut Journey, batch: &[String]) -> TestResult<String> {
    let app = j.app();
    app.click_testid("folder-all").await?;
    let order = flows::card_ids(app).await?;
    let two: Vec<&str> = order
        .iter()
        .filter(|id| batch.contains(id))
        .map(String::as_str)
        .collect();
    flows::marquee_select(app, &two).await.step("select both")?;
    let tray = flows::tray_ids(app).await?;
    assert_eq!(tray.len(), 2, "both clips in the tray: {tray:?}");
    let lengths = seconds(app, "merge-tray-length").await?;
    app.click_css("[data-testid='merge-tray-item']").await?;
    crate::edit::open_trim(app).await.step("open the trim")?;
    chord(app, &[SHIFT, Key::Right.into()]).await?;
    type_text(app, "i").await?;
    press(app, Key::Escape).await?;
    let total = seconds(app, "merge-total").await?[0];
    let want = lengths.iter().sum::<f64>() - 1.0;
    assert!(
        (total - want).abs() < 0.05,
        "tray total {total} s, clips {lengths:?} less 1 s"
    );
    j.at_small_size("tray").await?;
    let app = j.app();
    app.click_testid("merge-button").await.step("press Merge")?;
    let merged = flows::new_card(app, &order, Duration::from_secs(60)).await?;
    flows::wait_status(app, &merged, "completed", RENDER).await?;
    saved_and_openable(app, &j.profile, std::slice::from_ref(&merged)).await?;
    let file = crate::flows::library_file(&j.profile.data_dir, &merged).ok_or("the merged file")?;
    let real = crate::edit::probe_seconds(&file)?;
    assert!(
        (real - total).abs() < 0.1,
        "the tray promised {total} s; the merge is {real} s"
    );
    let text = flows::card_text(app, &merged).await?;
    assert!(
        !text.contains("0:00") && !text.to_lowercase().contains("merge "),
        "merged card: {text}"
    );
    app.screenshot("journey-03-merged").await?;
    app.wait_count(
        "[data-testid='merge-tray']",
        Duration::from_secs(5),
        "the tray closes after the merge",
        |n| n == 0,
    )
    .await?;
    j.books_balance("a local merge")?;
    Ok(merged)
}

/// The `data-seconds` of every element with this test id.
async fn seconds(app: &App, testid: &str) -> TestResult<Vec<f64>> {
    let v = flows::attrs(app, &format!("[data-testid='{testid}']"), "data-seconds").await?;
    v.iter()
        .map(|s| {
            s.parse::<f64>()
                .map_err(|e| format!("{testid} = {s:?}: {e}").into())
        })
        .collect()
}

/// Step 4: A batch of two in which the server refuses one: the failed card keeps its prompt and
/// says why; the refusal is notified with the prompt; its credits come back.
async fn refused(j: &mut Journey) -> TestResult<(String, String)> {
    j.sim.fail_next_with(1, Some(REFUSAL));
    let prompt = format!("{} a cartoon mouse dancing on a pier", j.tag);
    let ids = flows::generate(j.app(), MODEL, &prompt, 2).await?;
    j.books.asked += 2;
    j.books.refunded += 1;
    let app = j.app();
    let (failed, kept) = eventually(RENDER, "one fails, one completes", || async {
        let s = flows::statuses(app).await?;
        let f = ids
            .iter()
            .find(|id| s.get(*id).map(String::as_str) == Some("failed"));
        let c = ids
            .iter()
            .find(|id| s.get(*id).map(String::as_str) == Some("completed"));
        Ok(f.zip(c).map(|(f, c)| (f.clone(), c.clone())))
    })
    .await?;
    let text = flows::card_text(app, &failed).await?;
    assert!(
        text.contains("cartoon mouse") && text.contains("content policy"),
        "failed card: {text}"
    );
    let notes = notified_once(&format!("{} a cartoon", j.tag)).await?;
    assert!(
        notes
            .iter()
            .any(|n| n["body"].as_str().is_some_and(|b| b.contains("refunded"))),
        "the failure says the credits came back: {notes:?}"
    );
    app.screenshot("journey-04-refused").await?;
    j.books_balance("a refusal")?;
    Ok((failed, kept))
}

/// Step 5: Edit & retry of the one refused clip: the form says it is a retry and why the clip was
/// refused, asks for one clip, and Generate starts exactly one.
async fn edit_and_retry(j: &mut Journey, failed: &str) -> TestResult<String> {
    let app = j.app();
    app.click_css(&format!(
        "{} [data-testid='card-edit-retry']",
        card_css(failed)
    ))
    .await?;
    let strip = app
        .testid("retry-strip")
        .await
        .step("the form says it is a retry")?;
    let said = app.text_of(&strip).await?;
    assert!(
        said.contains("content policy"),
        "the retry strip says why: {said}"
    );
    let count = app.testid("count-input").await?.prop("value").await?;
    assert_eq!(
        count.as_deref(),
        Some("1"),
        "Edit & retry of one clip asks for one"
    );
    app.testid("prompt-input").await?.click().await?;
    press(app, Key::End).await?;
    type_text(app, ", an original character").await?;
    flows::wait_enabled(app, "generate-submit").await?;
    let before = flows::card_ids(app).await?;
    app.click_testid("generate-submit").await?;
    let id = flows::new_card(app, &before, Duration::from_secs(15)).await?;
    flows::wait_status(app, &id, "completed", RENDER).await?;
    let text = flows::card_text(app, &id).await?;
    assert!(
        text.contains("an original character"),
        "the edited prompt was sent: {text}"
    );
    notified_once("an original character").await?;
    app.screenshot("journey-05-retried").await?;
    j.books.asked += 1;
    j.books_balance("Edit & retry")?;
    Ok(id)
}

/// Step 6: Three requests used the window's budget: a two-line list waits in the queue, "Submit
/// now" says why it cannot, the smallest window still shows clips, and when the budget
/// frees both render and each is notified.
async fn import_at_the_limit(j: &mut Journey) -> TestResult<Vec<String>> {
    let app = j.app();
    let list = format!(
        "{tag} shot one, a lighthouse\n{tag} shot two, a ferry\n",
        tag = j.tag
    );
    app.click_testid("queue-import").await?;
    app.wait_for_css(
        "dialog[open][data-testid='import-dialog']",
        Duration::from_secs(5),
    )
    .await?;
    crate::queue::choose_file(app, "shots.txt", &list).await?;
    app.wait_for_css("[data-testid='import-summary']", Duration::from_secs(10))
        .await?;
    app.click_testid("import-confirm").await?;
    app.wait_count(
        "[data-testid='queued-card']",
        Duration::from_secs(10),
        "queued",
        |n| n == 2,
    )
    .await?;
    let now = app.testid("queued-submit-now").await?;
    assert!(
        !now.is_enabled().await?,
        "Submit now is off at the hourly limit"
    );
    j.app().screenshot("journey-06-queue-at-limit").await?;
    j.at_small_size("queue").await?;
    let app = j.app();
    let known: Vec<String> = j.sim.jobs().into_iter().map(|s| s.job_id).collect();
    let ids: Vec<String> = eventually(
        DRAIN,
        "the list is submitted as the budget frees",
        || async {
            let queued = flows::attrs(app, "[data-testid='queued-card']", "data-queue-id").await?;
            let new: Vec<String> = j
                .sim
                .jobs()
                .into_iter()
                .map(|s| s.job_id)
                .filter(|id| !known.contains(id))
                .collect();
            Ok((queued.is_empty() && new.len() == 2).then_some(new))
        },
    )
    .await?;
    flows::wait_all(app, &ids, "completed", RENDER).await?;
    notified_once(&format!("{} shot one", j.tag)).await?;
    notified_once(&format!("{} shot two", j.tag)).await?;
    j.books.asked += 2;
    j.books_balance("the queue")?;
    Ok(ids)
}

/// Step 8: A restart keeps every saved clip saved and openable (the moved one in its folder),
/// charges nothing, notifies nothing again, and keeps the settings.
async fn restart(j: &mut Journey, saved: &[String], moved: &str) -> TestResult {
    let before = checks::notes_about(&j.tag).len();
    if let Some(app) = j.window.take() {
        app.close().await?;
    }
    let app = App::launch(&j.profile, &j.sim.base_url(), &j.place.env()).await?;
    j.window = Some(app);
    let app = j.app();
    app.wait_count(
        "[data-testid='job-card']",
        Duration::from_secs(15),
        "cards",
        |n| n >= saved.len(),
    )
    .await?;
    saved_and_openable(app, &j.profile, saved).await?;
    checks::file_in_folder(&j.profile, moved, "Client A")?;
    assert_eq!(
        checks::settings_file(&j.profile)?["notifications"],
        json!(true)
    );
    tokio::time::sleep(Duration::from_secs(8)).await; // a poll round and a notification's time
    assert_eq!(
        checks::notes_about(&j.tag).len(),
        before,
        "nothing notified twice"
    );
    j.at_small_size("after-restart").await?;
    j.app().screenshot("journey-08-restarted").await?;
    j.books_balance("a restart")
}
