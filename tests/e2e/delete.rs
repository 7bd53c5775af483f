//! Deleting for real, in the real window: three clips saved in the library, one rejected
//! (X), "Delete rejected (1)" asks once and sends its file to the system trash (found in
//! the session's `$XDG_DATA_HOME/Trash/files`, gone from the library), Undo in the toast
//! brings the card and the file back; a clip moved to a folder has its file moved into
//! that folder's sub-folder; deleting a folder asks what becomes of its clips. The
//! question dialogs are photographed at 1280×800 and 860×560.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::a11y::resize;
use crate::driver::{e2e_available, eventually, App, Profile, Step, TestResult};
use crate::flows::{self, card_css};
use fantoccini::key::Key;
use fantoccini::Locator;

use crate::keys::{expect_focus, press, type_text};
use crate::{sim, RENDER_TIMEOUT};

fn videos_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".mp4"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// The system trash the app uses here: the session's private data home.
fn trash_files() -> TestResult<PathBuf> {
    let home = std::env::var_os("XDG_DATA_HOME").ok_or("the desktop session sets XDG_DATA_HOME")?;
    Ok(PathBuf::from(home).join("Trash/files"))
}

/// Waits until `dir` holds exactly `n` videos; answers them.
async fn wait_videos(dir: &Path, n: usize, what: &str) -> TestResult<Vec<String>> {
    eventually(Duration::from_secs(20), what, || async {
        let now = videos_in(dir);
        Ok((now.len() == n).then_some(now))
    })
    .await
}

/// The question dialog's text, once it is open.
async fn open_dialog_text(app: &App) -> TestResult<String> {
    eventually(
        Duration::from_secs(5),
        "the question dialog opens",
        || async { flows::dom_text(app, "[data-testid='confirm-dialog'][open]").await },
    )
    .await
}

