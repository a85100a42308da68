# Sourced by the scripts: puts the project's pinned tools first on PATH.
# binaryen's wasm-opt from node_modules must win over any other wasm-opt (Debian's 108 corrupts
# rustc 1.95 output).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
