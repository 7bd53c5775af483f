//! What an import or a set of variations would queue: every row checked against the model
//! matrix, good rows offered, bad ones reported with their line and reason — a preview the
//! creator confirms before anything is queued.
//!
//! - **Plain text**: one prompt per line; blank lines and lines starting with `#` are
//!   skipped. Every prompt takes the form's current settings.
//! - **CSV** (a `.csv` file, or a first line that names only known columns, `prompt`
//!   among them), read with the `csv` crate: `prompt` is required; `model` (slug or
//!   name), `aspect_ratio`, `duration`, `quality_mode`, `count`, `folder` are optional and
//!   fall back to the form's values — fitted to the row's model when it names another one
//!   (a ratio, duration or quality that model lacks becomes its first). `#` lines are
//!   comments here too.
//! - **Variations** ([`variations`]): one prompt across the models that can render it, each
//!   with its own aspect ratios, durations and qualities.
//!
//! Never panics, whatever the file holds (a property test feeds it arbitrary text); at
//! most [`MAX_ROWS`] rows are read.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

mod csv_rows;
mod variations;

use csv_rows::{is_csv, read_csv};
pub use variations::{variation_models, variations, VariationModel, VariationPick};

use super::plan::credits;
use super::state::QueueEntry;
use crate::model::{GenerateParams, ModelInfo, StoryboardPlace};
use crate::text::Text;
use crate::validate;
use ulazai_i18n::Localizer;

/// Rows read from one file (or variations made from one prompt).
pub const MAX_ROWS: usize = 1000;

/// A row that will be queued.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct PreviewItem {
    /// Its line in the file (1-based); `None` for a variation.
    pub line: Option<u32>,
    /// "Line 4", or "Kling 3.0 · 9:16 · 5 s" for a variation.
    pub label: String,
    pub entry: QueueEntry,
    pub credits: Option<u32>,
    /// A variation's label as a catalog message (not sent: the shell words it).
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub label_text: Option<Text>,
}

/// A row that will not be queued, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct PreviewProblem {
    pub line: Option<u32>,
    pub label: String,
    /// Why, in English until the shell words [`PreviewProblem::texts`] in the window's
    /// language ([`QueuePreview::localized`]).
    pub message: String,
    /// The sentences as catalog messages (not sent: the shell renders them into `message`).
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub texts: Vec<Text>,
    /// A variation's label as a catalog message (not sent: the shell words it).
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub label_text: Option<Text>,
}

impl QueuePreview {
    /// The same preview in `lang`'s words: each problem's reason, and the labels ("Line 4",
    /// a variation's "Kling 3.0 · 9:16 · 5 s (nearest to …)").
    pub fn localized(mut self, lang: &Localizer) -> QueuePreview {
        for p in &mut self.problems {
            if !p.texts.is_empty() {
                let words: Vec<String> = p.texts.iter().map(|t| t.render(lang)).collect();
                p.message = words.join(" ");
            }
            if let Some(text) = label_of(p.line, &p.label_text) {
                p.label = text.render(lang);
            }
        }
        for i in &mut self.items {
            if let Some(text) = label_of(i.line, &i.label_text) {
                i.label = text.render(lang);
            }
        }
        self
    }
}

/// What an import or variations would queue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct QueuePreview {
    /// `text`, `csv` or `variations`.
    pub format: String,
    pub items: Vec<PreviewItem>,
    pub problems: Vec<PreviewProblem>,
    /// Clips the items make together.
    pub clips: u32,
    /// Their credits, when every model's price is known.
    pub credits: Option<u32>,
}

/// One row's own values (empty cells are `None`).
#[derive(Debug, Default)]
struct Row {
    prompt: Option<String>,
    model: Option<String>,
    aspect_ratio: Option<String>,
    duration: Option<String>,
    quality_mode: Option<String>,
    count: Option<String>,
    folder: Option<String>,
}

struct Builder<'a> {
    format: &'static str,
    defaults: &'a GenerateParams,
    models: &'a [ModelInfo],
    source: Option<&'a str>,
    items: Vec<PreviewItem>,
    problems: Vec<PreviewProblem>,
}

