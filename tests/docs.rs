//! The format documentation stays in step with the code.

use versus::model::platform::native::parse_comparison;
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
