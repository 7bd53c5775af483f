//! Safe, readable names for files and folders in the creator's library.
//!
//! Every name made here is a single normal path component on Linux, macOS and Windows:
//! no separators, no `..`, no control or bidi-override characters, none of `<>:"|?*`,
//! no leading dot (hidden file) and no trailing dot or space, not a Windows device name
//! (`CON`, `nul.txt`, `COM1`…), and at most [`MAX_NAME_BYTES`] bytes of UTF-8.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Local, NaiveDateTime};

/// Upper bound of a whole file name (extension included), in UTF-8 bytes.
pub const MAX_NAME_BYTES: usize = 120;

/// Prompt text used in a name, at most (before the overall byte bound applies).
const PROMPT_CHARS: usize = 60;

/// Windows device names: reserved with or without an extension, in any case.
const RESERVED: &[&str] = &[
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "COM0", "COM1", "COM2", "COM3", "COM4",
    "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³", "LPT0", "LPT1", "LPT2", "LPT3",
    "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
];

/// A safe file name: `"<YYYY-MM-DD HHMM> <model> <start of prompt>.<ext>"`.
///
/// The time is `created_at` (RFC 3339) in the computer's local time zone; parts that are
/// missing or unusable are left out. Without a usable prompt the job id takes its place,
/// so names of different jobs rarely collide (use [`unique_path`] for the rest).
pub fn file_name(
    created_at: Option<&str>,
    model: Option<&str>,
    prompt: Option<&str>,
    job_id: &str,
    ext: &str,
) -> String {
    let ext = clean_ext(ext);
    let budget = MAX_NAME_BYTES - ext.len() - 1;
    let date = created_at.and_then(local_stamp);
    let model = model.map(clean_text).unwrap_or_default();
    let prompt: String = prompt
        .map(clean_text)
        .unwrap_or_default()
        .chars()
        .take(PROMPT_CHARS)
        .collect();
    let id = clean_text(job_id);
    let subject = if prompt.is_empty() {
        id.clone()
    } else {
        prompt
    };
    let joined = [date.unwrap_or_default(), model, subject]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let mut stem = finish(&joined, budget);
    if stem.is_empty() {
        stem = finish(&id, budget);
    }
    if stem.is_empty() {
        stem = "video".to_string();
    }
    format!("{stem}.{ext}")
}

/// A safe folder name for an app folder (same rules as [`file_name`], no extension).
/// `None`, or a name with nothing usable left, gives `"Unfiled"`.
pub fn folder_dir_name(name: Option<&str>) -> String {
    let cleaned = name.map(|n| finish(&clean_text(n), MAX_NAME_BYTES));
    match cleaned {
        Some(n) if !n.is_empty() => n,
        _ => "Unfiled".to_string(),
    }
}

/// `dir.join(name)`, or `dir.join("stem (2).ext")`, `(3)`… when something already exists
/// under that name (a file, a folder or a dangling link). `name` should come from
/// [`file_name`] / [`folder_dir_name`]; the numbered names stay within the byte bound.
pub fn unique_path(dir: &Path, name: &str) -> PathBuf {
    unique_path_but(dir, name, |_| false)
}

/// [`unique_path`], also passing over the names `planned` says are spoken for (a batch
/// of moves choosing its names before any file is made).
pub(crate) fn unique_path_but(dir: &Path, name: &str, planned: impl Fn(&Path) -> bool) -> PathBuf {
    let taken = |p: &Path| taken(p) || planned(p);
    let first = dir.join(name);
    if !taken(&first) {
        return first;
    }
    let (stem, ext) = split_ext(name);
    for n in 2..10_000u32 {
        let suffix = format!(" ({n}){ext}");
        let stem = cut_bytes(stem, MAX_NAME_BYTES.saturating_sub(suffix.len()));
        let candidate = dir.join(format!("{}{suffix}", trim_end(stem)));
        if !taken(&candidate) {
            return candidate;
        }
    }
    // 10 000 namesakes: fall back to a time-based name (practically never reached).
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    dir.join(format!("{nanos}{ext}"))
}

/// A free name for `name` in `dir`, claimed at once with an empty file (the download,
/// merge or export then replaces it), so that two writers never pick the same name.
pub fn claim(dir: &Path, name: &str) -> std::io::Result<PathBuf> {
    for _ in 0..100 {
        let p = unique_path(dir, name);
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&p)
        {
            Ok(_) => return Ok(p),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("no free file name"))
}

