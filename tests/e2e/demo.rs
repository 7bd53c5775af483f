//! A creator's first minutes: the app opens with no key on its first screen, *Try the demo*
//! starts the embedded simulator, one render runs to completed, the clip lands in the library
//! and the desktop shows a notification. Runs against the binary cargo built for the tests
//! (`make test`) and, with `ULAZAI_APP=/usr/bin/ulazai-studio`, against the INSTALLED package
//! (packaging/check.sh): nothing here needs the checkout or a simulator of the test's own.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::driver::{
    app_binary, e2e_available, environ, eventually, process_of, web_processes, App, Profile,
    TestResult,
};
use crate::flows;

/// The demo simulator renders at the real service's pace (Veo 3.1 Fast: 30–45 s) and the app
/// polls on the documented schedule: allow two minutes.
const DEMO_RENDER_TIMEOUT: Duration = Duration::from_secs(120);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn try_the_demo_renders_a_clip_and_notifies() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    eprintln!("app under test: {}", app_binary().display());
    let profile = Profile::new("demo");
    // Nothing listens on the discard port: the demo must not need any server but its own.
    let app = App::launch(&profile, "http://127.0.0.1:9", &place.env()).await?;
    let result = scenario(&app, &profile).await;
    if result.is_err() {
        let _ = app.screenshot("debug-demo-failure").await;
    }
    result?;
    app.close().await
}

async fn scenario(app: &App, profile: &Profile) -> TestResult {
    app.testid("onboarding").await?;
    painting_follows_the_gpu(profile)?;
    app.screenshot("30-demo-first-screen").await?;
    app.click_testid("try-demo").await?;
    app.testid("demo-badge").await?;

    let prompt = format!("A paper boat on a rain puddle, demo {}", std::process::id());
    let ids = flows::generate(app, "veo31_fast", &prompt, 1).await?;
    flows::wait_status(app, &ids[0], "completed", DEMO_RENDER_TIMEOUT).await?;
    app.screenshot("31-demo-render-completed").await?;

    let note = eventually(
        Duration::from_secs(15),
        "the desktop notification for the finished render",
        || async { Ok(notifications().into_iter().find(|n| mentions(n, &prompt))) },
    )
    .await?;
    assert_eq!(note["app_name"], "UlazAI Studio", "{note}");
    assert_eq!(note["summary"], "Render finished", "{note}");

    let library = profile.data_dir.join("Library");
    let clip = eventually(
        Duration::from_secs(30),
        "the finished clip is saved into the library",
        || async { Ok(first_mp4(&library)) },
    )
    .await?;
    let bytes = std::fs::metadata(&clip)?.len();
    assert!(
        bytes > 1000,
        "{} holds a clip ({bytes} bytes)",
        clip.display()
    );
    Ok(())
}

/// The demo can show a failure: its 5th render fails, the card and the notification say it
/// is a demo failure with its credits refunded, and Retry renders it again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_demo_failure_says_so_and_can_be_retried() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    let profile = Profile::new("demo-failure");
    let app = App::launch(&profile, "http://127.0.0.1:9", &place.env()).await?;
    let result = failure_scenario(&app).await;
    if result.is_err() {
        let _ = app.screenshot("debug-demo-failure-retry").await;
    }
    result?;
    app.close().await
}

async fn failure_scenario(app: &App) -> TestResult {
    app.testid("onboarding").await?;
    app.click_testid("try-demo").await?;
    app.testid("demo-badge").await?;
    let tag = std::process::id();
    let four = flows::generate(app, "veo31_fast", &format!("Harbour at dawn {tag}"), 4).await?;
    // Back to one clip, as a person would.
    while app
        .testid("count-input")
        .await?
        .prop("value")
        .await?
        .as_deref()
        != Some("1")
    {
        app.click_css("[aria-label='Fewer clips']").await?;
    }
    let prompt = format!("Harbour at night {tag}");
    let fifth = flows::generate(app, "veo31_fast", &prompt, 1).await?;
    flows::wait_all(app, &four, "completed", DEMO_RENDER_TIMEOUT).await?;
    flows::wait_status(app, &fifth[0], "failed", DEMO_RENDER_TIMEOUT).await?;
    let text = flows::card_text(app, &fifth[0]).await?;
    assert!(
        text.contains("Demo failure") && text.contains("refunded"),
        "the card says it is the demo's doing: {text}"
    );
    let note = eventually(
        Duration::from_secs(15),
        "the notification of the demo failure",
        || async { Ok(notifications().into_iter().find(|n| mentions(n, &prompt))) },
    )
    .await?;
    let body = note["body"].as_str().unwrap_or_default();
    assert!(
        body.contains("Demo failure") && body.contains("refunded"),
        "{note}"
    );
    for (w, h) in crate::a11y::SIZES {
        crate::a11y::resize(app, w, h).await?;
        app.screenshot(&format!("32-demo-failure-{w}x{h}")).await?;
    }

    // Retry: one new render of the same request, which the demo renders.
    let before = flows::card_ids(app).await?;
    app.click_css(&format!(
        "{} [data-testid='card-retry']",
        flows::card_css(&fifth[0])
    ))
    .await?;
    let retried = flows::new_card(app, &before, Duration::from_secs(15)).await?;
    flows::wait_status(app, &retried, "completed", DEMO_RENDER_TIMEOUT).await?;
    let text = flows::card_text(app, &retried).await?;
    assert!(text.contains(&prompt), "the same prompt, rendered: {text}");
    app.screenshot("33-demo-failure-retried").await?;
    Ok(())
}

use ulazai_testkit::notify_log::mentions;
/// What the desktop session's notification recorder wrote (one JSON object per line).
pub use ulazai_testkit::notify_log::records as notifications;

fn first_mp4(dir: &Path) -> Option<PathBuf> {
    let entries = std::fs::read_dir(dir).ok()?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if let Some(found) = first_mp4(&path) {
                return Some(found);
            }
        } else if path.extension().is_some_and(|e| e == "mp4") {
            return Some(path);
        }
    }
    None
}

/// The window's web process paints on the CPU where OpenGL is software only (no GPU render
/// node, as under this Xvfb), and as WebKit chooses where a GPU can draw; a value the
/// environment already set is passed on as it is.
fn painting_follows_the_gpu(profile: &Profile) -> TestResult {
    use ulazai_studio::platform::painting::{decide, has_render_node, Painting, CPU_PAINTING_VAR};
    let app = process_of(&app_binary(), &profile.data_dir).ok_or("the app process")?;
    let app_env = environ(app);
    let web = web_processes(app);
    assert!(!web.is_empty(), "the app's web process is found");
    let wanted = match decide(
        &|k| app_env.get(k).cloned(),
        has_render_node(Path::new("/dev/dri")),
    ) {
        Painting::Cpu(_) => Some("1".to_string()),
        Painting::AsSet => app_env.get(CPU_PAINTING_VAR).cloned(),
        Painting::Gpu => None,
    };
    for pid in web {
        assert_eq!(
            environ(pid).get(CPU_PAINTING_VAR),
            wanted.as_ref(),
            "web process {pid}"
        );
    }
    Ok(())
}
