#!/usr/bin/env bash
# Builds the smallest Yew app like the card (wasm-bindgen --target web, then
# wasm-opt -Oz) and prints its gzip -9 size: the floor under the card's size
# budget. Needs what `make build` needs (scripts/setup.sh).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
. "$root/scripts/env.sh"
cd "$here"
# Same dependency versions as the card.
cp "$root/Cargo.lock" Cargo.lock
cargo build --release --target wasm32-unknown-unknown --quiet
out="${CARGO_TARGET_DIR:-$here/target}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
wasm-bindgen --target web --no-typescript --out-dir "$work" "$out/wasm32-unknown-unknown/release/yew-floor.wasm"
wasm-opt -Oz --all-features --strip-debug --strip-producers "$work/yew-floor_bg.wasm" -o "$work/floor.wasm"
printf 'smallest Yew app: wasm %s bytes, gzip -9 %s bytes; glue (unminified) gzip -9 %s bytes\n' \
  "$(wc -c < "$work/floor.wasm")" "$(gzip -9 -c "$work/floor.wasm" | wc -c)" "$(gzip -9 -c "$work/yew-floor.js" | wc -c)"
