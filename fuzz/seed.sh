#!/usr/bin/env bash
# Fills fuzz/corpus/ (gitignored) with starting inputs: the built-in content,
# the bad-spec corpus, and some share links. Run before a long fuzzing run.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/spec corpus/fragment
cp ../content/*.json corpus/spec/
for spec in ../tests/bad-specs/*.json; do
    # libFuzzer mutates small inputs best; the size-limit case is covered by the corpus test.
    [ "$(wc -c <"$spec")" -le 65536 ] && cp "$spec" corpus/spec/
done
printf 'versus=preset:chat' >corpus/fragment/preset
printf 'versus=speed,ml:high,ecosystem:critical&versus-2=preset:cms' >corpus/fragment/pairs
printf 'other=1&versus=%%E2%%9C%%93' >corpus/fragment/escaped
