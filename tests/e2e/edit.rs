//! From render to edit: "Use this prompt" fills the form field by field, "Edit & retry" on a
//! failed card opens the pre-filled form (nothing is sent until Generate), recent prompts
//! come back from the prompt field, and trims set with the keyboard change the tray's total
//! and the merged file's real length (ffprobe).

use std::time::Duration;

use fantoccini::key::Key;
use serde_json::{json, Value};

use crate::a11y::Audit;
use crate::driver::{e2e_available, eventually, App, Profile, Step, TestResult};
use crate::flows::{self, card_css};
use crate::keys::{chord, expect_focus, press, type_text};
use crate::{sim, RENDER_TIMEOUT};

const SHIFT: char = '\u{E008}';
const ALT: char = '\u{E00A}';

/// Everything the generate form holds, read in one script call.
async fn form(app: &App) -> TestResult<Value> {
    let script = "const q = (s) => document.querySelector(s); \
        const checked = q(\"[data-testid='ratio-group'] input:checked\"); \
        return { model: q(\"[data-testid='model-select']\").value, \
                 family: q(\"[data-testid='model-hint']\").textContent.trim().split(' ')[0], \
                 prompt: q('#gen-prompt').value, \
                 ratio: checked ? checked.value : null, \
                 duration: q(\"[data-testid='duration-select']\")?.value ?? null, \
                 quality: q(\"[data-testid='quality-select']\")?.value ?? null, \
                 count: q(\"[data-testid='count-input']\").value };";
    Ok(app.client.execute(script, vec![]).await?)
}

/// Picks a model and waits until the form follows it (its hint names the model's family).
/// WebKitWebDriver sometimes selects the option without the `change` event when the select
/// was last set by the page itself (here: by "Use this prompt"); the event is then sent as
/// the browser would have sent it.
async fn pick_model(app: &App, slug: &str, family: &str) -> TestResult {
    flows::choose_model(app, slug).await?;
    let follows = || async {
        let hint = app.text_of(&app.testid("model-hint").await?).await?;
        Ok(hint.contains(family).then_some(()))
    };
    if eventually(
        Duration::from_secs(2),
        "the form follows the model",
        follows,
    )
    .await
    .is_err()
    {
        app.client
            .execute(
                "const s = document.querySelector(\"[data-testid='model-select']\"); \
                 s.value = arguments[0]; s.dispatchEvent(new Event('change', { bubbles: true }));",
                vec![json!(slug)],
            )
            .await?;
        eventually(
            Duration::from_secs(5),
            "the form follows the model",
            follows,
        )
        .await?;
    }
    Ok(())
}

/// Opens the card's "⋯" menu and runs the item `testid`.
async fn card_menu(app: &App, id: &str, testid: &str) -> TestResult {
    app.click_css(&format!("{} [data-testid='card-more']", card_css(id)))
        .await
        .step("open the clip menu")?;
    app.click_testid(testid).await.step(testid)
}