/// How many names [`new_part`] tries.
const PART_TRIES: usize = 16;

/// A new partial file beside `target` (a download or an export writes it, then renames it
/// over `target`), created exclusively (`O_EXCL` / `CREATE_NEW`): `<name>.part`, or
/// `<name>.<random>.part` when that name exists. A name that exists — a `.part` left by a
/// crash, or a link another user of a shared folder planted to one of the creator's files
/// — is never followed, truncated or removed.
pub fn new_part(target: &Path) -> std::io::Result<(PathBuf, std::fs::File)> {
    let base = target.file_name().unwrap_or_default().to_os_string();
    for attempt in 0..PART_TRIES {
        let mut name = base.clone();
        if attempt > 0 {
            name.push(format!(".{:08x}", rand::random::<u32>()));
        }
        name.push(".part");
        let part = target.with_file_name(name);
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&part)
        {
            Ok(file) => return Ok((part, file)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("no free name for the partial file"))
}

/// Whether the name is a Windows device name (`CON`, `nul.txt`, `Com1 .mp4`…).
pub fn is_reserved_name(name: &str) -> bool {
    let base = name.split('.').next().unwrap_or_default().trim_end();
    RESERVED.iter().any(|r| base.eq_ignore_ascii_case(r))
}

/// Characters that never appear in a name made here.
pub fn is_forbidden_char(c: char) -> bool {
    c.is_control()
        || matches!(c, '/' | '\\' | '<' | '>' | ':' | '"' | '|' | '?' | '*')
        || is_invisible_format(c)
}

/// Bidi marks, overrides and isolates (all of Unicode's Bidi_Control), line separators,
/// BOM: invisible, and able to disguise a name. (The zero-width joiner and variation
/// selectors stay: emoji sequences need them.)
fn is_invisible_format(c: char) -> bool {
    matches!(c,
        '\u{061C}' | '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{2028}' | '\u{2029}'
        | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// `created_at` as `YYYY-MM-DD HHMM` local time (no `:`, which Windows forbids).
fn local_stamp(created_at: &str) -> Option<String> {
    let s = created_at.trim();
    let local = match DateTime::parse_from_rfc3339(s) {
        Ok(t) => t.with_timezone(&Local).naive_local(),
        // A timestamp without an offset is taken as written.
        Err(_) => [
            "%Y-%m-%dT%H:%M:%S%.f",
            "%Y-%m-%d %H:%M:%S%.f",
            "%Y-%m-%dT%H:%M",
        ]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())?,
    };
    Some(local.format("%Y-%m-%d %H%M").to_string())
}

/// Forbidden characters become spaces, whitespace runs collapse to one space, dot runs
/// to one dot, and leading dots/spaces go (no hidden files, no `..`).
fn clean_text(s: &str) -> String {
    let spaced: String = s
        .chars()
        .map(|c| {
            if is_forbidden_char(c) || c.is_whitespace() {
                ' '
            } else {
                c
            }
        })
        .collect();
    let words: Vec<String> = spaced
        .split(' ')
        .map(|w| {
            let mut word = String::with_capacity(w.len());
            for c in w.chars() {
                if c == '.' && (word.is_empty() || word.ends_with('.')) {
                    continue; // no dot starting a word ("../x" -> "x"), no dot runs
                }
                word.push(c);
            }
            word
        })
        .filter(|w| !w.is_empty())
        .collect();
    trim_end(&words.join(" ")).to_string()
}

/// Cut to `budget` bytes (preferring a word boundary near the end), trim trailing dots
/// and spaces, and defuse Windows device names.
fn finish(s: &str, budget: usize) -> String {
    let mut cut = cut_bytes(s, budget);
    if cut.len() < s.len() {
        // Avoid ending in the middle of a word when a space is close.
        if let Some(sp) = cut.rfind(' ').filter(|&i| i > 0 && cut.len() - i <= 16) {
            cut = &cut[..sp];
        }
    }
    let mut out = trim_end(cut).to_string();
    if is_reserved_name(&out) {
        out.insert(0, '_');
        out = trim_end(cut_bytes(&out, budget)).to_string();
    }
    out
}

/// Longest prefix of at most `max` bytes that ends on a char boundary (and not on a
/// dangling zero-width joiner).
fn cut_bytes(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].trim_end_matches('\u{200D}')
}

fn trim_end(s: &str) -> &str {
    s.trim_end_matches(['.', ' ', '\u{200D}'])
}

/// `"mp4"`, `".MP4"` → `"mp4"`; anything odd → `"mp4"`.
fn clean_ext(ext: &str) -> String {
    let e: String = ext
        .trim()
        .trim_start_matches('.')
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(10)
        .collect::<String>()
        .to_ascii_lowercase();
    if e.is_empty() {
        "mp4".to_string()
    } else {
        e
    }
}

/// `("clip", ".mp4")` for `"clip.mp4"`; a "dot word" that is not a short alphanumeric
/// extension (e.g. `"v1.2 tests"`) stays in the stem.
fn split_ext(name: &str) -> (&str, &str) {
    match name.rfind('.') {
        Some(i)
            if i > 0
                && name.len() - i <= 6
                && name[i + 1..].chars().all(|c| c.is_ascii_alphanumeric())
                && name.len() > i + 1 =>
        {
            (&name[..i], &name[i..])
        }
        _ => (name, ""),
    }
}

fn taken(p: &Path) -> bool {
    std::fs::symlink_metadata(p).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaning() {
        assert_eq!(clean_text("../../etc/passwd"), "etc passwd");
        assert_eq!(clean_text("  a...b  c. "), "a.b c");
        assert_eq!(clean_text(".hidden"), "hidden");
        assert_eq!(clean_text("a\u{202E}4pm.exe"), "a 4pm.exe");
        assert_eq!(split_ext("a.mp4"), ("a", ".mp4"));
        assert_eq!(split_ext("v1.2 tests"), ("v1.2 tests", ""));
        assert_eq!(clean_ext(".MP4"), "mp4");
    }

    #[test]
    fn stamp() {
        assert!(local_stamp("2025-03-04T05:06:07Z").is_some());
        assert_eq!(
            local_stamp("2025-03-04T05:06:07").as_deref(),
            Some("2025-03-04 0506")
        );
        assert_eq!(local_stamp("yesterday"), None);
    }

    /// On the file system itself: every name made from server data or a prompt is kept
    /// exactly as made (Win32 silently drops a trailing dot or space, and opens a device
    /// for `CON` or `nul.txt`), in a folder deep enough that the whole path is over
    /// Windows' 260-character `MAX_PATH` (std adds the long-path prefix itself).
    #[test]
    fn names_are_created_exactly_as_made_even_past_max_path() {
        let d = tempfile::tempdir().unwrap();
        let mut dir = d.path().to_path_buf();
        while dir.as_os_str().len() < 200 {
            dir.push("a folder of folders");
        }
        std::fs::create_dir_all(&dir).unwrap();
        let long = "a fox at dawn, slow pan over the hills ".repeat(8);
        let names = [
            file_name(None, None, Some("CON"), "j1", "mp4"),
            file_name(None, None, Some("nul.txt"), "j2", "mp4"),
            file_name(None, None, Some("com1"), "j3", "mp4"),
            file_name(None, None, Some("ends with a dot."), "j4", "mp4"),
            file_name(None, None, Some("ends with spaces   "), "j5", "mp4"),
            file_name(None, None, Some("a:b*c?d\"e<f>g|h"), "j6", "mp4"),
            file_name(
                Some("2025-03-04T05:06:07Z"),
                Some("veo3"),
                Some(&long),
                "j7",
                "mp4",
            ),
            file_name(None, None, Some("renard à l'aube 🦊"), "j8", "mp4"),
            file_name(None, None, None, "CON", "mp4"),
            folder_dir_name(Some("LPT1")),
            folder_dir_name(Some("Trailers. ")),
        ];
        let mut expected = Vec::new();
        for name in &names {
            let path = unique_path(&dir, name);
            std::fs::write(&path, b"x").unwrap_or_else(|e| panic!("{name:?}: {e}"));
            expected.push(path.file_name().unwrap().to_str().unwrap().to_string());
        }
        let longest = expected.iter().map(|n| dir.join(n).as_os_str().len()).max();
        assert!(longest > Some(260), "{longest:?}");
        let mut made: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        made.sort();
        expected.sort();
        assert_eq!(made, expected);
        for name in &names {
            assert!(!is_reserved_name(name), "{name}");
            assert!(!name.ends_with(['.', ' ']), "{name:?}");
        }
    }
}
