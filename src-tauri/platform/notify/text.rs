//! What the notifications say. A render is named by its prompt (finished or failed: the
//! creator knows a clip by what they asked for), a finished one also by its model's name
//! and its clip's length (the engine's `clip_seconds`: the saved file's, else the server's;
//! else the length asked for). A burst lists one line per render, cut so that prompts sharing a long start stay
//! apart (shown from just before where they differ), and why its renders failed when that
//! is one reason.
//!
//! Server text (prompts, error messages) is text: the body is cut to [`BODY_CHARS`] and,
//! on Linux, `&`, `<` and `>` are escaped (notification servers may interpret a markup
//! subset: `<b>`, `<a href>`, `<img>`).

use ulazai_engine::model::{Job, JobStatus};
use ulazai_i18n::{format::decimal, Localizer};

const PROMPT_CHARS: usize = 80;
/// One line of a burst summary.
const LINE_CHARS: usize = 48;
/// Lines a burst summary lists before "and N more".
const SUMMARY_LINES: usize = 3;
/// The longest body shown (before escaping).
pub const BODY_CHARS: usize = 400;

/// Text of one notification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub summary: String,
    pub body: String,
    /// The job "Open" focuses.
    pub focus: String,
    /// The "Open" action's label.
    pub open: String,
}

