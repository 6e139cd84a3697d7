#!/usr/bin/env bash
# Builds what `make bench` compares the card with, side by side in one run:
#   target/bench/start/  the card at BENCH_BASELINE_REF (the start of the
#                        speed work), a release build of that commit
#   target/bench/floor/  bench/yew-floor, the smallest Yew app, as a page
# Both are cached: a second run rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${WASM_OPT_FLAGS:?the flags of wasm-opt come from the Makefile: run make bench}"
repo=$PWD
ref=${BENCH_BASELINE_REF:-639bf37}
out="$repo/target/bench"
mkdir -p "$out"
. scripts/env.sh

echo "bench: the card at $ref (release build) into target/bench/start/"
if [ "$(cat "$out/start-ref" 2>/dev/null)" != "$(git rev-parse "$ref")" ]; then
    # Outside this checkout: inside it, cargo would take the old tree for a
    # member of this workspace.
    src=$(mktemp -d)
    trap 'rm -rf "$src"' EXIT
    rm -rf "$out/start"
    git archive "$ref" | tar -x -C "$src"
    ln -s "$repo/node_modules" "$src/node_modules"
    (cd "$src" && CARGO_TARGET_DIR="$out/start-target" trunk build --offline --release --dist "$out/start" 2>&1 | tail -n 2)
    git rev-parse "$ref" > "$out/start-ref"
fi

echo "bench: the smallest Yew app into target/bench/floor/"
floor="$repo/bench/yew-floor"
cp Cargo.lock "$floor/Cargo.lock"
(cd "$floor" && CARGO_TARGET_DIR="$out/floor-target" cargo build --release --offline --target wasm32-unknown-unknown --quiet)
rm -f "$floor/Cargo.lock"
mkdir -p "$out/floor"
wasm-bindgen --target web --no-typescript --out-dir "$out/floor" "$out/floor-target/wasm32-unknown-unknown/release/yew-floor.wasm"
# wasm-opt's flags have one home, the Makefile's WASM_OPT_FLAGS (make bench
# passes them on). Split into words on purpose.
# shellcheck disable=SC2086
wasm-opt $WASM_OPT_FLAGS \
    "$out/floor/yew-floor_bg.wasm" -o "$out/floor/yew-floor_bg.wasm"
cat > "$out/floor/index.html" <<'HTML'
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Yew floor</title>
<script type="module">import init from './yew-floor.js'; init();</script></head><body></body></html>
HTML
