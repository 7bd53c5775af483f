//! The render queue in the real window: a 10-line prompt file with one bad line is
//! imported (the bad line reported with its number, 9 prompts previewed with their total
//! credits), queued into a new folder, and submitted by the app as the simulator's small
//! generate budget (3 requests per 20 s) allows — every clip reaches *completed*, and one
//! desktop notification says the queue drained. The new screens are audited with axe-core.

use std::time::Duration;

use serde_json::json;

use crate::a11y::Audit;
use crate::driver::{e2e_available, eventually, App, Profile, Step, TestResult};
use crate::flows;

const LIMIT: u32 = 3;
const WINDOW_SECS: f64 = 20.0;
/// 9 requests at 3 per 20 s, then a render of ~11 s, polled on the documented schedule.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(150);
const MODEL: &str = "veo31_fast";

async fn limited_sim() -> ulazai_sim::SimHandle {
    crate::sim_with(ulazai_sim::SimConfig {
        generate_limit_per_hour: LIMIT,
        rate_window_secs: WINDOW_SECS,
        ..crate::sim_config()
    })
    .await
}

/// Ten prompt lines (plus a comment and a blank line); line 6 is longer than the model
/// accepts.
fn prompt_file(tag: u32) -> (String, u32) {
    let max = ulazai_sim::models::find(MODEL).map_or(4000, |m| m.max_prompt_chars);
    let mut lines = vec!["# Storyboard, shot list".to_string(), String::new()];
    for shot in 1..=10 {
        if shot == 4 {
            lines.push(format!("Shot {shot}: {}", "x".repeat(max + 1)));
        } else {
            lines.push(format!(
                "Shot {shot} of storyboard {tag}: a lighthouse at dusk"
            ));
        }
    }
    // Line numbers count the comment and the blank line: shot 4 is on line 6.
    (lines.join("\n") + "\n", 6)
}

/// Hands the file to the import dialog's file input as a person choosing it would (the
/// page gets a `File` with the name and content; the OS picker itself is not drivable).
pub(crate) async fn choose_file(app: &App, name: &str, content: &str) -> TestResult {
    let script = "const input = document.querySelector(\"[data-testid='import-file']\");\
                  const dt = new DataTransfer();\
                  dt.items.add(new File([arguments[1]], arguments[0], { type: 'text/plain' }));\
                  input.files = dt.files;\
                  const n = input.files.length;\
                  input.dispatchEvent(new Event('change', { bubbles: true }));\
                  return n;";
    let n = app
        .client
        .execute(script, vec![json!(name), json!(content)])
        .await
        .step("choose the prompt file")?;
    if n != json!(1) {
        return Err(format!("the file input took {n} files").into());
    }
    Ok(())
}

/// Queues the previewed import and waits for its first queued card.
pub(crate) async fn confirm_import(app: &App) -> TestResult {
    app.click_testid("import-confirm").await?;
    app.wait_count(
        "[data-testid='queued-card']",
        Duration::from_secs(10),
        "queued cards",
        |n| n > 0,
    )
    .await?;
    Ok(())
}

pub(crate) async fn texts(app: &App, css: &str) -> TestResult<Vec<String>> {
    let script = "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent.trim());";
    let v = app.client.execute(script, vec![json!(css)]).await?;
    Ok(serde_json::from_value(v)?)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn import_a_prompt_file_and_the_queue_drains_within_the_budget() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    let sim = limited_sim().await;
    let profile = Profile::new("queue");
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    let result = scenario(&app, &sim).await;
    if result.is_err() {
        let _ = app.screenshot("debug-queue-failure").await;
    }
    result?;
    app.close().await
}