/// A terminal job and the display name of its model, when known.
#[derive(Debug, Clone)]
pub struct Finished {
    pub job: Job,
    pub model_name: Option<String>,
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Shortens to at most `max` characters, with an ellipsis when cut.
pub fn ellipsize(s: &str, max: usize) -> String {
    let s = one_line(s);
    if s.chars().count() <= max {
        return s;
    }
    let cut: String = s.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

/// The clip's length in seconds: the engine's (the file's, else the server's word for it),
/// else what was asked for.
fn clip_seconds(job: &Job) -> Option<f64> {
    job.clip_seconds
        .or_else(|| {
            job.params
                .as_ref()
                .and_then(|p| p.duration_seconds)
                .map(f64::from)
        })
        .filter(|s| s.is_finite() && *s > 0.0)
}

/// "8", "8.8" (or "8,8"): the clip's seconds, for `notify-clip-length`.
fn seconds_text(l: &Localizer, s: f64) -> String {
    decimal(l.code(), s, 1)
}

fn prompt_of(job: &Job) -> Option<String> {
    job.prompt
        .as_deref()
        .or_else(|| job.params.as_ref().map(|p| &*p.prompt))
        .filter(|p| !p.trim().is_empty())
        .map(str::to_string)
}

fn model_of(f: &Finished) -> Option<String> {
    f.model_name.clone().filter(|n| !n.trim().is_empty())
}

/// `text` as a notification body: cut to [`BODY_CHARS`], and with `&`, `<`, `>` escaped
/// for a server that reads markup in bodies (`markup`: on Linux, one that says
/// "body-markup"). A server that does not shows the body as it is, "&amp;" included.
pub fn body_text(text: &str, markup: bool) -> String {
    let cut = if text.chars().count() > BODY_CHARS {
        let head: String = text.chars().take(BODY_CHARS - 1).collect();
        format!("{}…", head.trim_end())
    } else {
        text.to_string()
    };
    if markup {
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

/// Why a render failed, as a sentence, and whether its credits came back.
fn failure_text(l: &Localizer, job: &Job) -> String {
    let mut text = job
        .error_message
        .clone()
        .map(|m| one_line(&m))
        .filter(|m| !m.is_empty())
        .unwrap_or_else(|| l.text("notify-failed-unknown"));
    if !text.ends_with(['.', '!', '?', '。', '！', '？']) {
        text.push('.');
    }
    // The server's message may say so already (it writes English).
    if job.credits_refunded == Some(true) && !text.to_lowercase().contains("refunded") {
        return l.format("notify-refunded", &[("reason", text.into())]);
    }
    text
}

/// The notification for one terminal job.
pub fn single(l: &Localizer, f: &Finished) -> Note {
    let job = &f.job;
    let mut lines = Vec::new();
    if let Some(p) = prompt_of(job) {
        lines.push(ellipsize(&p, PROMPT_CHARS));
    }
    let summary = if job.status == JobStatus::Failed {
        lines.push(failure_text(l, job));
        l.text("notify-failed-title")
    } else {
        let mut meta = Vec::new();
        if let Some(m) = model_of(f) {
            meta.push(m);
        }
        if let Some(s) = clip_seconds(job) {
            meta.push(l.format(
                "notify-clip-length",
                &[("seconds", seconds_text(l, s).into())],
            ));
        }
        if !meta.is_empty() {
            lines.push(meta.join(" · "));
        }
        l.text("notify-finished-title")
    };
    Note {
        summary,
        body: lines.join("\n"),
        focus: job.id.clone(),
        open: l.text("notify-action-open"),
    }
}

fn common_prefix(a: &[char], b: &[char]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

/// Each text on one line of at most `width` characters, cut so that texts sharing a long
/// start stay apart: when where a text differs from another lies beyond what a plain cut
/// shows, it is shown from a few words before that point, after an ellipsis.
pub fn distinct_lines(texts: &[String], width: usize) -> Vec<String> {
    // Room a difference needs to show after a plain cut.
    const ROOM: usize = 12;
    // Characters shown before the point where a text differs.
    const CONTEXT: usize = 16;
    let all: Vec<Vec<char>> = texts
        .iter()
        .map(|t| one_line(t).chars().collect())
        .collect();
    all.iter()
        .enumerate()
        .map(|(i, t)| {
            let shared = all
                .iter()
                .enumerate()
                .filter(|(j, other)| *j != i && *other != t)
                .map(|(_, other)| common_prefix(t, other))
                .max()
                .unwrap_or(0);
            let text: String = t.iter().collect();
            if t.len() <= width || shared + ROOM <= width {
                return ellipsize(&text, width);
            }
            // From the start of the word a little before the difference.
            let mut from = shared.saturating_sub(CONTEXT).min(t.len());
            while from > 0 && !t[from - 1].is_whitespace() {
                from -= 1;
            }
            let tail: String = t[from..].iter().collect();
            format!("…{}", ellipsize(&tail, width - 1))
        })
        .collect()
}

/// One notification for a burst of two or more terminal jobs.
pub fn summary(l: &Localizer, burst: &[Finished]) -> Note {
    let failed = burst
        .iter()
        .filter(|f| f.job.status == JobStatus::Failed)
        .count();
    let finished = burst.len() - failed;
    let title = match (finished, failed) {
        (f, 0) => l.format("notify-burst-finished", &[("finished", f.into())]),
        (0, x) => l.format("notify-burst-failed", &[("failed", x.into())]),
        (f, x) => l.format(
            "notify-burst-mixed",
            &[("finished", f.into()), ("failed", x.into())],
        ),
    };
    let names: Vec<String> = burst
        .iter()
        .map(|f| {
            prompt_of(&f.job)
                .or_else(|| model_of(f))
                .unwrap_or_else(|| f.job.id.clone())
        })
        .collect();
    // Renders of the same prompt and outcome (a batch) share one line.
    let mut rows: Vec<(&str, String, usize)> = Vec::new();
    for (f, line) in burst.iter().zip(distinct_lines(&names, LINE_CHARS - 2)) {
        let mark = if f.job.status == JobStatus::Failed {
            "✗"
        } else {
            "✓"
        };
        match rows.iter_mut().find(|(m, l, _)| *m == mark && *l == line) {
            Some(row) => row.2 += 1,
            None => rows.push((mark, line, 1)),
        }
    }
    let mut lines: Vec<String> = rows
        .iter()
        .take(SUMMARY_LINES)
        .map(|(mark, line, n)| match n {
            1 => format!("{mark} {line}"),
            n => format!("{mark} {line} (×{n})"),
        })
        .collect();
    let shown: usize = rows.iter().take(SUMMARY_LINES).map(|r| r.2).sum();
    if burst.len() > shown {
        lines.push(l.format(
            "notify-burst-more",
            &[("count", (burst.len() - shown).into())],
        ));
    }
    // Why they failed, when it is one reason (e.g. a demo failure, credits refunded).
    let mut reasons: Vec<String> = burst
        .iter()
        .filter(|f| f.job.status == JobStatus::Failed)
        .map(|f| failure_text(l, &f.job))
        .collect();
    reasons.sort();
    reasons.dedup();
    if let [reason] = reasons.as_slice() {
        lines.push(reason.clone());
    }
    Note {
        summary: title,
        body: lines.join("\n"),
        focus: burst[0].job.id.clone(),
        open: l.text("notify-action-open"),
    }
}

/// The one notification of a drained render queue ("Open" focuses its last job).
pub fn queue_drained(l: &Localizer, completed: u32, failed: u32, last_job: &str) -> Note {
    let body = match (completed, failed) {
        (c, 0) => l.format("notify-queue-finished", &[("finished", c.into())]),
        (0, f) => l.format("notify-queue-failed", &[("failed", f.into())]),
        (c, f) => l.format(
            "notify-queue-mixed",
            &[("finished", c.into()), ("failed", f.into())],
        ),
    };
    Note {
        summary: l.text("notify-queue-title"),
        body,
        focus: last_job.into(),
        open: l.text("notify-action-open"),
    }
}

/// `note` (e.g. "Render queue finished · 2 clips finished.") with the lines of the
/// renders it sums up under its own: the one notification of a queue whose renders all
/// finished at once. "Open" goes where the renders' note would have gone.
pub fn with_lines_of(note: Note, renders: Note) -> Note {
    Note {
        summary: note.summary,
        body: format!("{}\n{}", note.body, renders.body),
        focus: renders.focus,
        open: note.open,
    }
}

#[cfg(test)]
#[path = "text_tests.rs"]
mod tests;
