//! The generated UI bindings: rewrite them, or check that the committed ones are fresh.

use std::path::{Path, PathBuf};

const HINT: &str = "run: UPDATE_BINDINGS=1 cargo test --test shell commands::export_bindings";

pub fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(ulazai_studio::bindings::BINDINGS_DIR)
}

/// Regenerate `ui/src/lib/bindings/` from scratch (removed types do not linger).
pub fn rewrite() {
    let dir = dir();
    for f in ulazai_studio::bindings::walk(&dir) {
        if f.extension().is_some_and(|e| e == "ts") {
            std::fs::remove_file(dir.join(f)).unwrap();
        }
    }
    let files = ulazai_studio::bindings::export(&dir).unwrap();
    eprintln!("wrote {} files to {}", files.len(), dir.display());
}

/// Generate into a temp dir and compare with the committed files: same set, same bytes.
pub fn assert_fresh() {
    let fresh = tempfile::tempdir().unwrap();
    let generated = ulazai_studio::bindings::export(fresh.path()).unwrap();
    let committed = ulazai_studio::bindings::walk(&dir());
    assert_eq!(generated, committed, "binding files differ; {HINT}");
    for f in &generated {
        let a = std::fs::read_to_string(fresh.path().join(f)).unwrap();
        let b = std::fs::read_to_string(dir().join(f)).unwrap();
        assert_eq!(a, b, "{} is stale; {HINT}", f.display());
    }
    let commands = std::fs::read_to_string(fresh.path().join("commands.ts")).unwrap();
    let set_key = "set_api_key: { args: { key: string; until_quit: boolean }; result: KeyStatus };";
    assert!(commands.contains(set_key), "{commands}");
    let events = std::fs::read_to_string(fresh.path().join("events.ts")).unwrap();
    assert!(events.contains("\"job://updated\": Job;"), "{events}");
}
