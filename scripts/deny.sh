#!/usr/bin/env bash
# The dependency check of `make test`: licences, banned crates and sources
# always; RustSec advisories whenever the advisory database can be
# downloaded. Machines without access to it (this project's CI among them)
# get a loud warning instead of a silent pass.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

cargo deny --locked check licenses bans sources

if timeout "${VERSUS_ADVISORY_TIMEOUT:-60}" cargo deny --locked fetch db >/dev/null 2>&1; then
    cargo deny --locked --offline check advisories
else
    echo "deny: WARNING: RustSec advisories NOT checked: the advisory database could not be downloaded." >&2
    echo "deny: run 'cargo deny check advisories' on a machine with internet access." >&2
fi
