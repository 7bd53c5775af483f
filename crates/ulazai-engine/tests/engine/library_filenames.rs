//! Library names are always one safe path component, on every OS, whatever the prompt.

use std::path::{Component, Path};

use ulazai_engine::library::filename::{is_reserved_name, MAX_NAME_BYTES};
use ulazai_engine::library::{file_name, folder_dir_name, unique_path};

const JOB: &str = "0b7e3c1a-5d2f-4e8a-9c61-2f3b4a5c6d7e";
const WIN_FORBIDDEN: &[char] = &['<', '>', ':', '"', '|', '?', '*', '/', '\\'];

/// Every property a name from this module must have.
fn assert_safe(name: &str, ext: Option<&str>) {
    let comps: Vec<_> = Path::new(name).components().collect();
    assert_eq!(comps.len(), 1, "{name:?} is not one component");
    assert!(
        matches!(comps[0], Component::Normal(_)),
        "{name:?} is not a normal component"
    );
    assert!(!name.is_empty());
    assert!(
        name.len() <= MAX_NAME_BYTES,
        "{name:?} is {} bytes",
        name.len()
    );
    assert!(!name.contains(".."), "{name:?} contains ..");
    assert!(!name.starts_with('.'), "{name:?} is hidden");
    assert!(
        !name.ends_with('.') && !name.ends_with(' '),
        "{name:?} trailing"
    );
    assert!(!name.starts_with(' '), "{name:?} leading space");
    assert!(
        !name
            .chars()
            .any(|c| c.is_control() || WIN_FORBIDDEN.contains(&c)),
        "{name:?} has a forbidden char"
    );
    assert!(!is_reserved_name(name), "{name:?} is a reserved name");
    if let Some(ext) = ext {
        assert!(name.ends_with(ext), "{name:?} does not end with {ext}");
    }
    // Joining stays inside the folder.
    let dir = Path::new("/library/folder");
    let joined = dir.join(name);
    assert_eq!(joined.parent(), Some(dir), "{name:?} escapes the folder");
    assert!(joined.starts_with(dir));
}

fn nasty_prompts() -> Vec<String> {
    vec![
        "a red fox in snow".into(),
        "../../etc/passwd".into(),
        "..\\..\\Windows\\System32\\config".into(),
        "/absolute/path".into(),
        "C:\\Users\\x".into(),
        "..".into(),
        ".".into(),
        "...".into(),
        ". . .".into(),
        "nul\0byte and \x07 bell \x1b[31m escape".into(),
        "line one\nline two\r\ttab".into(),
        "🦊 fox 🔥 fire 👩‍👩‍👧‍👦 family".into(),
        "x".repeat(500),
        "é".repeat(500),
        "🦊".repeat(500),
        "word ".repeat(100),
        "CON".into(),
        "con".into(),
        "nul.txt".into(),
        "COM1".into(),
        "lpt9".into(),
        "Aux.tar.gz".into(),
        "trailing dots...".into(),
        "trailing spaces   ".into(),
        "trailing mix . . ".into(),
        "what? <yes> | \"no\" : *maybe*".into(),
        "right-to-left \u{202E}4pm.exe".into(),
        "\u{FEFF}bom".into(),
        String::new(),
        "   ".into(),
        "\0\0\0".into(),
        "/\\/\\".into(),
    ]
}

#[test]
fn every_name_is_one_safe_component() {
    let stamps = [None, Some("2025-06-01T14:05:09Z"), Some("garbage")];
    let models = [None, Some("veo31_fast"), Some("../evil"), Some("CON")];
    for prompt in nasty_prompts() {
        for stamp in stamps {
            for model in models {
                let name = file_name(stamp, model, Some(&prompt), JOB, "mp4");
                assert_safe(&name, Some(".mp4"));
            }
        }
        assert_safe(&folder_dir_name(Some(&prompt)), None);
    }
    // Hostile job ids and extensions too.
    for id in ["../../x", "", "CON", "\0"] {
        assert_safe(&file_name(None, None, None, id, "mp4"), Some(".mp4"));
    }
    assert_safe(&file_name(None, None, Some("x"), JOB, "../sh"), None);
}

#[test]
fn readable_layout() {
    let name = file_name(
        Some("2025-06-01T14:05:09"),
        Some("veo31_fast"),
        Some("A red fox in snow, cinematic"),
        JOB,
        "mp4",
    );
    assert_eq!(
        name,
        "2025-06-01 1405 veo31_fast A red fox in snow, cinematic.mp4"
    );
    // RFC 3339 with an offset is shown in local time: same shape.
    let name = file_name(Some("2025-06-01T14:05:09Z"), None, Some("fox"), JOB, ".mp4");
    let stamp = &name[..15];
    assert!(stamp.chars().nth(4) == Some('-') && stamp.chars().nth(10) == Some(' '));
    assert!(name.ends_with(" fox.mp4"), "{name}");
}

