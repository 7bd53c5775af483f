//! Accessibility, measured in the real window: axe-core (pinned in ui/package.json, read from
//! ui/node_modules) is injected into the WebKitGTK page through WebDriver and run on every
//! screen a creator meets — first run, the demo, a grid with completed and failed clips, the
//! detail panel, the merge tray and Settings — in both themes, at the default size (1280×800)
//! and the smallest the window allows (860×560). Any violation of impact serious or critical
//! fails the test, with the rule, the elements and axe's explanation.

use std::path::Path;
use std::time::Duration;

use fantoccini::Locator;
use serde::Deserialize;

use crate::driver::{e2e_available, eventually, App, Profile, Step, TestResult};
use crate::flows;
use crate::{sim, RENDER_TIMEOUT};

pub const SIZES: [(u32, u32); 2] = [(1280, 800), (860, 560)];
const THEMES: [&str; 2] = ["light", "dark"];

#[derive(Debug, Deserialize)]
struct Violation {
    id: String,
    impact: Option<String>,
    help: String,
    nodes: Vec<ViolationNode>,
}

#[derive(Debug, Deserialize)]
struct ViolationNode {
    target: serde_json::Value,
    summary: Option<String>,
    html: String,
}

/// The axe-core build the UI pins (`npm ci` in ui/ puts it there; `make test` runs it first).
fn axe_source() -> TestResult<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).map_err(|e| {
        format!(
            "{}: {e} — install the UI's packages first (npm --prefix ui ci)",
            path.display()
        )
        .into()
    })
}

/// Sizes the window's page to `w`×`h` CSS pixels (what the layout sees).
pub async fn resize(app: &App, w: u32, h: u32) -> TestResult {
    app.client
        .set_window_size(w, h)
        .await
        .step(&format!("resize to {w}x{h}"))?;
    eventually(
        Duration::from_secs(5),
        &format!("the page is {w}x{h}"),
        || async {
            let v = app
                .client
                .execute("return [window.innerWidth, window.innerHeight];", vec![])
                .await?;
            let got: (u32, u32) = serde_json::from_value(v)?;
            Ok((got.0.abs_diff(w) <= 2 && got.1.abs_diff(h) <= 40).then_some(()))
        },
    )
    .await
}

/// Runs axe-core on the page as it is now; returns the serious and critical violations.
async fn axe(app: &App, source: &str) -> TestResult<Vec<Violation>> {
    let loaded = app
        .client
        .execute("return typeof window.axe === 'object';", vec![])
        .await?;
    if loaded != serde_json::json!(true) {
        app.client
            .execute(source, vec![])
            .await
            .step("inject axe-core")?;
    }
    // axe.run is asynchronous: start it, then poll for its answer (a plain script call).
    let start = "window.__axeResult = null; \
        axe.run(document, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } }) \
          .then(r => { window.__axeResult = JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, \
              nodes: v.nodes.map(n => ({ target: n.target, summary: n.failureSummary, html: n.html.slice(0, 240) })) }))); }) \
          .catch(e => { window.__axeResult = JSON.stringify({ error: String(e) }); }); \
        return true;";
    app.client
        .execute(start, vec![])
        .await
        .step("start axe.run")?;
    let json = eventually(Duration::from_secs(60), "axe.run answers", || async {
        let v = app
            .client
            .execute("return window.__axeResult;", vec![])
            .await?;
        Ok(v.as_str().map(str::to_string))
    })
    .await?;
    if json.starts_with("{\"error\"") {
        return Err(format!("axe.run failed: {json}").into());
    }
    let all: Vec<Violation> = serde_json::from_str(&json)?;
    Ok(all
        .into_iter()
        .filter(|v| matches!(v.impact.as_deref(), Some("serious") | Some("critical")))
        .collect())
}

/// Every screen's violations, collected so that one run reports them all.
pub struct Audit {
    source: String,
    found: Vec<String>,
    screens: usize,
}

impl Audit {
    pub fn new() -> TestResult<Audit> {
        Ok(Audit {
            source: axe_source()?,
            found: Vec::new(),
            screens: 0,
        })
    }

