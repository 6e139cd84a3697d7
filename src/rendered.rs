//! A card rendered ahead of time (`versus render --card`) carries a record of
//! what it was rendered from, so the live card can tell, before it hydrates,
//! whether the markup is what it would render itself.
//!
//! Yew's hydration walks the markup node by node and panics at the first
//! element it did not expect; a panic stops the card. So the card hydrates
//! only when three things agree, and otherwise renders afresh in place:
//! - the card's version (an older snippet may have other markup);
//! - the comparison ([`comparison_fingerprint`]: a snippet pasted with another
//!   comparison than its `src` names);
//! - the markup's shape ([`Shape`]: elements and component marks in order,
//!   so an edited snippet is caught), written from the server's output by
//!   [`shape_of_markup`] and read back from the page's DOM by the host.
//!
//! Text and attributes need no check: hydration sets both from the card's
//! own first render.

use std::hash::{Hash, Hasher};

use crate::model::Comparison;

/// The attribute on the rendered card's root that holds its [`RenderRecord`].
pub const RECORD_ATTRIBUTE: &str = "data-versus-render";

/// What a rendered card was rendered from: see the module's documentation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderRecord {
    /// The card's version (Cargo.toml's).
    pub version: String,
    /// [`comparison_fingerprint`] of the comparison it shows.
    pub comparison: u64,
    /// [`Shape::finish`] of its markup.
    pub shape: u64,
    /// The reader's choices it shows, as a share-link value (`None`: the
    /// author's defaults).
    pub state: Option<String>,
}

impl RenderRecord {
    /// The record as the attribute's value: `VERSION COMPARISON SHAPE STATE`,
    /// the fingerprints in hexadecimal, `-` for the defaults. (A share-link
    /// value never holds a space or a lone `-`.)
    pub fn to_attribute(&self) -> String {
        format!(
            "{} {:016x} {:016x} {}",
            self.version,
            self.comparison,
            self.shape,
            self.state.as_deref().unwrap_or("-")
        )
    }

    /// Reads [`RenderRecord::to_attribute`]'s form back; `None` for anything else.
    pub fn parse(attribute: &str) -> Option<RenderRecord> {
        let mut parts = attribute.split(' ');
        let version = parts.next().filter(|v| !v.is_empty())?.to_string();
        let comparison = u64::from_str_radix(parts.next()?, 16).ok()?;
        let shape = u64::from_str_radix(parts.next()?, 16).ok()?;
        let state = match parts.next()? {
            "-" => None,
            state => Some(state.to_string()),
        };
        if parts.next().is_some() {
            return None;
        }
        Some(RenderRecord {
            version,
            comparison,
            shape,
            state,
        })
    }
}

/// FNV-1a, with `usize` always hashed as 64 bits: the same comparison gives
/// the same number natively (the command line) and in the 32-bit wasm (the card).
struct StableHasher(fnv::FnvHasher);

impl Hasher for StableHasher {
    fn finish(&self) -> u64 {
        self.0.finish()
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0.write(bytes);
    }

    fn write_usize(&mut self, value: usize) {
        self.0.write(&(value as u64).to_le_bytes());
    }

    fn write_isize(&mut self, value: isize) {
        self.0.write(&(value as i64).to_le_bytes());
    }
}

fn stable_hasher() -> StableHasher {
    StableHasher(fnv::FnvHasher::default())
}

/// A number that changes with anything in the validated comparison a card
/// shows: texts, scores, presets, wording and language.
pub fn comparison_fingerprint(comparison: &Comparison) -> u64 {
    let mut hasher = stable_hasher();
    comparison.hash(&mut hasher);
    hasher.finish()
}

/// The shape of a rendered card's markup, fed in document order: each
/// element's start and end, and Yew's component marks. Text is left out.
pub struct Shape(StableHasher);

impl Default for Shape {
    fn default() -> Self {
        Shape(stable_hasher())
    }
}

impl Shape {
    /// An element starts (its tag name, in any case).
    pub fn open(&mut self, tag: &str) {
        self.0.write(b"<");
        for byte in tag.bytes() {
            self.0.write(&[byte.to_ascii_lowercase()]);
        }
    }

    /// The element opened last ends.
    pub fn close(&mut self) {
        self.0.write(b">");
    }

    /// A comment: Yew's marks of where a component starts and ends count;
    /// other comments do not.
    pub fn comment(&mut self, text: &str) {
        if text.starts_with("<[") && text.ends_with("]>") {
            self.0.write(b"[");
        } else if text.starts_with("</[") && text.ends_with("]>") {
            self.0.write(b"]");
        }
    }

