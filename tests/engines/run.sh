#!/usr/bin/env bash
# Runs the cross-engine end-to-end suites against a built site:
#   tests/engines/run.sh [dist]        (default: dist)
# Firefox ESR (firefox.test.mjs) and WebKitGTK (webkit.test.mjs) side by side, each on its own
# copy of the site, under one xvfb-run: MiniBrowser needs a display, headless Firefox ignores
# it. ENGINES_CONCURRENCY=1 runs them one after the other. A test taking over two minutes
# fails (each takes a few seconds). scripts/install puts the browsers in place.
set -euo pipefail
dist=$(realpath "${1:-dist}")
cd "$(dirname "$0")/../.."

if [ ! -f "$dist/index.html" ] || [ ! -f "$dist/antwoord.html" ]; then
  echo "tests/engines/run.sh: no built site in $dist (scripts/build makes one)" >&2
  exit 1
fi
for tool in firefox-esr WebKitWebDriver xvfb-run; do
  if ! command -v "$tool" >/dev/null; then
    echo "tests/engines/run.sh: $tool is missing (scripts/install puts it in place)" >&2
    exit 1
  fi
done

# A 24-bit screen larger than the 1366x900 windows (xvfb-run's default is 640x480x8), and
# -noreset: by default Xvfb resets itself when its last client leaves, and a MiniBrowser
# starting during that reset "cannot open display" (seen about once in a hundred sessions
# on a loaded machine).
ENGINES_DIST="$dist" exec xvfb-run -a -s "-screen 0 1920x1080x24 -noreset" \
  node --test --test-concurrency="${ENGINES_CONCURRENCY:-2}" --test-timeout=120000 \
  tests/engines/firefox.test.mjs tests/engines/webkit.test.mjs
