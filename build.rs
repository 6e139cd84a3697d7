//! Minifies the card's stylesheet and default content before they are
//! embedded in the wasm file: comments and indentation help contributors,
//! not readers, and every byte is downloaded by every reader of the post.
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

/// Drops comments and collapses whitespace; spaces next to `{`, `}`, `;` and
/// `,`, after `:` and before `!` go entirely. Spaces elsewhere stay, since
/// `a :hover` and `a:hover` differ. (card.css has no quoted text these rules
/// could change.)
fn minify_css(css: &str) -> String {
    let mut without_comments = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        without_comments.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    without_comments.push_str(rest);
    let mut out = String::with_capacity(without_comments.len());
    let mut pending_space = false;
    for c in without_comments.chars() {
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        let tight = |c: char| matches!(c, '{' | '}' | ';' | ',');
        let needs_space = !tight(c) && c != '!' && !out.ends_with(tight) && !out.ends_with(':');
        if pending_space && !out.is_empty() && needs_space {
            out.push(' ');
        }
        pending_space = false;
        out.push(c);
    }
    out
}

/// Removes whitespace outside strings.
fn minify_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if !c.is_whitespace() {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}
