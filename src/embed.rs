//! The lines a blogger pastes into a post: the loader, then the card. The
//! one writer of them, for the editor's Publish, the demo page's "Embed
//! this card" panel (through the card's `embedSnippet`) and `versus render
//! --card | --element` (crates/cli), which every platform's element comes
//! from: renderCard and renderFallback, the Eleventy shortcode and the Astro
//! component call it; the Hugo, Jekyll and WordPress templates, which cannot,
//! write the attributes [`checked_attribute`] accepts from the list that
//! tests/element.rs generates from src/ui/element.rs.

use html_escape::encode_double_quoted_attribute;

use crate::model::share::PRESET_PREFIX;
use crate::ui::element::{Values, ATTRIBUTES};

/// What goes inside `<versus-card>`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Inside<'a> {
    /// The card rendered ahead of time: its `<template shadowrootmode>`
    /// (`versus render --card`), shown with the page's first paint.
    pub rendered: Option<&'a str>,
    /// The comparison itself, for a post that cannot host a file.
    pub json: Option<&'a str>,
    /// The static fallback HTML (`versus render`), for readers without scripts.
    pub fallback: Option<&'a str>,
}

/// JSON that can sit inside `<script type="application/json">`: every `<`
/// written as `\u003c`, so no `</script>` or `<!--` in the author's text can
/// end the element early (`<` only occurs inside JSON strings, where the
/// escape means the same character); and no blank line, at which Markdown
/// would end the pasted element's block of HTML (a line break cannot occur
/// inside a JSON string, so dropping empty lines changes nothing).
pub fn script_safe_json(json: &str) -> String {
    json.trim_end()
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
        .replace('<', "\\u003c")
}

/// The loader's `<script>` line (`loader` is the URL of versus.js) and the
/// `<versus-card>` element of [`card_element`].
///
/// A card in the first screen that the page's HTML does not already show
/// (no rendered card, no fallback) holds the page's first paint for the
/// loader (`blocking="render"`), so the page does not shift when it starts
/// (docs/embedding.md "Fallback: the whole comparison, for every reader");
/// a lazy card, or one with a fallback, does not. A rendered card's loader
/// is `async`: it fetches the wasm while the rest of the page is parsed.
pub fn snippet<'a>(
    loader: impl Into<Loader<'a>>,
    attributes: &[(&str, String)],
    inside: Inside<'_>,
) -> String {
    let loader = loader.into();
    let lazy = attributes
        .iter()
        .any(|(name, value)| *name == "loading" && value == "lazy");
    let blocking = if inside.rendered.is_some() {
        " async"
    } else if lazy || inside.fallback.is_some() {
        ""
    } else {
        " blocking=\"render\""
    };
    let integrity = loader
        .integrity
        .map(|sri| format!(" integrity=\"{}\"", encode_double_quoted_attribute(sri)))
        .unwrap_or_default();
    format!(
        "<script type=\"module\" src=\"{}\"{integrity}{blocking}></script>\n{}",
        encode_double_quoted_attribute(loader.src),
        card_element(attributes, inside)
    )
}

/// The loader a snippet's first line loads: its address, and the
/// Subresource Integrity hash that pins it (`npx versus-card init`
/// prints it for the copy it made).
#[derive(Clone, Copy, Debug)]
pub struct Loader<'a> {
    /// The address of `versus.js`.
    pub src: &'a str,
    /// Its `sha384-…` hash, for the `integrity` attribute.
    pub integrity: Option<&'a str>,
}

impl<'a> From<&'a str> for Loader<'a> {
    /// A loader without an integrity hash.
    fn from(src: &'a str) -> Self {
        Loader {
            src,
            integrity: None,
        }
    }
}

/// The `<versus-card>` element with these attributes (values escaped) and
/// `inside` as its content: the rendered card first (the browser attaches
/// its shadow root as soon as the template ends), then the comparison's
/// JSON, then the fallback.
pub fn card_element(attributes: &[(&str, String)], inside: Inside<'_>) -> String {
    let mut content = String::new();
    if let Some(rendered) = inside.rendered {
        // On a line of its own after the opening tag: Markdown (CommonMark)
        // passes a block of HTML through untouched only when its first line
        // is a complete tag and nothing else.
        content.push('\n');
        content.push_str(rendered.trim_end());
    }
    if let Some(json) = inside.json {
        content.push_str("\n<script type=\"application/json\">\n");
        content.push_str(&script_safe_json(json));
        content.push_str("\n</script>");
    }
    if let Some(fallback) = inside.fallback {
        content.push('\n');
        content.push_str(fallback.trim_end());
    }
    if !content.is_empty() {
        content.push('\n');
    }
    let attributes: String = attributes
        .iter()
        .map(|(name, value)| {
            if value.is_empty() {
                format!(" {name}")
            } else {
                format!(" {name}=\"{}\"", encode_double_quoted_attribute(value))
            }
        })
        .collect();
    let tag = crate::ui::element::TAG_NAME;
    format!("<{tag}{attributes}>{content}</{tag}>")
}

/// The attributes a rendered card is rendered with (`versus render --card`
/// writes them; its look or its choices depend on them), which a template
/// may not add to a rendered element afterwards; it may add the others
/// (`loading`, `share-key`, `id`).
pub const RENDERED_WITH: &[&str] = &[
    "preset",
    "priorities",
    "theme",
    "compact",
    "src",
    "inherit-font",
];

