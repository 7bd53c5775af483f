//! Keyboard input through WebDriver key actions (the W3C Actions API: real key down / up
//! events, modifiers held while a key is pressed), and what has keyboard focus.

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use serde::Deserialize;

use crate::driver::{App, TestResult};

/// Presses a chord: every key but the last is held (modifiers), the last is pressed, then all
/// are released in reverse order. `chord(&app, &[Key::Control.into(), '='])`.
pub async fn chord(app: &App, keys: &[char]) -> TestResult {
    let mut actions = KeyActions::new("keyboard".into());
    for k in keys {
        actions = actions.then(KeyAction::Down { value: *k });
    }
    for k in keys.iter().rev() {
        actions = actions.then(KeyAction::Up { value: *k });
    }
    app.client
        .perform_actions(actions)
        .await
        .map_err(|e| format!("pressing {keys:?}: {e:?}"))?;
    let _ = app.client.release_actions().await;
    Ok(())
}

/// Presses one key.
pub async fn press(app: &App, key: Key) -> TestResult {
    chord(app, &[key.into()]).await
}

/// Types text one key at a time, as key actions (no element is addressed: the focused one gets it).
pub async fn type_text(app: &App, text: &str) -> TestResult {
    let mut actions = KeyActions::new("keyboard".into());
    for c in text.chars() {
        actions = actions
            .then(KeyAction::Down { value: c })
            .then(KeyAction::Up { value: c });
    }
    app.client
        .perform_actions(actions)
        .await
        .map_err(|e| format!("typing {text:?}: {e:?}"))?;
    let _ = app.client.release_actions().await;
    Ok(())
}

/// What has keyboard focus: enough to say which control it is.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct Focus {
    pub tag: String,
    pub testid: String,
    pub id: String,
    pub job: String,
    pub folder: String,
    pub label: String,
}

impl Focus {
    pub fn is(&self, testid: &str) -> bool {
        self.testid == testid
    }
}

pub async fn focused(app: &App) -> TestResult<Focus> {
    let script = "const e = document.activeElement; \
        const a = (n) => (e && e.getAttribute(n)) || ''; \
        return { tag: e ? e.tagName.toLowerCase() : '', testid: a('data-testid'), id: (e && e.id) || '', \
                 job: a('data-job-id'), folder: a('data-folder-id'), \
                 label: a('aria-label') || (e ? (e.textContent || '').trim().slice(0, 80) : '') };";
    Ok(serde_json::from_value(
        app.client.execute(script, vec![]).await?,
    )?)
}

/// Waits until focus satisfies `pred` (focus moves after the UI updates), or fails with what
/// has focus instead.
pub async fn expect_focus(
    app: &App,
    what: &str,
    pred: impl Fn(&Focus) -> bool,
) -> TestResult<Focus> {
    expect_focus_within(app, std::time::Duration::from_secs(5), what, pred).await
}

/// `expect_focus` with its own wait (a local merge takes a few seconds).
pub async fn expect_focus_within(
    app: &App,
    timeout: std::time::Duration,
    what: &str,
    pred: impl Fn(&Focus) -> bool,
) -> TestResult<Focus> {
    let deadline = std::time::Instant::now() + timeout;
    loop {
        let f = focused(app).await?;
        if pred(&f) {
            return Ok(f);
        }
        if std::time::Instant::now() > deadline {
            let shot = app.screenshot("failed-focus").await.ok();
            return Err(
                format!("focus should be on {what}, is on {f:?} (screenshot: {shot:?})").into(),
            );
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}