#[test]
fn traversal_and_reserved_names_are_defused() {
    let n = file_name(None, None, Some("../../etc/passwd"), JOB, "mp4");
    assert_eq!(n, "etc passwd.mp4");
    for p in ["CON", "nul.txt", "COM1", "lpt9"] {
        let n = file_name(None, None, Some(p), JOB, "mp4");
        assert!(n.starts_with('_'), "{n}");
        assert_safe(&n, Some(".mp4"));
    }
    assert_eq!(folder_dir_name(Some("con")), "_con");
    assert_eq!(
        file_name(None, None, Some("trailing dots... "), JOB, "mp4"),
        "trailing dots.mp4"
    );
}

#[test]
fn emoji_are_kept_and_long_prompts_are_cut_on_char_boundaries() {
    let n = file_name(None, Some("kling"), Some("🦊 fox 🔥"), JOB, "mp4");
    assert_eq!(n, "kling 🦊 fox 🔥.mp4");
    for p in ["🦊".repeat(500), "é".repeat(500), "x".repeat(500)] {
        let n = file_name(
            Some("2025-06-01T14:05:09Z"),
            Some("veo31_fast"),
            Some(&p),
            JOB,
            "mp4",
        );
        assert!(n.len() <= MAX_NAME_BYTES, "{} bytes", n.len());
        assert!(n.len() > 40, "kept something of the prompt: {n}");
        assert_safe(&n, Some(".mp4"));
    }
    let long_model = "m".repeat(300);
    let n = file_name(None, Some(&long_model), Some("fox"), JOB, "mp4");
    assert_eq!(n.len(), MAX_NAME_BYTES);
    let long_folder = "📁".repeat(100);
    let f = folder_dir_name(Some(&long_folder));
    assert!(f.len() <= MAX_NAME_BYTES && f.chars().all(|c| c == '📁'));
}

#[test]
fn empty_prompts_fall_back_to_the_job_id() {
    for prompt in [None, Some(""), Some("   "), Some("../.."), Some("\0\x01")] {
        let n = file_name(None, None, prompt, JOB, "mp4");
        assert_eq!(n, format!("{JOB}.mp4"), "prompt {prompt:?}");
        let n = file_name(
            Some("2025-06-01T14:05:09"),
            Some("veo31_fast"),
            prompt,
            JOB,
            "mp4",
        );
        assert_eq!(n, format!("2025-06-01 1405 veo31_fast {JOB}.mp4"));
    }
    assert_eq!(file_name(None, None, None, "", "mp4"), "video.mp4");
    assert_eq!(folder_dir_name(None), "Unfiled");
    assert_eq!(folder_dir_name(Some(" .. ")), "Unfiled");
    assert_eq!(folder_dir_name(Some("Client: ACME / Q3")), "Client ACME Q3");
}

#[test]
fn unique_path_numbers_namesakes() {
    let dir = tempfile::tempdir().unwrap();
    let name = file_name(None, Some("veo31_fast"), Some("fox"), JOB, "mp4");
    let first = unique_path(dir.path(), &name);
    assert_eq!(first, dir.path().join(&name));
    std::fs::write(&first, b"1").unwrap();
    let second = unique_path(dir.path(), &name);
    assert_eq!(second, dir.path().join("veo31_fast fox (2).mp4"));
    std::fs::write(&second, b"2").unwrap();
    let third = unique_path(dir.path(), &name);
    assert_eq!(third, dir.path().join("veo31_fast fox (3).mp4"));

    // A folder of that name counts as taken too; names without an extension work.
    std::fs::create_dir(dir.path().join("Unfiled")).unwrap();
    assert_eq!(
        unique_path(dir.path(), "Unfiled"),
        dir.path().join("Unfiled (2)")
    );

    // Numbered names stay within the byte bound.
    let long = file_name(None, Some(&"y".repeat(300)), Some("fox"), JOB, "mp4");
    assert_eq!(long.len(), MAX_NAME_BYTES);
    std::fs::write(dir.path().join(&long), b"x").unwrap();
    let next = unique_path(dir.path(), &long);
    let next_name = next.file_name().unwrap().to_str().unwrap();
    assert!(next_name.ends_with(" (2).mp4"), "{next_name}");
    assert!(next_name.len() <= MAX_NAME_BYTES);
    assert_safe(next_name, Some(".mp4"));
}

/// Found by the sanitiser's property test: U+061C (Arabic letter mark) is a bidi control
/// character like U+200F, and must not reach a name.
#[test]
fn every_bidi_control_is_removed() {
    for c in [
        '\u{061C}', '\u{200E}', '\u{200F}', '\u{202A}', '\u{202E}', '\u{2066}', '\u{2069}',
    ] {
        let n = file_name(None, None, Some(&format!("a{c}b")), JOB, "mp4");
        assert_eq!(n, "a b.mp4", "U+{:04X}", c as u32);
        assert_eq!(
            folder_dir_name(Some(&format!("{c}x"))),
            "x",
            "U+{:04X}",
            c as u32
        );
    }
}
