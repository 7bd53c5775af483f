//! Keyboard only: no clicks, every step by WebDriver key actions, and after each step the
//! test asserts where keyboard focus is. Sets the key in Settings, starts renders with
//! Ctrl+Enter, selects three completed clips, reorders them in the merge tray, survives a
//! stray Escape with the tray's order intact, merges, creates a folder and moves a clip into
//! it from the clip menu, opens the shortcuts sheet and Settings and closes them again.
//! Also: zoom keys, and the layout at the smallest window size.

use std::time::Duration;

use fantoccini::key::Key;

use crate::a11y::{resize, SIZES};
use crate::driver::{e2e_available, eventually, App, Profile, Step, TestResult};
use crate::flows;
use crate::keys::{chord, expect_focus, expect_focus_within, press, type_text};
use crate::{sim, RENDER_TIMEOUT};

const CTRL: char = '\u{E009}';
const SHIFT: char = '\u{E008}';
const ALT: char = '\u{E00A}';

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keyboard_only_render_select_reorder_merge_file_and_settings() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    let sim = sim().await;
    let profile = Profile::new("keyboard");
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    let result = scenario(&app, &profile).await;
    if result.is_err() {
        let _ = app.screenshot("debug-keyboard-failure").await;
    }
    result?;
    app.close().await
}

