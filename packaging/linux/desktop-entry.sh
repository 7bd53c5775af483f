#!/usr/bin/env bash
# Writes the translated GenericName[xx]= and Comment[xx]= lines of the Linux desktop entry
# (ulazai-studio.desktop, next to this script) from the message catalogs
# (crates/ulazai-i18n/locales/<lang>/meta.ftl: desktop-generic-name, desktop-comment).
# The test it runs fails, without this variable, whenever the file and the catalogs differ.
set -euo pipefail
cd "$(dirname "$0")/../.."
UPDATE_DESKTOP_ENTRY=1 CARGO_INCREMENTAL=0 cargo test --locked -q -p ulazai-i18n --test desktop_entry
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate packaging/linux/ulazai-studio.desktop
fi
