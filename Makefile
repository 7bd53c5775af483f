# UlazAI Studio: the README's two commands (`make run`, `make test`), `make dist` for the
# installable packages, and the steps they use.
# Each step says what it does; system packages come from apt (with sudo when not root).
SHELL := /bin/bash
.DEFAULT_GOAL := help

# What building and running the app needs on Debian/Ubuntu: Tauri 2 + WebKitGTK 4.1, the OS
# keyring, and GStreamer plugins so the webview can play H.264 previews.
BUILD_PACKAGES := build-essential pkg-config libwebkit2gtk-4.1-dev libssl-dev \
  libayatana-appindicator3-dev librsvg2-dev libxdo-dev libdbus-1-dev \
  gstreamer1.0-plugins-good gstreamer1.0-libav
# What the test suite adds: a virtual display, WebDriver for WebKitGTK, a private session bus
# with gnome-keyring's Secret Service, a notification recorder, ffmpeg/ffprobe, screenshots,
# xdotool (typing into the incognito sign-in window, which WebDriver cannot drive), and a
# CJK font, so that Japanese, Chinese and Korean are measured as they are drawn, not as
# boxes.
TEST_PACKAGES := xvfb xauth webkit2gtk-driver fonts-dejavu-core fonts-wqy-microhei dbus dbus-x11 gnome-keyring \
  libsecret-tools python3-dbus python3-gi ffmpeg imagemagick xdotool

.PHONY: help run test build-deps test-deps node-check ui bench soak dist dist-check tauri-cli
.PHONY: bench-footprint windows-check macos-check fuzz fuzz-smoke

help:
	@echo "make run    build and start UlazAI Studio (demo mode when no API key is set)"
	@echo "make test   install what the tests need, then run the whole test suite"
	@echo "make bench  print every benchmark's figures: polling, the job store, the UI, and the footprint (below)"
	@echo "make bench-footprint  only the footprint: memory and start-up with 0 / 1,000 / 10,000 / 100,000 clips vs an empty Tauri window,"
	@echo "             search and folder switch at 100,000 clips in the real webview, the app's bytes written for one status change"
	@echo "make soak   100 jobs through the real app under every fault at once and 3 SIGKILLs; print the figures"
	@echo "make dist   build the release binary and the Linux packages (.deb, .rpm) in target/release"
	@echo "make dist-check  make dist, then check the packages (lintian, clean Debian root, install + drive + remove)"
	@echo "make windows-check  build for Windows (MinGW, Debian trixie root) and run the engine, simulator and shell tests under Wine"
	@echo "make macos-check  type-check every target for macOS in the same root (no Apple SDK here: nothing is linked)"
	@echo "make fuzz   fuzz every reader of outside data (libFuzzer, stable Rust): each target 1,000,000 runs or 150 s; print the figures"
	@echo "make fuzz-smoke  the same, 20,000 runs or 10 s per target (what CI runs after the tests)"

run: build-deps ui
	@echo "==> Starting UlazAI Studio (demo mode when no API key is set)"
	ULAZAI_DEMO=$${ULAZAI_DEMO:-auto} cargo run --locked --bin ulazai-studio

test: build-deps test-deps ui
	@echo "==> Tests: UI, engine, simulator, shell, end to end (private D-Bus, keyring, notifications, Xvfb)"
	tests/harness/desktop-session.sh tests/harness/run-suites.sh

# The footprint first (its prerequisites are the others' too), then polling and the UI.
bench: bench-footprint
	@$(call apt_ensure,chromium)
	@echo "==> Polling benchmark: naive per-job poller vs the engine, through the simulator"
	cargo bench --locked -p ulazai-engine --bench polling
	@echo "==> Job store: bytes written for one status change and load time, jobs.json vs the database (1,000 / 10,000 / 100,000 jobs)"
	cargo bench --locked -p ulazai-engine --bench store_write
	@echo "==> Library index: bytes written for one clip saved and open time, library.json vs library.db (1,000 / 10,000 / 100,000 clips)"
	cargo bench --locked -p ulazai-engine --bench library_index
	@echo "==> UI benchmark: 10,000 cards in headless Chromium (IPC replaced by an in-page stand-in)"
	npm --prefix ui run bench

# The app with 0 / 1,000 / 10,000 / 100,000 clips against the empty Tauri window
# (examples/empty_window.rs), both built with the dev profile in this run (the release
# profile's fat LTO takes 15-35 min here); PSS/RSS of the process tree, start-up to the
# first card, the UI in the real webview (prompt search, folder switch) and the app's
# bytes written for one status change at 100,000 clips, the engine's cost of persisting.
# FOOTPRINT_ROUNDS (default 3) and FOOTPRINT_JOBS (e.g. 0,1000) change the run.
bench-footprint: build-deps test-deps ui
	@echo "==> Footprint: the app with 0 / 1,000 / 10,000 / 100,000 clips vs an empty Tauri window, optimised builds (about 10 min, and the first build of both about 15 min)"
	cargo build --locked --profile bench --bin ulazai-studio --example empty_window
	tests/harness/desktop-session.sh cargo bench --locked --profile dev --bench footprint