impl Builder<'_> {
    fn rows(&self) -> usize {
        self.items.len() + self.problems.len()
    }

    fn problem(&mut self, line: Option<u32>, label: String, text: Text) {
        self.problems(line, label, vec![text]);
    }

    fn problems(&mut self, line: Option<u32>, label: String, texts: Vec<Text>) {
        let words: Vec<String> = texts.iter().map(Text::english).collect();
        self.problems.push(PreviewProblem {
            line,
            label,
            message: words.join(" "),
            texts,
            label_text: None,
        });
    }

    /// The last problem's label as a catalog message (a variation's).
    fn label_last_problem(&mut self, text: Text) {
        if let Some(p) = self.problems.last_mut() {
            p.label_text = Some(text);
        }
    }

    /// Keep checked parameters as an item (its source named after the file's line or the
    /// variation).
    fn item(
        &mut self,
        line: Option<u32>,
        label: String,
        params: GenerateParams,
        folder: Option<String>,
    ) {
        let source = match (self.source, line) {
            (Some(file), Some(_)) => Some(format!("{file}, {}", label.to_lowercase())),
            (None, Some(_)) => Some(label.clone()),
            (_, None) => Some(format!("Variation: {label}")),
        };
        // A list's line is a place in the storyboard; a variation has none.
        let place = line.map(|line| StoryboardPlace {
            list: self.source.map(str::to_string),
            line,
        });
        self.items.push(PreviewItem {
            line,
            credits: credits(self.models, &params.model_slug, params.count),
            label,
            label_text: None,
            entry: QueueEntry {
                params,
                folder,
                source,
                place,
                take_of: None,
            },
        });
    }

    /// Check one row and keep it as an item or a problem.
    fn row(&mut self, line: Option<u32>, label: String, row: Row) {
        match params_for(&row, self.defaults, self.models) {
            Ok(params) => self.item(line, label, params, row.folder),
            Err(texts) => self.problems(line, label, texts),
        }
    }

    fn finish(mut self) -> QueuePreview {
        if self.items.is_empty() && self.problems.is_empty() {
            self.problem(Some(1), line_label(1), Text::new("errors-import-empty"));
        }
        QueuePreview {
            format: self.format.into(),
            clips: self
                .items
                .iter()
                .map(|i| i.entry.params.count.max(1))
                .fold(0u32, u32::saturating_add),
            credits: self
                .items
                .iter()
                .map(|i| i.credits)
                .try_fold(0u32, |sum, c| c.map(|c| sum.saturating_add(c))),
            items: self.items,
            problems: self.problems,
        }
    }
}

/// A row's label as a catalog message: its line's, or the variation's own.
fn label_of(line: Option<u32>, own: &Option<Text>) -> Option<Text> {
    line.map(line_text).or_else(|| own.clone())
}

fn line_text(line: u32) -> Text {
    Text::new("errors-import-line").with("line", i64::from(line))
}

fn line_label(line: u32) -> String {
    line_text(line).english()
}

/// Read a prompt list: plain text or CSV (see the module documentation). `defaults` are
/// the form's current values; `file_name` names the source and, ending in `.csv` / `.txt`,
/// the format.
pub fn parse_list(
    content: &str,
    file_name: Option<&str>,
    defaults: &GenerateParams,
    models: &[ModelInfo],
) -> QueuePreview {
    // CR, LF or CRLF end a line (so both readers count lines alike).
    let content = content
        .strip_prefix('\u{feff}')
        .unwrap_or(content)
        .replace("\r\n", "\n")
        .replace('\r', "\n");
    let content = content.as_str();
    let csv = is_csv(content, file_name);
    let mut b = Builder {
        format: if csv { "csv" } else { "text" },
        defaults,
        models,
        source: file_name.map(str::trim).filter(|n| !n.is_empty()),
        items: Vec::new(),
        problems: Vec::new(),
    };
    if csv {
        read_csv(content, &mut b);
    } else {
        read_text(content, &mut b);
    }
    b.finish()
}

fn is_comment_or_blank(line: &str) -> bool {
    let t = line.trim();
    t.is_empty() || t.starts_with('#')
}

fn read_text(content: &str, b: &mut Builder<'_>) {
    for (i, line) in content.lines().enumerate() {
        if is_comment_or_blank(line) {
            continue;
        }
        let n = u32::try_from(i + 1).unwrap_or(u32::MAX);
        if b.rows() >= MAX_ROWS {
            b.problem(Some(n), line_label(n), too_many());
            return;
        }
        let row = Row {
            prompt: Some(line.trim().to_string()),
            ..Row::default()
        };
        b.row(Some(n), line_label(n), row);
    }
}

