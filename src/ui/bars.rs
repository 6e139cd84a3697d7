//! A horizontal bar in inline SVG: presentation attributes only, so it needs
//! no inline style and works under a strict Content-Security-Policy.

use yew::prelude::*;

use crate::model::comparison::Contender;

/// Colours for contenders whose author gave no accent; readable on light and dark.
const FALLBACK_ACCENTS: [&str; 6] = [
    "#3b6fd4", "#c2572b", "#2f8f5b", "#8a4fc9", "#b8860b", "#c23b6e",
];

/// The accent colour of a contender, or a fallback by its position.
pub fn accent_of(contender: &Contender, index: usize) -> AttrValue {
    match contender.accent() {
        Some(colour) => AttrValue::from(colour.as_str().to_string()),
        None => AttrValue::Static(FALLBACK_ACCENTS[index % FALLBACK_ACCENTS.len()]),
    }
}

/// A bar `percent` full (0 to 100) in `colour` (validated CSS colour syntax).
/// Decorative: the number next to it carries the information for everyone.
/// Its track is the stylesheet's background for the whole bar, not an
/// element of its own.
///
/// A plain function rather than a component: it has no state, and each
/// component type costs the wasm file its own copy of Yew's lifecycle code.
pub fn bar(percent: u32, colour: AttrValue) -> Html {
    html! {
        <svg class="versus-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="versus-bar-fill" width={percent.min(100).to_string()} height="8" rx="2" fill={colour} />
        </svg>
    }
}