fn generate_requests(sim: &ulazai_sim::SimHandle) -> u64 {
    sim.stats().requests.get("generate").copied().unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn use_this_prompt_edit_and_retry_and_recent_prompts() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    let sim = sim().await;
    let profile = Profile::new("reuse");
    let mut audit = Audit::new()?;
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    flows::set_key(&app, ulazai_sim::DEMO_KEY)
        .await
        .step("set the key")?;

    // A batch of two with every setting away from its default.
    flows::choose_model(&app, "kling_3_0").await?;
    app.click_css("[data-testid='ratio-option'][data-value='9:16']")
        .await
        .step("pick 9:16")?;
    app.testid("duration-select")
        .await?
        .select_by_value("10")
        .await?;
    app.testid("quality-select")
        .await?
        .select_by_value("pro")
        .await?;
    let prompt = "A paper boat on a rain-soaked street, macro lens";
    let ids = flows::generate(&app, "kling_3_0", prompt, 2)
        .await
        .step("generate")?;
    let want = json!({ "model": "kling_3_0", "family": "kling", "prompt": prompt, "ratio": "9:16",
                       "duration": "10", "quality": "pro", "count": "2" });

    // The form moves on to something else…
    pick_model(&app, "veo31_fast", "veo")
        .await
        .step("pick veo")?;
    app.type_into("prompt-input", "Something else entirely")
        .await?;
    app.click_css("[aria-label='Fewer clips']").await?;
    assert_ne!(form(&app).await?, want, "the form was changed");

    // …and "Use this prompt" on the card puts back exactly what the card was made with.
    card_menu(&app, &ids[0], "card-reuse").await?;
    let filled = eventually(Duration::from_secs(5), "the form is filled", || async {
        let f = form(&app).await?;
        Ok((f == want).then_some(f))
    })
    .await;
    assert!(
        filled.is_ok(),
        "field by field: {} != {want}",
        form(&app).await?
    );
    expect_focus(&app, "the prompt", |f| f.id == "gen-prompt").await?;
    app.screenshot("edit-01-use-this-prompt").await?;

    // A refusal: "Edit & retry" opens the failed request in the form, sending nothing.
    flows::wait_all(&app, &ids, "completed", RENDER_TIMEOUT).await?;
    sim.fail_next_with(
        1,
        Some("The provider rejected this prompt (content policy)."),
    );
    pick_model(&app, "veo31_fast", "veo")
        .await
        .step("pick veo again")?;
    // The reused kling settings do not all fit veo: 8 s is its one duration, one clip.
    app.testid("duration-select")
        .await?
        .select_by_index(0)
        .await
        .step("veo's one duration")?;
    app.click_css("[aria-label='Fewer clips']").await?;
    // A batch of two, of which the first is refused: Edit & retry renders that one clip again.
    let refused = "A famous cartoon mouse dancing";
    let batch = flows::generate(&app, "veo31_fast", refused, 2)
        .await
        .step("generate two, the first refused")?;
    let failed = eventually(RENDER_TIMEOUT, "one clip of the two fails", || async {
        let st = flows::statuses(&app).await?;
        Ok(batch
            .iter()
            .find(|id| st.get(*id).map(String::as_str) == Some("failed"))
            .cloned())
    })
    .await?;
    // The failed card shows its prompt and why it failed, both.
    let card = flows::card_text(&app, &failed).await?;
    assert!(
        card.contains(refused) && card.contains("content policy"),
        "the failed card keeps its prompt beside the error: {card}"
    );
    app.type_into("prompt-input", "Not this").await?;
    let sent = generate_requests(&sim);
    app.click_css(&format!(
        "{} [data-testid='card-edit-retry']",
        card_css(&failed)
    ))
    .await
    .step("Edit & retry")?;
    eventually(
        Duration::from_secs(5),
        "the failed prompt is back",
        || async {
            let f = form(&app).await?;
            let veo = f["model"] == "veo31_fast" && f["family"] == "veo";
            Ok((f["prompt"] == refused && veo).then_some(()))
        },
    )
    .await?;
    expect_focus(&app, "the prompt", |f| f.id == "gen-prompt").await?;
    assert_eq!(
        generate_requests(&sim),
        sent,
        "Edit & retry sends nothing by itself"
    );
    let count = app.testid("count-input").await?.prop("value").await?;
    assert_eq!(
        count.as_deref(),
        Some("1"),
        "one clip failed: one to render again"
    );
    let strip = app.text_of(&app.testid("retry-strip").await?).await?;
    assert!(
        strip.contains(refused) && strip.contains("content policy"),
        "the form says which clip it retries and why it failed: {strip}"
    );
    app.screenshot("edit-02-edit-and-retry").await?;
    audit.check(&app, "failed card, form refilled").await?;
    // Nothing the creator did moved the focus: their next keys still go into the prompt.
    expect_focus(&app, "the prompt, still", |f| f.id == "gen-prompt").await?;
    type_text(&app, ", an original character").await?;
    // What was typed is in the field before Generate is pressed, as a person sees it there.
    let edited = format!("{refused}, an original character");
    eventually(
        Duration::from_secs(5),
        "the typed words reach the prompt",
        || async { Ok((form(&app).await?["prompt"] == edited.as_str()).then_some(())) },
    )
    .await?;
    flows::wait_enabled(&app, "generate-submit").await?;
    let before = flows::card_ids(&app).await?;
    app.click_testid("generate-submit").await?;
    let retried = flows::new_card(&app, &before, Duration::from_secs(15)).await?;
    assert_eq!(
        generate_requests(&sim),
        sent + 1,
        "one request, from Generate"
    );
    app.wait_count(
        "[data-testid='retry-strip']",
        Duration::from_secs(5),
        "the retry strip goes once the render started",
        |n| n == 0,
    )
    .await?;
    let text = flows::card_text(&app, &retried).await?;
    assert!(
        text.contains(&format!("{refused}, an original character")),
        "edited prompt sent: {text}"
    );

    // Recent prompts, from the prompt field: most recent first, narrowed by typing.
    app.testid("prompt-input").await?.click().await?;
    chord(&app, &[ALT, Key::Down.into()]).await?;
    app.testid("prompt-history")
        .await
        .step("the recent prompts open")?;
    expect_focus(&app, "the search", |f| f.testid == "prompt-history-search").await?;
    let listed = flows::attrs(&app, "[data-testid='prompt-history-item']", "id").await?;
    let texts: Vec<String> = serde_json::from_value(
        app.client
            .execute(
                "return Array.from(document.querySelectorAll(\"[data-testid='prompt-history-item']\")).map(e => e.textContent.trim());",
                vec![],
            )
            .await?,
    )?;
    assert_eq!(listed.len(), 3, "three different prompts: {texts:?}");
    assert_eq!(
        texts,
        vec![
            format!("{refused}, an original character"),
            refused.to_string(),
            prompt.to_string()
        ],
        "most recent first"
    );
    app.screenshot("edit-03-recent-prompts").await?;
    audit.check(&app, "recent prompts").await?;
    type_text(&app, "paper").await?;
    press(&app, Key::Enter).await?;
    eventually(
        Duration::from_secs(5),
        "the picked prompt fills the field",
        || async { Ok((form(&app).await?["prompt"] == prompt).then_some(())) },
    )
    .await?;
    expect_focus(&app, "back in the prompt", |f| f.id == "gen-prompt").await?;
    audit.finish()?;
    app.close().await
}