async fn scenario(app: &App, profile: &Profile) -> TestResult {
    // Settings with Ctrl+, : focus lands in the key field; Enter saves; Escape closes, and
    // focus goes to the prompt (nothing had focus before).
    chord(app, &[CTRL, ',']).await?;
    expect_focus(app, "the API key field", |f| f.is("api-key-input")).await?;
    type_text(app, ulazai_sim::DEMO_KEY).await?;
    press(app, Key::Enter).await?;
    app.testid("api-key-preview")
        .await
        .step("the key is saved")?;
    press(app, Key::Escape).await?;
    expect_focus(app, "the prompt", |f| f.is("prompt-input")).await?;

    // Three renders, each started with Ctrl+Enter from the prompt; focus stays there. The
    // first comes at once after the last letter, as a quick typist's or a paste's would,
    // before the form's own check of the prompt has answered.
    type_text(app, "Keyboard only: a heron lifts off a misty lake").await?;
    let mut ids: Vec<String> = Vec::new();
    for n in 1..=3 {
        if n > 1 {
            flows::wait_enabled(app, "generate-submit").await?;
        }
        chord(app, &[CTRL, '\u{E007}']).await?; // Ctrl+Enter
        let id = flows::new_card(app, &ids, Duration::from_secs(15))
            .await
            .step(&format!("render {n} starts"))?;
        ids.push(id);
        expect_focus(app, "the prompt", |f| f.is("prompt-input")).await?;
    }
    flows::wait_all(app, &ids, "completed", RENDER_TIMEOUT).await?;
    app.screenshot("30-keyboard-three-completed").await?;

    // Shift+F6: from the side panel back to the clips (the tray is not shown yet).
    chord(app, &[SHIFT, Key::F6.into()]).await?;
    let first = expect_focus(app, "the first clip", |f| f.is("job-card")).await?;
    // Space selects; Shift+→ twice extends the selection to three clips.
    press(app, Key::Space).await?;
    chord(app, &[SHIFT, Key::Right.into()]).await?;
    chord(app, &[SHIFT, Key::Right.into()]).await?;
    let third = expect_focus(app, "the third clip", |f| {
        f.is("job-card") && f.job != first.job
    })
    .await?;
    let grid = flows::card_ids(app).await?;
    assert_eq!(third.job, grid[2], "focus on the third clip in grid order");
    let mut selected = flows::selected_ids(app).await?;
    selected.sort();
    let mut want: Vec<String> = grid[..3].to_vec();
    want.sort();
    assert_eq!(selected, want, "three clips selected");
    let tray = flows::tray_ids(app).await?;
    assert_eq!(
        tray,
        grid[..3].to_vec(),
        "the tray lists them in the order they were picked"
    );

    // F6: into the tray, on its first clip. Alt+→ moves it one place later; focus follows it.
    press(app, Key::F6).await?;
    let item = expect_focus(app, "the tray's first clip", |f| f.is("merge-tray-item")).await?;
    assert_eq!(item.job, tray[0]);
    chord(app, &[ALT, Key::Right.into()]).await?;
    let reordered = vec![tray[1].clone(), tray[0].clone(), tray[2].clone()];
    eventually(
        Duration::from_secs(5),
        "the tray shows the new order",
        || async { Ok((flows::tray_ids(app).await? == reordered).then_some(())) },
    )
    .await?;
    expect_focus(app, "the moved clip", |f| {
        f.is("merge-tray-item") && f.job == tray[0]
    })
    .await?;
    let keys = app.text_of(&app.testid("tray-keys").await?).await?;
    assert!(
        keys.contains("Alt") && keys.contains("Delete"),
        "the tray shows its keys: {keys}"
    );

    // A stray Escape: focus goes back to the clips, the tray keeps its order. A second one
    // clears the selection; the tray still keeps its clips and order.
    press(app, Key::Escape).await?;
    expect_focus(app, "a clip in the grid", |f| f.is("job-card")).await?;
    assert_eq!(
        flows::tray_ids(app).await?,
        reordered,
        "order kept after Escape in the tray"
    );
    press(app, Key::Escape).await?;
    eventually(
        Duration::from_secs(5),
        "the selection is cleared",
        || async { Ok(flows::selected_ids(app).await?.is_empty().then_some(())) },
    )
    .await?;
    assert_eq!(
        flows::tray_ids(app).await?,
        reordered,
        "order kept after a second Escape"
    );
    app.screenshot("31-keyboard-tray-after-escape").await?;

    // F6 into the tray, Tab to Merge, Enter: merged on this computer, in the tray's order, and
    // focus lands on the merged clip.
    press(app, Key::F6).await?;
    expect_focus(app, "the tray", |f| f.is("merge-tray-item")).await?;
    press(app, Key::Tab).await?;
    expect_focus(app, "Merge", |f| f.is("merge-button")).await?;
    press(app, Key::Enter).await?;
    let merged = expect_focus_within(app, Duration::from_secs(40), "the merged clip", |f| {
        f.is("job-card") && !ids.contains(&f.job)
    })
    .await?;
    flows::wait_status(app, &merged.job, "completed", RENDER_TIMEOUT).await?;
    tokio::time::sleep(Duration::from_millis(800)).await; // the store's debounced save
    let store: serde_json::Value = ulazai_testkit::store::jobs_file(&profile.data_dir);
    let sources: Vec<String> = serde_json::from_value(
        store["merges"]
            .as_array()
            .and_then(|m| m.last())
            .ok_or("a merge record")?["source_job_ids"]
            .clone(),
    )?;
    assert_eq!(sources, reordered, "merged in the tray's order");
    app.wait_count(
        "[data-testid='merge-tray']",
        Duration::from_secs(5),
        "the tray is done",
        |n| n == 0,
    )
    .await?;
    app.screenshot("32-keyboard-merged").await?;

    // A new folder: Shift+F6 to the folders (on "All clips"), Tab to "New folder", Enter,
    // type a name, Enter: focus goes to the new folder.
    chord(app, &[SHIFT, Key::F6.into()]).await?;
    expect_focus(app, "All clips", |f| f.is("folder-all")).await?;
    press(app, Key::Tab).await?;
    expect_focus(app, "Unfiled", |f| f.is("folder-unfiled")).await?;
    press(app, Key::Tab).await?;
    expect_focus(app, "New folder", |f| f.is("folder-create")).await?;
    // An icon-only button says what it does on keyboard focus too.
    let tip = app
        .wait_for_css(
            "[data-testid='tooltip']:not([hidden])",
            Duration::from_secs(3),
        )
        .await?;
    assert_eq!(
        app.text_of(&tip).await?.trim(),
        "New folder",
        "tooltip on focus"
    );
    press(app, Key::Enter).await?;
    expect_focus(app, "the folder name field", |f| f.is("folder-name-input")).await?;
    type_text(app, "Keyboard picks").await?;
    press(app, Key::Enter).await?;
    let folder = expect_focus(app, "the new folder", |f| {
        f.is("folder-item") && f.label.contains("Keyboard picks")
    })
    .await?;

    // F6 back to the clips (on the merged clip), Shift+F10 opens its menu; End, ↑ reaches
    // "Move to Keyboard picks"; Enter moves it and focus returns to the clip.
    press(app, Key::F6).await?;
    let clip = expect_focus(app, "the merged clip", |f| f.is("job-card")).await?;
    assert_eq!(clip.job, merged.job);
    chord(app, &[SHIFT, Key::F10.into()]).await?;
    expect_focus(app, "the clip menu", |f| f.is("card-details")).await?;
    press(app, Key::End).await?;
    expect_focus(app, "Remove from view", |f| f.is("card-remove")).await?;
    press(app, Key::Up).await?;
    expect_focus(app, "Move to Keyboard picks", |f| {
        f.label.contains("Move to Keyboard picks")
    })
    .await?;
    press(app, Key::Enter).await?;
    expect_focus(app, "the clip again", |f| {
        f.is("job-card") && f.job == merged.job
    })
    .await?;
    eventually(
        Duration::from_secs(10),
        "the clip is in the folder",
        || async {
            let item = app
                .wait_for_css(
                    &format!(
                        "[data-testid='folder-item'][data-folder-id='{}']",
                        folder.folder
                    ),
                    Duration::from_secs(5),
                )
                .await?;
            Ok(app.text_of(&item).await?.contains('1').then_some(()))
        },
    )
    .await?;

    // The shortcuts sheet on "?", closed with Escape: focus returns to the clip.
    type_text(app, "?").await?;
    app.testid("shortcuts-sheet").await?;
    expect_focus(app, "inside the shortcuts sheet", |f| {
        f.is("shortcuts-close")
    })
    .await?;
    press(app, Key::Escape).await?;
    expect_focus(app, "the clip", |f| f.is("job-card") && f.job == merged.job).await?;

    // Settings open and close: focus goes in, and back to the clip.
    chord(app, &[CTRL, ',']).await?;
    expect_focus(app, "the API key field", |f| f.is("api-key-input")).await?;
    press(app, Key::Escape).await?;
    expect_focus(app, "the clip", |f| f.is("job-card") && f.job == merged.job).await?;

    // "Remove from view" from the clip menu: the card goes, focus moves to its neighbour, and
    // the toast offers Undo.
    chord(app, &[SHIFT, Key::F10.into()]).await?;
    expect_focus(app, "the clip menu", |f| f.is("card-details")).await?;
    press(app, Key::End).await?;
    expect_focus(app, "Remove from view", |f| f.is("card-remove")).await?;
    press(app, Key::Enter).await?;
    expect_focus(app, "the neighbouring clip", |f| {
        f.is("job-card") && f.job != merged.job
    })
    .await?;
    assert!(
        !flows::card_ids(app).await?.contains(&merged.job),
        "the card is gone"
    );
    let undo = app.testid("toast-action").await?;
    assert_eq!(app.text_of(&undo).await?.trim(), "Undo");
    app.screenshot("33-keyboard-done").await?;
    Ok(())
}

