//! No text reaches the DOM as HTML: the code never calls the APIs that parse
//! markup. Yew renders strings as text nodes and attribute values; the only
//! DOM written by hand (src/host/page.rs) uses text content. Together with the
//! browser tests in e2e/tests/security.spec.ts, which put markup in every
//! field, this keeps it so.

use std::fs;
use std::path::Path;

/// Names (matched without regard to case) of the Rust and web-sys APIs that
/// turn a string into markup. (Reading `inner_html`, as the host does to
/// check a rendered card's shape, serializes nodes and parses nothing.)
const PARSES_MARKUP: &[&str] = &[
    "set_inner_html",
    "set_outer_html",
    "insert_adjacent_html",
    "from_html_unchecked",
    "VNode::VRef",
    "create_contextual_fragment",
    "document_write",
    "set_src_doc",
    "DomParser",
];

fn rust_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable source folder") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn no_source_file_uses_an_api_that_parses_markup() {
    let mut files = Vec::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for crate_sources in ["src", "crates", "editor/src"] {
        rust_files(&root.join(crate_sources), &mut files);
    }
    assert!(files.len() > 20, "only {} source files found", files.len());
    let mut uses = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).expect("UTF-8 source");
        for api in PARSES_MARKUP {
            if text.to_lowercase().contains(&api.to_lowercase()) {
                uses.push(format!("{} uses {api}", file.display()));
            }
        }
    }
    assert!(uses.is_empty(), "{uses:#?}");
}

#[test]
fn the_loader_scripts_never_write_markup_either() {
    for file in [
        "embed/versus.js",
        "embed/embed-frame.js",
        "embed/versus-iframe.js",
    ] {
        let text = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file))
            .expect("the embed scripts exist");
        for api in [
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
            "eval(",
            "new Function",
        ] {
            assert!(!text.contains(api), "{file} uses {api}");
        }
    }
}
