//! The committed Linux desktop entry has the catalogs' `GenericName[xx]` and `Comment[xx]`
//! lines, exactly: a changed translation fails here until the file is written again
//! (`packaging/linux/desktop-entry.sh`, or `UPDATE_DESKTOP_ENTRY=1` with this test). Its
//! English is the catalog's too: `GenericName=` itself, and the `Comment=` the packager
//! fills in from `tauri.conf.json`'s `shortDescription`.

use std::path::PathBuf;

use ulazai_i18n::{desktop_entry, Localizer};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn the_desktop_entry_speaks_every_language_of_the_catalog() {
    let path = root().join("packaging/linux/ulazai-studio.desktop");
    let committed = std::fs::read_to_string(&path).unwrap();
    let wanted = desktop_entry(&committed);
    if std::env::var_os("UPDATE_DESKTOP_ENTRY").is_some() {
        std::fs::write(&path, &wanted).unwrap();
        return;
    }
    assert_eq!(
        committed, wanted,
        "packaging/linux/ulazai-studio.desktop differs from the catalogs: run \
         packaging/linux/desktop-entry.sh"
    );
    assert!(
        committed.contains("\nGenericName[de]=KI-Videostudio\n")
            && committed.contains("\nComment[pt_BR]=")
            && committed.contains("\nComment[zh_CN]="),
        "every language, keyed as desktop entries name locales: {committed}"
    );

    let en = Localizer::new("en");
    assert!(
        committed.contains(&format!(
            "\nGenericName={}\n",
            en.text("desktop-generic-name")
        )),
        "GenericName is the catalog's English"
    );
    let conf: serde_like::Conf = serde_like::read(&root().join("tauri.conf.json"));
    assert_eq!(conf.short_description, en.text("desktop-comment"));
}

/// `shortDescription` read from the JSON text (the crate has no JSON parser, and needs
/// none for one string).
mod serde_like {
    pub struct Conf {
        pub short_description: String,
    }
    pub fn read(path: &std::path::Path) -> Conf {
        let text = std::fs::read_to_string(path).unwrap();
        let key = "\"shortDescription\":";
        let at = text
            .find(key)
            .expect("tauri.conf.json names a shortDescription")
            + key.len();
        let rest = text[at..].trim_start();
        let rest = rest.strip_prefix('"').expect("a string");
        let end = rest.find('"').expect("a closed string");
        Conf {
            short_description: rest[..end].to_string(),
        }
    }
}
