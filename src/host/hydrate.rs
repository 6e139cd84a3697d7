//! A card the page's HTML already holds (`versus render --card`): its
//! comparison is loaded, its record and markup checked against what this
//! card would render first, and then it hydrates (`Renderer::hydrate`) or
//! is drawn afresh with one console message.

use crate::model::{share, Choices};
use crate::rendered::{comparison_fingerprint, RenderRecord, RECORD_ATTRIBUTE};
use crate::ui::SpecSource;

use super::hosted::{self, HostedCard, Loaded, Preloaded};
use super::{card_props, instance, is_broken, page, read_config, remember, render_afresh, styles};

/// A rendered card hydrates with its comparison at hand: a `src` one is
/// fetched first. Until then the page shows the rendered card, controls inert.
pub(super) fn take_over_when_loaded(element: web_sys::HtmlElement, rendered: web_sys::Element) {
    let config = read_config(&element);
    instance(|i| *i.pending_hydration.borrow_mut() = Some(element.clone()));
    let source = config.source.clone();
    if let Some(loaded) = hosted::load_local(&source) {
        take_over(element, rendered, Preloaded { source, loaded });
        return;
    }
    if let SpecSource::Url(url) = &source {
        let url = url.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let loaded = hosted::load_url(&url, config.same_origin_src).await;
            take_over(element, rendered, Preloaded { source, loaded });
        });
    }
}

/// Hydrates the rendered card if its markup is what this card would render
/// first; otherwise renders afresh in its place, saying why once.
fn take_over(element: web_sys::HtmlElement, rendered: web_sys::Element, preloaded: Preloaded) {
    // The element left the page, or another start replaced this one, while
    // the comparison loaded.
    let still_wanted = instance(|i| {
        let mut pending = i.pending_hydration.borrow_mut();
        let wanted = pending.as_ref() == Some(&element);
        if wanted {
            *pending = None;
        }
        wanted
    });
    if !still_wanted || is_broken() || !element.is_connected() {
        return;
    }
    let record = rendered
        .get_attribute(RECORD_ATTRIBUTE)
        .and_then(|value| RenderRecord::parse(&value));
    match hydration_choices(record.as_ref(), &preloaded, page::shape_of(&rendered)) {
        Ok(shown) => {
            page::adopt_styles(&element, styles().as_ref());
            let props = card_props(&element, Some(preloaded), Some(shown));
            let host = props.host.clone();
            let app =
                yew::Renderer::<HostedCard>::with_root_and_props(rendered, props.clone()).hydrate();
            remember(element, app, props);
            // Yew hydrates in a microtask queued just now; this one runs
            // right after it, when every listener is in place: the reader
            // can use the controls before the card's effects have run.
            wasm_bindgen_futures::spawn_local(async move { page::wake_controls(&host) });
        }
        Err(why) => {
            gloo::console::warn!(format!(
                "versus: the card in this page's HTML {why}, so it was drawn afresh. Render it again with `npx versus-card render FILE --card` (docs/embedding.md, \"The card in the page's HTML\")."
            ));
            render_afresh(element, Some(preloaded));
        }
    }
}

/// The choices the rendered card shows, if hydrating it is safe: same
/// version, same comparison, markup of the shape the server wrote.
fn hydration_choices(
    record: Option<&RenderRecord>,
    preloaded: &Preloaded,
    shape: u64,
) -> Result<Choices, String> {
    let record = record.ok_or("has no readable record of what it was rendered from")?;
    if record.version != crate::VERSION {
        return Err(format!(
            "was rendered by versus {}, and this is versus {}",
            record.version,
            crate::VERSION
        ));
    }
    let Loaded::Ready(comparison) = &preloaded.loaded else {
        return Err("shows a comparison that could not be loaded".to_string());
    };
    if record.comparison != comparison_fingerprint(comparison) {
        return Err(match &preloaded.source {
            SpecSource::Url(url) => format!("shows another comparison than {url}"),
            _ => "shows another comparison than the one inside the element".to_string(),
        });
    }
    if record.shape != shape {
        return Err("was changed after it was rendered".to_string());
    }
    match &record.state {
        None => Ok(Choices::defaults(comparison)),
        Some(state) => share::decode(comparison, state)
            .map_err(|_| "records choices this comparison does not have".to_string()),
    }
}

/// Forgets a rendered card waiting for its comparison, when its element
/// leaves the page: it will not hydrate when the comparison arrives.
pub(super) fn forget(element: &web_sys::HtmlElement) {
    instance(|i| {
        let mut pending = i.pending_hydration.borrow_mut();
        if pending.as_ref() == Some(element) {
            *pending = None;
        }
    });
}
