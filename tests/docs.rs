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
    "docs/platforms.md",
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

// ---------------------------------------------------------------------------
// Every path a file names exists: the repository's files and folders, the
// Rust items named in comments and documents, and the npm package's files.

/// The repository's files as git sees them: tracked, and new ones git does
/// not ignore (so a page added but not yet committed counts). A file deleted
/// but not yet committed is left out.
fn repository_files() -> Vec<String> {
    let output = std::process::Command::new("git")
        .args([
            "ls-files",
            "--cached",
            "--others",
            "--exclude-standard",
            "-z",
        ])
        .current_dir(root())
        .output()
        .expect("git ls-files: this test lists the repository's files with git");
    assert!(
        output.status.success(),
        "git ls-files: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut files: Vec<String> = String::from_utf8(output.stdout)
        .expect("file names in UTF-8")
        .split('\0')
        .filter(|file| !file.is_empty() && root().join(file).is_file())
        .map(str::to_string)
        .collect();
    files.sort();
    files.dedup();
    files
}

/// The text files that may name paths, with their text: every file but the
/// lock files (their paths are other projects'), the bad-spec corpus (inputs
/// made to be wrong, and the card's messages about them) and what is not
/// UTF-8 text (images).
fn texts(files: &[String]) -> Vec<(String, String)> {
    files
        .iter()
        .filter(|file| {
            !(file.ends_with(".lock")
                || file.ends_with("package-lock.json")
                || file.starts_with("tests/bad-specs/")
                || file.ends_with(".png"))
        })
        .filter_map(|file| {
            let text = std::fs::read_to_string(root().join(file)).ok()?;
            Some((file.clone(), text))
        })
        .collect()
}

/// The repository's own top-level folders: the first part of every path
/// with a folder in it (`docs`, `src`, `crates`, `e2e`, …). A relative path
/// starting with one of them names a file of this repository.
fn top_folders(files: &[String]) -> Vec<String> {
    let mut folders: Vec<String> = files
        .iter()
        .filter_map(|file| file.split_once('/').map(|(top, _)| top.to_string()))
        .collect();
    folders.sort();
    folders.dedup();
    folders
}

/// The characters of a path as files write them, globs and placeholders
/// included (`e2e/**/*.ts`, `docs/images/{arg}{ext}`, `${dir}/x`).
fn path_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "_-./*?{}$@~".contains(c)
}

/// Where a glob or a placeholder starts (`*`, `?`, `{`, `$`, or a word
/// such as `FILE`), if the path has one.
fn wildcard_at(path: &str) -> Option<usize> {
    const PLACEHOLDERS: &[&str] = &["FILE", "NAME", "VERSION", "DIR", "FOLDER", "ID", "LANG"];
    let glob = path.find(['*', '?', '{', '$']);
    let mut at = 0;
    let placeholder = path.split(['/', '.', '-', '_']).find_map(|word| {
        let found = PLACEHOLDERS.contains(&word).then_some(at);
        at += word.len() + 1;
        found
    });
    match (glob, placeholder) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// What the .gitignore files name (patterns without wildcards), as
/// (folder of the .gitignore, the name, whether it is anchored there):
/// builds and runs write these, so a file may name a path inside them.
fn ignored(files: &[String]) -> Vec<(String, String, bool)> {
    let mut entries = Vec::new();
    for file in files.iter().filter(|f| f.ends_with(".gitignore")) {
        let folder = file.trim_end_matches(".gitignore").trim_end_matches('/');
        for line in read(file).lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') || line.contains(['*', '!', '?', '[']) {
                continue;
            }
            let name = line.trim_matches('/');
            let anchored = line.starts_with('/') || name.contains('/');
            entries.push((folder.to_string(), name.to_string(), anchored));
        }
    }
    entries
}

fn is_generated(path: &str, ignored: &[(String, String, bool)]) -> bool {
    ignored.iter().any(|(folder, name, anchored)| {
        let inside = if folder.is_empty() {
            Some(path)
        } else {
            path.strip_prefix(folder.as_str())
                .and_then(|p| p.strip_prefix('/'))
        };
        let Some(inside) = inside else { return false };
        if *anchored {
            inside == name || inside.starts_with(&format!("{name}/"))
        } else {
            inside.split('/').any(|part| part == name)
        }
    })
}