/// One attribute of `<versus-card>` as a command line or a build tool gives
/// it, `NAME` or `NAME=VALUE`, checked against the element's list
/// ([`ATTRIBUTES`], src/ui/element.rs): a name the element documents, no
/// value for a flag, one of the listed words where the list names them, and
/// some value for the others. The error says what is wrong, naming the
/// attribute (and the element's attributes for a name it does not have).
pub fn checked_attribute(given: &str) -> Result<(&'static str, String), String> {
    let (name, value) = match given.split_once('=') {
        Some((name, value)) => (name, Some(value)),
        None => (given, None),
    };
    let is_name = name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !is_name {
        return Err(format!("\"{name}\" is not an attribute name"));
    }
    let Some(attribute) = ATTRIBUTES.iter().find(|a| a.name == name) else {
        let names: Vec<&str> = ATTRIBUTES.iter().map(|a| a.name).collect();
        return Err(format!(
            "<versus-card> has no attribute \"{name}\"; its attributes are {}",
            names.join(", ")
        ));
    };
    let value = value.unwrap_or_default();
    match attribute.values {
        Values::Flag if !value.is_empty() => Err(format!(
            "{name} is present or absent: give it without a value, not \"{value}\""
        )),
        Values::OneOf(words) if !words.contains(&value) => Err(format!(
            "{name} is one of {}, not \"{value}\"",
            words.join(", ")
        )),
        Values::Text(kind) if value.is_empty() => {
            Err(format!("{name} needs a value ({kind}): {name}=VALUE"))
        }
        _ => Ok((attribute.name, value.to_string())),
    }
}

/// The attributes that start a card as a share-link value (`state`, as
/// [`crate::model::share::encode`] writes it) left it: the preset it came from, and
/// the priorities when the reader changed them. `None` is the defaults.
pub fn attributes_for_state(state: Option<&str>) -> Vec<(&'static str, String)> {
    let parts: Vec<&str> = state.map(|s| s.split(',').collect()).unwrap_or_default();
    let mut attributes = Vec::new();
    if let Some(preset) = parts
        .iter()
        .find_map(|part| part.strip_prefix(PRESET_PREFIX))
    {
        attributes.push(("preset", preset.to_string()));
    }
    let priorities: Vec<&str> = parts
        .iter()
        .copied()
        .filter(|part| !part.starts_with(PRESET_PREFIX))
        .collect();
    if !priorities.is_empty() {
        attributes.push(("priorities", priorities.join(",")));
    }
    attributes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_in_the_first_screen_without_a_fallback_holds_the_first_paint() {
        assert_eq!(
            snippet("/versus/versus.js", &[], Inside::default()),
            "<script type=\"module\" src=\"/versus/versus.js\" blocking=\"render\"></script>\n<versus-card></versus-card>"
        );
        let lazy = snippet("/v.js", &[("loading", "lazy".into())], Inside::default());
        assert!(!lazy.contains("blocking"));
        let fallback = Inside {
            fallback: Some("<p>Tea</p>"),
            ..Inside::default()
        };
        assert!(!snippet("/v.js", &[], fallback).contains("blocking"));
        let inline = Inside {
            json: Some("{}"),
            ..Inside::default()
        };
        assert!(snippet("/v.js", &[], inline).contains("blocking"));
    }

    #[test]
    fn json_inside_loses_its_empty_lines_and_nothing_else() {
        assert_eq!(
            script_safe_json("{\n\n  \"a\": \"x\\n\\ny</script>\",\n   \n  \"b\": 1\n}\n\n"),
            "{\n  \"a\": \"x\\n\\ny\\u003c/script>\",\n  \"b\": 1\n}"
        );
    }

    #[test]
    fn attribute_values_stay_values() {
        let hostile = snippet(
            "/v.js\"><script>",
            &[("src", "a\"b<c".into())],
            Inside::default(),
        );
        assert!(
            hostile.contains("src=\"/v.js&quot;&gt;&lt;script&gt;\""),
            "{hostile}"
        );
        assert!(hostile.contains("src=\"a&quot;b&lt;c\""), "{hostile}");
    }

    #[test]
    fn attributes_are_checked_against_the_element() {
        assert_eq!(
            checked_attribute("inherit-font"),
            Ok(("inherit-font", String::new()))
        );
        assert_eq!(
            checked_attribute("theme=dark"),
            Ok(("theme", "dark".into()))
        );
        assert_eq!(
            checked_attribute("id=a=b"),
            Ok(("id", "a=b".into())),
            "the first = ends the name"
        );
        let unknown = checked_attribute("hidden").unwrap_err();
        assert!(
            unknown.starts_with(
                "<versus-card> has no attribute \"hidden\"; its attributes are preset, priorities,"
            ),
            "{unknown}"
        );
        assert_eq!(
            checked_attribute("x onclick=alert(1)").unwrap_err(),
            "\"x onclick\" is not an attribute name"
        );
        assert_eq!(
            checked_attribute("theme=blue").unwrap_err(),
            "theme is one of auto, light, dark, not \"blue\""
        );
        assert_eq!(
            checked_attribute("compact=yes").unwrap_err(),
            "compact is present or absent: give it without a value, not \"yes\""
        );
        assert!(checked_attribute("preset")
            .unwrap_err()
            .starts_with("preset needs a value (a preset id"));
    }

    #[test]
    fn a_state_becomes_the_preset_and_the_priorities() {
        assert!(attributes_for_state(None).is_empty());
        assert_eq!(
            attributes_for_state(Some("preset:chat")),
            vec![("preset", "chat".to_string())]
        );
        assert_eq!(
            attributes_for_state(Some("preset:chat,speed,ml:high")),
            vec![
                ("preset", "chat".to_string()),
                ("priorities", "speed,ml:high".to_string())
            ]
        );
        assert_eq!(
            attributes_for_state(Some("none")),
            vec![("priorities", "none".to_string())]
        );
    }
}
