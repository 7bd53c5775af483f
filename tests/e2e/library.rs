//! A saved clip stays saved through moves (menu and drag), its file moving into the
//! folder's sub-folder of the library; and every length a creator reads — card, details,
//! merge tray, merged clip — is the clip's own, as probed from its file.

use std::path::Path;
use std::time::Duration;

use fantoccini::Locator;
use ulazai_engine::ffmpeg::FfmpegTools;

use crate::a11y::resize;
use crate::driver::{e2e_available, eventually, App, Profile, Step, TestResult};
use crate::flows::{self, card_css};
use crate::{sim, RENDER_TIMEOUT};

/// A length as the UI writes it: "0:02" (to the nearest second).
fn video_length(secs: f64) -> String {
    let s = (secs.round() as u64).max(1);
    format!("{}:{:02}", s / 60, s % 60)
}

/// The card shows Saved (in sight: not wrapped out of its row) and Open file, and no
/// "Save into the library".
async fn still_saved(app: &App, id: &str, what: &str) -> TestResult {
    let card = card_css(id);
    let script = "const c = document.querySelector(arguments[0]); if (!c) return 'no card';\n\
         const s = c.querySelector('[data-testid=\"card-saved\"]');\n\
         if (!s) return 'no Saved mark';\n\
         if (c.querySelector('[data-testid=\"card-save\"]')) return 'Save into the library offered';\n\
         if (!c.querySelector('[data-testid=\"card-open-file\"]')) return 'no Open file';\n\
         const r = s.getBoundingClientRect(), row = s.parentElement.getBoundingClientRect();\n\
         return r.width > 0 && r.top >= row.top && r.bottom <= row.bottom + 0.5 && r.right <= row.right + 0.5\n\
           ? 'ok' : 'the Saved mark is out of sight';";
    let check = || async {
        let v = app
            .client
            .execute(script, vec![serde_json::json!(card)])
            .await?;
        TestResult::Ok(v.as_str().unwrap_or_default().to_string())
    };
    let seen = eventually(Duration::from_secs(10), what, || async {
        Ok((check().await? == "ok").then_some(()))
    })
    .await;
    match seen {
        Ok(()) => Ok(()),
        Err(e) => Err(format!("{what}: {} ({e})", check().await?).into()),
    }
}

/// Open the card's "⋯" menu and press the item labelled `label`.
async fn card_menu(app: &App, id: &str, label: &str) -> TestResult {
    app.click_css(&format!("{} [data-testid='card-more']", card_css(id)))
        .await?;
    app.wait_for_css("[data-testid='context-menu']", Duration::from_secs(5))
        .await?;
    let clicked = app
        .client
        .execute(
            "const items = [...document.querySelectorAll('[data-testid=\"context-menu\"] [role^=\"menuitem\"], [data-testid=\"context-menu\"] button')];\n\
             const it = items.find((b) => b.textContent.trim().startsWith(arguments[0]));\n\
             if (it) it.click(); return !!it;",
            vec![serde_json::json!(label)],
        )
        .await?;
    if clicked.as_bool() != Some(true) {
        return Err(format!("no menu item {label:?}").into());
    }
    Ok(())
}