/// Both window sizes of the open question dialog, photographed.
async fn photograph_dialog(app: &App, name: &str) -> TestResult {
    for (w, h) in [(1280, 800), (860, 560)] {
        resize(app, w, h).await?;
        app.wait_for_css(
            "[data-testid='confirm-dialog'][open]",
            Duration::from_secs(5),
        )
        .await?;
        app.screenshot(&format!("{name}-{w}x{h}")).await?;
    }
    resize(app, 1280, 800).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn delete_a_rejected_take_to_the_trash_undo_and_move_a_file() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let trash = trash_files()?;
    let place = crate::window().await?;
    let sim = sim().await;
    let profile = Profile::new("delete");
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    flows::set_key(&app, ulazai_sim::DEMO_KEY).await?;
    let ids = flows::generate(
        &app,
        "veo31_fast",
        "Three takes of a paper boat in the rain",
        3,
    )
    .await
    .step("generate three")?;
    flows::wait_all(&app, &ids, "completed", RENDER_TIMEOUT).await?;
    let lib = profile.data_dir.join("Library");
    let unfiled = lib.join("Unfiled");
    let saved = wait_videos(&unfiled, 3, "the three clips are saved").await?;

    // Two takes in the merge tray, the one to be rejected second.
    let cards = flows::card_ids(&app).await?;
    let rejected = cards[1].clone();
    let tray = vec![cards[0].clone(), rejected.clone()];
    flows::add_to_tray(&app, &tray).await?;

    // Reject one take by its key.
    app.click_css(&format!(
        "{} [data-testid='card-prompt']",
        card_css(&rejected)
    ))
    .await?;
    expect_focus(&app, "the card", |f| f.job == rejected && f.is("job-card")).await?;
    type_text(&app, "x").await?;
    eventually(Duration::from_secs(10), "Delete rejected (1)", || async {
        let text = flows::dom_text(&app, "[data-testid='delete-rejected']").await?;
        Ok(text
            .is_some_and(|t| t.contains("Delete rejected (1)"))
            .then_some(()))
    })
    .await
    .step("the filter bar offers Delete rejected (1)")?;

    // One question naming the count, then the file goes to the trash.
    app.click_testid("delete-rejected").await?;
    let question = open_dialog_text(&app).await?;
    assert!(question.contains("Delete 1 rejected clip?"), "{question}");
    photograph_dialog(&app, "45-delete-rejected").await?;
    app.click_testid("confirm-trash")
        .await
        .step("Move to trash")?;
    // The delete's own toast, held while the pointer rests on its Undo (as a person's
    // does on the way to it): the checks below take longer than its ten seconds on a busy
    // machine.
    let undo = eventually(
        Duration::from_secs(10),
        "the delete's toast with Undo",
        || async {
            for toast in app.all_css("[data-testid='toast']").await? {
                if toast.text().await?.contains("deleted") {
                    return Ok(Some(
                        toast
                            .find(Locator::Css("[data-testid='toast-action']"))
                            .await?,
                    ));
                }
            }
            Ok(None)
        },
    )
    .await
    .step("the toast after the delete")?;
    app.hover(app.centre(&undo).await?).await?;
    let left = wait_videos(&unfiled, 2, "the rejected clip's file left the library").await?;
    let gone: Vec<&String> = saved.iter().filter(|n| !left.contains(n)).collect();
    assert_eq!(gone.len(), 1, "{saved:?} → {left:?}");
    let in_trash = trash.join(gone[0]);
    eventually(
        Duration::from_secs(5),
        "the file is in the trash",
        || async { Ok(in_trash.is_file().then_some(())) },
    )
    .await?;
    eventually(Duration::from_secs(10), "the card is gone", || async {
        Ok((!flows::card_ids(&app).await?.contains(&rejected)).then_some(()))
    })
    .await?;
    assert_eq!(
        flows::tray_ids(&app).await?,
        [cards[0].clone()],
        "it left the tray"
    );
    assert!(
        app.all_css("[data-testid='delete-rejected']")
            .await?
            .is_empty(),
        "nothing rejected is left"
    );
    app.screenshot("46-deleted-undo-toast-1280x800").await?;

    // Undo: the card and the file come back where they were, out of the trash.
    undo.click().await.step("Undo, in the toast still held")?;
    let back = wait_videos(&unfiled, 3, "the file is back in the library").await?;
    assert_eq!(back, saved);
    assert!(!in_trash.exists(), "the file left the trash");
    eventually(Duration::from_secs(10), "the card is back", || async {
        Ok(flows::card_ids(&app)
            .await?
            .contains(&rejected)
            .then_some(()))
    })
    .await?;
    // Undo undoes all of it: the clip is back in the tray, where it was.
    eventually(
        Duration::from_secs(5),
        "the clip back in the tray",
        || async { Ok((flows::tray_ids(&app).await? == tray).then_some(())) },
    )
    .await?;

    // A clip moved to a folder: its file moves into the folder's sub-folder.
    let folder = flows::create_folder(&app, "Keepers").await?;
    let keeper = flows::card_ids(&app).await?[0].clone();
    app.click_css(&format!("{} [data-testid='card-more']", card_css(&keeper)))
        .await?;
    app.wait_for_css("[data-testid='context-menu']", Duration::from_secs(5))
        .await?;
    let clicked = app
        .client
        .execute(
            "const it = [...document.querySelectorAll('[data-testid=\"context-menu\"] button')].find((b) => b.textContent.trim().startsWith('Move to Keepers'));\n\
             if (it) it.click(); return !!it;",
            vec![],
        )
        .await?;
    assert_eq!(clicked.as_bool(), Some(true), "Move to Keepers in the menu");
    wait_videos(&lib.join("Keepers"), 1, "the file moved into Keepers").await?;
    wait_videos(&unfiled, 2, "and left Unfiled").await?;

    // Deleting the folder asks what becomes of its clip; Cancel keeps everything.
    // (The row's buttons show on hover or while the row has the focus: the folder, then
    // its delete button, as Tab would go; Enter presses it.)
    let delete = format!("[data-drop-folder='{folder}'] [data-testid='folder-delete']");
    let item = format!("[data-testid='folder-item'][data-folder-id='{folder}']");
    eventually(Duration::from_secs(5), "the folder's delete button has the focus", || async {
        let on = app
            .client
            .execute(
                "document.querySelector(arguments[1]).focus(); const b = document.querySelector(arguments[0]); b.focus(); return document.activeElement === b;",
                vec![serde_json::json!(delete), serde_json::json!(item)],
            )
            .await?;
        Ok((on.as_bool() == Some(true)).then_some(()))
    })
    .await?;
    expect_focus(&app, "the folder's delete button", |f| {
        f.is("folder-delete")
    })
    .await?;
    press(&app, Key::Enter)
        .await
        .step("the folder's delete button")?;
    let question = open_dialog_text(&app).await?;
    for choice in ["Keep the clips in Unfiled", "Delete 1 clip too", "Cancel"] {
        assert!(question.contains(choice), "{choice:?} in {question}");
    }
    photograph_dialog(&app, "47-delete-folder")
        .await
        .step("photograph the folder question")?;
    app.click_testid("confirm-cancel").await.step("Cancel")?;
    eventually(Duration::from_secs(5), "the dialog closes", || async {
        Ok(app
            .all_css("[data-testid='confirm-dialog'][open]")
            .await?
            .is_empty()
            .then_some(()))
    })
    .await?;
    assert_eq!(
        videos_in(&lib.join("Keepers")).len(),
        1,
        "Cancel changed nothing"
    );
    app.close().await
}
