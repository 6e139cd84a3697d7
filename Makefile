# The two commands a contributor needs (see README.md):
#   make serve   install what is missing, then serve the demo with trunk
#   make test    install what is missing, then run every check and test
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PORT ?= 8080
WASM := --target wasm32-unknown-unknown
# Runs a command with the wasm toolchain this machine has (see scripts/env.sh).
WITH_WASM_ENV := . scripts/env.sh &&
# wasm-opt's flags, for the builds that run it themselves (node-cli here,
# the smallest Yew app in bench/variants.sh, which takes them from make):
# size first, and the features rustc emits for wasm32 by default, no more
# (--all-features would let wasm-opt use proposals Chromium does not run yet).
export WASM_OPT_FLAGS := -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue

.PHONY: serve test setup setup-test build node-cli release test-release build-test-panic budget deny lint model-is-pure test-native test-browser test-engines wasm-features fresh-clone bench

serve: setup
	@echo "versus: building, then serving the demo at http://127.0.0.1:$(PORT)/ and the editor at http://127.0.0.1:$(PORT)/editor.html"
	$(WITH_WASM_ENV) trunk serve --offline --address 127.0.0.1 --port $(PORT)

test: setup-test lint model-is-pure deny test-native build budget wasm-features test-release build-test-panic test-browser test-engines fresh-clone
	@echo "versus: all checks passed"

setup:
	@scripts/setup.sh

setup-test:
	@scripts/setup.sh --test

## Release build of the demo and the card into dist/.
build: setup
	$(WITH_WASM_ENV) trunk build --offline --release

## The command line for Node (npx versus-card): crates/node compiled to
## wasm, with wasm-bindgen's web target (loaded by the package's
## cli/versus-card.mjs), into target/node-cli/.
node-cli: setup
	$(WITH_WASM_ENV) cargo build --release --locked $(WASM) -p versus-node \
	  && wasm-bindgen --target web --no-typescript --out-dir target/node-cli \
	    "$${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/versus_node.wasm" \
	  && node_modules/.bin/wasm-opt $(WASM_OPT_FLAGS) \
	    target/node-cli/versus_node_bg.wasm -o target/node-cli/versus_node_bg.wasm

## The versus-card npm package, the zip for self-hosting and SHA256SUMS,
## from the release build, into release/ (scripts/release.mjs).
release: build node-cli
	node scripts/release.mjs

## The release files as a blogger uses them: installed with npm into an
## empty folder, unzipped, checksums verified, the package's command line
## compared with the native one (scripts/release.test.mjs).
test-release: release
	cargo build --locked -p versus-cli
	VERSUS_NATIVE_CLI="$${CARGO_TARGET_DIR:-target}/debug/versus" node --test scripts/release.test.mjs

## A test build in which a card with data-versus-test-panic panics when the
## reader changes it (Cargo feature test-panic), for the browser test proving
## that a panic stays in its card. Never deployed: target/test-panic-dist/.
build-test-panic: setup
	$(WITH_WASM_ENV) cargo build --release --locked $(WASM) --bin versus-card --features test-panic \
	  && wasm-bindgen --target web --no-typescript --out-dir target/test-panic-dist \
	    "$${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/versus-card.wasm" \
	  && node scripts/glue-factory.mjs target/test-panic-dist \
	  && cp embed/versus.js target/test-panic-dist/

## The transfer-size budget on the release build (bench/budget.mjs).
budget:
	node bench/budget.mjs

## Dependency licences, bans, sources and (when reachable) advisories: deny.toml.
deny: setup-test
	scripts/deny.sh

## The crates the card is made of (the model, its JavaScript platform, the
## card); the editor is built and checked on its own (-p): built together,
## cargo would give the card's wasm the editor's dependency features
## (serde_json's preserve_order, gloo's storage). The tests pass either way:
## `cargo test --workspace` and `cargo test -p NAME` for each crate.
CARD_CRATES := -p versus -p versus-model -p versus-js

## Formatting and clippy, natively and for wasm32 (the host module, the
## editor's components and the Node command line only exist there). The
## native command line is native only. Then the browser tests' TypeScript
## type-checked (Playwright runs it without checking its types).
lint: setup
	cargo fmt --all -- --check
	cargo clippy $(CARD_CRATES) -p versus-cli --all-targets --locked -- -D warnings
	$(WITH_WASM_ENV) cargo clippy $(CARD_CRATES) $(WASM) --locked -- -D warnings
	$(WITH_WASM_ENV) cargo clippy -p versus-node $(WASM) --locked -- -D warnings
	cargo clippy -p versus-editor --all-targets --locked -- -D warnings
	$(WITH_WASM_ENV) cargo clippy -p versus-editor $(WASM) --locked -- -D warnings
	node_modules/.bin/tsc -p tsconfig.json

## The model crate knows nothing of Yew or the browser: none of them is in
## its dependency tree, for any target (ARCHITECTURE.md). deny.toml bans
## them as direct dependencies of any other crate too.
model-is-pure:
	@if cargo tree --locked -p versus-model --target all -e normal,build --prefix none \
	    | grep -E '^(yew|web-sys|js-sys|wasm-bindgen|gloo)[ -]'; then \
	  echo "model-is-pure: versus-model depends on the crates above; the model must not know Yew or the browser" >&2; exit 1; \
	else echo "model-is-pure: versus-model has no Yew, web-sys, js-sys, wasm-bindgen or gloo in its tree"; fi

## The model, components (SSR), content and command line, natively; then the editor.
test-native:
	cargo test --locked $(CARD_CRATES) -p versus-cli
	cargo test --locked -p versus-editor

## Playwright on the machine's Chromium, against dist/. The native command
## line renders the cards of e2e/hosts/rendered*.html as they are served.
test-browser:
	cargo build --locked -p versus-cli
	node_modules/.bin/playwright test

## The reader's scenarios in Chromium, Firefox and WebKit, written once
## (e2e/engines/): the release build in dist/ and the panic test build.
## Screenshots of each engine go to target/engines/screenshots/.
test-engines:
	cargo build --locked -p versus-cli
	node --test --test-concurrency=1 e2e/engines/run.test.mjs

## The WebAssembly features the release build uses, against the README's
## "Browsers" table (scripts/wasm-features.mjs, with binaryen's validator).
wasm-features:
	node scripts/wasm-features.mjs dist/versus-card_bg.wasm

## A fresh clone builds with plain `trunk build` (no npm step) and its page
## shows a working card: scripts/fresh-clone-check.sh.
fresh-clone: setup-test
	scripts/fresh-clone-check.sh

## Size and speed in headless Chromium, plus the native recompute bench (docs/performance.md "Size and speed").
bench: setup-test build
	bench/variants.sh
	node bench/run.mjs

## Where the card's wasm goes, by crate and by the card's own modules, from
## the release build with names (scripts/size-report.mjs, with twiggy, which
## it installs once); its table is kept in docs/performance.md.
.PHONY: size-report
size-report: setup
	@command -v twiggy >/dev/null 2>&1 || cargo install twiggy --locked --version 0.8.0
	$(WITH_WASM_ENV) cargo build --release --locked $(WASM) --bin versus-card
	node scripts/size-report.mjs "$${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/versus-card.wasm"