# The soak (tests/soak/): built with the dev profile, like the app binary the tests drive.
soak: build-deps test-deps ui
	@echo "==> Soak: 100 jobs through the real app binary, every fault at once, 3 SIGKILLs (about 4 min)"
	tests/harness/desktop-session.sh cargo bench --locked --profile dev --bench soak

build-deps:
	@$(call apt_ensure,$(BUILD_PACKAGES))

test-deps:
	@$(call apt_ensure,$(TEST_PACKAGES))
	@if [ ! -x target/tools/bin/tauri-driver ]; then \
	  echo "==> Installing tauri-driver (WebDriver bridge to the app window) into target/tools"; \
	  cargo install --quiet --locked tauri-driver --version '^2' --root target/tools; fi

node-check:
	@command -v node >/dev/null || { echo "Node.js 20 or newer is needed (https://nodejs.org)"; exit 1; }
	@node -e 'process.exit(+process.versions.node.split(".")[0] >= 20 ? 0 : 1)' || \
	  { echo "Node.js 20 or newer is needed; found $$(node --version)"; exit 1; }

ui: node-check
	@if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then \
	  echo "==> Installing the UI's npm packages (npm ci)"; npm --prefix ui ci --no-audit --no-fund; fi
	@echo "==> Building the UI (Vite) into ui/dist"
	@npm --prefix ui run build --silent

# Windows on this machine: a Debian trixie root (kept in .cross-check/) with Debian's Rust,
# std built from its sources, MinGW and wine 10; the app binary linked, the engine, simulator
# and windowless shell tests run under Wine (tests/harness/cross-check.sh says how).
# WINDOWS_CHECK_CLEAN=1 removes the root and the target dirs afterwards (CI).
windows-check: node-check
	@sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"; \
	  $$sudo tests/harness/cross-check.sh $(if $(WINDOWS_CHECK_CLEAN),--clean)

# macOS, type-checked in the same root: every target, cargo check with std from its sources.
macos-check: node-check
	@sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"; \
	  $$sudo tests/harness/cross-check.sh --macos

# ---- Fuzzing (fuzz/: libFuzzer targets for every reader of outside data) --------------------
# fuzz/run.sh builds them with the stable toolchain (its own workspace and target dir,
# fuzz/target) and runs each for FUZZ_RUNS executions or FUZZ_SECONDS, whichever comes first;
# g++ builds libFuzzer itself. A crash fails the run and leaves its input in fuzz/artifacts/.
FUZZ_RUNS ?= 1000000
FUZZ_SECONDS ?= 150

fuzz:
	@$(call apt_ensure,build-essential)
	@echo "==> Fuzzing: each target for $(FUZZ_RUNS) executions or $(FUZZ_SECONDS) s, whichever comes first"
	FUZZ_RUNS=$(FUZZ_RUNS) FUZZ_SECONDS=$(FUZZ_SECONDS) fuzz/run.sh

fuzz-smoke:
	@$(call apt_ensure,build-essential)
	@echo "==> Fuzzing smoke: each target for 20,000 executions or 10 s"
	FUZZ_RUNS=20000 FUZZ_SECONDS=10 fuzz/run.sh

# ---- Installable releases (make dist, make dist-check) -------------------------------------
# Tauri's CLI, pinned by packaging/tauri-cli/package-lock.json, lives in target/tools (not global).
TAURI_CLI := target/tools/tauri-cli/node_modules/.bin/tauri
# What checking the packages adds: lintian, desktop-file-validate, rpm, debootstrap (a clean
# Debian root), xwininfo (the window's WM_CLASS); for the workflows' check: pip (actionlint),
# shellcheck (their scripts), PyYAML (pinned actions, where the Apple secrets go).
DIST_CHECK_PACKAGES := lintian desktop-file-utils rpm debootstrap x11-utils python3-pip \
  shellcheck python3-yaml

dist: build-deps ui tauri-cli
	@echo "==> Release build (profile in Cargo.toml) and the .deb and .rpm, with Tauri's bundler"
	$(TAURI_CLI) build --ci --bundles deb,rpm -- --locked
	@echo "==> The empty Tauri window (examples/empty_window.rs), the size baseline, same profile"
	cargo build --release --locked --features tauri/custom-protocol --example empty_window
	@packaging/sizes.sh

dist-check: dist test-deps
	@$(call apt_ensure,$(DIST_CHECK_PACKAGES))
	packaging/check-workflow.sh
	packaging/check.sh
	packaging/update-check.sh

tauri-cli: node-check
	@if ! cmp -s packaging/tauri-cli/package-lock.json target/tools/tauri-cli/package-lock.json || \
	    [ ! -x $(TAURI_CLI) ]; then \
	  echo "==> Installing the Tauri CLI (pinned in packaging/tauri-cli) into target/tools"; \
	  mkdir -p target/tools/tauri-cli && cp packaging/tauri-cli/package*.json target/tools/tauri-cli/ && \
	  npm ci --prefix target/tools/tauri-cli --no-audit --no-fund; fi

# $(call apt_ensure,PACKAGES): install the packages that are missing, and say which.
define apt_ensure
missing=""; for p in $(1); do \
  dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
done; \
if [ -n "$$missing" ]; then \
  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"; \
  echo "==> Installing system packages with apt:$$missing"; \
  $$sudo apt-get update -qq && \
  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
else echo "==> System packages: all present"; fi
endef
