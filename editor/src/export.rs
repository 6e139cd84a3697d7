//! What the author takes away: the JSON file, and the lines to paste into a post.

use versus::embed::{self, Inside};

use crate::document::slug;

/// How the snippet gives the card its comparison.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Delivery {
    /// `src="NAME.json"`: the file published next to the post.
    #[default]
    File,
    /// The JSON inside the element, for a post that cannot host a file.
    Inline,
}

/// Choices for the embed snippet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SnippetOptions {
    /// Where the comparison comes from.
    pub delivery: Delivery,
    /// `loading="lazy"`: the card starts only when it nears the screen.
    pub lazy: bool,
    /// The static fallback HTML inside the element, for readers without scripts.
    pub fallback: Option<String>,
    /// The card rendered ahead of time (`versus::render::render_card`), so
    /// the post's first paint shows it before any script runs.
    pub rendered: Option<String>,
}

/// A file name (without `.json`) from the comparison's title:
/// "Tea vs Coffee" gives `tea-vs-coffee`, a title with no usable letters `comparison`.
pub fn file_stem(title: &str) -> String {
    let stem = slug(title);
    if stem.is_empty() {
        "comparison".to_string()
    } else {
        stem
    }
}

/// Cleans a file stem the author typed: no folders, no `.json` twice.
pub fn clean_stem(typed: &str) -> String {
    let typed = typed.trim();
    let typed = typed.strip_suffix(".json").unwrap_or(typed);
    let name = typed.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = name
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    let cleaned = cleaned.trim_matches('.');
    if cleaned.is_empty() {
        "comparison".to_string()
    } else {
        cleaned.to_string()
    }
}

/// The two lines for a post: the loader (`loader` is the URL of versus.js),
/// then the card. With [`Delivery::Inline`], `json` goes inside it.
pub fn snippet(loader: &str, stem: &str, json: &str, options: &SnippetOptions) -> String {
    let mut attributes = Vec::new();
    if options.delivery == Delivery::File {
        attributes.push(("src", format!("{stem}.json")));
    }
    if options.lazy {
        attributes.push(("loading", "lazy".to_string()));
    }
    if options.rendered.is_some() {
        attributes.push((versus::render::RENDERED_ATTRIBUTE, String::new()));
    }
    let inside = Inside {
        rendered: options.rendered.as_deref(),
        json: (options.delivery == Delivery::Inline).then_some(json),
        fallback: options.fallback.as_deref(),
    };
    embed::snippet(loader, &attributes, inside) + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_come_from_the_title() {
        assert_eq!(file_stem("Tea vs Coffee"), "tea-vs-coffee");
        assert_eq!(file_stem("شاي أم قهوة"), "comparison");
        assert_eq!(clean_stem("../posts/tea.json"), "tea");
        assert_eq!(clean_stem("   "), "comparison");
    }

    #[test]
    fn inline_json_cannot_close_its_script() {
        let json = r#"{"title": "</script><script>alert(1)</script>"}"#;
        let safe = embed::script_safe_json(json);
        assert!(!safe.contains('<'));
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap_or_default();
        assert_eq!(back["title"], "</script><script>alert(1)</script>");
    }

    #[test]
    fn snippets_say_where_the_comparison_is() {
        let file = snippet(
            "https://blog.example/versus/versus.js",
            "tea",
            "{}",
            &SnippetOptions::default(),
        );
        assert_eq!(
            file,
            "<script type=\"module\" src=\"https://blog.example/versus/versus.js\" blocking=\"render\"></script>\n<versus-card src=\"tea.json\"></versus-card>\n"
        );
        let inline = snippet(
            "/versus/versus.js",
            "tea",
            "{\"title\": \"a<b\"}\n",
            &SnippetOptions {
                delivery: Delivery::Inline,
                lazy: true,
                fallback: Some("<p>Tea</p>".into()),
                rendered: None,
            },
        );
        assert_eq!(
            inline,
            "<script type=\"module\" src=\"/versus/versus.js\"></script>\n<versus-card loading=\"lazy\">\n<script type=\"application/json\">\n{\"title\": \"a\\u003cb\"}\n</script>\n<p>Tea</p>\n</versus-card>\n"
        );
    }

    #[test]
    fn a_rendered_card_comes_first_and_says_so() {
        let rendered = snippet(
            "/versus/versus.js",
            "tea",
            "{}",
            &SnippetOptions {
                fallback: Some("<p>Tea</p>".into()),
                rendered: Some("<template shadowrootmode=\"open\"></template>".into()),
                ..SnippetOptions::default()
            },
        );
        assert_eq!(
            rendered,
            "<script type=\"module\" src=\"/versus/versus.js\" async></script>\n<versus-card src=\"tea.json\" data-versus-rendered>\n<template shadowrootmode=\"open\"></template>\n<p>Tea</p>\n</versus-card>\n"
        );
    }
}
