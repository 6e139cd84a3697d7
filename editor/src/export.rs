//! What the author takes away: the JSON file, and the lines to paste into a post.

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

/// JSON that can sit inside `<script type="application/json">`: every `<`
/// written as `\u003c`, so no `</script>` or `<!--` in the author's text can
/// end the element early. (`<` only occurs inside JSON strings, where the
/// escape means the same character.)
pub fn script_safe_json(json: &str) -> String {
    json.trim_end().replace('<', "\\u003c")
}

/// The two lines for a post: the loader (`loader` is the URL of versus.js),
/// then the card. With [`Delivery::Inline`], `json` goes inside it.
pub fn snippet(loader: &str, stem: &str, json: &str, options: &SnippetOptions) -> String {
    let mut attributes = String::new();
    if options.delivery == Delivery::File {
        attributes.push_str(&format!(" src=\"{}.json\"", html_attribute(stem)));
    }
    if options.lazy {
        attributes.push_str(" loading=\"lazy\"");
    }
    let mut inside = String::new();
    if options.delivery == Delivery::Inline {
        inside.push_str("\n<script type=\"application/json\">\n");
        inside.push_str(&script_safe_json(json));
        inside.push_str("\n</script>");
    }
    if let Some(fallback) = &options.fallback {
        inside.push('\n');
        inside.push_str(fallback.trim_end());
    }
    if !inside.is_empty() {
        inside.push('\n');
    }
    // A first-screen card without a fallback holds the first paint for the
    // loader, so the page does not shift (docs/embedding.md "Fallback: the whole comparison, for every reader").
    let blocking = if options.lazy || options.fallback.is_some() {
        ""
    } else {
        " blocking=\"render\""
    };
    format!(
        "<script type=\"module\" src=\"{}\"{blocking}></script>\n<versus-card{attributes}>{inside}</versus-card>\n",
        html_attribute(loader)
    )
}

fn html_attribute(text: &str) -> String {
    html_escape::encode_double_quoted_attribute(text).into_owned()
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
        let safe = script_safe_json(json);
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
            },
        );
        assert_eq!(
            inline,
            "<script type=\"module\" src=\"/versus/versus.js\"></script>\n<versus-card loading=\"lazy\">\n<script type=\"application/json\">\n{\"title\": \"a\\u003cb\"}\n</script>\n<p>Tea</p>\n</versus-card>\n"
        );
    }
}
