//! The format documentation stays in step with the code.

use versus::model::native::parse_comparison;
use versus::model::strings::Text;

const FORMAT: &str = include_str!("../docs/spec-format.md");

#[test]
fn the_documented_example_is_a_valid_comparison() {
    let start = FORMAT.find("```json\n").expect("example block") + "```json\n".len();
    let end = start + FORMAT[start..].find("```").expect("end of example");
    if let Err(problems) = parse_comparison(&FORMAT[start..end]) {
        panic!("the example in docs/spec-format.md is invalid: {problems:#?}");
    }
}

#[test]
fn every_string_is_documented_with_its_default() {
    for key in Text::ALL {
        let row = format!("| `{}` |", key.name());
        let line = FORMAT
            .lines()
            .find(|l| l.starts_with(&row))
            .unwrap_or_else(|| panic!("{} is not documented", key.name()));
        let default = key.default_text().trim();
        assert!(
            line.contains(default),
            "{}: documented row does not show the default {default:?}",
            key.name()
        );
    }
}

#[test]
fn the_embed_section_starts_with_the_canonical_two_line_embed() {
    let readme = include_str!("../README.md");
    let section = &readme[readme.find("## Embed in your blog").expect("embed section")..];
    let start = section.find("```html\n").expect("a html block") + "```html\n".len();
    let block = &section[start..start + section[start..].find("```").expect("end of block")];
    let lines: Vec<&str> = block.trim().lines().collect();
    assert_eq!(lines.len(), 2, "{block}");
    assert!(
        lines[0].starts_with("<script type=\"module\" src=\"")
            && lines[0].ends_with("/versus.js\" blocking=\"render\"></script>"),
        "{block}"
    );
    assert!(
        lines[1].starts_with("<versus-card") && lines[1].ends_with("></versus-card>"),
        "{block}"
    );
}

/// The documents a reader moves between: the README and the pages it links to.
const DOCUMENTS: &[&str] = &[
    "README.md",
    "ARCHITECTURE.md",
    "CONTRIBUTING.md",
    "SECURITY.md",
    "CHANGELOG.md",
    "docs/embedding.md",
    "docs/authoring.md",
    "docs/performance.md",
    "docs/spec-format.md",
    "docs/platforms/hugo.md",
    "docs/platforms/jekyll.md",
    "docs/platforms/eleventy.md",
    "docs/platforms/astro.md",
    "docs/platforms/wordpress.md",
];

fn root() -> &'static std::path::Path {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// GitHub's anchor for a heading: lower case, spaces as '-', punctuation dropped.
fn anchor(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// The lines of a Markdown file outside its code blocks.
fn prose_lines(text: &str) -> Vec<&str> {
    let mut in_code = false;
    text.lines()
        .filter(|line| {
            if line.starts_with("```") {
                in_code = !in_code;
                return false;
            }
            !in_code
        })
        .collect()
}

/// The headings of a Markdown file.
fn headings(text: &str) -> Vec<String> {
    prose_lines(text)
        .into_iter()
        .filter(|line| line.starts_with('#'))
        .map(|line| line.trim_start_matches('#').trim().to_string())
        .collect()
}

/// Every relative link `[text](target)` of a Markdown file.
fn links(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in prose_lines(text) {
        let mut rest = line;
        while let Some(at) = rest.find("](") {
            let after = &rest[at + 2..];
            let Some(end) = after.find(')') else { break };
            let target = &after[..end];
            if !target.contains("://") && !target.starts_with("mailto:") {
                found.push(target.to_string());
            }
            rest = &after[end..];
        }
    }
    found
}

#[test]
fn every_link_between_the_documents_leads_somewhere() {
    let mut broken = Vec::new();
    for document in DOCUMENTS {
        let text = read(document);
        let folder = std::path::Path::new(document)
            .parent()
            .unwrap_or(std::path::Path::new(""));
        for link in links(&text) {
            let (file, fragment) = link.split_once('#').unwrap_or((&link, ""));
            let target = if file.is_empty() {
                document.to_string()
            } else {
                folder.join(file).to_string_lossy().replace("\\", "/")
            };
            let path = root().join(&target);
            if !path.exists() {
                broken.push(format!("{document}: {link} (no file {target})"));
                continue;
            }
            if !fragment.is_empty() {
                let anchors: Vec<String> =
                    headings(&read(&target)).iter().map(|h| anchor(h)).collect();
                if !anchors.iter().any(|a| a == fragment) {
                    broken.push(format!(
                        "{document}: {link} (no heading #{fragment} in {target})"
                    ));
                }
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn the_readme_fits_a_screen_or_two() {
    let lines = read("README.md").lines().count();
    assert!(
        lines <= 200,
        "README.md has {lines} lines: move reference text to docs/"
    );
}

/// Code and tests cite documents as `FILE "Heading"` (such as
/// `docs/performance.md "Size and speed"`): each cited heading exists.
#[test]
fn every_heading_that_code_cites_exists() {
    let mut sources = Vec::new();
    for folder in [
        "src",
        "crates",
        "editor/src",
        "tests",
        "e2e",
        "bench",
        "benches",
        "embed",
        "scripts",
    ] {
        collect(&root().join(folder), &mut sources);
    }
    for file in [
        "Makefile",
        "Cargo.toml",
        "Trunk.toml",
        "build.rs",
        "card.css",
        "index.html",
        "demo.js",
    ] {
        sources.push(root().join(file));
    }
    let mut stale = Vec::new();
    let mut cited = 0;
    for source in &sources {
        let Ok(text) = std::fs::read_to_string(source) else {
            continue;
        };
        let text = text
            .replace("\n// ", " ")
            .replace("\n//! ", " ")
            .replace("\n/// ", " ")
            .replace("\n# ", " ");
        for document in DOCUMENTS {
            let mut rest = text.as_str();
            let quote = format!("{document} \"");
            while let Some(at) = rest.find(&quote) {
                let after = &rest[at + quote.len()..];
                let Some(end) = after.find('"') else { break };
                let heading = after[..end]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                cited += 1;
                if !headings(&read(document)).contains(&heading) {
                    stale.push(format!("{}: {document} \"{heading}\"", source.display()));
                }
                rest = &after[end..];
            }
        }
    }
    assert!(
        cited >= 5,
        "only {cited} citations found: is the search still right?"
    );
    assert!(
        stale.is_empty(),
        "citations of headings that do not exist:\n{}",
        stale.join("\n")
    );
}

fn collect(dir: &std::path::Path, found: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if path.is_dir() {
            if !matches!(name, "node_modules" | "target" | "results") {
                collect(&path, found);
            }
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("rs" | "ts" | "mjs" | "js" | "sh" | "toml" | "css" | "html")
        ) {
            found.push(path);
        }
    }
}
