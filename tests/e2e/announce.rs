//! Screen-reader announcements: a render that finishes while the app is open is announced
//! once in the polite live region ("Finished: ‹prompt› (‹model›)"), a failure once in the
//! assertive one ("Failed: ‹reason› …"), with the model's display name, never its slug.

use std::time::Duration;

use crate::driver::{e2e_available, App, Profile, TestResult};
use crate::flows;
use crate::{sim, RENDER_TIMEOUT};

/// The lines in a live region, in order.
async fn lines(app: &App, testid: &str) -> TestResult<Vec<String>> {
    let script = "return Array.from(document.querySelectorAll(`[data-testid='${arguments[0]}'] p`)).map(p => p.textContent);";
    Ok(serde_json::from_value(
        app.client
            .execute(script, vec![serde_json::json!(testid)])
            .await?,
    )?)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_finished_render_is_announced_once_and_a_failure_assertively() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    let sim = sim().await;
    let profile = Profile::new("announce");
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    flows::set_key(&app, ulazai_sim::DEMO_KEY).await?;

    let prompt = "Announce me: fireflies over a summer meadow";
    let done = flows::generate(&app, "veo31_fast", prompt, 1).await?;
    assert!(
        lines(&app, "live-polite").await?.is_empty(),
        "nothing announced while rendering"
    );
    flows::wait_all(&app, &done, "completed", RENDER_TIMEOUT).await?;
    let want = format!("Finished: {prompt} (Veo 3.1 Fast)");
    crate::driver::eventually(Duration::from_secs(5), "the announcement", || async {
        Ok(lines(&app, "live-polite")
            .await?
            .contains(&want)
            .then_some(()))
    })
    .await?;

    sim.fail_next_with(
        1,
        Some("The provider rejected this prompt (content policy)."),
    );
    let failed = flows::generate(&app, "kling_3_0", "A prompt the provider refuses", 1).await?;
    flows::wait_all(&app, &failed, "failed", RENDER_TIMEOUT).await?;
    let said = crate::driver::eventually(
        Duration::from_secs(5),
        "the failure is announced",
        || async {
            let said = lines(&app, "live-assertive").await?;
            Ok((said.len() == 1).then_some(said))
        },
    )
    .await?;
    assert!(
        said[0].starts_with("Failed: The provider rejected this prompt (content policy)")
            && said[0].contains("Kling 3.0"),
        "failure line: {}",
        said[0]
    );

    // Later updates of the same clips (saved into the library, polled again) add nothing.
    tokio::time::sleep(Duration::from_secs(4)).await;
    let polite = lines(&app, "live-polite").await?;
    assert_eq!(polite, vec![want.clone()], "announced once: {polite:?}");
    assert_eq!(
        lines(&app, "live-assertive").await?.len(),
        1,
        "the failure once"
    );
    for line in polite
        .iter()
        .chain(lines(&app, "live-assertive").await?.iter())
    {
        assert!(
            !line.contains("veo31_fast") && !line.contains("kling_3_0"),
            "display names, not slugs: {line}"
        );
    }
    app.close().await
}