fn videos_in(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".mp4"))
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_moved_clip_stays_saved_and_every_length_is_the_clips_own() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let tools = FfmpegTools::locate().map_err(|e| format!("ffmpeg is required: {e}"))?;
    let place = crate::window().await?;
    let sim = sim().await;
    let profile = Profile::new("library-moves");
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    flows::set_key(&app, ulazai_sim::DEMO_KEY).await?;
    let ids = flows::generate(&app, "veo31_fast", "Waves on a pier at dusk", 2)
        .await
        .step("generate two")?;
    flows::wait_all(&app, &ids, "completed", RENDER_TIMEOUT).await?;
    for id in &ids {
        still_saved(&app, id, "the clip is saved by itself").await?;
    }
    let lib = profile.data_dir.join("Library");
    let folder = flows::create_folder(&app, "Trailers").await?;

    // Moved through the menu: still saved, its file now in the folder's sub-folder.
    card_menu(&app, &ids[0], "Move to Trailers")
        .await
        .step("move through the menu")?;
    still_saved(&app, &ids[0], "a clip moved by the menu stays saved").await?;
    eventually(Duration::from_secs(5), "the file moved", || async {
        Ok((videos_in(&lib.join("Trailers")).len() == 1).then_some(()))
    })
    .await?;
    // Moved by a drag onto the folder: the same.
    let card = app.client.find(Locator::Css(&card_css(&ids[1]))).await?;
    let target = app
        .wait_for_css(
            &format!("[data-testid='folder-item'][data-folder-id='{folder}']"),
            Duration::from_secs(5),
        )
        .await?;
    let (from, to) = (app.centre(&card).await?, app.centre(&target).await?);
    app.drag(from, to).await.step("drag onto the folder")?;
    still_saved(&app, &ids[1], "a clip moved by a drag stays saved").await?;
    eventually(Duration::from_secs(5), "both files moved", || async {
        Ok((videos_in(&lib.join("Trailers")).len() == 2).then_some(()))
    })
    .await?;
    assert!(
        videos_in(&lib.join("Unfiled")).is_empty(),
        "nothing left behind"
    );

    // Each card's length is its file's, in the video-length format.
    let mut lengths = Vec::new();
    for name in videos_in(&lib.join("Trailers")) {
        lengths.push(
            tools
                .probe(&lib.join("Trailers").join(name))
                .await?
                .duration_secs,
        );
    }
    // (Until its file is probed, just after it is saved, a card shows the server's figure.)
    for id in &ids {
        let css = format!("{} [data-testid='card-length']", card_css(id));
        let probed = eventually(Duration::from_secs(15), "the card's length", || async {
            let shown = flows::dom_text(&app, &css).await?.unwrap_or_default();
            Ok(lengths
                .iter()
                .any(|l| shown.ends_with(&video_length(*l)))
                .then_some(()))
        })
        .await;
        if probed.is_err() {
            let shown = flows::dom_text(&app, &css).await?;
            return Err(format!("card {id} reads {shown:?}; the files are {lengths:?} s").into());
        }
    }
    app.screenshot("library-moved-clips-saved-1280").await?;

    // Details: the clip's length, and the render time in words.
    card_menu(&app, &ids[0], "Show details").await?;
    let length = eventually(Duration::from_secs(5), "the details' length", || async {
        flows::dom_text(&app, "[data-testid='detail-length']").await
    })
    .await?;
    assert!(
        lengths.iter().any(|l| length == video_length(*l)),
        "{length}"
    );
    let rendered = flows::dom_text(&app, "[data-testid='detail-render-time']").await?;
    assert!(
        rendered
            .as_deref()
            .is_some_and(|r| r.contains("Rendered in") && r.ends_with(" s")),
        "{rendered:?}"
    );

    // The merge tray promises the real total, and the merged clip has it.
    for id in &ids {
        card_menu(&app, id, "Add to merge").await?;
    }
    let total: f64 = lengths.iter().sum();
    eventually(
        Duration::from_secs(5),
        "the tray promises the real total",
        || async {
            let el = app
                .wait_for_css("[data-testid='merge-total']", Duration::from_secs(5))
                .await?;
            let secs = el
                .attr("data-seconds")
                .await?
                .and_then(|s| s.parse::<f64>().ok());
            Ok(secs.filter(|s| (s - total).abs() < 0.05))
        },
    )
    .await
    .step(&format!("the tray's total is the clips' {total} s"))?;
    resize(&app, 860, 560).await?;
    app.screenshot("library-tray-real-lengths-860").await?;
    resize(&app, 1280, 800).await?;
    let known = flows::card_ids(&app).await?;
    app.click_testid("merge-button").await.step("press Merge")?;
    let merged = flows::new_card(&app, &known, Duration::from_secs(60)).await?;
    flows::wait_status(&app, &merged, "completed", RENDER_TIMEOUT).await?;
    let css = format!("{} [data-testid='card-length']", card_css(&merged));
    let shown = eventually(
        Duration::from_secs(20),
        "the merged clip's length",
        || async { flows::dom_text(&app, &css).await },
    )
    .await?;
    assert!(
        shown.ends_with(&video_length(total)),
        "merged clip reads {shown:?}, joined {total} s"
    );
    let text = flows::card_text(&app, &merged).await?;
    assert!(text.contains("Merged clip · 2 clips"), "{text}");
    still_saved(&app, &merged, "the merged clip shows Saved").await?;
    app.screenshot("library-merged-clip-length-1280").await?;
    app.close().await
}
