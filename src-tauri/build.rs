//! Tauri's build step, with the app's ACL manifest: a permission `allow-<command>` (and
//! `deny-<command>`) for every app command, so that a window may call only the commands its
//! capability lists (`tauri.conf.json`: the main window's list; the sign-in window has
//! none). Without a manifest every window could call every app command.
//!
//! The commands are read from THE list of commands (`for_each_command!` in
//! `src-tauri/commands/mod.rs`), so this cannot drift from what the app registers.

fn main() {
    const LIST: &str = "src-tauri/commands/mod.rs";
    println!("cargo:rerun-if-changed={LIST}");
    let text = std::fs::read_to_string(LIST).expect("the command list");
    let commands = app_commands(&text);
    assert!(!commands.is_empty(), "no command found in {LIST}");
    // `AppManifest` takes `&'static` names: leaked once, for the build script's short life.
    let names: &'static [&'static str] = Box::leak(
        commands
            .into_iter()
            .map(|c| &*Box::leak(c.into_boxed_str()))
            .collect::<Vec<&'static str>>()
            .into_boxed_slice(),
    );
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(names));
    if let Err(e) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {e:#}");
    }
}

/// The `module::name,` lines of `for_each_command!`: the names.
fn app_commands(text: &str) -> Vec<String> {
    let start = text
        .find("macro_rules! for_each_command")
        .expect("for_each_command! in the command list");
    let body = &text[start..];
    let end = body.find("};").unwrap_or(body.len());
    body[..end]
        .lines()
        .filter_map(|l| {
            let (module, name) = l.trim().strip_suffix(',')?.split_once("::")?;
            let ident =
                |s: &str| !s.is_empty() && s.chars().all(|c| c == '_' || c.is_ascii_alphanumeric());
            (ident(module) && ident(name)).then(|| name.to_string())
        })
        .collect()
}
