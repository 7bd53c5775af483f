"""packaging/latest-json.py against a fixture of the bundler's outputs for all six targets
(packaging/fixtures/bundler-outputs: the layout the release job downloads, one artifact per
build, each package beside the .sig Tauri's signer made with a throwaway key).
Run: python3 -m unittest discover -s packaging/tests (packaging/check-workflow.sh does)."""

import base64
import importlib.util
import io
import json
import pathlib
import shutil
import tempfile
import unittest
from contextlib import redirect_stderr, redirect_stdout

HERE = pathlib.Path(__file__).resolve().parent
FIXTURE = HERE.parent / "fixtures" / "bundler-outputs"
spec = importlib.util.spec_from_file_location("latest_json", HERE.parent / "latest-json.py")
latest_json = importlib.util.module_from_spec(spec)
spec.loader.exec_module(latest_json)

BASE = "https://github.com/ulazai/studio/releases/download/v0.1.1"
SIX = [
    "linux-x86_64-deb",
    "linux-x86_64-rpm",
    "linux-x86_64",
    "windows-x86_64",
    "darwin-aarch64",
    "darwin-x86_64",
]


def run(directory, version="0.1.1"):
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = latest_json.main(
            [str(directory), "--version", version, "--url-base", BASE,
             "--notes", "Faster merges.", "--pub-date", "2026-12-01T10:00:00Z"]
        )
    return code, out.getvalue(), err.getvalue()


class LatestJson(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = pathlib.Path(self.tmp.name) / "packages"
        shutil.copytree(FIXTURE, self.dir)

    def tearDown(self):
        self.tmp.cleanup()

    def find(self, ending):
        [path] = [p for p in self.dir.rglob("*") if p.name.endswith(ending)]
        return path

    def test_every_install_type_gets_its_own_signed_entry(self):
        code, out, err = run(self.dir)
        self.assertEqual(code, 0, err)
        manifest = json.loads(out)
        self.assertEqual(manifest["version"], "0.1.1")
        self.assertEqual(manifest["notes"], "Faster merges.")
        self.assertEqual(manifest["pub_date"], "2026-12-01T10:00:00Z")
        self.assertEqual(list(manifest["platforms"]), SIX)
        p = manifest["platforms"]
        self.assertEqual(p["linux-x86_64-deb"]["url"], f"{BASE}/ulazai-studio_0.1.1_amd64.deb")
        self.assertEqual(p["linux-x86_64-rpm"]["url"], f"{BASE}/ulazai-studio-0.1.1-1.x86_64.rpm")
        # The plain Linux entry is the AppImage: a .deb install never falls back to it.
        self.assertEqual(p["linux-x86_64"]["url"], f"{BASE}/ulazai-studio_0.1.1_amd64.AppImage")
        # GitHub names an upload with spaces with dots.
        self.assertEqual(p["windows-x86_64"]["url"], f"{BASE}/UlazAI.Studio_0.1.1_x64-setup.exe")
        self.assertEqual(p["darwin-aarch64"]["url"], f"{BASE}/UlazAI.Studio.app.tar.gz")
        self.assertEqual(p["darwin-x86_64"], p["darwin-aarch64"])
        for target, entry in p.items():
            package = entry["url"].rsplit("/", 1)[1].replace(".", " ")
            sig = [s for s in self.dir.rglob("*.sig")
                   if s.name[:-4].replace(".", " ") == package]
            self.assertEqual(len(sig), 1, target)
            self.assertEqual(entry["signature"], sig[0].read_text().strip(), target)
            text = base64.b64decode(entry["signature"]).decode()
            self.assertTrue(text.startswith("untrusted comment:"), target)

    def test_a_package_without_its_signature_is_refused(self):
        self.find(".deb.sig").unlink()
        code, out, err = run(self.dir)
        self.assertEqual(code, 1)
        self.assertEqual(out, "")
        self.assertIn("linux-x86_64-deb: ulazai-studio_0.1.1_amd64.deb has no", err)

    def test_a_missing_install_type_is_refused(self):
        appimage = self.find(".AppImage")
        appimage.unlink()
        appimage.with_name(appimage.name + ".sig").unlink()
        code, _, err = run(self.dir)
        self.assertEqual(code, 1)
        self.assertIn("linux-x86_64: no *.AppImage", err)

    def test_a_signature_that_is_not_one_is_refused(self):
        self.find(".rpm.sig").write_text("not a signature\n")
        code, _, err = run(self.dir)
        self.assertEqual(code, 1)
        self.assertIn("linux-x86_64-rpm:", err)
        self.assertIn("not base64 of a minisign signature", err)

    def test_packages_of_another_version_are_refused(self):
        code, _, err = run(self.dir, version="0.1.2")
        self.assertEqual(code, 1)
        self.assertIn("linux-x86_64-deb: ulazai-studio_0.1.1_amd64.deb is not version 0.1.2", err)
        self.assertIn("windows-x86_64:", err)

    def test_two_packages_for_one_type_are_refused(self):
        deb = self.find(".deb")
        shutil.copy(deb, deb.with_name("ulazai-studio_0.1.1_amd64-old.deb"))
        code, _, err = run(self.dir)
        self.assertEqual(code, 1)
        self.assertIn("linux-x86_64-deb: more than one package", err)


if __name__ == "__main__":
    unittest.main()
