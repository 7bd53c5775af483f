//! The fuzz workspace (`fuzz/`) has its own Cargo.lock, and its build passes `--locked`.
//! When a crate of this workspace gains or loses a dependency, that lock goes stale, and
//! without this test only the fuzz build, after the whole suite in CI, would find out.

use std::path::Path;
use std::process::Command;

/// Cargo's own answer: resolving the fuzz workspace with `--locked` fails when its lock
/// would have to change. (The crates it names come from the registry when not cached yet.)
fn resolves_locked(manifest: &Path) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["tree", "--locked", "--depth", "0", "--manifest-path"])
        .arg(manifest)
        .output()
        .map_err(|e| format!("cargo did not start: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

#[test]
fn the_fuzz_lock_is_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    if let Err(why) = resolves_locked(&root.join("fuzz/Cargo.toml")) {
        panic!(
            "fuzz/Cargo.lock is stale; `cd fuzz && cargo update --offline --workspace` \
             brings it up to date:\n{why}"
        );
    }
}