fn too_many() -> Text {
    Text::new("errors-import-too-many").with("max", MAX_ROWS as i64)
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let cut: String = s.chars().take(max).collect();
        format!("{cut}…")
    }
}

/// The model a cell names: a slug, or a display name (any case).
fn model_slug(cell: &str, models: &[ModelInfo]) -> String {
    let c = cell.trim();
    models
        .iter()
        .find(|m| m.slug == c)
        .or_else(|| {
            models
                .iter()
                .find(|m| m.slug.eq_ignore_ascii_case(c) || m.name.eq_ignore_ascii_case(c))
        })
        .map_or_else(|| c.to_string(), |m| m.slug.clone())
}

/// The form's values for another model: what it allows is kept, the rest becomes its
/// first option; input media, sound and orientation belong to the form's model only.
fn fitted(defaults: &GenerateParams, model: Option<&ModelInfo>, slug: &str) -> GenerateParams {
    let Some(m) = model else {
        return GenerateParams {
            model_slug: slug.to_string(),
            count: defaults.count,
            ..GenerateParams::default()
        };
    };
    let pick = |want: &Option<String>, allowed: &[String]| -> Option<String> {
        match want {
            Some(w) if allowed.iter().any(|a| a.eq_ignore_ascii_case(w)) => Some(w.clone()),
            _ => allowed.first().cloned(),
        }
    };
    GenerateParams {
        model_slug: m.slug.clone(),
        aspect_ratio: pick(&defaults.aspect_ratio, &m.aspect_ratios),
        duration_seconds: match defaults.duration_seconds {
            Some(d) if m.durations.contains(&d) => Some(d),
            _ => m.durations.first().copied(),
        },
        quality_mode: pick(&defaults.quality_mode, &m.quality_modes),
        count: defaults.count.clamp(1, m.max_batch.clamp(1, 4)),
        ..GenerateParams::default()
    }
}

/// A duration cell: "8", "8s", "8 s", "8.0".
fn seconds(cell: &str) -> Option<u32> {
    let t = cell.trim().trim_end_matches(['s', 'S']).trim();
    if let Ok(n) = t.parse::<u32>() {
        return Some(n);
    }
    let f: f64 = t.parse().ok()?;
    (f.is_finite() && f >= 0.0 && f.fract() == 0.0 && f <= f64::from(u32::MAX)).then_some(f as u32)
}

/// A row's parameters, checked against the matrix; the reason when they do not pass.
fn params_for(
    row: &Row,
    defaults: &GenerateParams,
    models: &[ModelInfo],
) -> Result<GenerateParams, Vec<Text>> {
    let prompt = row.prompt.as_deref().map(str::trim).unwrap_or("");
    if prompt.is_empty() {
        return Err(vec![Text::new("errors-import-prompt-empty")]);
    }
    let slug = row
        .model
        .as_deref()
        .map_or_else(|| defaults.model_slug.clone(), |m| model_slug(m, models));
    let mut params = if slug == defaults.model_slug {
        defaults.clone()
    } else {
        fitted(defaults, models.iter().find(|m| m.slug == slug), &slug)
    };
    params.prompt = prompt.into();
    if let Some(r) = &row.aspect_ratio {
        params.aspect_ratio = Some(r.clone());
    }
    if let Some(q) = &row.quality_mode {
        params.quality_mode = Some(q.clone());
    }
    if let Some(d) = &row.duration {
        params.duration_seconds =
            Some(seconds(d).ok_or_else(|| {
                vec![Text::new("errors-import-duration").with("value", clip(d, 20))]
            })?);
    }
    if let Some(c) = &row.count {
        params.count = c
            .trim()
            .parse()
            .map_err(|_| vec![Text::new("errors-import-count").with("value", clip(c, 20))])?;
    }
    validate::prepare(params, models).map_err(field_texts)
}

/// Each field error's sentence as a catalog message (one without, as it is).
fn field_texts(v: validate::ValidationErrors) -> Vec<Text> {
    v.0.into_iter().map(field_text).collect()
}

fn field_text(e: validate::FieldError) -> Text {
    e.text
        .unwrap_or_else(|| Text::new("errors-as-given").with("text", e.message))
}

#[cfg(test)]
mod tests;