/// The page's layout at a window size: grid columns, horizontal overflow, the smallest text,
/// whether the toasts cover the search and filters.
#[derive(Debug, serde::Deserialize)]
struct Layout {
    width: f64,
    columns: usize,
    overflow: bool,
    smallest_font: f64,
    smallest_text: String,
}

async fn layout(app: &App) -> TestResult<Layout> {
    let script = "const cards = [...document.querySelectorAll(\"[data-testid='job-card']\")]; \
        const top = cards.length ? Math.min(...cards.map(c => c.getBoundingClientRect().top)) : 0; \
        const columns = cards.filter(c => Math.abs(c.getBoundingClientRect().top - top) < 2).length; \
        let smallest = 99, text = ''; \
        for (const e of document.querySelectorAll('body *')) { \
          if (e.closest('.visually-hidden') || !e.getClientRects().length) continue; \
          const own = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()); \
          if (!own) continue; \
          const px = parseFloat(getComputedStyle(e).fontSize); \
          if (px < smallest) { smallest = px; text = e.textContent.trim().slice(0, 40); } } \
        const d = document.documentElement; \
        return { width: window.innerWidth, columns, overflow: d.scrollWidth > window.innerWidth + 1, \
                 smallest_font: smallest, smallest_text: text };";
    Ok(serde_json::from_value(
        app.client.execute(script, vec![]).await?,
    )?)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn zoom_keys_and_the_smallest_window_keep_the_layout() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    let sim = sim().await;
    let profile = Profile::new("zoom");
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    let result = zoom_scenario(&app).await;
    if result.is_err() {
        let _ = app.screenshot("debug-zoom-failure").await;
    }
    result?;
    app.close().await
}

