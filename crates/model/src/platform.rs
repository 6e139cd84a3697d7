//! What validation asks of the platform it runs on, so that the model stays
//! pure and nothing is written twice: where the card runs, the browser
//! itself parses links (its WHATWG URL parser), knows each language's
//! number symbols (`Intl.NumberFormat`, CLDR's data), each character's
//! Unicode general category (its regular expressions) and CSS colours (a
//! canvas's `fillStyle`); natively ([`crate::native::Native`], behind the
//! `native` feature) the url crate, ICU4X's CLDR data, unicode-properties
//! and csscolorparser do the same. A browser test keeps the
//! two in agreement (tests/platform-agreement.json). Asking the browser is
//! also what keeps those tables out of the card's wasm (docs/performance.md).

/// The parts of an absolute URL that validation checks, as the WHATWG URL
/// standard reads them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlParts {
    /// The scheme without its colon, lower case: `https`.
    pub scheme: String,
    /// The host as the parser serialises it; empty when there is none.
    pub host: String,
    /// Whether the URL names a user or a password before its host.
    pub has_credentials: bool,
}

/// The services validation needs from where it runs.
pub trait Platform {
    /// Parses `text` as an absolute URL, or `None` when the URL standard
    /// refuses it.
    fn url_parts(&self, text: &str) -> Option<UrlParts>;

    /// The decimal separator of a language (a well-formed BCP 47 tag) when
    /// written with Latin digits, as CLDR has it: "." for `en`, "," for
    /// `de`; `None` when the platform has no data for it.
    fn decimal_separator(&self, language: &str) -> Option<String>;

    /// Whether `text` has a character that shows up by itself: one that is
    /// not white space, not a mark (general category M: accents, Arabic
    /// harakat, vowel signs, variation selectors) and not in category C
    /// (controls, format characters such as zero-width spaces and direction
    /// controls, surrogates, private use, unassigned).
    fn has_visible_character(&self, text: &str) -> bool;

    /// `text` as a hex colour, lower case: `#rrggbb`, or `#rrggbbaa` when it
    /// is not opaque; `None` when the platform does not read it as a CSS
    /// colour. Validation asks only about `rgb()`/`hsl()` with plain
    /// arguments and colour names ([`crate::validate::plain_colour`]
    /// checks the syntax first), the forms every browser turns into sRGB.
    fn colour_hex(&self, text: &str) -> Option<String>;
}
