//! Desktop notifications for finished and failed renders (notify-rust).
//!
//! Terminal jobs are collected for a short window (3 s from the first): one job gives one
//! notification, two or more give ONE summary ("2 finished, 1 failed"). Each offers an
//! "Open" action; clicking it focuses the main window and emits `app://focus-job` with the
//! job (for a summary: the first job). Which jobs get here (setting on, not notified
//! before, not merely reloaded from history) is decided by the caller
//! (`studio::reactions`), which also names the model as the creator knows it (its display
//! name, never its slug).
//!
//! Server text (prompts, error messages) is text: the body is cut to [`BODY_CHARS`] and,
//! on Linux, `&`, `<` and `>` are escaped (notification servers may interpret a markup
//! subset: `<b>`, `<a href>`, `<img>`).

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;
use ulazai_engine::model::{Job, JobStatus};

pub const BURST_WINDOW: Duration = Duration::from_secs(3);
pub const ACTION_OPEN: &str = "open";
pub const APP_NAME: &str = "UlazAI Studio";
const PROMPT_CHARS: usize = 80;
/// The longest body shown (before escaping).
pub const BODY_CHARS: usize = 400;

/// Text of one notification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub summary: String,
    pub body: String,
    /// The job "Open" focuses.
    pub focus: String,
}

/// What to do when "Open" is clicked (focus the window + emit app://focus-job).
pub type OnOpen = Arc<dyn Fn(&str) + Send + Sync>;