/// Paths that look like the repository's but name something else: (the file
/// that names it, the path or the start of it, why). Keep this short: a path
/// the repository lost is fixed where it is named.
const NOT_THE_REPOSITORY: &[(&str, &str, &str)] = &[
    (
        "e2e/tests/platforms.spec.ts",
        "content/posts/wrong.md",
        "a post written into the Hugo site the test builds",
    ),
    (
        "e2e/tests/platforms.spec.ts",
        "src/pages/wrong.astro",
        "a page written into the Astro site the test builds",
    ),
    (
        "e2e/tests/wordpress.spec.ts",
        "src/wordpress/wp-6.5.zip",
        "a file of the npm package @wp-playground/wordpress-builds",
    ),
    (
        "e2e/tests/server.spec.ts",
        "e2e/hosts-",
        "a folder beside e2e/hosts/ the test makes, to show the server never serves it",
    ),
];

/// Every relative path a file names that starts with one of the repository's
/// top-level folders, as (line, path), trailing punctuation dropped.
fn named_paths<'a>(text: &'a str, tops: &[String]) -> Vec<(usize, &'a str)> {
    let mut found = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let mut rest = line;
        while let Some(start) = rest.find(path_char) {
            let run = &rest[start..];
            let end = run.find(|c| !path_char(c)).unwrap_or(run.len());
            let path = run[..end].strip_prefix("./").unwrap_or(&run[..end]);
            let path = path.trim_end_matches(['.', ',', ';', ':', '/']);
            if let Some((top, _)) = path.split_once('/') {
                if tops.iter().any(|t| t == top) {
                    found.push((number + 1, path));
                }
            }
            rest = &run[end..];
        }
    }
    found
}

/// Code comments, documents, templates and messages name files and folders
/// of the repository (`docs/embedding.md`, `scripts/setup.sh`, `e2e/hosts/`):
/// each exists. Not checked: what a build or a run makes (what .gitignore
/// names: `bench/results/`, `fuzz/corpus/`; `dist/`, `target/`, `release/`
/// and `node_modules/` are no folders of the repository, so are never
/// taken for one); a glob or placeholder is checked up to where it starts
/// (`e2e/**/*.ts`: `e2e/`); and the few of NOT_THE_REPOSITORY.
#[test]
fn every_repository_path_a_file_names_exists() {
    let files = repository_files();
    let tops = top_folders(&files);
    let ignored = ignored(&files);
    let mut missing = Vec::new();
    let mut checked = 0;
    for (file, text) in texts(&files) {
        for (line, path) in named_paths(&text, &tops) {
            checked += 1;
            let exists = match wildcard_at(path) {
                Some(at) => {
                    let prefix = &path[..at];
                    files.iter().any(|f| f.starts_with(prefix))
                }
                None => root().join(path).exists(),
            };
            // This file names them too, in NOT_THE_REPOSITORY.
            let excused = is_generated(path, &ignored)
                || NOT_THE_REPOSITORY.iter().any(|(by, named, _)| {
                    (*by == file || file == "tests/docs.rs") && path.starts_with(named)
                });
            if !exists && !excused {
                missing.push(format!("{file}:{line}: {path}"));
            }
        }
    }
    assert!(
        checked >= 500,
        "only {checked} paths found: is the search still right?"
    );
    assert!(
        missing.is_empty(),
        "paths named that do not exist:\n{}",
        missing.join("\n")
    );
}

/// The crates of the workspace with a library: (crate name as Rust writes
/// it, its folder, "" for the card crate at the root).
fn library_crates(files: &[String]) -> Vec<(String, String)> {
    let mut crates = Vec::new();
    for manifest in files.iter().filter(|f| f.ends_with("Cargo.toml")) {
        let folder = manifest
            .trim_end_matches("Cargo.toml")
            .trim_end_matches('/');
        let text = read(manifest);
        let name = text
            .lines()
            .skip_while(|line| line.trim() != "[package]")
            .skip(1)
            .take_while(|line| !line.starts_with('['))
            .find_map(|line| line.strip_prefix("name = \""))
            .and_then(|rest| rest.split_once('"'))
            .map(|(name, _)| name.replace('-', "_"));
        let lib = join(folder, "src/lib.rs");
        if let Some(name) = name.filter(|_| root().join(&lib).is_file()) {
            crates.push((name, folder.to_string()));
        }
    }
    crates
}

fn join(folder: &str, path: &str) -> String {
    if folder.is_empty() {
        path.to_string()
    } else {
        format!("{folder}/{path}")
    }
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Whether `text` has `word` standing alone (not inside a longer name).
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        !text[..at].ends_with(is_ident) && !text[at + word.len()..].starts_with(is_ident)
    })
}