    /// Audits the page as it is, under the name `screen`.
    pub async fn check(&mut self, app: &App, screen: &str) -> TestResult {
        // Let transitions and the first paint of what just changed settle (colour-contrast
        // reads computed colours: a half-faded toast or panel would be measured half-faded).
        tokio::time::sleep(Duration::from_millis(450)).await;
        let violations = axe(app, &self.source).await.step(screen)?;
        self.screens += 1;
        if !violations.is_empty() {
            let _ = app
                .screenshot(&format!("axe-{}", screen.replace([' ', '/', '×'], "-")))
                .await;
        }
        for v in violations {
            let nodes: Vec<String> = v
                .nodes
                .iter()
                .take(6)
                .map(|n| {
                    format!(
                        "      {} {}\n        {}",
                        n.target,
                        n.html.replace('\n', " "),
                        n.summary.clone().unwrap_or_default().replace('\n', " | ")
                    )
                })
                .collect();
            self.found.push(format!(
                "[{screen}] {} ({}, {} element(s)): {}\n{}",
                v.id,
                v.impact.unwrap_or_default(),
                v.nodes.len(),
                v.help,
                nodes.join("\n")
            ));
        }
        Ok(())
    }

    /// Fails with every violation found, or passes when there were none.
    pub fn finish(self) -> TestResult {
        eprintln!("axe-core: {} screen(s) audited", self.screens);
        if self.found.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "{} serious/critical axe-core violation(s):\n{}",
                self.found.len(),
                self.found.join("\n")
            )
            .into())
        }
    }
}

/// Opens Settings and waits until it has settled: open, focus in the key field (its first
/// focus scrolls the dialog to the top; a click aimed lower before that could land elsewhere).
async fn open_settings(app: &App) -> TestResult {
    app.click_testid("settings-open").await?;
    app.wait_for_css(
        "dialog[open][data-testid='settings-panel']",
        Duration::from_secs(5),
    )
    .await?;
    crate::keys::expect_focus(app, "the API key field", |f| f.is("api-key-input")).await?;
    Ok(())
}

/// Settings → Appearance: picks `theme`; audits Settings itself on the way (`audit`).
async fn set_theme(app: &App, theme: &str, audit: Option<(&mut Audit, &str)>) -> TestResult {
    open_settings(app).await?;
    // Appearance sits below the fold of the dialog: bring it to the middle first, so that
    // the click is not aimed while the dialog still scrolls.
    let id = format!("theme-{theme}");
    app.client
        .execute(
            "document.querySelector(`[data-testid='${arguments[0]}']`)\
             .scrollIntoView({ block: 'center' });",
            vec![id.clone().into()],
        )
        .await?;
    tokio::time::sleep(Duration::from_millis(200)).await;
    app.click_testid(&id).await?;
    let applied = eventually(Duration::from_secs(5), "the theme applies", || async {
        let v = app
            .client
            .execute("return document.documentElement.dataset.theme;", vec![])
            .await?;
        Ok((v.as_str() == Some(theme)).then_some(()))
    })
    .await;
    if applied.is_err() {
        let _ = app.screenshot(&format!("failed-theme-{theme}")).await;
    }
    applied?;
    if let Some((audit, screen)) = audit {
        audit.check(app, screen).await?;
    }
    app.click_testid("settings-close").await
}