/// Shortens to at most `max` characters, with an ellipsis when cut.
pub fn ellipsize(s: &str, max: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= max {
        return s;
    }
    let cut: String = s.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

fn clip_seconds(job: &Job) -> Option<u64> {
    job.provider_meta
        .as_ref()
        .and_then(|m| m.get("effective_duration_seconds"))
        .and_then(|v| v.as_u64().or_else(|| v.as_f64().map(|f| f.round() as u64)))
        .or_else(|| {
            job.params
                .as_ref()
                .and_then(|p| p.duration_seconds)
                .map(u64::from)
        })
}

fn prompt_of(job: &Job) -> Option<String> {
    job.prompt
        .clone()
        .or_else(|| job.params.as_ref().map(|p| p.prompt.clone()))
        .filter(|p| !p.trim().is_empty())
}

/// A terminal job and the display name of its model, when known.
#[derive(Debug, Clone)]
pub struct Finished {
    pub job: Job,
    pub model_name: Option<String>,
}

fn model_of(f: &Finished) -> Option<String> {
    f.model_name.clone().filter(|n| !n.trim().is_empty())
}

/// `text` as a notification body: cut to [`BODY_CHARS`], and on Linux (where servers may
/// read markup) with `&`, `<`, `>` escaped.
pub fn body_text(text: &str) -> String {
    let cut = if text.chars().count() > BODY_CHARS {
        let head: String = text.chars().take(BODY_CHARS - 1).collect();
        format!("{}…", head.trim_end())
    } else {
        text.to_string()
    };
    if cfg!(all(unix, not(target_os = "macos"))) {
        escape_markup(&cut)
    } else {
        cut
    }
}

/// `&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;`.
pub fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// The notification for one terminal job.
pub fn single(f: &Finished) -> Note {
    let job = &f.job;
    match job.status {
        JobStatus::Failed => {
            let mut body = job
                .error_message
                .clone()
                .filter(|m| !m.trim().is_empty())
                .unwrap_or_else(|| "The render did not complete.".into());
            if !body.ends_with(['.', '!', '?']) {
                body.push('.');
            }
            if job.credits_refunded == Some(true) && !body.to_lowercase().contains("refunded") {
                body.push_str(" Credits were refunded.");
            }
            Note {
                summary: "Render failed".into(),
                body,
                focus: job.id.clone(),
            }
        }
        _ => {
            let mut lines = Vec::new();
            if let Some(p) = prompt_of(job) {
                lines.push(ellipsize(&p, PROMPT_CHARS));
            }
            let mut meta = Vec::new();
            if let Some(m) = model_of(f) {
                meta.push(m);
            }
            if let Some(s) = clip_seconds(job) {
                meta.push(format!("{s} s clip"));
            }
            if !meta.is_empty() {
                lines.push(meta.join(" · "));
            }
            Note {
                summary: "Render finished".into(),
                body: lines.join("\n"),
                focus: job.id.clone(),
            }
        }
    }
}

/// One notification for a burst of two or more terminal jobs.
pub fn summary(burst: &[Finished]) -> Note {
    let failed = burst
        .iter()
        .filter(|f| f.job.status == JobStatus::Failed)
        .count();
    let jobs: Vec<&Job> = burst.iter().map(|f| &f.job).collect();
    let finished = jobs.len() - failed;
    let plural = |n: usize| if n == 1 { "render" } else { "renders" };
    let title = match (finished, failed) {
        (f, 0) => format!("{f} {} finished", plural(f)),
        (0, x) => format!("{x} {} failed", plural(x)),
        (f, x) => format!("{f} finished, {x} failed"),
    };
    let mut lines: Vec<String> = burst
        .iter()
        .take(3)
        .map(|f| {
            let j = &f.job;
            let mark = if j.status == JobStatus::Failed {
                "✗"
            } else {
                "✓"
            };
            let what = prompt_of(j)
                .or_else(|| model_of(f))
                .unwrap_or_else(|| j.id.clone());
            format!("{mark} {}", ellipsize(&what, 48))
        })
        .collect();
    if jobs.len() > 3 {
        lines.push(format!("and {} more", jobs.len() - 3));
    }
    Note {
        summary: title,
        body: lines.join("\n"),
        focus: jobs[0].id.clone(),
    }
}

/// The one notification of a drained render queue ("Open" focuses its last job).
pub fn queue_drained(completed: u32, failed: u32, last_job: &str) -> Note {
    let clips = |n: u32| if n == 1 { "clip" } else { "clips" };
    let body = match (completed, failed) {
        (c, 0) => format!("{c} {} finished.", clips(c)),
        (0, f) => format!("{f} {} failed.", clips(f)),
        (c, f) => format!("{c} {} finished, {f} failed.", clips(c)),
    };
    Note {
        summary: "Render queue finished".into(),
        body,
        focus: last_job.into(),
    }
}

/// Collects terminal jobs into bursts and shows them.
#[derive(Clone)]
pub struct Notifier {
    tx: mpsc::UnboundedSender<Finished>,
    on_open: OnOpen,
}

impl Notifier {
    pub fn new(on_open: OnOpen, window: Duration) -> Notifier {
        let (tx, rx) = mpsc::unbounded_channel();
        tauri::async_runtime::spawn(collect(rx, on_open.clone(), window));
        Notifier { tx, on_open }
    }

    /// Show `note` at once (not part of a burst).
    pub fn show(&self, note: Note) {
        spawn_note(note, self.on_open.clone());
    }

    pub fn push(&self, finished: Finished) {
        let _ = self.tx.send(finished);
    }
}

async fn collect(mut rx: mpsc::UnboundedReceiver<Finished>, on_open: OnOpen, window: Duration) {
    while let Some(first) = rx.recv().await {
        let mut burst = vec![first];
        let deadline = tokio::time::Instant::now() + window;
        while let Ok(Some(job)) = tokio::time::timeout_at(deadline, rx.recv()).await {
            if !burst.iter().any(|f| f.job.id == job.job.id) {
                burst.push(job);
            }
        }
        let note = if burst.len() == 1 {
            single(&burst[0])
        } else {
            summary(&burst)
        };
        spawn_note(note, on_open.clone());
    }
}

/// Showing and waiting for the action block (D-Bus / OS APIs): own thread each.
fn spawn_note(note: Note, on_open: OnOpen) {
    let spawned = std::thread::Builder::new()
        .name("notification".into())
        .spawn(move || show_blocking(note, on_open));
    if let Err(e) = spawned {
        tracing::warn!(error = %e, "cannot start a notification thread");
    }
}

fn show_blocking(note: Note, on_open: OnOpen) {
    let mut n = notify_rust::Notification::new();
    n.appname(APP_NAME)
        .summary(&note.summary)
        .body(&body_text(&note.body))
        .action(ACTION_OPEN, "Open");
    #[cfg(all(unix, not(target_os = "macos")))]
    n.hint(notify_rust::Hint::Category("transfer.complete".into()));
    match n.show() {
        Ok(handle) => {
            tracing::debug!(summary = %note.summary, "notification shown");
            let focus = note.focus.clone();
            // Returns when an action is invoked or the notification is closed.
            handle.wait_for_action(move |action| {
                if matches!(action, ACTION_OPEN | "default" | "") {
                    on_open(&focus);
                }
            });
        }
        Err(e) => tracing::warn!(error = %e, "cannot show a notification"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ulazai_engine::model::JobOrigin;

    fn job(id: &str, status: JobStatus) -> Finished {
        Finished {
            model_name: Some("Veo 3.1 Fast".into()),
            job: job_only(id, status),
        }
    }

    fn job_only(id: &str, status: JobStatus) -> Job {
        Job {
            id: id.into(),
            status,
            model_slug: Some("veo31_fast".into()),
            mode: None,
            prompt: Some("A red fox running through fresh snow at dawn, cinematic".into()),
            params: None,
            result_urls: vec![],
            credits_charged: None,
            credits_refunded: None,
            error_message: None,
            provider_meta: Some(serde_json::json!({"effective_duration_seconds": 8})),
            created_at: None,
            completed_at: None,
            origin: JobOrigin::App,
            folder_id: None,
            unknown_to_server: false,
            local_file: None,
            clip_seconds: None,
            merged_from: Vec::new(),
            updated_at: String::new(),
        }
    }

    #[test]
    fn completed_and_failed_texts() {
        let n = single(&job("a", JobStatus::Completed));
        assert_eq!(n.summary, "Render finished");
        assert_eq!(
            n.body,
            "A red fox running through fresh snow at dawn, cinematic\nVeo 3.1 Fast · 8 s clip"
        );
        let mut f = job("b", JobStatus::Failed);
        f.job.error_message = Some("Invalid duration for this model".into());
        f.job.credits_refunded = Some(true);
        let n = single(&f);
        assert_eq!(n.summary, "Render failed");
        assert_eq!(
            n.body,
            "Invalid duration for this model. Credits were refunded."
        );
    }

    #[test]
    fn bodies_are_escaped_and_bounded() {
        assert_eq!(
            escape_markup("<b>x</b> & <a href=\"y\">"),
            "&lt;b&gt;x&lt;/b&gt; &amp; &lt;a href=\"y\"&gt;"
        );
        let long = body_text(&"ab".repeat(1000));
        assert!(long.chars().count() <= BODY_CHARS && long.ends_with('…'));
    }

    #[test]
    fn long_prompts_are_cut() {
        let s = ellipsize(&"word ".repeat(40), 80);
        assert!(s.chars().count() <= 80 && s.ends_with('…'));
    }

    #[test]
    fn a_drained_queue_says_its_counts() {
        let n = queue_drained(9, 0, "j9");
        assert_eq!(n.summary, "Render queue finished");
        assert_eq!(n.body, "9 clips finished.");
        assert_eq!(n.focus, "j9");
        assert_eq!(queue_drained(1, 2, "j").body, "1 clip finished, 2 failed.");
        assert_eq!(queue_drained(0, 1, "j").body, "1 clip failed.");
    }

    #[test]
    fn summaries() {
        let c = job("a", JobStatus::Completed);
        let f = job("b", JobStatus::Failed);
        assert_eq!(
            summary(&[c.clone(), c.clone(), c.clone()]).summary,
            "3 renders finished"
        );
        assert_eq!(
            summary(&[c.clone(), f.clone(), c.clone()]).summary,
            "2 finished, 1 failed"
        );
        assert_eq!(summary(&[f.clone(), f.clone()]).summary, "2 renders failed");
        assert_eq!(summary(&[f, c]).focus, "b");
    }
}