/// The merged file's video length, by ffprobe.
pub(crate) fn probe_seconds(file: &str) -> TestResult<f64> {
    let out = std::process::Command::new("ffprobe")
        .args([
            "-v",
            "error",
            "-select_streams",
            "v:0",
            "-show_entries",
            "stream=duration",
            "-of",
            "default=nw=1:nk=1",
            file,
        ])
        .output()?;
    let text = String::from_utf8_lossy(&out.stdout);
    Ok(text
        .trim()
        .parse()
        .map_err(|e| format!("ffprobe said {text:?}: {e}"))?)
}

async fn total_seconds(app: &App) -> TestResult<f64> {
    let v = flows::attrs(app, "[data-testid='merge-total']", "data-seconds").await?;
    Ok(v.first()
        .and_then(|s| s.parse().ok())
        .ok_or("the tray's total")?)
}

/// Opens the trim editor of the focused tray clip and waits for its preview's real length.
pub(crate) async fn open_trim(app: &App) -> TestResult {
    press(app, Key::Enter).await?;
    app.testid("trim-dialog").await?;
    eventually(
        Duration::from_secs(15),
        "the preview's length is known",
        || async {
            let pos = flows::attrs(app, "[data-testid='trim-position']", "data-testid").await?;
            let text = app.text_of(&app.testid("trim-position").await?).await?;
            Ok((!pos.is_empty() && text.contains("/ 2.00 s")).then_some(()))
        },
    )
    .await
}

