//! Compare: three clips side by side, stepped and scrubbed together (every video's
//! `currentTime` on the same frame), played and paused together, a pane rated right there and
//! the mark found on its card after Esc, which hands focus back to that card. One clip alone
//! does not open it: C says why.

use std::time::Duration;

use fantoccini::key::Key;
use fantoccini::Locator;
use serde::Deserialize;
use serde_json::json;

use crate::a11y::{resize, Audit};
use crate::driver::{e2e_available, eventually, App, Profile, Step, TestResult};
use crate::flows::{self, card_css};
use crate::keys::{chord, expect_focus, press, type_text};
use crate::{sim, RENDER_TIMEOUT};

/// The simulator's clips say no frame rate: the view takes 24 fps, one frame 1/24 s.
const FRAME: f64 = 1.0 / 24.0;

/// One compared video as the page holds it.
#[derive(Debug, Deserialize)]
struct Player {
    id: String,
    time: f64,
    seeking: bool,
    ready: u8,
    duration: Option<f64>,
    paused: bool,
    muted: bool,
    error: u8,
    src: String,
}

async fn players(app: &App) -> TestResult<Vec<Player>> {
    let script = "return [...document.querySelectorAll(\"[data-testid='compare-pane']\")].map((p) => {\n\
           const v = p.querySelector('video');\n\
           return { id: p.dataset.jobId, time: v ? v.currentTime : -1, seeking: !!v && v.seeking,\n\
                    ready: v ? v.readyState : 0, duration: v && Number.isFinite(v.duration) ? v.duration : null,\n\
                    paused: !v || v.paused, muted: !v || v.muted, error: v && v.error ? v.error.code : 0,\n\
                    src: v ? v.currentSrc : '' };\n\
         });";
    Ok(serde_json::from_value(
        app.client.execute(script, vec![]).await?,
    )?)
}

/// Waits until every player has reached its frame (no seek under way, the frame decoded) and
/// returns them.
async fn settled(app: &App, what: &str) -> TestResult<Vec<Player>> {
    settled_n(app, 3, what).await
}

/// [`settled`], for `n` panes.
async fn settled_n(app: &App, n: usize, what: &str) -> TestResult<Vec<Player>> {
    let done = eventually(Duration::from_secs(10), what, || async {
        let all = players(app).await?;
        Ok((all.len() == n && all.iter().all(|p| !p.seeking && p.ready >= 2)).then_some(all))
    })
    .await;
    match done {
        Ok(all) => Ok(all),
        Err(e) => Err(format!("{e}: {:?}", players(app).await?).into()),
    }
}

/// Every video's `currentTime` within one frame of the others (and of `near`, when given).
fn in_step(all: &[Player], near: Option<f64>, what: &str) -> f64 {
    let times: Vec<f64> = all.iter().map(|p| p.time).collect();
    let lo = times.iter().cloned().fold(f64::MAX, f64::min);
    let hi = times.iter().cloned().fold(f64::MIN, f64::max);
    assert!(
        hi - lo < FRAME,
        "{what}: the videos stand {:.4} s apart (more than a frame): {all:?}",
        hi - lo
    );
    if let Some(t) = near {
        assert!(
            (lo - t).abs() < FRAME && (hi - t).abs() < FRAME,
            "{what}: the videos should stand at {t:.4} s: {all:?}"
        );
    }
    eprintln!("{what}: {times:?} (spread {:.4} s)", hi - lo);
    lo
}

async fn dialog_open(app: &App) -> TestResult<bool> {
    let v = app
        .client
        .execute(
            "const d = document.querySelector(\"[data-testid='compare-view']\"); return !!d && d.open;",
            vec![],
        )
        .await?;
    Ok(v.as_bool() == Some(true))
}

/// The transport's position, as the view shows it (`data-seconds`).
async fn position(app: &App) -> TestResult<f64> {
    let v = app
        .client
        .execute(
            "return Number(document.querySelector(\"[data-testid='compare-position']\").dataset.seconds);",
            vec![],
        )
        .await?;
    Ok(v.as_f64().unwrap_or(-1.0))
}