async fn scenario(app: &App, sim: &ulazai_sim::SimHandle) -> TestResult {
    let mut audit = Audit::new()?;
    // The desktop session records every test's notifications: this test's come after these.
    let earlier = crate::demo::notifications().len();
    flows::set_key(app, ulazai_sim::DEMO_KEY).await?;
    flows::choose_model(app, MODEL).await?;
    let tag = std::process::id();
    let (content, bad_line) = prompt_file(tag);

    app.click_testid("queue-import").await?;
    app.wait_for_css(
        "dialog[open][data-testid='import-dialog']",
        Duration::from_secs(5),
    )
    .await?;
    choose_file(app, "storyboard.txt", &content).await?;
    app.wait_for_css("[data-testid='import-summary']", Duration::from_secs(10))
        .await?;

    // The bad line, by its number and why; the 9 good ones with their total cost.
    let problems = flows::attrs(app, "[data-testid='import-problem']", "data-line").await?;
    assert_eq!(
        problems,
        vec![bad_line.to_string()],
        "one bad line, by number"
    );
    let why = texts(app, "[data-testid='import-problem']")
        .await?
        .join(" ");
    assert!(
        why.contains(&format!("Line {bad_line}")) && why.contains("characters"),
        "the bad line says why: {why}"
    );
    let items = texts(app, "[data-testid='import-item']").await?;
    assert_eq!(items.len(), 9, "nine prompts previewed: {items:?}");
    let per_clip = ulazai_sim::models::find(MODEL).ok_or("the model")?.credits;
    let summary = app
        .text_of(&app.testid("import-summary").await?)
        .await?
        .replace([',', '.', '\u{a0}', '\u{202f}'], "");
    assert!(
        summary.contains("9 prompts") && summary.contains(&format!("{} credits", 9 * per_clip)),
        "the preview shows the total cost: {summary}"
    );
    app.type_into("import-folder", "Storyboard").await?;
    app.screenshot("40-queue-import-preview").await?;
    audit.check(app, "import preview").await?;

    confirm_import(app).await?;
    // Later items wait for the budget: their cards say when they should start.
    let whens = eventually(
        Duration::from_secs(15),
        "a queued card names its start time",
        || async {
            let w = texts(app, "[data-testid='queued-when']").await?;
            Ok(w.iter()
                .any(|t| t.starts_with("Starts around"))
                .then_some(w))
        },
    )
    .await?;
    eprintln!("queued cards: {whens:?}");
    let costs = texts(app, "[data-testid='queued-cost']").await?;
    assert!(
        costs
            .iter()
            .all(|c| c.replace([',', '.', '\u{a0}', '\u{202f}'], "")
                == format!("{per_clip} credits")),
        "each queued card shows its cost: {costs:?}"
    );
    // A rendering card leads with the poll scheduler's own estimate.
    eventually(
        Duration::from_secs(15),
        "a rendering card says how long this model usually takes",
        || async {
            for id in flows::card_ids(app).await? {
                if flows::card_text(app, &id).await?.contains("for this model") {
                    return Ok(Some(()));
                }
            }
            Ok(None)
        },
    )
    .await?;
    app.screenshot("41-queue-start-times").await?;
    audit.check(app, "queue with start times").await?;

    // Pause holds everything back; resume goes on.
    app.click_testid("queue-pause").await?;
    app.wait_for_css("[data-testid='queue-paused']", Duration::from_secs(5))
        .await?;
    audit.check(app, "queue paused").await?;
    app.click_testid("queue-resume").await?;

    // Every clip is submitted within the budget and renders.
    let ids = eventually(DRAIN_TIMEOUT, "the queue drains into 9 cards", || async {
        let queued = flows::attrs(app, "[data-testid='queued-card']", "data-queue-id").await?;
        let ids = flows::card_ids(app).await?;
        Ok((queued.is_empty() && ids.len() == 9).then_some(ids))
    })
    .await?;
    flows::wait_all(app, &ids, "completed", DRAIN_TIMEOUT).await?;
    app.screenshot("42-queue-drained").await?;

    let note = eventually(
        Duration::from_secs(20),
        "one notification says the queue drained",
        || async {
            Ok(crate::demo::notifications()
                .into_iter()
                .skip(earlier)
                // Other windows' queues drain too (two clips in the journey): this one's
                // is the notice of nine.
                .find(|n| {
                    n["summary"] == "Render queue finished"
                        && n["body"].as_str().is_some_and(|b| b.starts_with("9 "))
                }))
        },
    )
    .await?;
    assert_eq!(note["body"], "9 clips finished.", "{note}");
    // Every render the queue started was notified as it finished, once: alone ("Render
    // finished") or in a burst ("3 renders finished"); the last burst may still be
    // collecting when the drained notice is recorded.
    let notified = || {
        crate::demo::notifications()
            .into_iter()
            .filter(|n| {
                n["body"]
                    .as_str()
                    .is_some_and(|b| b.contains(&format!("storyboard {tag}")))
            })
            .map(|n| renders_told(n["summary"].as_str().unwrap_or_default()))
            .sum::<usize>()
    };
    eventually(
        Duration::from_secs(10),
        "every queued render is notified",
        || async { Ok((notified() >= 9).then_some(())) },
    )
    .await?;
    tokio::time::sleep(Duration::from_secs(4)).await;
    assert_eq!(notified(), 9, "each queued render notified once");

    // The simulator's view: 9 generate requests, never more than the limit in any window,
    // and never a 429 (so no loop on one).
    let generates: Vec<_> = sim
        .stats()
        .log
        .into_iter()
        .filter(|r| r.endpoint == "generate")
        .collect();
    assert!(generates.iter().all(|r| r.status == 200), "{generates:?}");
    assert_eq!(generates.len(), 9, "{generates:?}");
    for (i, r) in generates.iter().enumerate() {
        let in_window = generates[i..]
            .iter()
            .take_while(|o| o.real_ms - r.real_ms < WINDOW_SECS * 1000.0)
            .count();
        assert!(
            in_window <= LIMIT as usize,
            "{in_window} requests within one window"
        );
    }
    audit.finish()
}

/// How many renders a notification's title tells of: "Render finished" one, "3 renders
/// finished" three, "2 finished, 1 failed" three.
fn renders_told(title: &str) -> usize {
    if title.starts_with("Render ") {
        return 1;
    }
    title
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse::<usize>().ok())
        .sum()
}
