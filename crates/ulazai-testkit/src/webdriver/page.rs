//! What a test does in the page, as a person would: find an element, scroll to it, click,
//! type, drag, read its text, and take a screenshot when something fails.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use fantoccini::elements::Element;
use fantoccini::error::{CmdError, ErrorStatus};
use fantoccini::Locator;

use super::{App, TestResult};

impl App {
    /// The element with this `data-testid`, scrolled to the middle of its scroll area (as a
    /// person would scroll to it; sticky headers and footers then cover nothing).
    pub async fn testid(&self, id: &str) -> TestResult<Element> {
        let el = self
            .wait_for_css(&format!("[data-testid='{id}']"), Duration::from_secs(10))
            .await?;
        self.scroll_into_view(&el).await?;
        Ok(el)
    }

    /// An element's text as the DOM holds it (`textContent`): WebKitWebDriver's rendered-text
    /// answer leaves out clamped and ellipsised text.
    pub async fn text_of(&self, el: &Element) -> TestResult<String> {
        let text = self
            .client
            .execute(
                "return arguments[0].textContent;",
                vec![serde_json::to_value(el)?],
            )
            .await?;
        Ok(text.as_str().unwrap_or_default().to_string())
    }

    pub async fn scroll_into_view(&self, el: &Element) -> TestResult {
        let script = "arguments[0].scrollIntoView({block: 'center', inline: 'center'});";
        self.client
            .execute(script, vec![serde_json::to_value(el)?])
            .await?;
        Ok(())
    }

    /// Every element matching `css`, as the page holds them now. WebKitWebDriver answers
    /// "stale element" when a list re-renders while it builds the element handles (the
    /// elements it found left the page); the search is then made again, for up to 5 s.
    pub async fn all_css(&self, css: &str) -> TestResult<Vec<Element>> {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            match self.client.find_all(Locator::Css(css)).await {
                Err(CmdError::Standard(e))
                    if e.error == ErrorStatus::StaleElementReference
                        && Instant::now() < deadline =>
                {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                found => return Ok(found?),
            }
        }
    }