/// The module `name` declared in the module file `module`: its file (the
/// same file for an inline `mod name { … }`).
fn submodule(module: &str, name: &str) -> Option<String> {
    let text = code(&read(module));
    let declared = text.lines().map(str::trim_start).find_map(|line| {
        let line = ["pub(crate) ", "pub(super) ", "pub "]
            .iter()
            .find_map(|v| line.strip_prefix(v))
            .unwrap_or(line);
        let rest = line.strip_prefix("mod ")?.strip_prefix(name)?;
        (rest.starts_with(';') || rest.trim_start().starts_with('{')).then(|| rest.starts_with(';'))
    })?;
    if !declared {
        return Some(module.to_string());
    }
    let file = std::path::Path::new(module);
    let parent = file
        .parent()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    let folder = match file.file_name().and_then(|n| n.to_str()) {
        Some("lib.rs" | "main.rs" | "mod.rs") => parent,
        _ => join(
            &parent,
            file.file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default(),
        ),
    };
    [
        join(&folder, &format!("{name}.rs")),
        join(&folder, &format!("{name}/mod.rs")),
    ]
    .into_iter()
    .find(|candidate| root().join(candidate).is_file())
}

/// A Rust file's code: its lines but comment lines.
fn code(text: &str) -> String {
    text.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The `pub use …;` statements of a module's code.
fn reexports(text: &str) -> Vec<&str> {
    let mut statements = Vec::new();
    for start in ["pub use ", "pub(crate) use "] {
        for (at, _) in text.match_indices(start) {
            let end = text[at..].find(';').map_or(text.len(), |e| at + e);
            statements.push(&text[at..end]);
        }
    }
    statements
}

/// Whether `crate_name::segments` names something: each segment a module of
/// the one before, a crate re-exported under that name (`pub use
/// versus_model as model`), or an item defined or re-exported there; after
/// an item, the rest (an associated item or variant) is a name in that
/// crate's sources.
fn rust_path_exists(
    crates: &[(String, String)],
    files: &[String],
    start: &str,
    segments: &[&str],
) -> bool {
    let mut folder = start.to_string();
    let mut module = join(&folder, "src/lib.rs");
    for (i, segment) in segments.iter().enumerate() {
        if let Some(next) = submodule(&module, segment) {
            module = next;
            continue;
        }
        let text = code(&read(&module));
        let uses = reexports(&text);
        if let Some((_, other)) = crates.iter().find(|(name, _)| {
            uses.iter()
                .any(|u| *u == format!("pub use {name} as {segment}"))
        }) {
            folder = other.clone();
            module = join(&folder, "src/lib.rs");
            continue;
        }
        let defined = [
            "struct",
            "enum",
            "fn",
            "trait",
            "type",
            "const",
            "static",
            "union",
            "macro_rules!",
        ]
        .iter()
        .any(|keyword| has_word(&text, &format!("{keyword} {segment}")));
        if !defined && !uses.iter().any(|u| has_word(u, segment)) {
            return false;
        }
        let sources: String = files
            .iter()
            .filter(|f| f.starts_with(&join(&folder, "src/")) && f.ends_with(".rs"))
            .map(|f| code(&read(f)))
            .collect();
        return segments[i + 1..]
            .iter()
            .all(|rest| has_word(&sources, rest));
    }
    true
}

/// Comments, Cargo.toml files and documents name Rust items by their path
/// (`versus::host::JsEngine`, `versus_model::Choices`, `crate::validate`):
/// each exists. Only comments of Rust files are read: their code is the
/// compiler's to check. `crate::` is read in a crate's own `src/`.
#[test]
fn every_rust_path_a_comment_or_document_names_exists() {
    let files = repository_files();
    let crates = library_crates(&files);
    assert!(crates.len() >= 5, "crates found: {crates:?}");
    let mut missing = Vec::new();
    let mut checked = 0;
    for (file, text) in texts(&files) {
        // The crate whose `src/` holds this file, for `crate::`.
        let own = crates
            .iter()
            .filter(|(_, folder)| file.starts_with(&join(folder, "src/")))
            .max_by_key(|(_, folder)| folder.len())
            .map(|(_, folder)| folder.clone());
        let own = own.filter(|folder| file != join(folder, "src/main.rs"));
        for (number, line) in text.lines().enumerate() {
            let line = if file.ends_with(".rs") {
                match line.trim_start().strip_prefix("//") {
                    Some(comment) => comment,
                    None => continue,
                }
            } else {
                line
            };
            for (at, _) in line.match_indices("::") {
                let before = &line[..at];
                let name_start = before.rfind(|c| !is_ident(c)).map_or(0, |i| i + 1);
                let name = &before[name_start..];
                if before[..name_start].ends_with(':') {
                    continue;
                }
                let start = if name == "crate" {
                    own.clone()
                } else {
                    crates
                        .iter()
                        .find(|(n, _)| n == name)
                        .map(|(_, folder)| folder.clone())
                };
                let Some(start) = start else { continue };
                let rest = &line[at + 2..];
                let end = rest
                    .find(|c: char| !(is_ident(c) || c == ':'))
                    .unwrap_or(rest.len());
                let segments: Vec<&str> =
                    rest[..end].split("::").filter(|s| !s.is_empty()).collect();
                if segments.iter().any(|s| s.contains(':')) {
                    continue;
                }
                checked += 1;
                if !rust_path_exists(&crates, &files, &start, &segments) {
                    missing.push(format!(
                        "{file}:{}: {name}::{}",
                        number + 1,
                        rest[..end].trim_end_matches(':')
                    ));
                }
            }
        }
    }
    assert!(
        checked >= 30,
        "only {checked} Rust paths found: is the search still right?"
    );
    assert!(
        missing.is_empty(),
        "Rust paths named that do not exist:\n{}",
        missing.join("\n")
    );
}

/// The files of the npm package, as `make release` packs it: the arrays that
/// scripts/release.mjs spreads into package.json's `files`, and what npm
/// always adds.
fn package_files() -> Vec<String> {
    let release = read("scripts/release.mjs");
    fn array(release: &str, name: &str) -> Vec<String> {
        let start = release
            .find(&format!("const {name} = ["))
            .unwrap_or_else(|| panic!("scripts/release.mjs: no {name}"));
        let body = &release[start..];
        let body = &body[body.find('[').unwrap() + 1..body.find("];").unwrap()];
        items(release, body)
    }
    fn items(release: &str, list: &str) -> Vec<String> {
        list.split(',')
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .flat_map(|item| match item.strip_prefix("...") {
                Some(name) => array(release, name),
                None => vec![item.trim_matches(['\'', '"']).to_string()],
            })
            .collect()
    }
    let at = release
        .find("    files: [")
        .expect("scripts/release.mjs: package.json's files");
    let line = &release[at + "    files: [".len()..];
    let mut files = items(
        &release,
        &line[..line.find("],").expect("the end of files")],
    );
    files.extend(["package.json".to_string(), "README.md".to_string()]);
    files
}

/// Comments and documents name the npm package's own files as "the
/// package's FILE" (`cli/versus-card.mjs`, `render.mjs`): each is one of
/// the files `make release` packs. Read across line breaks and comment marks.
#[test]
fn every_package_file_a_file_names_is_packed() {
    let packed = package_files();
    assert!(
        packed.iter().any(|f| f == "cli/versus-card.mjs"),
        "{packed:?}"
    );
    let files = repository_files();
    let mut missing = Vec::new();
    let mut checked = 0;
    for (file, text) in texts(&files) {
        // The words of the text with their lines, comment marks (`//`, `#`,
        // `*`) left out, so a phrase may go on in the next comment line.
        let words: Vec<(usize, &str)> = text
            .lines()
            .enumerate()
            .flat_map(|(number, line)| line.split_whitespace().map(move |w| (number + 1, w)))
            .filter(|(_, word)| word.contains(char::is_alphanumeric))
            .collect();
        for pair in words.windows(2) {
            let ((line, word), (_, next)) = (pair[0], pair[1]);
            if !word
                .trim_start_matches(['`', '(', '"'])
                .ends_with("package's")
            {
                continue;
            }
            let named = next.trim_matches(|c: char| "`'\"()[],.;:".contains(c));
            if !(named.contains(['/', '.']) && named.chars().all(path_char)) {
                continue;
            }
            checked += 1;
            if !packed.iter().any(|f| f == named) {
                missing.push(format!("{file}:{line}: {named}"));
            }
        }
    }
    assert!(
        checked >= 2,
        "only {checked} package files named: is the search still right?"
    );
    assert!(
        missing.is_empty(),
        "the package has no such file (scripts/release.mjs packs {packed:?}):\n{}",
        missing.join("\n")
    );
}

/// The README counts the crates of the workspace: the card crate at the root
/// and each member.
#[test]
fn the_readme_counts_the_crates() {
    let manifest = read("Cargo.toml");
    let members = &manifest[manifest.find("members = [").expect("workspace members")..];
    let members = &members[..members.find(']').expect("end of members")];
    let crates = 1 + members.matches('"').count() / 2;
    let readme = read("README.md");
    let section = &readme[readme.find("## The code").expect("a section on the code")..];
    let said = section
        .split_whitespace()
        .skip_while(|word| *word != "code")
        .nth(1)
        .expect("the count of crates");
    let numbers = [
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
    ];
    assert_eq!(
        numbers.get(crates - 1).copied(),
        Some(said),
        "README.md \"The code\" says {said} crates; the workspace has {crates}"
    );
}