    /// The shape as a number.
    pub fn finish(&self) -> u64 {
        self.0.finish()
    }
}

/// Elements HTML closes by themselves (Yew writes no end tag for them).
const VOID_ELEMENTS: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// The [`Shape`] of markup written by Yew's server renderer, which escapes
/// every `<` in text and attribute values, so each `<` here starts a tag or
/// a comment. Returns the same number as the host's walk over the DOM the
/// browser builds from it.
pub fn shape_of_markup(markup: &str) -> u64 {
    let mut shape = Shape::default();
    let mut rest = markup;
    while let Some(start) = rest.find('<') {
        rest = &rest[start..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            let end = comment.find("-->").unwrap_or(comment.len());
            shape.comment(&comment[..end]);
            rest = comment.get(end + 3..).unwrap_or("");
        } else if let Some(end_tag) = rest.strip_prefix("</") {
            shape.close();
            rest = end_tag;
        } else {
            let tag = &rest[1..];
            let name_end = tag
                .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
                .unwrap_or(tag.len());
            let name = &tag[..name_end];
            shape.open(name);
            let tag_end = tag.find('>').unwrap_or(tag.len());
            let self_closing = tag[..tag_end].ends_with('/');
            if self_closing || VOID_ELEMENTS.contains(&name.to_ascii_lowercase().as_str()) {
                shape.close();
            }
            rest = tag.get(tag_end + 1..).unwrap_or("");
        }
    }
    shape.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_reads_back_as_written() {
        for state in [None, Some("preset:chat".to_string())] {
            let record = RenderRecord {
                version: "0.1.0".into(),
                comparison: 0x0123_4567_89ab_cdef,
                shape: 7,
                state,
            };
            assert_eq!(
                RenderRecord::parse(&record.to_attribute()),
                Some(record.clone())
            );
        }
    }

    #[test]
    fn anything_else_is_no_record() {
        for garbled in [
            "",
            "0.1.0",
            "0.1.0 zz 00 -",
            "0.1.0 00 00",
            "0.1.0 00 00 - extra",
            " 00 00 -",
        ] {
            assert_eq!(RenderRecord::parse(garbled), None, "{garbled:?}");
        }
    }

    #[test]
    fn the_shape_follows_elements_and_component_marks_not_text_or_attributes() {
        let base =
            shape_of_markup("<!--<[A]>--><div class=\"a\"><p>one</p><input></div><!--</[A]>-->");
        assert_eq!(
            base,
            shape_of_markup("<!--<[]>--><DIV id=\"x&lt;y\"><p>two &lt;b&gt;</p><input type=\"radio\"></DIV><!--</[]>-->")
        );
        for changed in [
            "<!--<[A]>--><div><p>one</p></div><input><!--</[A]>-->",
            "<!--<[A]>--><div><span>one</span><input></div><!--</[A]>-->",
            "<div><p>one</p><input></div>",
            "<!--<[A]>--><div><p>one</p><input><p></p></div><!--</[A]>-->",
        ] {
            assert_ne!(base, shape_of_markup(changed), "{changed}");
        }
        // Other comments and self-closing foreign elements.
        assert_eq!(
            shape_of_markup("<svg><circle r=\"1\"/></svg>"),
            shape_of_markup("<svg><!-- note --><circle r=\"1\"></circle></svg>")
        );
    }

    #[test]
    fn the_comparison_fingerprint_changes_with_the_comparison_only() {
        use crate::model::native::Native;
        let json = include_str!("../content/node-vs-python.json");
        let parse = |json: &str| crate::model::parse_comparison(json, &Native).expect("valid");
        let fingerprint = comparison_fingerprint(&parse(json));
        assert_eq!(fingerprint, comparison_fingerprint(&parse(json)));
        let reformatted: serde_json::Value = serde_json::from_str(json).expect("json");
        assert_eq!(
            fingerprint,
            comparison_fingerprint(&parse(&reformatted.to_string())),
            "the same comparison, written differently"
        );
        for (from, to) in [
            ("Node.js vs Python", "Node.js vs. Python"),
            ("\"score\": 8", "\"score\": 7"),
        ] {
            assert!(json.contains(from), "{from}");
            let changed = json.replacen(from, to, 1);
            assert_ne!(
                fingerprint,
                comparison_fingerprint(&parse(&changed)),
                "{to}"
            );
        }
    }
}