async fn kept_seconds(app: &App) -> TestResult<f64> {
    let v = flows::attrs(app, "[data-testid='trim-summary']", "data-seconds").await?;
    Ok(v.first()
        .and_then(|s| s.parse().ok())
        .ok_or("the trimmed length")?)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn trims_set_with_the_keyboard_change_the_total_and_the_merged_length() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    // Trims are set with the keyboard.
    let place = crate::window().await?;
    let sim = sim().await;
    let profile = Profile::new("trims");
    let mut audit = Audit::new()?;
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    flows::set_key(&app, ulazai_sim::DEMO_KEY)
        .await
        .step("set the key")?;
    let ids = flows::generate(&app, "veo31_fast", "Two shots of a tide pool", 2)
        .await
        .step("generate two")?;
    flows::wait_all(&app, &ids, "completed", RENDER_TIMEOUT).await?;
    let order = flows::card_ids(&app).await?;
    let two: Vec<&str> = order.iter().take(2).map(String::as_str).collect();
    flows::marquee_select(&app, &two)
        .await
        .step("select both")?;
    let tray = flows::tray_ids(&app).await?;
    assert_eq!(tray.len(), 2);
    let untrimmed = total_seconds(&app).await?;

    // Clip 1: in point one second in (Shift+→, I). The simulator's clips are 2 s at 24 fps.
    app.click_css("[data-testid='merge-tray-item']")
        .await
        .step("focus the first clip")?;
    open_trim(&app).await.step("open the first trim")?;
    chord(&app, &[SHIFT, Key::Right.into()]).await?;
    type_text(&app, "i").await?;
    assert_eq!(kept_seconds(&app).await?, 1.0, "plays 1 s once trimmed");
    app.screenshot("edit-04-trim-editor").await?;
    audit.check(&app, "trim editor").await?;
    press(&app, Key::Escape).await?;
    expect_focus(&app, "back on the tray clip", |f| {
        f.testid == "merge-tray-item"
    })
    .await?;

    // Clip 2: out point six frames before the end (End, ← ×6, O): 1.75 s, between keyframes.
    press(&app, Key::Right).await?;
    open_trim(&app).await.step("open the second trim")?;
    press(&app, Key::End).await?;
    for _ in 0..6 {
        press(&app, Key::Left).await?;
    }
    type_text(&app, "o").await?;
    assert_eq!(kept_seconds(&app).await?, 1.75, "plays 1.75 s once trimmed");
    press(&app, Key::Escape).await?;

    let total = total_seconds(&app).await?;
    assert!(
        (total - 2.75).abs() < 1e-6,
        "the total follows the trims: {untrimmed} → {total}"
    );
    let lengths = flows::attrs(&app, "[data-testid='merge-tray-length']", "data-seconds").await?;
    assert_eq!(
        lengths,
        vec!["1", "1.75"],
        "each clip shows its trimmed length"
    );
    app.screenshot("edit-05-tray-trimmed").await?;
    audit.check(&app, "tray with trims").await?;

    app.click_testid("merge-button").await.step("press Merge")?;
    let merged = flows::new_card(&app, &order, Duration::from_secs(60)).await?;
    flows::wait_status(&app, &merged, "completed", RENDER_TIMEOUT).await?;
    assert!(sim.merges().is_empty(), "nothing was merged on the server");
    tokio::time::sleep(Duration::from_millis(800)).await; // the store's debounced save
    let file =
        flows::library_file(&profile.data_dir, &merged).ok_or("the merged job has its file")?;
    let secs = probe_seconds(&file)?;
    assert!(
        (secs - 2.75).abs() <= 1.0 / 24.0 + 1e-3,
        "the merged file plays the trimmed 2.75 s (within a frame): {secs}"
    );
    app.screenshot("edit-06-merged-trimmed").await?;
    audit.finish()?;
    app.close().await
}
