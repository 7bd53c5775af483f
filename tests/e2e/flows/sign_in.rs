//! Signing in to the web account through the app's real sign-in window, and the X input
//! (xdotool) that types into it and other windows WebDriver cannot reach.

use std::time::Duration;

use fantoccini::Locator;

use crate::driver::{eventually, App, TestResult};

/// Signs in to the web account in the real sign-in window. That window is incognito (its
/// own ephemeral WebKit profile), which WebKitWebDriver cannot drive: like a person, the
/// test types into it through the X server (xdotool: real key events into the window the
/// app opened, focused on the login form's username field).
pub async fn sign_in_web(
    app: &App,
    sim: &ulazai_sim::SimHandle,
    user: &str,
    password: &str,
) -> TestResult {
    let logins_before = login_pages(sim);
    app.click_testid("settings-open").await?;
    // Pressed again if no window came within 15 s (a press can be lost while the page is
    // busy; a second press only brings an open sign-in window forward).
    let mut window = None;
    for press in 1..=2 {
        app.click_testid("web-sign-in").await?;
        let opened = eventually(
            Duration::from_secs(15),
            "the sign-in window opens",
            || async {
                Ok(xdotool(
                    app,
                    &["search", "--onlyvisible", "--name", "^Sign in to UlazAI$"],
                )?
                .lines()
                .next()
                .map(str::to_string))
            },
        )
        .await;
        match opened {
            Ok(w) => {
                window = Some(w);
                break;
            }
            Err(e) if press == 2 => return Err(e),
            Err(_) => eprintln!("sign-in: no window after the first press; pressing again"),
        }
    }
    let window = window.ok_or("the sign-in window")?;
    eventually(
        Duration::from_secs(15),
        "the sign-in page is loaded in it",
        || async { Ok((login_pages(sim) > logins_before).then_some(())) },
    )
    .await?;
    // The page renders and focuses its username field (autofocus) after it arrives.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let mut typed = 0;
    loop {
        xdotool(app, &["windowfocus", "--sync", &window])?;
        xdotool(app, &["key", "--clearmodifiers", "ctrl+a"])?;
        xdotool(app, &["type", "--delay", "30", user])?;
        xdotool(app, &["key", "Tab"])?;
        xdotool(app, &["type", "--delay", "30", password])?;
        xdotool(app, &["key", "Return"])?;
        typed += 1;
        let connected = eventually(
            Duration::from_secs(15),
            "the app reads the session",
            || async {
                Ok(app
                    .client
                    .find(Locator::Css(
                        "[data-testid='web-session-state'][data-state='connected']",
                    ))
                    .await
                    .ok())
            },
        )
        .await;
        match connected {
            Ok(_) => break,
            Err(e) if typed >= 2 => return Err(e),
            Err(_) => tokio::time::sleep(Duration::from_millis(500)).await,
        }
    }
    // The window closes by itself once the app has read the session.
    eventually(
        Duration::from_secs(20),
        "the sign-in window closes",
        || async {
            let open = xdotool(
                app,
                &["search", "--onlyvisible", "--name", "^Sign in to UlazAI$"],
            )?;
            Ok(open.trim().is_empty().then_some(()))
        },
    )
    .await?;
    Ok(())
}

/// How many times the simulator served its sign-in page.
fn login_pages(sim: &ulazai_sim::SimHandle) -> usize {
    sim.stats()
        .log
        .iter()
        .filter(|r| r.method == "GET" && r.path == "/accounts/login/" && r.status == 200)
        .count()
}

/// Runs xdotool (X input) on the app's display; its standard output.
pub fn xdotool(app: &App, args: &[&str]) -> TestResult<String> {
    let out = app
        .x_command("xdotool")
        .args(args)
        .output()
        .map_err(|e| format!("xdotool (apt: xdotool) cannot run: {e}"))?;
    // `search` exits 1 when nothing matches: an empty answer, not an error.
    if !out.status.success() && args.first() != Some(&"search") {
        return Err(format!(
            "xdotool {args:?}: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )
        .into());
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
