#!/usr/bin/env bash
# Installs whatever the project needs and is missing; a few seconds when all is there.
#
#   scripts/setup.sh            tools to build and serve the card
#   scripts/setup.sh --test     also the browser and test tools
#
# The wasm32 standard library comes from rustup where it can be downloaded
# (a normal laptop), otherwise from Debian's web toolchain with std built from
# source (see CONTRIBUTING.md, "Why the toolchain step exists").
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
CARGO_DENY_VERSION=0.20.2
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
DEBIAN_WASM_PACKAGES=(rustc-web cargo-web rust-web-src rust-web-clippy lld-19)
want_test=false
[ "${1:-}" = "--test" ] && want_test=true

say() { printf 'setup: %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }
export PATH="$HOME/.cargo/bin:$PATH"

# Fully installed; `dpkg -s` also succeeds for a removed package whose config files remain.
# No `producer | grep -q` in this file: grep -q (or awk's exit) stops reading at
# the first match, the producer can then die of SIGPIPE, and under pipefail
# that fails the test or the whole setup (seen in a CI run, exit 141).
installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = 'install ok installed' ]; }
all_installed() {
    for package in "$@"; do installed "$package" || return 1; done
}

apt_updated=false
apt_install() {
    local missing=()
    for package in "$@"; do
        installed "$package" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! have apt-get; then
        say "missing ${missing[*]} and no apt-get here: install them by hand."
        return 1
    fi
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    say "installing ${missing[*]} with apt-get"
    if ! $apt_updated; then
        "${sudo[@]}" apt-get update -qq
        apt_updated=true
    fi
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
}

# 1. The wasm32 standard library. VERSUS_TOOLCHAIN=rustup or =debian forces a path.
rustup_has_target() { grep -qx wasm32-unknown-unknown <<<"$(rustup target list --installed 2>/dev/null)"; }
case "${VERSUS_TOOLCHAIN:-auto}" in
    rustup)
        rustup_has_target || rustup target add wasm32-unknown-unknown
        say "wasm32 target: rustup" ;;
    debian)
        apt_install "${DEBIAN_WASM_PACKAGES[@]}"
        say "wasm32 target: Debian web toolchain, std built from source" ;;
    *)
        if rustup_has_target; then
            say "wasm32 target: rustup"
        elif have dpkg-query && all_installed "${DEBIAN_WASM_PACKAGES[@]}"; then
            say "wasm32 target: Debian web toolchain, std built from source"
        # Where rustup's server is unreachable it hangs rather than fails, hence the timeout.
        elif have rustup && timeout "${VERSUS_RUSTUP_TIMEOUT:-60}" rustup target add wasm32-unknown-unknown >/dev/null 2>&1; then
            say "wasm32 target: installed with rustup"
        else
            say "rustup cannot provide wasm32-unknown-unknown here; using Debian's web toolchain"
            apt_install "${DEBIAN_WASM_PACKAGES[@]}"
        fi ;;
esac

# 2. trunk and a wasm-bindgen CLI equal to Cargo.lock's (a mismatch is a hard
#    error), and for tests cargo-deny. Compiling them is most of a new
#    machine's setup (about 20 minutes on 2 cores), so they build in the
#    background while npm and apt fetch what they fetch; step 5 waits.
builds=()
install_in_background() { # NAME, then cargo install's arguments
    local name=$1
    shift
    mkdir -p target/setup
    say "installing $name in the background (takes several minutes; log: target/setup/$name.log)"
    # These are tools, not what readers download: without their own fat LTO
    # and single codegen unit they compile in far less time on 2 cores.
    CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
        cargo install "$@" > "target/setup/$name.log" 2>&1 &
    builds+=("$name:$!")
}
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    install_in_background trunk trunk --locked --version "$TRUNK_VERSION"
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    # Not --locked: one of its locked dependencies is no longer on crates.io.
    install_in_background wasm-bindgen-cli wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi
if $want_test && [ "$(cargo deny --version 2>/dev/null)" != "cargo-deny $CARGO_DENY_VERSION" ]; then
    install_in_background cargo-deny cargo-deny --locked --version "$CARGO_DENY_VERSION"
fi

# 3. npm tools: wasm-opt (binaryen) for release builds, Playwright for tests.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm packages"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi

# 4. For tests: the browsers to drive (never downloaded ones), the platforms
#    the platform tests build with, and Node 18.
if $want_test; then
    if [ -z "${VERSUS_CHROMIUM:-}" ] && ! have chromium && ! have chromium-browser && ! have google-chrome; then
        apt_install chromium
    fi
    # The three-engine suite (e2e/engines/): Firefox, and WebKitGTK's
    # MiniBrowser with its WebDriver, in an Xvfb display whose window
    # xdotool gives the keyboard focus.
    apt_install firefox-esr webkit2gtk-driver xvfb xdotool
    # The package promises Node 18 or newer: Debian 12's Node 18, unpacked
    # (not installed: it would replace the machine's Node) into
    # target/node18/, runs its command line in make test-release.
    # Debian's Node loads some of its own modules from /usr/share/nodejs:
    # their packages hold JavaScript files only, and leave the machine's
    # Node as it is.
    if have apt-get; then apt_install node-cjs-module-lexer node-acorn node-undici; fi
    if [ ! -x target/node18/node ] && have apt-get && have dpkg-deb; then
        node18=$(apt-cache madison nodejs 2>/dev/null | awk '$3 ~ /^18\./ && !found { print $3; found = 1 }')
        if [ -n "$node18" ]; then
            say "unpacking Debian's Node $node18 into target/node18 (for the Node 18 test)"
            work=$(mktemp -d)
            (cd "$work" && apt-get download -qq "nodejs=$node18" "libnode108=$node18" libuv1 libc-ares2 2>/dev/null)
            mkdir -p target/node18/root
            for deb in "$work"/*.deb; do dpkg-deb -x "$deb" target/node18/root; done
            rm -rf "$work"
            printf '#!/bin/sh\n# Debian 12 Node 18, unpacked by scripts/setup.sh\nhere=$(dirname "$0")\nLD_LIBRARY_PATH="$here/root/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" exec "$here/root/usr/bin/node" "$@"\n' > target/node18/node
            chmod +x target/node18/node
        fi
    fi
    # The platform tests (e2e/tests/platforms.spec.ts) build real sites:
    # Hugo, and Jekyll with its feed plugin and default theme.
    apt_install hugo jekyll ruby-jekyll-feed jekyll-theme-minima
    # and WordPress (e2e/tests/wordpress.spec.ts): Debian's 6.1 with its
    # default theme, on a MariaDB and PHP's built-in server of the test's own.
    apt_install wordpress wordpress-theme-twentytwentythree mariadb-server php8.2-cli php8.2-mysql
fi

# 5. The tools building in the background since step 2.
failed=false
for build in "${builds[@]}"; do
    if wait "${build##*:}"; then
        say "${build%%:*} installed"
    else
        say "installing ${build%%:*} failed; the end of target/setup/${build%%:*}.log:"
        tail -n 30 "target/setup/${build%%:*}.log" >&2
        failed=true
    fi
done
if $failed; then exit 1; fi
say "ready"