    /// Waits until an element matching `css` is present and returns it.
    pub async fn wait_for_css(&self, css: &str, timeout: Duration) -> TestResult<Element> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Ok(el) = self.client.find(Locator::Css(css)).await {
                return Ok(el);
            }
            if Instant::now() > deadline {
                return Err(format!("nothing matched `{css}` within {timeout:?}").into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until `count(css)` satisfies `pred`; returns the last count.
    pub async fn wait_count(
        &self,
        css: &str,
        timeout: Duration,
        what: &str,
        pred: impl Fn(usize) -> bool,
    ) -> TestResult<usize> {
        let deadline = Instant::now() + timeout;
        // Counted in the page: WebKitWebDriver's find_all answers "stale element" when the
        // list re-renders while it builds its element handles.
        let count = "return document.querySelectorAll(arguments[0]).length;";
        loop {
            let v = self.client.execute(count, vec![css.into()]).await?;
            let n = v.as_u64().ok_or("a count")? as usize;
            if pred(n) {
                return Ok(n);
            }
            if Instant::now() > deadline {
                return Err(
                    format!("{what}: `{css}` matched {n} element(s) after {timeout:?}").into(),
                );
            }
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
    }

    /// Clicks the first element matching `css`, found afresh and scrolled into view (a live
    /// update may have re-rendered it since the test last looked).
    pub async fn click_css(&self, css: &str) -> TestResult {
        let el = self.wait_for_css(css, Duration::from_secs(10)).await?;
        self.scroll_into_view(&el).await?;
        if let Err(e) = el.click().await {
            let shot = self.screenshot("failed-click").await.ok();
            return Err(format!("clicking `{css}`: {e:?} (screenshot: {shot:?})").into());
        }
        Ok(())
    }

    pub async fn click_testid(&self, id: &str) -> TestResult {
        let el = self.testid(id).await?;
        if let Err(e) = el.click().await {
            let shot = self.screenshot(&format!("failed-click-{id}")).await.ok();
            return Err(format!("clicking `{id}`: {e:?} (screenshot: {shot:?})").into());
        }
        Ok(())
    }

    /// Chooses the option whose value is `value` in the `<select>` with test id `id`.
    pub async fn select_testid(&self, id: &str, value: &str) -> TestResult {
        self.testid(id)
            .await?
            .select_by_value(value)
            .await
            .map_err(|e| format!("choosing `{value}` in `{id}`: {e:?}"))?;
        Ok(())
    }

    /// Replaces the value of an input or textarea by typing, as a person would.
    ///
    /// Clearing and typing are tried again together, on a fresh lookup, for up to 5 s: with
    /// three windows at work, WebKitWebDriver now and then refuses either with an error that
    /// has no message (CI: clearing a field in a `<details>` just opened; here: typing 2,700
    /// characters). The field is cleared before each try, so a try cut short leaves nothing
    /// behind; a person would click the field and type again. A field that stays refused
    /// fails with the error's kind and a screenshot.
    pub async fn type_into(&self, id: &str, text: &str) -> TestResult {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let el = self.testid(id).await?;
            let tried = match el.clear().await {
                Ok(()) => el.send_keys(text).await.map_err(|e| ("typing into", e)),
                Err(e) => Err(("clearing", e)),
            };
            match tried {
                Ok(()) => return Ok(()),
                Err((what, e)) if Instant::now() < deadline => {
                    eprintln!("{what} `{id}` refused ({e:?}); trying again");
                    tokio::time::sleep(Duration::from_millis(250)).await;
                }
                Err((what, e)) => {
                    let shot = self.screenshot(&format!("failed-type-{id}")).await.ok();
                    return Err(format!("{what} `{id}`: {e:?} (screenshot: {shot:?})").into());
                }
            }
        }
    }

    /// A real pointer drag: press at `from`, move in steps, pause, release at `to` (viewport px).
    pub async fn drag(&self, from: (f64, f64), to: (f64, f64)) -> TestResult {
        let steps = 8;
        let mut mouse = MouseActions::new("mouse".into())
            .then(PointerAction::MoveTo {
                duration: None,
                x: from.0,
                y: from.1,
            })
            .then(PointerAction::Down {
                button: MOUSE_BUTTON_LEFT,
            });
        for i in 1..=steps {
            let t = i as f64 / steps as f64;
            mouse = mouse.then(PointerAction::MoveTo {
                duration: Some(Duration::from_millis(40)),
                x: from.0 + (to.0 - from.0) * t,
                y: from.1 + (to.1 - from.1) * t,
            });
        }
        // Hold still before releasing, as a person does: drag libraries (SortableJS samples the
        // pointer every 50 ms) see the final position before the drop.
        mouse = mouse
            .then(PointerAction::Pause {
                duration: Duration::from_millis(150),
            })
            .then(PointerAction::Up {
                button: MOUSE_BUTTON_LEFT,
            });
        if let Err(e) = self.client.perform_actions(mouse).await {
            let shot = self.screenshot("failed-drag").await.ok();
            return Err(
                format!("dragging from {from:?} to {to:?}: {e:?} (screenshot: {shot:?})").into(),
            );
        }
        // Releasing input state is housekeeping; WebKit may refuse it when the element under
        // the pointer went away during the drag (e.g. a reordered tray item).
        let _ = self.client.release_actions().await;
        Ok(())
    }

    /// A real pointer moved to `at` (viewport px) and left there: what is under it is
    /// hovered until the pointer moves again.
    pub async fn hover(&self, at: (f64, f64)) -> TestResult {
        let mouse = MouseActions::new("mouse".into()).then(PointerAction::MoveTo {
            duration: Some(Duration::from_millis(60)),
            x: at.0,
            y: at.1,
        });
        self.client
            .perform_actions(mouse)
            .await
            .map_err(|e| format!("moving the pointer to {at:?}: {e:?}"))?;
        Ok(())
    }

    /// The centre of an element in viewport coordinates.
    pub async fn centre(&self, el: &Element) -> TestResult<(f64, f64)> {
        let (x, y, w, h) = el.rectangle().await?;
        Ok((x + w / 2.0, y + h / 2.0))
    }

    /// Saves a PNG of the app view to tests/artifacts/screenshots/NAME.png.
    pub async fn screenshot(&self, name: &str) -> TestResult<PathBuf> {
        // Let the page paint what the test just saw in the DOM (two frames; at most 500 ms
        // when the window is not painting), or the PNG can show the state before.
        let settle = "const done = arguments[arguments.length - 1]; \
                      setTimeout(done, 500); \
                      requestAnimationFrame(() => requestAnimationFrame(() => done()));";
        let _ = self.client.execute_async(settle, vec![]).await;
        let png = self.client.screenshot().await?;
        let dir = crate::workspace_root().join("tests/artifacts/screenshots");
        std::fs::create_dir_all(&dir)?;
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png)?;
        Ok(path)
    }
}