async fn zoom_scenario(app: &App) -> TestResult {
    flows::set_key(app, ulazai_sim::DEMO_KEY).await?;
    let ids = flows::generate(app, "veo31_fast", "Zoomed: a kite over the dunes", 3).await?;
    flows::wait_all(app, &ids, "completed", RENDER_TIMEOUT).await?;

    for (w, h) in SIZES {
        resize(app, w, h).await?;
        let l = layout(app).await?;
        assert!(l.columns >= 2, "{w}x{h}: the grid keeps two columns: {l:?}");
        assert!(!l.overflow, "{w}x{h}: nothing spills sideways: {l:?}");
        assert!(
            l.smallest_font >= 12.0,
            "{w}x{h}: no text under 12 px: {} px in {:?}",
            l.smallest_font,
            l.smallest_text
        );
    }

    // Ctrl+= three times: 160 % (Tauri's zoom steps are 20 %); the page is narrower in CSS
    // pixels and the layout holds. Ctrl+- and Ctrl+0 go back.
    resize(app, SIZES[0].0, SIZES[0].1).await?;
    let before = layout(app).await?.width;
    press(app, Key::Escape).await?; // focus on the page, not in a field
    for _ in 0..3 {
        chord(app, &[CTRL, '=']).await?;
    }
    let zoomed = eventually(Duration::from_secs(5), "the page zooms in", || async {
        let l = layout(app).await?;
        Ok((l.width < before * 0.7).then_some(l))
    })
    .await?;
    assert!(
        zoomed.columns >= 2,
        "at 160 % the grid keeps two columns: {zoomed:?}"
    );
    assert!(
        !zoomed.overflow,
        "at 160 % nothing spills sideways: {zoomed:?}"
    );
    app.screenshot("34-zoom-160").await?;
    chord(app, &[CTRL, '-']).await?;
    eventually(Duration::from_secs(5), "Ctrl+- zooms out", || async {
        let w = layout(app).await?.width;
        Ok((w > zoomed.width + 20.0).then_some(()))
    })
    .await?;
    chord(app, &[CTRL, '0']).await?;
    eventually(Duration::from_secs(5), "Ctrl+0 resets", || async {
        let w = layout(app).await?.width;
        Ok(((w - before).abs() < 2.0).then_some(()))
    })
    .await?;

    // The smallest window zoomed to 160 % (537 CSS px wide): beside the side panel the grid
    // had no room (no card in view); the panel is a drawer there, and the four filters fold
    // behind a button, so a row of cards stays in view. Keys open and close the drawer.
    resize(app, SIZES[1].0, SIZES[1].1).await?;
    for _ in 0..3 {
        chord(app, &[CTRL, '=']).await?;
    }
    let small = eventually(
        Duration::from_secs(5),
        "the small window zooms in",
        || async {
            let v = narrow_view(app).await?;
            Ok((v.width < 600.0).then_some(v))
        },
    )
    .await?;
    assert!(
        small.card_in_view,
        "half a card (its picture) is in view: {small:?}"
    );
    assert!(
        !small.panel_shown && !small.filters_shown,
        "the drawer and the filters are folded: {small:?}"
    );
    app.screenshot("34b-zoom-160-smallest").await?;
    chord(app, &[CTRL, 'n']).await?;
    expect_focus(app, "the prompt, in the drawer", |f| f.is("prompt-input")).await?;
    assert!(
        narrow_view(app).await?.panel_shown,
        "Ctrl+N opens the drawer"
    );
    app.screenshot("34c-zoom-160-drawer").await?;
    press(app, Key::Escape).await?;
    expect_focus(app, "the drawer's button", |f| f.is("panel-toggle")).await?;
    assert!(
        !narrow_view(app).await?.panel_shown,
        "Escape closes the drawer"
    );
    press(app, Key::Enter).await?;
    expect_focus(app, "the prompt, the drawer opened again", |f| {
        f.is("prompt-input")
    })
    .await?;
    press(app, Key::Escape).await?;
    expect_focus(app, "the drawer's button", |f| f.is("panel-toggle")).await?;
    // A clip's details open the drawer with the focus in it; Escape goes back to the clip.
    app.client
        .execute(
            "document.querySelector(\"[data-testid='job-card']\").focus()",
            vec![],
        )
        .await?;
    let card = expect_focus(app, "a clip", |f| f.is("job-card")).await?;
    press(app, Key::Enter).await?;
    expect_focus(app, "the details' back button", |f| f.is("detail-close")).await?;
    assert!(
        narrow_view(app).await?.panel_shown,
        "the details are in view"
    );
    press(app, Key::Escape).await?;
    expect_focus(app, "the same clip", |f| {
        f.is("job-card") && f.job == card.job
    })
    .await?;
    assert!(
        !narrow_view(app).await?.panel_shown,
        "Escape closes the details' drawer"
    );
    // The filters' button shows them.
    app.client
        .execute(
            "document.querySelector(\"[data-testid='filters-toggle']\").focus()",
            vec![],
        )
        .await?;
    press(app, Key::Enter).await?;
    eventually(Duration::from_secs(5), "the filters unfold", || async {
        Ok(narrow_view(app).await?.filters_shown.then_some(()))
    })
    .await?;
    press(app, Key::Enter).await?;
    chord(app, &[CTRL, '0']).await?;

    // At the smallest size a toast never covers the search and filters.
    resize(app, SIZES[1].0, SIZES[1].1).await?;
    // The earlier toasts are read and closed, as a person would: at 860×560 one can lie over
    // a card's buttons.
    flows::dismiss_toasts(app).await?;
    app.click_css("[data-testid='card-add-to-merge']").await?;
    app.click_testid("tray-clear").await?; // shows the "cleared · Undo" toast
    let toast = flows::rects(app, "[data-testid='toast']").await?;
    let filters = flows::rects(app, "[role='search']").await?;
    assert!(
        !toast.is_empty() && !filters.is_empty(),
        "a toast and the filters are on screen"
    );
    for t in &toast {
        for f in &filters {
            let apart =
                t.1 >= f.1 + f.3 || f.1 >= t.1 + t.3 || t.0 >= f.0 + f.2 || f.0 >= t.0 + t.2;
            assert!(apart, "the toast {t:?} covers the filters {f:?}");
        }
    }
    app.screenshot("35-smallest-window-toast").await?;
    Ok(())
}

/// A very narrow page: is a card in view (its upper half, the picture, at least), is the
/// side panel shown, are the filters?
#[derive(Debug, serde::Deserialize)]
struct NarrowView {
    width: f64,
    card_in_view: bool,
    panel_shown: bool,
    filters_shown: bool,
}

async fn narrow_view(app: &App) -> TestResult<NarrowView> {
    let script = "const shown = (s) => { const e = document.querySelector(s); \
          return !!e && e.getClientRects().length > 0; }; \
        const cards = [...document.querySelectorAll(\"[data-testid='job-card']\")]; \
        const inView = cards.some(c => { const r = c.getBoundingClientRect(); \
          return r.top >= 0 && r.top + r.height / 2 <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth; }); \
        return { width: window.innerWidth, card_in_view: inView, panel_shown: shown('#side-panel'), \
                 filters_shown: shown('#filter-status') };";
    Ok(serde_json::from_value(
        app.client.execute(script, vec![]).await?,
    )?)
}
