//! The one place that touches the host page.

use wasm_bindgen::JsCast;

use crate::ui::DefaultCard;

/// Mounts a card into every element marked `data-versus-card`.
///
/// An element that is missing or of the wrong kind is skipped, never a panic:
/// the rest of the page must keep working whatever its markup.
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(nodes) = document.query_selector_all("[data-versus-card]") else {
        return;
    };
    for index in 0..nodes.length() {
        if let Some(element) = nodes
            .item(index)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            element.set_text_content(None);
            yew::Renderer::<DefaultCard>::with_root(element).render();
        }
    }
}
