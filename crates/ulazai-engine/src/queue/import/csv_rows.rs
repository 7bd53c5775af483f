//! The CSV side of an import: which columns a header names, whether a file is a CSV, and
//! its rows (read with the `csv` crate), each handed to the import's builder with its line.

use super::{clip, is_comment_or_blank, line_label, too_many, Builder, Row, MAX_ROWS};
use crate::text::Text;

/// The columns a CSV may have, with the spellings accepted for each.
const COLUMNS: &[(&str, &[&str])] = &[
    ("prompt", &["prompt"]),
    ("model", &["model", "model_slug"]),
    ("aspect_ratio", &["aspect_ratio", "ratio", "aspect ratio"]),
    ("duration", &["duration", "duration_seconds"]),
    ("quality_mode", &["quality_mode", "quality"]),
    ("count", &["count", "clips"]),
    ("folder", &["folder"]),
];

/// Which known column a header cell names.
fn column(cell: &str) -> Option<&'static str> {
    let c = cell.trim().trim_start_matches('\u{feff}').to_lowercase();
    COLUMNS
        .iter()
        .find(|(_, names)| names.contains(&c.as_str()))
        .map(|(name, _)| *name)
}

fn csv_reader(content: &str) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .comment(Some(b'#'))
        .from_reader(content.as_bytes())
}

/// A `.csv` file, or (unless it is a `.txt`) a first line naming only known columns with
/// `prompt` among them.
pub(super) fn is_csv(content: &str, file_name: Option<&str>) -> bool {
    let name = file_name.unwrap_or("").trim().to_lowercase();
    if name.ends_with(".csv") {
        return true;
    }
    if name.ends_with(".txt") {
        return false;
    }
    let Some(first) = content.lines().find(|l| !is_comment_or_blank(l)) else {
        return false;
    };
    let Some(Ok(header)) = csv_reader(first).records().next() else {
        return false;
    };
    header.len() > 1
        && header.iter().all(|c| column(c).is_some())
        && header.iter().any(|c| column(c) == Some("prompt"))
}

pub(super) fn read_csv(content: &str, b: &mut Builder<'_>) {
    let mut reader = csv_reader(content);
    let mut records = reader.records();
    // The header: the first record.
    let (header, header_line) = loop {
        match records.next() {
            None => return,
            Some(Ok(r)) => {
                let line = r.position().map_or(1, |p| p.line());
                break (r, u32::try_from(line).unwrap_or(u32::MAX));
            }
            Some(Err(e)) => {
                let line = csv_error_line(&e);
                b.problem(
                    Some(line),
                    line_label(line),
                    Text::new("errors-import-csv-unreadable").with("reason", e.to_string()),
                );
            }
        }
    };
    let mut columns: Vec<Option<&'static str>> = Vec::with_capacity(header.len());
    let (mut unknown, mut twice) = (Vec::new(), Vec::new());
    for cell in header.iter() {
        let col = column(cell);
        if col.is_some() && columns.contains(&col) {
            twice.push(cell.trim().to_string());
            columns.push(None);
            continue;
        }
        if col.is_none() && !cell.trim().is_empty() {
            unknown.push(cell.trim().to_string());
        }
        columns.push(col);
    }
    let known = COLUMNS
        .iter()
        .map(|(n, _)| *n)
        .collect::<Vec<_>>()
        .join(", ");
    if !columns.contains(&Some("prompt")) {
        b.problem(
            Some(header_line),
            line_label(header_line),
            Text::new("errors-import-csv-no-prompt").with("columns", known.clone()),
        );
        return;
    }
    let quoted = |cells: &[String]| -> String {
        let list: Vec<String> = cells.iter().map(|u| format!("“{}”", clip(u, 40))).collect();
        list.join(", ")
    };
    if !unknown.is_empty() {
        b.problem(
            Some(header_line),
            line_label(header_line),
            Text::new("errors-import-csv-unknown")
                .with("columns", quoted(&unknown))
                .with("known", known.clone()),
        );
    }
    if !twice.is_empty() {
        b.problem(
            Some(header_line),
            line_label(header_line),
            Text::new("errors-import-csv-twice").with("columns", quoted(&twice)),
        );
    }
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = csv_error_line(&e);
                if b.rows() >= MAX_ROWS {
                    b.problem(Some(line), line_label(line), too_many());
                    return;
                }
                b.problem(
                    Some(line),
                    line_label(line),
                    Text::new("errors-import-csv-unreadable").with("reason", e.to_string()),
                );
                continue;
            }
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let line = u32::try_from(record.position().map_or(0, |p| p.line())).unwrap_or(u32::MAX);
        if b.rows() >= MAX_ROWS {
            b.problem(Some(line), line_label(line), too_many());
            return;
        }
        let mut row = Row::default();
        for (cell, col) in record.iter().zip(&columns) {
            let value = Some(cell.trim().to_string()).filter(|v| !v.is_empty());
            let slot = match col {
                Some("prompt") => &mut row.prompt,
                Some("model") => &mut row.model,
                Some("aspect_ratio") => &mut row.aspect_ratio,
                Some("duration") => &mut row.duration,
                Some("quality_mode") => &mut row.quality_mode,
                Some("count") => &mut row.count,
                Some("folder") => &mut row.folder,
                _ => continue,
            };
            *slot = value;
        }
        if record.len() > columns.len() {
            let extra = record
                .iter()
                .skip(columns.len())
                .any(|c| !c.trim().is_empty());
            if extra {
                b.problem(
                    Some(line),
                    line_label(line),
                    Text::new("errors-import-csv-extra").with("count", columns.len() as i64),
                );
                continue;
            }
        }
        b.row(Some(line), line_label(line), row);
    }
}

fn csv_error_line(e: &csv::Error) -> u32 {
    let line = e.position().map_or(1, |p| p.line()).max(1);
    u32::try_from(line).unwrap_or(u32::MAX)
}
