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
    match &contender.accent {
        Some(colour) => AttrValue::from(colour.as_str().to_string()),
        None => AttrValue::Static(FALLBACK_ACCENTS[index % FALLBACK_ACCENTS.len()]),
    }
}

/// Properties of [`Bar`].
#[derive(Properties, PartialEq, Clone)]
pub struct BarProps {
    /// How full the bar is, from 0 to 100.
    pub percent: u32,
    /// Fill colour (validated CSS colour syntax).
    pub colour: AttrValue,
}

/// Decorative: the number next to it carries the information for everyone.
#[function_component(Bar)]
pub fn bar(props: &BarProps) -> Html {
    html! {
        <svg class="versus-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="versus-bar-track" width="100" height="8" rx="2" />
            <rect class="versus-bar-fill" width={props.percent.min(100).to_string()} height="8" rx="2" fill={props.colour.clone()} />
        </svg>
    }
}
