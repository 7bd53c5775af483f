#!/usr/bin/env bash
# Writes the translated GenericName[xx]= and Comment[xx]= lines of the Linux desktop entry
# (ulazai-studio.desktop, next to this script) from the message catalogs
# (crates/ulazai-i18n/locales/<lang>/meta.ftl: desktop-generic-name, desktop-comment).
# The test it runs fails, without this variable, whenever the file and the catalogs differ.
set -euo pipefail
cd "$(dirname "$0")/../.."
UPDATE_DESKTOP_ENTRY=1 CARGO_INCREMENTAL=0 cargo test --locked -q -p ulazai-i18n --test desktop_entry
# The file is a template (the packager fills in {{exec}} and the like): validate it filled.
if command -v desktop-file-validate >/dev/null; then
  filled=$(mktemp --suffix=.desktop)
  trap 'rm -f "$filled"' EXIT
  sed -e 's/{{exec}}/ulazai-studio/g; s/{{icon}}/ulazai-studio/g' \
      -e 's/{{categories}}/AudioVideo;Video;/; s/{{comment}}/Render AI video with UlazAI/' \
      packaging/linux/ulazai-studio.desktop >"$filled"
  desktop-file-validate "$filled"
fi