/// Waits until the card `id` shows `rating` stars.
async fn card_rating(app: &App, id: &str, rating: u8) -> TestResult {
    let script = "const m = document.querySelector(arguments[0] + \" [data-testid='card-marks']\"); return m ? m.dataset.rating : null;";
    eventually(
        Duration::from_secs(10),
        &format!("the card {id} shows {rating} stars"),
        || async {
            let v = app
                .client
                .execute(script, vec![json!(card_css(id))])
                .await?;
            Ok((v.as_str() == Some(&rating.to_string())).then_some(()))
        },
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn compare_three_clips_in_step() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    let sim = sim().await;
    let profile = Profile::new("compare");
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    flows::set_key(&app, ulazai_sim::DEMO_KEY).await?;
    let ids = flows::generate(&app, "veo31_fast", "Three takes of a harbour at dawn", 3)
        .await
        .step("generate three")?;
    flows::wait_all(&app, &ids, "completed", RENDER_TIMEOUT).await?;
    let order = flows::card_ids(&app).await?;

    // One clip selected: C opens nothing and says why.
    app.click_css(&format!(
        "{} [data-testid='card-prompt']",
        card_css(&order[0])
    ))
    .await?;
    expect_focus(&app, "the first card", |f| f.is("job-card")).await?;
    type_text(&app, "c").await?;
    eventually(Duration::from_secs(5), "a toast says why", || async {
        for t in app.all_css("[data-testid='toast']").await? {
            if app
                .text_of(&t)
                .await?
                .contains("Select 2 to 4 finished clips")
            {
                return Ok(Some(()));
            }
        }
        Ok(None)
    })
    .await?;
    assert!(!dialog_open(&app).await?, "one clip does not open compare");
    flows::dismiss_toasts(&app).await?;

    // Three selected by a marquee: the tray's Compare button opens them.
    let three: Vec<&str> = order.iter().map(String::as_str).collect();
    flows::marquee_select(&app, &three)
        .await
        .step("marquee over three")?;
    assert_eq!(flows::selected_ids(&app).await?.len(), 3);
    resize(&app, 860, 560).await?;
    app.screenshot("49-compare-button-860x560").await?;
    resize(&app, 1280, 800).await?;
    let button = app.testid("compare-button").await?;
    assert_ne!(
        button.attr("aria-disabled").await?.as_deref(),
        Some("true"),
        "Compare is enabled for three finished clips"
    );
    button.click().await?;
    eventually(Duration::from_secs(5), "the compare view opens", || async {
        Ok(dialog_open(&app).await?.then_some(()))
    })
    .await?;
    let first = settled(&app, "three videos ready").await?;
    assert!(
        first
            .iter()
            .all(|p| p.error == 0 && !p.src.is_empty() && p.duration.unwrap_or(0.0) > 1.0),
        "the clips load (GStreamer decodes them): {first:?}"
    );
    let mut shown: Vec<String> = first.iter().map(|p| p.id.clone()).collect();
    shown.sort();
    let mut want = ids.clone();
    want.sort();
    assert_eq!(shown, want, "the panes are the three selected clips");
    // Three in a row, each with its prompt (as text), model and length.
    let rects = flows::rects(&app, "[data-testid='compare-pane']").await?;
    assert!(
        rects
            .windows(2)
            .all(|w| (w[0].1 - w[1].1).abs() < 2.0 && w[1].0 > w[0].0),
        "three panes side by side: {rects:?}"
    );
    let prompt = app.testid("compare-prompt").await?;
    assert_eq!(
        app.text_of(&prompt).await?,
        "Three takes of a harbour at dawn"
    );
    expect_focus(&app, "the first pane", |f| f.is("compare-stage")).await?;
    // One clip is heard (the first), the others muted; choosing another's sound swaps.
    let muted: Vec<bool> = first.iter().map(|p| p.muted).collect();
    assert_eq!(muted, [false, true, true], "only the first pane is heard");
    app.click_css("[data-testid='compare-pane']:nth-child(3) [data-testid='compare-sound']")
        .await?;
    let muted: Vec<bool> = players(&app).await?.iter().map(|p| p.muted).collect();
    assert_eq!(muted, [true, true, false], "now only the third is heard");
    app.click_css("[data-testid='compare-pane']:nth-child(1) [data-testid='compare-stage']")
        .await?;

    // Five frames forward with `.`: every video on frame 6 (5/24 s).
    type_text(&app, ".....").await?;
    let after = settled(&app, "stepped five frames").await?;
    in_step(&after, Some(5.0 * FRAME), "five frames forward");
    let fps = app.testid("compare-fps").await?;
    assert_eq!(app.text_of(&fps).await?, "24 fps (assumed)");

    // Scrub: a real drag of the scrubber's thumb to about 60 %.
    let (x, y, w, h) = app
        .client
        .find(Locator::Css("[data-testid='compare-scrubber']"))
        .await?
        .rectangle()
        .await?;
    let end = first.iter().filter_map(|p| p.duration).fold(0.0, f64::max);
    let thumb = x + 8.0 + (w - 16.0) * (after[0].time / end);
    app.drag((thumb, y + h / 2.0), (x + w * 0.6, y + h / 2.0))
        .await
        .step("drag the scrubber")?;
    let scrubbed = settled(&app, "scrubbed").await?;
    let at = position(&app).await?;
    assert!(
        at > end * 0.4 && at < end * 0.8,
        "the scrubber moved the transport to about 60 % of {end} s: {at}"
    );
    in_step(&scrubbed, Some(at), "scrubbed");
    for (w, h) in [(1280, 800), (860, 560)] {
        resize(&app, w, h).await?;
        app.screenshot(&format!("50-compare-{w}x{h}")).await?;
    }
    resize(&app, 1280, 800).await?;
    let mut audit = Audit::new()?;
    audit.check(&app, "compare view").await?;

    // Back to the start (Home), play together, then pause (Space): the videos moved (WebKit
    // plays them here, through GStreamer), and stand on one frame.
    press(&app, Key::Home).await?;
    in_step(&settled(&app, "at the start").await?, Some(0.0), "Home");
    app.click_testid("compare-play").await?;
    let moved = eventually(Duration::from_secs(10), "the videos play", || async {
        let all = players(&app).await?;
        Ok(all.iter().all(|p| !p.paused && p.time > 0.5).then_some(all))
    })
    .await?;
    let times: Vec<f64> = moved.iter().map(|p| p.time).collect();
    eprintln!("while playing: {times:?}");
    press(&app, Key::Space).await?;
    let paused = settled(&app, "paused").await?;
    assert!(paused.iter().all(|p| p.paused), "Space paused every video");
    in_step(&paused, None, "paused after playing");
    app.screenshot("52-compare-paused").await?;

    // Rate the second pane right there: a click on it, then 4 (and Pick by its button).
    let second = &order[1];
    app.click_css(&format!(
        "[data-testid='compare-pane'][data-job-id='{second}'] [data-testid='compare-stage']"
    ))
    .await?;
    type_text(&app, "4").await?;
    app.click_css(&format!(
        "[data-testid='compare-pane'][data-job-id='{second}'] [data-testid='compare-pick']"
    ))
    .await?;
    eventually(Duration::from_secs(5), "the pane shows its marks", || async {
        let v = app
            .client
            .execute(
                "const m = document.querySelector(arguments[0]); return m ? [m.dataset.flag, m.dataset.rating] : null;",
                vec![json!(format!("[data-testid='compare-pane'][data-job-id='{second}'] [data-testid='compare-marks']"))],
            )
            .await?;
        Ok((v == json!(["pick", "4"])).then_some(()))
    })
    .await?;
    let rated = settled(&app, "after rating").await?;
    in_step(&rated, Some(paused[0].time), "after rating");
    audit.check(&app, "compare view, a pane rated").await?;
    app.screenshot("51-compare-rated").await?;

    // Esc closes; focus is back in the grid, on the card of the pane last used; the card
    // shows the stars; the other two are not rated.
    press(&app, Key::Escape).await?;
    eventually(
        Duration::from_secs(5),
        "the compare view closes",
        || async { Ok((!dialog_open(&app).await?).then_some(())) },
    )
    .await?;
    expect_focus(&app, "the rated clip's card", |f| {
        f.is("job-card") && f.job == *second
    })
    .await?;
    card_rating(&app, second, 4).await?;
    card_rating(&app, &order[0], 0).await?;
    card_rating(&app, &order[2], 0).await?;
    assert_eq!(
        flows::selected_ids(&app).await?.len(),
        3,
        "Esc in the view closes it and leaves the selection alone"
    );

    // C opens it again from the grid, on the same three; Esc again.
    type_text(&app, "c").await?;
    eventually(Duration::from_secs(5), "C opens the view", || async {
        Ok(dialog_open(&app).await?.then_some(()))
    })
    .await?;
    let again = settled(&app, "three videos again").await?;
    in_step(&again, Some(0.0), "opened afresh");
    press(&app, Key::Escape).await?;
    eventually(Duration::from_secs(5), "closed again", || async {
        Ok((!dialog_open(&app).await?).then_some(()))
    })
    .await?;
    expect_focus(&app, "a card", |f| f.is("job-card")).await?;

    // And from the clip menu of a selected card.
    app.click_css(&format!(
        "{} [data-testid='card-more']",
        card_css(&order[2])
    ))
    .await?;
    let item = app.testid("card-compare").await?;
    assert!(
        app.text_of(&item).await?.contains("Compare 3 clips"),
        "the menu offers to compare the selection"
    );
    item.click().await?;
    eventually(
        Duration::from_secs(5),
        "the menu opens the view",
        || async { Ok(dialog_open(&app).await?.then_some(())) },
    )
    .await?;
    assert_eq!(players(&app).await?.len(), 3);
    press(&app, Key::Escape).await?;
    eventually(Duration::from_secs(5), "closed from the menu", || async {
        Ok((!dialog_open(&app).await?).then_some(()))
    })
    .await?;

    // Six clips selected (Ctrl+A): too many, C says why; two toggled out (Space), the four
    // left open as 2 × 2, in the window and in the smallest window.
    let more = flows::generate(&app, "veo31_fast", "More takes of the harbour", 3).await?;
    flows::wait_all(&app, &more, "completed", RENDER_TIMEOUT).await?;
    app.click_css(&format!(
        "{} [data-testid='card-prompt']",
        card_css(&more[0])
    ))
    .await?;
    chord(&app, &[Key::Control.into(), 'a']).await?;
    assert_eq!(flows::selected_ids(&app).await?.len(), 6);
    flows::dismiss_toasts(&app).await?;
    type_text(&app, "c").await?;
    eventually(
        Duration::from_secs(5),
        "a toast says it is too many",
        || async {
            for t in app.all_css("[data-testid='toast']").await? {
                if app
                    .text_of(&t)
                    .await?
                    .contains("Compare shows up to 4 clips: 6 are selected")
                {
                    return Ok(Some(()));
                }
            }
            Ok(None)
        },
    )
    .await?;
    assert!(!dialog_open(&app).await?, "six clips do not open compare");
    assert_eq!(
        app.testid("compare-button")
            .await?
            .attr("aria-disabled")
            .await?
            .as_deref(),
        Some("true"),
        "Compare is disabled for six"
    );
    flows::dismiss_toasts(&app).await?;
    expect_focus(&app, "the card clicked", |f| f.is("job-card")).await?;
    press(&app, Key::Space).await?;
    press(&app, Key::Right).await?;
    press(&app, Key::Space).await?;
    assert_eq!(flows::selected_ids(&app).await?.len(), 4);
    type_text(&app, "c").await?;
    let four = settled_n(&app, 4, "four videos ready").await?;
    in_step(&four, Some(0.0), "four opened");
    for (w, h) in [(1280, 800), (860, 560)] {
        resize(&app, w, h).await?;
        let panes = flows::rects(&app, "[data-testid='compare-pane']").await?;
        let cols = |i: usize| panes[i].0;
        let rows = |i: usize| panes[i].1;
        assert!(
            (cols(0) - cols(2)).abs() < 2.0
                && (cols(1) - cols(3)).abs() < 2.0
                && (rows(0) - rows(1)).abs() < 2.0
                && rows(2) > rows(0) + panes[0].3 - 1.0,
            "four panes as 2 × 2 at {w}x{h}: {panes:?}"
        );
        let inside = panes.iter().all(|r| {
            r.0 >= 0.0 && r.1 >= 0.0 && r.0 + r.2 <= w as f64 + 0.5 && r.1 + r.3 <= h as f64 + 0.5
        });
        assert!(inside, "every pane inside the {w}x{h} window: {panes:?}");
        app.screenshot(&format!("53-compare-four-{w}x{h}")).await?;
    }
    resize(&app, 1280, 800).await?;
    audit.check(&app, "compare view, four clips").await?;
    press(&app, Key::Escape).await?;
    eventually(Duration::from_secs(5), "four closed", || async {
        Ok((!dialog_open(&app).await?).then_some(()))
    })
    .await?;
    audit.finish()?;
    app.close().await
}
