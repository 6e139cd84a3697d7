//! Minifies the card's stylesheet (the minifier crate) and default content
//! (serde_json) before they are embedded in the wasm file: comments and
//! indentation help contributors, not readers, and every byte is downloaded
//! by every reader of the post.
//! Also sets the wasm card's stack size.

use std::{env, fs, path::Path};

/// The wasm card's stack in release builds. Rust's default is 1 MB, and
/// every card on a page has its own wasm instance, so each would reserve
/// that much memory. The deepest work measured (Yew rendering the card, a
/// spec nested to the reader's limit) peaks under 20 KB;
/// e2e/tests/memory.spec.ts keeps it under a quarter of this. The stack sits
/// below the data, so an overflow traps instead of overwriting anything.
const WASM_STACK_BYTES: usize = 128 * 1024;

fn main() {
    // Release builds only: unoptimised code (`trunk serve`) has far larger
    // stack frames, and memory does not matter there.
    let release = env::var("PROFILE").as_deref() == Ok("release");
    if release && env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bin=versus-card=-zstack-size={WASM_STACK_BYTES}");
    }
    let out = env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    for (source, minify) in [
        ("card.css", minify_css as fn(&str) -> String),
        ("content/node-vs-python.json", minify_json),
    ] {
        println!("cargo:rerun-if-changed={source}");
        let text = fs::read_to_string(source).unwrap_or_else(|e| panic!("reading {source}: {e}"));
        let name = Path::new(source).file_name().unwrap_or_default();
        fs::write(Path::new(&out).join(name), minify(&text))
            .unwrap_or_else(|e| panic!("writing the minified {source}: {e}"));
    }
}

/// The stylesheet without comments and needless whitespace, by the
/// minifier crate. A stylesheet it cannot read fails the build: better than
/// shipping it unminified or half minified.
fn minify_css(css: &str) -> String {
    match minifier::css::minify(css) {
        Ok(minified) => minified.to_string(),
        Err(error) => panic!("minifying card.css: {error}"),
    }
}

/// The content as compact JSON, through serde_json: digits kept, object keys
/// sorted (lists keep their order; the format never depends on key order).
fn minify_json(json: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(json)
        .unwrap_or_else(|error| panic!("content/node-vs-python.json is not JSON: {error}"));
    value.to_string()
}