/// A screenshot for the README: the grid scrolled to the top, the pointer out of the way.
async fn readme_shot(app: &App, name: &str) -> TestResult {
    app.client
        .execute(
            "const g = document.querySelector(\"[data-testid='job-grid']\"); if (g) g.scrollTop = 0;",
            vec![],
        )
        .await?;
    app.screenshot(name).await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn axe_first_run_and_demo() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    let sim = sim().await;
    let profile = Profile::new("a11y-first");
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    let mut audit = Audit::new()?;

    app.testid("onboarding").await?;
    // With no key the model list says why it is empty and offers the demo; the server has
    // not been asked anything, so the top bar does not claim "Online".
    app.testid("models-need-key").await?;
    let hint = app.text_of(&app.testid("model-hint").await?).await?;
    assert!(
        hint.contains("API key"),
        "the model list says why it is empty: {hint}"
    );
    let option = app
        .client
        .execute(
            "return document.querySelector(\"[data-testid='model-select'] option\").textContent;",
            vec![],
        )
        .await?;
    assert!(
        !option.as_str().unwrap_or_default().contains("Loading"),
        "not 'Loading models…' forever: {option}"
    );
    let conn = app.testid("connectivity").await?;
    assert_eq!(
        conn.attr("data-state").await?.as_deref(),
        Some("idle"),
        "not 'Online' before any answer"
    );
    for theme in THEMES {
        set_theme(&app, theme, None).await?;
        for (w, h) in SIZES {
            resize(&app, w, h).await?;
            audit
                .check(&app, &format!("first run {theme} {w}x{h}"))
                .await?;
        }
    }

    // The demo: its badge, a clip rendering on the embedded simulator.
    resize(&app, SIZES[0].0, SIZES[0].1).await?;
    app.click_testid("try-demo").await?;
    app.testid("demo-badge").await?;
    // Focus goes where the demo starts: the prompt.
    crate::keys::expect_focus(&app, "the prompt", |f| f.is("prompt-input")).await?;
    let conn = app.testid("connectivity").await?;
    assert_eq!(
        conn.attr("data-state").await?.as_deref(),
        Some("ok"),
        "the demo server answers: Online"
    );
    flows::generate(&app, "veo31_fast", "A paper boat on a rainy street", 1).await?;
    for theme in THEMES {
        set_theme(&app, theme, None).await?;
        for (w, h) in SIZES {
            resize(&app, w, h).await?;
            audit.check(&app, &format!("demo {theme} {w}x{h}")).await?;
        }
    }
    app.close().await?;
    audit.finish()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn axe_grid_detail_tray_and_settings() -> TestResult {
    if !e2e_available() {
        return Ok(());
    }
    let place = crate::window().await?;
    let sim = sim().await;
    let profile = Profile::new("a11y-grid");
    let app = App::launch(&profile, &sim.base_url(), &place.env()).await?;
    flows::set_key(&app, ulazai_sim::DEMO_KEY).await?;
    sim.fail_next_with(
        1,
        Some("The provider rejected this prompt (content policy)."),
    );
    let failed = flows::generate(&app, "kling_3_0", "A prompt the provider refuses", 1).await?;
    let done = flows::generate(
        &app,
        "veo31_fast",
        "A lighthouse at dusk, waves breaking on the rocks below",
        3,
    )
    .await?;
    flows::wait_all(&app, &failed, "failed", RENDER_TIMEOUT).await?;
    flows::wait_all(&app, &done, "completed", RENDER_TIMEOUT).await?;
    let mut audit = Audit::new()?;

    for theme in THEMES {
        let mut settings_audited = false;
        for (w, h) in SIZES {
            resize(&app, w, h).await?;
            if !settings_audited {
                set_theme(
                    &app,
                    theme,
                    Some((&mut audit, &format!("settings {theme} {w}x{h}"))),
                )
                .await?;
                settings_audited = true;
            } else {
                open_settings(&app).await?;
                audit
                    .check(&app, &format!("settings {theme} {w}x{h}"))
                    .await?;
                app.click_testid("settings-close").await?;
            }
            let size = format!("{theme} {w}x{h}");

            // The grid: completed and failed clips.
            audit.check(&app, &format!("grid {size}")).await?;
            readme_shot(&app, &format!("readme-grid-{theme}-{w}x{h}")).await?;

            // The detail panel of a completed clip, then of the failed one.
            for id in [&done[0], &failed[0]] {
                app.click_css(&format!(
                    "{} [data-testid='card-more']",
                    flows::card_css(id)
                ))
                .await?;
                app.click_testid("card-details").await?;
                app.wait_for_css(
                    &format!("[data-testid='job-detail'][data-job-id='{id}']"),
                    Duration::from_secs(5),
                )
                .await?;
                // Its settings and provider details, labelled (scrolled into view for the shot).
                if theme == "light" {
                    app.client
                        .execute(
                            "const s = document.querySelector(\"[data-testid='job-detail'] .scroll\"); if (s) s.scrollTop = s.scrollHeight;",
                            vec![],
                        )
                        .await?;
                    let what = if id == &done[0] {
                        "completed"
                    } else {
                        "failed"
                    };
                    app.screenshot(&format!("detail-{what}-{w}x{h}")).await?;
                }
                audit.check(&app, &format!("detail {size}")).await?;
            }
            app.click_testid("detail-close").await?;

            // The merge tray: two completed clips added from their cards.
            flows::add_to_tray(&app, &done[..2]).await?;
            audit.check(&app, &format!("merge tray {size}")).await?;
            readme_shot(&app, &format!("readme-tray-{theme}-{w}x{h}")).await?;
            app.click_testid("tray-clear").await?;
            app.wait_count(
                "[data-testid='merge-tray']",
                Duration::from_secs(5),
                "the tray closes",
                |n| n == 0,
            )
            .await?;
            // The Clear toast's Undo is on screen now: audit it too.
            if app
                .client
                .find(Locator::Css("[data-testid='toast-action']"))
                .await
                .is_ok()
            {
                audit.check(&app, &format!("toast {size}")).await?;
                app.click_css("[data-testid='toast'] [aria-label='Dismiss']")
                    .await?;
            }
        }
    }
    app.close().await?;
    audit.finish()
}
