//! Property tests of the render queue's import: whatever a dropped file holds — text,
//! CSV, half-quoted CSV, control characters, any Unicode — the parser answers items or
//! line-numbered problems and never panics; every item passes the engine's validation,
//! every line is within the file, and in a plain-text list every prompt line is accounted
//! for exactly once.

use crate::support::props;

use std::collections::BTreeSet;

use props::check;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use ulazai_engine::api::parse_models_body;
use ulazai_engine::model::{GenerateParams, ModelInfo};
use ulazai_engine::queue::import::{parse_list, MAX_ROWS};
use ulazai_engine::validate;

const CASES: u32 = 256;

fn matrix() -> Vec<ModelInfo> {
    let models: Vec<serde_json::Value> = ulazai_sim::models::all()
        .iter()
        .map(|m| m.to_json(None))
        .collect();
    parse_models_body(&serde_json::json!({"success": true, "models": models}).to_string())
        .expect("the simulator's matrix reads")
}

/// Cells a CSV or a prompt line may hold: column names, model names, ratios, durations,
/// counts, quotes and separators, and hostile text.
fn cell() -> impl Strategy<Value = String> {
    let pieces: &[&str] = &[
        "prompt",
        "model",
        "aspect_ratio",
        "ratio",
        "duration",
        "quality_mode",
        "count",
        "folder",
        "veo31_fast",
        "Kling 3.0",
        "kling_3_0",
        "hailuo_2_3",
        "16:9",
        "9:16",
        "Auto",
        "5",
        "8",
        "10",
        "8 s",
        "0",
        "-1",
        "4",
        "9",
        "std",
        "pro",
        "a fox in snow",
        "\"quoted, with a comma\"",
        "\"",
        "\"\"",
        ",",
        ";",
        "#",
        "# a comment",
        " ",
    ];
    prop_oneof![
        4 => prop::sample::select(pieces).prop_map(str::to_string),
        1 => props::nasty_text(),
    ]
}

fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::collection::vec(cell(), 1..6).prop_map(|c| c.join(",")),
        2 => cell(),
        1 => Just(String::new()),
    ]
}

fn content() -> impl Strategy<Value = String> {
    let lines = || prop::collection::vec(line(), 0..40);
    prop_oneof![
        2 => (lines(), prop::sample::select(&["\n", "\r\n"][..]))
            .prop_map(|(l, sep)| l.join(sep)),
        // A CSV header first.
        2 => (lines(), prop::collection::vec(
                prop::sample::select(&["prompt", "model", "duration", "count", "folder", "ratio"][..]),
                1..5,
            ))
            .prop_map(|(l, h)| format!("{}\n{}", h.join(","), l.join("\n"))),
        1 => props::nasty_text(),
        1 => any::<String>(),
    ]
}

fn file_name() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        Just(Some("shots.csv".to_string())),
        Just(Some("shots.txt".to_string())),
        props::nasty_text().prop_map(Some),
    ]
}

fn defaults() -> impl Strategy<Value = GenerateParams> {
    prop::sample::select(vec![
        GenerateParams {
            model_slug: "veo31_fast".into(),
            count: 1,
            ..Default::default()
        },
        GenerateParams {
            model_slug: "kling_3_0".into(),
            aspect_ratio: Some("1:1".into()),
            duration_seconds: Some(10),
            quality_mode: Some("pro".into()),
            count: 3,
            ..Default::default()
        },
        GenerateParams {
            model_slug: "no_such_model".into(),
            count: 7,
            ..Default::default()
        },
    ])
}

fn fail(why: String) -> TestCaseError {
    TestCaseError::fail(why)
}

#[test]
fn any_file_yields_items_or_line_numbered_problems() {
    let models = matrix();
    check(
        CASES,
        (content(), file_name(), defaults()),
        |(text, name, form)| {
            let p = parse_list(&text, name.as_deref(), &form, &models);
            // Lines as either reader counts them (CR, LF or CRLF end a line).
            let last = 1 + text.matches('\n').count() + text.matches('\r').count();
            if p.items.is_empty() && p.problems.is_empty() {
                return Err(fail("neither items nor problems".into()));
            }
            let item_lines: Vec<u32> = p.items.iter().filter_map(|i| i.line).collect();
            let problem_lines: Vec<u32> = p.problems.iter().filter_map(|i| i.line).collect();
            if item_lines.len() != p.items.len() || problem_lines.len() != p.problems.len() {
                return Err(fail(format!("a row without its line: {p:?}")));
            }
            for l in item_lines.iter().chain(&problem_lines) {
                if *l < 1 || *l as usize > last {
                    return Err(fail(format!("line {l} outside 1..={last}: {p:?}")));
                }
            }
            if !item_lines.windows(2).all(|w| w[0] < w[1])
                || !problem_lines.windows(2).all(|w| w[0] <= w[1])
            {
                return Err(fail(format!("rows out of order: {p:?}")));
            }
            if p.problems
                .iter()
                .any(|x| x.message.trim().is_empty() || x.label.is_empty())
            {
                return Err(fail(format!("a problem without its reason: {p:?}")));
            }
            for item in &p.items {
                let params = &item.entry.params;
                if params.prompt.trim().is_empty() || !(1..=4).contains(&params.count) {
                    return Err(fail(format!("an item that cannot be sent: {item:?}")));
                }
                if let Err(v) = validate::validate(params, &models) {
                    return Err(fail(format!("an item the engine refuses ({v}): {item:?}")));
                }
            }
            let clips: u32 = p.items.iter().map(|i| i.entry.params.count).sum();
            if p.clips != clips || p.items.len() + p.problems.len() > MAX_ROWS + 2 {
                return Err(fail(format!("totals: {p:?}")));
            }
            if p.format == "text" {
                // Every prompt line is an item or a problem, once.
                let lf = text
                    .strip_prefix('\u{feff}')
                    .unwrap_or(&text)
                    .replace("\r\n", "\n")
                    .replace('\r', "\n");
                let want: BTreeSet<u32> = lf
                    .lines()
                    .enumerate()
                    .filter(|(_, l)| !l.trim().is_empty() && !l.trim().starts_with('#'))
                    .map(|(i, _)| i as u32 + 1)
                    .collect();
                let got: BTreeSet<u32> = item_lines.iter().chain(&problem_lines).copied().collect();
                let n = item_lines.len() + problem_lines.len();
                if want.is_empty() {
                    if problem_lines != [1] || !item_lines.is_empty() {
                        return Err(fail(format!("an empty list says so on line 1: {p:?}")));
                    }
                } else if got != want || n != want.len() {
                    return Err(fail(format!("lines {want:?}, answered {got:?} ({n} rows)")));
                }
            }
            Ok(())
        },
    );
}
