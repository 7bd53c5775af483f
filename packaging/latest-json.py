#!/usr/bin/env python3
"""Assemble the update manifest (latest.json) of a release from the bundler's outputs.

Usage: packaging/latest-json.py --version 0.1.1 --url-base URL [--notes TEXT] DIR > latest.json

DIR holds what the release builds produced with `createUpdaterArtifacts` (Tauri 2, found at any
depth, as the release job downloads them): each package beside its `.sig` (the base64 of a
minisign signature made with the release's private key). Every install type gets its entry, so
that none is offered another's package (a .deb install offered the AppImage fails with "invalid
updater binary format"):

  linux-x86_64-deb   the .deb (amd64), installed through dpkg
  linux-x86_64-rpm   the .rpm (x86_64), installed through rpm
  linux-x86_64       the AppImage (also what an install of unknown type falls back to)
  windows-x86_64     the NSIS installer (x64-setup.exe)
  darwin-aarch64     the universal macOS app (.app.tar.gz), for Apple Silicon
  darwin-x86_64      the same archive, for Intel

The URL of each is URL-BASE/<asset name>: GitHub stores an uploaded file whose name has spaces
with dots instead ("UlazAI Studio_0.1.1_x64-setup.exe" -> "UlazAI.Studio_0.1.1_x64-setup.exe").

Fails (exit 1, a line per problem) when an entry is missing, found twice, has no signature, a
signature that is not a minisign signature, or a file name naming another version. Standard
library only (the release job runs it on a bare runner).
"""

import argparse
import base64
import binascii
import datetime
import json
import pathlib
import re
import sys
import urllib.parse

# target -> (how its file name ends, a word its name must contain), in manifest order.
TARGETS = {
    "linux-x86_64-deb": (".deb", "_amd64"),
    "linux-x86_64-rpm": (".rpm", ".x86_64"),
    "linux-x86_64": (".AppImage", "_amd64"),
    "windows-x86_64": ("-setup.exe", "_x64"),
    "darwin-aarch64": (".app.tar.gz", ""),
    "darwin-x86_64": (".app.tar.gz", ""),
}


def asset_name(path):
    """The name GitHub gives the uploaded file."""
    return path.name.replace(" ", ".")


def read_signature(sig_path):
    """The .sig's text, checked to be a minisign signature (base64 of its four lines)."""
    text = sig_path.read_text(encoding="ascii").strip()
    try:
        decoded = base64.b64decode(text, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise ValueError(f"{sig_path}: not base64 of a minisign signature")
    lines = decoded.splitlines()
    if (
        len(lines) < 4
        or not lines[0].startswith("untrusted comment:")
        or not lines[2].startswith("trusted comment:")
    ):
        raise ValueError(f"{sig_path}: not a minisign signature")
    return text


def manifest(directory, version, url_base, notes, pub_date):
    problems = []
    files = sorted(p for p in pathlib.Path(directory).rglob("*") if p.is_file())
    platforms = {}
    for target, (ending, word) in TARGETS.items():
        found = [p for p in files if p.name.endswith(ending) and word in p.name]
        if not found:
            problems.append(f"{target}: no *{ending} in {directory}")
            continue
        if len(found) > 1:
            names = ", ".join(str(p) for p in found)
            problems.append(f"{target}: more than one package: {names}")
            continue
        package = found[0]
        versions = re.findall(r"\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?", package.name)
        if versions and not any(v == version or v.startswith(version + "-") for v in versions):
            problems.append(f"{target}: {package.name} is not version {version}")
            continue
        sig = package.with_name(package.name + ".sig")
        if not sig.is_file():
            problems.append(f"{target}: {package.name} has no {sig.name}")
            continue
        try:
            signature = read_signature(sig)
        except ValueError as e:
            problems.append(f"{target}: {e}")
            continue
        url = url_base.rstrip("/") + "/" + urllib.parse.quote(asset_name(package))
        platforms[target] = {"signature": signature, "url": url}
    if problems:
        raise ValueError("\n".join(problems))
    return {
        "version": version,
        "notes": notes,
        "pub_date": pub_date,
        "platforms": platforms,
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--version", required=True, help="the release's version, e.g. 0.1.1")
    parser.add_argument("--url-base", required=True, help="where the packages are downloaded from")
    parser.add_argument("--notes", default="", help="the release notes (plain text)")
    parser.add_argument("--pub-date", help="RFC 3339; default: now (UTC)")
    args = parser.parse_args(argv)
    if not re.fullmatch(r"\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?", args.version):
        print(f"--version {args.version!r} is not a version number (1.2.3)", file=sys.stderr)
        return 1
    if not args.url_base.startswith("https://"):
        print("--url-base must be an https address", file=sys.stderr)
        return 1
    pub_date = args.pub_date or datetime.datetime.now(datetime.timezone.utc).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    try:
        result = manifest(args.directory, args.version, args.url_base, args.notes, pub_date)
    except ValueError as e:
        print(e, file=sys.stderr)
        return 1
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
