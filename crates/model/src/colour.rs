//! CSS colours read without a browser (the `css-colours` feature): the
//! native platform's answer, and the command line's on Node, which has no
//! canvas. The card in a browser asks its canvas instead (`versus_js`).

/// `text` as csscolorparser reads it, written as `#rrggbb` or `#rrggbbaa`.
pub fn css_colour_hex(text: &str) -> Option<String> {
    csscolorparser::parse(text)
        .ok()
        .map(|parsed| parsed.to_css_hex())
}
