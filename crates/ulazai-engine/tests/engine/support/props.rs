//! Shared pieces of the property tests: the run configuration (case count overridable with
//! `PROPTEST_CASES`), arbitrary JSON values and hostile text.
//! Include with `#[path = "support/props.rs"] mod props;`.
#![allow(dead_code)]

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError};
use serde_json::{Map, Number, Value};

/// `default_cases` per property unless `PROPTEST_CASES` says otherwise. Failures are not
/// written to regression files: a case a property finds becomes a named test instead.
pub fn config(default_cases: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default_cases);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

/// Pieces that make text hard to handle: separators, dots, Windows device names, control,
/// bidi and zero-width characters, multi-byte letters and emoji, numbers in odd spellings.
pub const NASTY: &[&str] = &[
    "",
    " ",
    "  ",
    ".",
    "..",
    "...",
    "/",
    "\\",
    ":",
    "*",
    "?",
    "\"",
    "<",
    ">",
    "|",
    "\0",
    "\t",
    "\n",
    "\r",
    "\x07",
    "\x1b[31m",
    "\x7f",
    "\u{85}",
    "\u{202E}",
    "\u{202A}",
    "\u{2066}",
    "\u{2069}",
    "\u{200E}",
    "\u{200F}",
    "\u{061C}",
    "\u{200B}",
    "\u{200D}",
    "\u{FEFF}",
    "\u{2028}",
    "\u{FFF9}",
    "CON",
    "con",
    "PRN",
    "Aux",
    "NUL",
    "nul",
    "COM1",
    "com9",
    "COM¹",
    "LPT1",
    "lpt³",
    "CONIN$",
    "conout$",
    ".mp4",
    ".txt",
    "mp4",
    "é",
    "ß",
    "İ",
    "🦊",
    "👩‍👩‍👧",
    "ǅ",
    "漢字",
    "a",
    "Z",
    "0",
    "7",
    "-",
    "_",
    "(2)",
    "100",
    "100.0",
    "-1",
    "8s",
    "1e3",
    "true",
    "null",
    "pending",
    "completed",
    "failed",
    "https://",
    "asset://",
    "~",
    "$HOME",
    "%00",
];

/// Text built from [`NASTY`] pieces, or any Unicode string at all.
pub fn nasty_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::collection::vec(prop::sample::select(NASTY), 0..12).prop_map(|v| v.concat()),
        1 => any::<String>(),
        1 => prop::collection::vec(prop::sample::select(NASTY), 0..60).prop_map(|v| v.concat()),
    ]
}

/// Every key a job reader looks at (aliases included).
pub const JOB_KEYS: &[&str] = &[
    "job_id",
    "id",
    "status",
    "model_slug",
    "model",
    "mode",
    "prompt",
    "result_urls",
    "result_url",
    "credits_charged",
    "credits_refunded",
    "error_message",
    "error",
    "provider_meta",
    "created_at",
    "completed_at",
];
/// Every key a model reader looks at.
pub const MODEL_KEYS: &[&str] = &[
    "slug",
    "model_slug",
    "name",
    "engine",
    "aspect_ratios",
    "durations",
    "quality_modes",
    "inputs",
    "credits",
    "max_prompt_chars",
    "supports_sound",
    "max_batch",
    "requires_prompt",
    "min_input_images",
    "max_input_images",
    "min_input_videos",
    "max_input_videos",
    "typical_seconds",
];
/// Every key a wrapper reader (the object around a job, a list, the ids) looks at.
pub const WRAPPER_KEYS: &[&str] = &[
    "success", "job", "jobs", "results", "history", "models", "job_ids", "job_id", "status",
    "error", "detail", "message",
];
/// Keys inside lenient values (`{"min", "max"}` durations, `{"value"}` list items).
const INNER_KEYS: &[&str] = &["min", "max", "value"];

/// Run `test` on `default_cases` values of `strategy` (see [`config`]); a failure panics
/// with the (shrunk) input.
pub fn check<S: Strategy>(
    default_cases: u32,
    strategy: S,
    test: impl Fn(S::Value) -> Result<(), TestCaseError>,
) where
    S::Value: std::fmt::Debug,
{
    let mut runner = proptest::test_runner::TestRunner::new(config(default_cases));
    if let Err(e) = runner.run(&strategy, test) {
        panic!("{e}");
    }
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(
            [JOB_KEYS, MODEL_KEYS, WRAPPER_KEYS, INNER_KEYS].concat()
        )
        .prop_map(str::to_string),
        1 => nasty_text(),
    ]
}

fn number() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (0u32..20).prop_map(Value::from),
        any::<f64>().prop_filter_map("finite", |f| Number::from_f64(f).map(Value::Number)),
        prop::sample::select(&[0.5, -0.5, 1e300, -1e300, 4294967295.0, 4294967296.0, 8.0][..])
            .prop_map(|f| Value::Number(Number::from_f64(f).unwrap())),
    ]
}

/// Any JSON value: scalars of every kind, nested arrays and objects (a few levels deep).
pub fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number(),
        nasty_text().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// An object of arbitrary entries whose keys avoid `reserved` (so that adding it to a
/// known-good object changes nothing the reader is required to keep).
pub fn junk_entries(
    reserved: &'static [&'static str],
) -> impl Strategy<Value = Map<String, Value>> {
    prop::collection::vec((key(), json_value()), 0..8).prop_map(move |kv| {
        kv.into_iter()
            .filter(|(k, _)| !reserved.contains(&k.as_str()))
            .collect()
    })
}
