//! A damaged job library at start: the app moves it aside (never overwritten) and starts,
//! and a banner tells the creator, naming the file it was kept as; the banner can be
//! dismissed. Checked at 1280×800 and 860×560.

use std::time::Duration;

use crate::a11y::resize;
use crate::driver::{e2e_available, eventually, App, Profile, TestResult};
use crate::sim;

/// Not a database at all: what a file cut short or overwritten by something else looks like.
const DAMAGED: &[u8] = b"these bytes were a clip library once; SQLite cannot read them";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_damaged_library_is_set_aside_and_a_banner_names_the_file() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    let sim = sim().await;
    let profile = Profile::new("set-aside");
    std::fs::write(profile.data_dir.join("jobs.db"), DAMAGED)?;
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    let result = scenario(&app, &profile).await;
    if result.is_err() {
        let _ = app.screenshot("debug-set-aside-failure").await;
    }
    result?;
    app.close().await
}

async fn scenario(app: &App, profile: &Profile) -> TestResult {
    let kept = eventually(
        Duration::from_secs(10),
        "the damaged file set aside",
        || async {
            Ok(std::fs::read_dir(&profile.data_dir)?
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .find(|n| {
                    n.starts_with("jobs.db.corrupt-")
                        && !n.ends_with("-wal")
                        && !n.ends_with("-shm")
                }))
        },
    )
    .await?;
    assert_eq!(
        std::fs::read(profile.data_dir.join(&kept))?,
        DAMAGED,
        "kept byte for byte"
    );
    let banner = app.testid("banner-library-set-aside").await?;
    let text = app.text_of(&banner).await?;
    assert!(
        text.contains("Your clip library was damaged") && text.contains(&kept),
        "the banner names the file it was kept as ({kept}): {text}"
    );
    assert!(
        !text.contains("not being saved"),
        "the library is saved again: {text}"
    );
    resize(app, 1280, 800).await?;
    app.screenshot("set-aside-01-banner-1280x800").await?;
    resize(app, 860, 560).await?;
    app.screenshot("set-aside-02-banner-860x560").await?;
    app.click_testid("library-set-aside-dismiss").await?;
    eventually(Duration::from_secs(5), "the banner dismissed", || async {
        Ok(app
            .all_css("[data-testid='banner-library-set-aside']")
            .await?
            .is_empty()
            .then_some(()))
    })
    .await?;
    Ok(())
}
