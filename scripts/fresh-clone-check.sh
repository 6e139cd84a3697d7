#!/usr/bin/env bash
# Proves what a Yew developer expects of a fresh clone: plain `trunk build`
# (the debug build `trunk serve` makes) works with no node_modules and no npm
# step, and the page it builds shows a working card in Chromium.
#
#   scripts/fresh-clone-check.sh     (run by `make test`, after setup)
#
# It clones the committed state of this repository into a temporary folder,
# so uncommitted files and this checkout's node_modules cannot help.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

git clone --quiet --no-local "$repo" "$work/versus"
cd "$work/versus"
[ ! -e node_modules ] || { echo "fresh-clone: the clone has node_modules" >&2; exit 1; }

# The toolchain step a machine without rustup's wasm32 target needs (it adds
# no npm tools here: this clone has none). Compiled dependencies are kept in
# the main checkout's target/ so that later runs are quicker; the clone's
# own files are what gets built.
. scripts/env.sh
export CARGO_TARGET_DIR="$repo/target/fresh-clone-$VERSUS_TOOLCHAIN"
echo "fresh-clone: trunk build (debug) in a clean clone without node_modules"
trunk build 2>&1 | tail -n 5
[ -f dist/index.html ] && [ -f dist/versus-card_bg.wasm ] && [ -f dist/versus.js ] || {
    echo "fresh-clone: trunk build left no page, wasm or loader in dist/" >&2
    exit 1
}
[ -f dist/editor.html ] && [ -f dist/editor.js ] && [ -f dist/versus-editor_bg.wasm ] || {
    echo "fresh-clone: trunk build left no editor (editor.html, editor.js, versus-editor_bg.wasm) in dist/" >&2
    exit 1
}

echo "fresh-clone: the debug build's page in Chromium"
cd "$repo"
VERSUS_E2E_DIST="$work/versus/dist" VERSUS_E2E_PORT=8091 \
    node_modules/.bin/playwright test e2e/tests/foundation.spec.ts
echo "fresh-clone: the debug build's editor in Chromium"
VERSUS_E2E_DIST="$work/versus/dist" VERSUS_E2E_PORT=8091 \
    node_modules/.bin/playwright test e2e/tests/editor.spec.ts -g "keyboard alone"
