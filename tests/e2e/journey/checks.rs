//! The invariants a creator relies on, checked after every step of the journey: what the
//! window shows is read from the DOM, what is kept from the profile's files, what was
//! charged from the simulator, what was notified from the desktop session's recorder.

use std::path::PathBuf;
use std::time::Duration;

use serde_json::{json, Value};

use crate::driver::{eventually, App, Profile, Step, TestResult};
use crate::flows::card_css;

/// What the journey has asked for so far, to hold the simulator's books against.
#[derive(Default)]
pub struct Books {
    /// Clips the creator asked the server to render (each is charged once).
    pub asked: u64,
    /// Clips that failed (their credits come back).
    pub refunded: u64,
}

/// Credits charged = clips asked for (at the model's price), less refunds: a retry, a
/// network fault or a restart never charges twice.
pub fn credits_match(
    sim: &ulazai_sim::SimHandle,
    start: u64,
    price: u64,
    books: &Books,
) -> TestResult {
    let spent = start - sim.credits(ulazai_sim::DEMO_KEY);
    let want = (books.asked - books.refunded) * price;
    let created = sim.jobs().len() as u64;
    if spent != want || created != books.asked {
        return Err(format!(
            "books: spent {spent} credits for {created} renders; the creator asked for {} \
             ({} refunded) = {want} credits",
            books.asked, books.refunded
        )
        .into());
    }
    Ok(())
}

/// The file the library names for `id`.
fn library_file(profile: &Profile, id: &str) -> Option<PathBuf> {
    crate::flows::library_file(&profile.data_dir, id).map(PathBuf::from)
}

/// A saved clip stays saved and openable: its card says Saved and offers Open file, and the
/// file the library names for it exists.
pub async fn saved_and_openable(app: &App, profile: &Profile, ids: &[String]) -> TestResult {
    for id in ids {
        let card = card_css(id);
        eventually(
            Duration::from_secs(20),
            &format!("clip {id} shows Saved and Open file"),
            || async {
                let script = "const c = document.querySelector(arguments[0]); \
                    return !!c && !!c.querySelector(\"[data-testid='card-saved']\") \
                      && !!c.querySelector(\"[data-testid='card-open-file']\") \
                      && !c.querySelector(\"[data-testid='card-save']\");";
                let ok = app.client.execute(script, vec![json!(card)]).await?;
                Ok((ok == json!(true)).then_some(()))
            },
        )
        .await?;
        // The index is written just after a move renames the file: read until both agree.
        eventually(
            Duration::from_secs(10),
            &format!("the library names an existing file for {id}"),
            || async {
                let file = library_file(profile, id);
                Ok(file.filter(|f| f.is_file()).map(|_| ()))
            },
        )
        .await?;
    }
    Ok(())
}

/// The folder the library keeps a clip's file in is the clip's folder in the app.
pub fn file_in_folder(profile: &Profile, id: &str, folder_name: &str) -> TestResult {
    let file = library_file(profile, id).ok_or("a saved clip")?;
    let dir = file
        .parent()
        .and_then(|p| p.file_name())
        .and_then(|n| n.to_str());
    if dir != Some(folder_name) {
        return Err(format!("{} is not in the folder {folder_name}", file.display()).into());
    }
    Ok(())
}

/// What the notification recorder holds that mentions `tag`.
pub fn notes_about(tag: &str) -> Vec<Value> {
    crate::demo::notifications()
        .into_iter()
        .filter(|n| {
            let text = format!("{} {}", n["summary"], n["body"]);
            text.contains(tag)
        })
        .collect()
}

/// Every finished render of a step was told about, once: at least one notification names
/// the step's prompt, and no two notifications say the same thing about it.
pub async fn notified_once(tag: &str) -> TestResult<Vec<Value>> {
    let notes = eventually(
        Duration::from_secs(20),
        &format!("a notification names “{tag}”"),
        || async {
            let n = notes_about(tag);
            Ok((!n.is_empty()).then_some(n))
        },
    )
    .await?;
    let mut seen = std::collections::BTreeSet::new();
    for n in &notes {
        if !seen.insert(format!("{}|{}", n["summary"], n["body"])) {
            return Err(format!("notified twice: {n}").into());
        }
    }
    Ok(notes)
}

/// The settings as the app kept them in `settings.json`.
pub fn settings_file(profile: &Profile) -> TestResult<Value> {
    let path = profile.data_dir.join("settings.json");
    let file: Value = serde_json::from_slice(&std::fs::read(&path).step("read settings.json")?)?;
    Ok(file["settings"].clone())
}

/// Whether the switch with this test id is on, as the page shows it.
pub async fn switch_on(app: &App, testid: &str) -> TestResult<bool> {
    let script = "return document.querySelector(`[data-testid='${arguments[0]}']`).checked;";
    let v = app.client.execute(script, vec![json!(testid)]).await?;
    Ok(v == json!(true))
}

/// Nothing is clipped at the smallest window: the page does not scroll sideways, and the grid
/// shows at least one whole card.
pub async fn fits_small_window(app: &App, what: &str) -> TestResult {
    let script = "const grid = document.querySelector(\"[data-testid='job-grid']\") \
            || document.querySelector('main'); \
        const g = grid.getBoundingClientRect(); \
        const whole = Array.from(document.querySelectorAll(\"[data-testid='job-card']\")) \
            .filter(c => { const r = c.getBoundingClientRect(); \
                return r.height > 0 && r.top >= g.top - 1 && r.bottom <= Math.min(g.bottom, innerHeight) + 1; }).length; \
        return { whole, sideways: document.documentElement.scrollWidth - innerWidth };";
    let v = app.client.execute(script, vec![]).await?;
    let whole = v["whole"].as_u64().unwrap_or(0);
    let sideways = v["sideways"].as_f64().unwrap_or(0.0);
    if whole == 0 || sideways > 1.0 {
        let shot = app
            .screenshot(&format!("journey-clipped-{what}"))
            .await
            .ok();
        return Err(format!(
            "{what} at 860×560: {whole} whole card(s) in view, {sideways} px sideways ({shot:?})"
        )
        .into());
    }
    Ok(())
}
