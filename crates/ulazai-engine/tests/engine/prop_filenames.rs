//! Property tests of the library's file-name sanitiser: whatever the prompt, model, time,
//! job id and extension, a name is one safe path component on Windows, macOS and Linux,
//! and jobs saved into one folder never share a file.

use crate::support::props;

use std::collections::HashSet;
use std::path::{Component, Path};

use props::check;
use proptest::prelude::*;
use ulazai_engine::library::filename::MAX_NAME_BYTES;
use ulazai_engine::library::{file_name, folder_dir_name, unique_path};

const CASES: u32 = 256;

/// Windows device names, matched on the part before the first dot with trailing blanks
/// ignored, in any case (what Windows itself does).
const DEVICES: &[&str] = &[
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "COM0", "COM1", "COM2", "COM3", "COM4",
    "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³", "LPT0", "LPT1", "LPT2", "LPT3",
    "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
];

/// Unicode's Bidi_Control characters, plus the invisible ones that can disguise a name.
fn is_bidi_or_invisible(c: char) -> bool {
    matches!(c,
        '\u{061C}' | '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2028}' | '\u{2029}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// Everything that makes a name unusable or deceptive somewhere; `Err` says what.
fn check_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("empty".into());
    }
    if name.len() > MAX_NAME_BYTES {
        return Err(format!("{} bytes", name.len()));
    }
    if name == "." || name == ".." || name.starts_with('.') {
        return Err("a dot name or a hidden file".into());
    }
    if name.ends_with('.') || name.ends_with(' ') || name.starts_with(' ') {
        return Err("leading blank or trailing dot/blank".into());
    }
    if let Some(c) = name
        .chars()
        .find(|c| c.is_control() || "/\\<>:\"|?*".contains(*c) || is_bidi_or_invisible(*c))
    {
        return Err(format!("forbidden character {c:?}"));
    }
    let base = name
        .split('.')
        .next()
        .unwrap_or_default()
        .trim_end_matches([' ', '.']);
    if DEVICES.iter().any(|d| d.eq_ignore_ascii_case(base)) {
        return Err(format!("Windows device name {base:?}"));
    }
    let comps: Vec<_> = Path::new(name).components().collect();
    if comps.len() != 1 || !matches!(comps[0], Component::Normal(_)) {
        return Err("not one normal path component".into());
    }
    Ok(())
}

fn opt_text() -> impl Strategy<Value = Option<String>> {
    prop::option::of(props::nasty_text())
}

fn stamp() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        Just(Some("2025-06-01T14:05:09Z".to_string())),
        Just(Some("2026-02-20T12:40:01.123456+00:00".to_string())),
        Just(Some("2025-06-01T14:05:09".to_string())),
        opt_text(),
    ]
}

fn ext() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(&["mp4", ".MP4", "mov", "webm", "m4v"][..]).prop_map(str::to_string),
        1 => props::nasty_text(),
    ]
}

#[derive(Debug, Clone)]
struct JobName {
    created_at: Option<String>,
    model: Option<String>,
    prompt: Option<String>,
    id: String,
    ext: String,
}

fn job_name() -> impl Strategy<Value = JobName> {
    (stamp(), opt_text(), opt_text(), props::nasty_text(), ext()).prop_map(
        |(created_at, model, prompt, id, ext)| JobName {
            created_at,
            model,
            prompt,
            id,
            ext,
        },
    )
}

fn name_of(j: &JobName) -> String {
    file_name(
        j.created_at.as_deref(),
        j.model.as_deref(),
        j.prompt.as_deref(),
        &j.id,
        &j.ext,
    )
}

#[test]
fn every_file_name_is_safe_everywhere() {
    check(CASES, job_name(), |j| {
        let name = name_of(&j);
        check_name(&name).map_err(|why| TestCaseError::fail(format!("{name:?}: {why}")))
    });
}

#[test]
fn every_folder_name_is_safe_everywhere() {
    check(CASES, opt_text(), |n| {
        let name = folder_dir_name(n.as_deref());
        check_name(&name).map_err(|why| TestCaseError::fail(format!("{name:?}: {why}")))
    });
}

/// Jobs downloaded into one folder the way the app does it (name, then `unique_path`, then
/// the file is created) each get their own file, under a safe name — look-alike jobs
/// (same prompt, model and minute; names equal but for case) included.
#[test]
fn jobs_saved_in_one_folder_never_share_a_file() {
    let jobs = prop::collection::vec(job_name(), 1..12).prop_flat_map(|jobs| {
        let n = jobs.len();
        // Repeat some jobs' visible fields under new ids: the look-alikes of real life.
        (
            Just(jobs),
            prop::collection::vec((0..n, any::<bool>()), 0..8),
        )
    });
    check(CASES, jobs, |(mut jobs, copies)| {
        for (i, upper) in copies {
            let mut twin = jobs[i].clone();
            twin.id = format!("{}-twin{}", twin.id, jobs.len());
            if upper {
                twin.prompt = twin.prompt.map(|p| p.to_uppercase());
            }
            jobs.push(twin);
        }
        let dir = tempfile::tempdir().unwrap();
        let mut seen = HashSet::new();
        for j in &jobs {
            let path = unique_path(dir.path(), &name_of(j));
            let file = path.file_name().unwrap().to_str().unwrap().to_string();
            check_name(&file).map_err(|why| TestCaseError::fail(format!("{file:?}: {why}")))?;
            prop_assert_eq!(path.parent(), Some(dir.path()));
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
                .map_err(|e| TestCaseError::fail(format!("{file:?} already taken: {e}")))?;
            prop_assert!(seen.insert(file.clone()), "{:?} given twice", file);
        }
        prop_assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), jobs.len());
        Ok(())
    });
}
