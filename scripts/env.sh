# Source this file to build the wasm card with whatever toolchain this machine has:
#
#     . scripts/env.sh && trunk serve
#
# With rustup's wasm32-unknown-unknown target installed (a normal laptop), it
# changes nothing about Rust. Without it (machines whose rustup cannot download
# targets), it selects Debian's web toolchain and builds std from source.
# It also puts the project's npm tools (wasm-opt) on PATH.

#
# VERSUS_TOOLCHAIN=rustup or =debian, set beforehand, forces one of the two.

versus_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"

# rustup's installed targets, read whole and then matched as a line: not
# `rustup … | grep -q`, where grep leaving early can kill rustup with SIGPIPE
# and, under pipefail, read as "no target". Plain sh, for any shell that sources this.
versus_rustup_has_wasm32() {
    case "
$(rustup target list --installed 2>/dev/null)
" in *"
wasm32-unknown-unknown
"*) return 0 ;; esac
    return 1
}

if [ "${VERSUS_TOOLCHAIN:-}" != debian ] && versus_rustup_has_wasm32; then
    VERSUS_TOOLCHAIN=rustup
elif [ "${VERSUS_TOOLCHAIN:-}" != rustup ] && [ -x /usr/bin/cargo ] && [ -d /usr/lib/rustlib/src/rust/library ] \
    && command -v wasm-ld-19 >/dev/null 2>&1; then
    VERSUS_TOOLCHAIN=debian
    # Debian's cargo and rustc first; trunk and wasm-bindgen stay reachable in ~/.cargo/bin.
    export PATH="/usr/bin:$PATH"
    export RUSTC=/usr/bin/rustc
    export RUSTC_BOOTSTRAP=1
    export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
    # std is built here anyway, so build it for size (about 0.5 KB less gzip; docs/performance.md "Size and speed").
    export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
    export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-19
    # Separate build directory: the two toolchains' artefacts must not overwrite each other.
    export CARGO_TARGET_DIR="$versus_root/target/debian"
else
    VERSUS_TOOLCHAIN=none
    echo "versus: no wasm32 toolchain found; run scripts/setup.sh first." >&2
fi
export VERSUS_TOOLCHAIN

case ":$PATH:" in
    *":$versus_root/node_modules/.bin:"*) ;;
    *) export PATH="$PATH:$versus_root/node_modules/.bin" ;;
esac
case ":$PATH:" in
    *":$HOME/.cargo/bin:"*) ;;
    *) export PATH="$PATH:$HOME/.cargo/bin" ;;
esac
unset versus_root
unset -f versus_rustup_has_wasm32
