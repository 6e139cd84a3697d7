//! The one place that touches the host page: the `<versus-card>` element's
//! lifecycle (called from `embed/versus.js`), its attributes and Shadow DOM,
//! the URL fragment, the clipboard, fetching a `src` spec, and DOM events.

mod hosted;
mod page;
mod platform;

pub use page::copy_text;
pub use platform::JsEngine;

use std::cell::{Cell, RefCell};

use wasm_bindgen::JsCast;
use yew::AppHandle;

use crate::model::{share, Choices};
use crate::rendered::{comparison_fingerprint, RenderRecord, RECORD_ATTRIBUTE};
use crate::ui::{EmbedConfig, SpecSource};
use hosted::{HostedCard, HostedCardProps, Loaded, Preloaded};

/// The card's styles, adopted by the card's shadow root: no extra request,
/// and allowed under a strict CSP (constructed stylesheets are not inline styles).
use crate::ui::CARD_CSS;

/// The mounted card: its element and Yew app.
struct Mounted {
    element: web_sys::HtmlElement,
    app: AppHandle<HostedCard>,
    fragment_key: String,
    /// The comparison loaded before a rendered card hydrated, kept for
    /// later renders (they must not load it again).
    preloaded: Option<Preloaded>,
}

// The loader gives every card its own wasm instance (a spare one is reused
// only after its card left the page), so an instance renders one card at most.
thread_local! {
    static CARD: RefCell<Option<Mounted>> = const { RefCell::new(None) };
    static STYLES: RefCell<Option<web_sys::CssStyleSheet>> = const { RefCell::new(None) };
    /// The element this instance renders, kept apart from `CARD` so the
    /// panic hook can reach it even while `CARD` is borrowed.
    static ELEMENT: RefCell<Option<web_sys::HtmlElement>> = const { RefCell::new(None) };
    /// Set by the panic hook: after a panic nothing in this instance is trusted again.
    static BROKEN: Cell<bool> = const { Cell::new(false) };
    /// The reader's choices as a share-link value, as last written (`None`:
    /// the defaults), for [`embed_snippet`].
    static STATE: RefCell<Option<String>> = const { RefCell::new(None) };
    /// A rendered card whose comparison is loading, before it hydrates.
    static PENDING: RefCell<Option<web_sys::HtmlElement>> = const { RefCell::new(None) };
}

/// Remembers the reader's choices as a share-link value, for [`embed_snippet`].
fn remember_state(state: Option<&str>) {
    STATE.with(|cell| *cell.borrow_mut() = state.map(str::to_string));
}

/// Called (through `main.rs`) by the element's `embedSnippet(loader)`: the
/// two lines that give a blog this card as the reader has set it (its
/// preset, priorities and theme), loading the card from `loader`. The demo
/// page's "Embed this card" panel shows them.
pub fn embed_snippet(element: &web_sys::HtmlElement, loader: &str) -> String {
    let state = STATE.with(|cell| cell.borrow().clone());
    let mut attributes = crate::embed::attributes_for_state(state.as_deref());
    let theme = read_config(element).theme;
    if theme != crate::ui::Theme::Auto {
        attributes.push(("theme", theme.name().to_string()));
    }
    crate::embed::snippet(loader, &attributes, Default::default())
}

/// Whether a panic has stopped this wasm instance; the exports then do nothing.
pub fn is_broken() -> bool {
    BROKEN.with(Cell::get)
}

/// A panic is a bug in the card, never in the page. The loader gives every
/// card its own wasm instance, so a panic stops only this instance's card:
/// the hook reports the message in the console and replaces the card with an
/// error box, and the trap that follows ends only this instance.
fn install_panic_hook() {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        // Through Yew, or its renderer would replace the hook with its own.
        yew::set_custom_panic_hook(Box::new(|info| {
            let first = !BROKEN.with(|broken| broken.replace(true));
            if !first {
                return;
            }
            let message = info.to_string();
            gloo::console::error!(format!("versus: the card stopped: {message}"));
            let element = ELEMENT.with(|e| e.try_borrow().ok().and_then(|e| e.clone()));
            if let Some(element) = element {
                page::show_failure(&element, &message);
            }
        }));
    });
}

/// Called (through `main.rs`) by `<versus-card>` when it enters the page:
/// renders the card into the element's shadow root, or hydrates the card
/// the page's HTML already holds there (`versus render --card`).
pub fn mount(element: web_sys::HtmlElement) {
    install_panic_hook();
    let already = CARD.with(|card| card.borrow().as_ref().map(|m| m.element == element));
    match already {
        // Moved within the page: the same card goes on.
        Some(true) => return,
        // Never the case with the loader; a second card would need its own instance.
        Some(false) => unmount_current(),
        None => {}
    }
    if is_broken() {
        return;
    }
    match page::rendered_root(&element) {
        Some(rendered) => take_over_when_loaded(element, rendered),
        None => render_afresh(element, None),
    }
}

/// Renders the card into a new, empty shadow root content.
fn render_afresh(element: web_sys::HtmlElement, preloaded: Option<Preloaded>) {
    let Some(root) = page::shadow_container(&element, styles().as_ref()) else {
        return;
    };
    let props = card_props(&element, preloaded, None);
    let app = yew::Renderer::<HostedCard>::with_root_and_props(root, props.clone()).render();
    remember(element, app, props);
}

/// A rendered card hydrates with its comparison at hand: a `src` one is
/// fetched first. Until then the page shows the rendered card, controls inert.
fn take_over_when_loaded(element: web_sys::HtmlElement, rendered: web_sys::Element) {
    let config = read_config(&element);
    PENDING.with(|pending| *pending.borrow_mut() = Some(element.clone()));
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
    let still_wanted = PENDING.with(|pending| {
        let mut pending = pending.borrow_mut();
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

/// The card's properties as the element's attributes say now.
fn card_props(
    element: &web_sys::HtmlElement,
    preloaded: Option<Preloaded>,
    hydrating: Option<Choices>,
) -> HostedCardProps {
    HostedCardProps {
        config: read_config(element),
        fragment_key: fragment_key_in_page(element).into(),
        host: page::Host(element.clone()),
        preloaded,
        hydrating,
    }
}

/// Keeps the mounted card, for the element's later calls.
fn remember(element: web_sys::HtmlElement, app: AppHandle<HostedCard>, props: HostedCardProps) {
    ELEMENT.with(|cell| *cell.borrow_mut() = Some(element.clone()));
    CARD.with(|card| {
        *card.borrow_mut() = Some(Mounted {
            element,
            app,
            fragment_key: props.fragment_key.to_string(),
            preloaded: props.preloaded,
        })
    });
}

/// Called when `<versus-card>` leaves the page: frees its app.
pub fn unmount(element: web_sys::HtmlElement) {
    if is_broken() {
        return;
    }
    PENDING.with(|pending| {
        let mut pending = pending.borrow_mut();
        if pending.as_ref() == Some(&element) {
            *pending = None;
        }
    });
    let mounted_here =
        CARD.with(|card| card.borrow().as_ref().is_some_and(|m| m.element == element));
    if mounted_here {
        unmount_current();
    }
}

/// Destroys the mounted card's app, if any.
fn unmount_current() {
    ELEMENT.with(|cell| cell.borrow_mut().take());
    if let Some(mounted) = CARD.with(|card| card.borrow_mut().take()) {
        mounted.app.destroy();
    }
}

/// Called when one of the element's attributes changes: the card follows.
pub fn attribute_changed(element: web_sys::HtmlElement) {
    if is_broken() {
        return;
    }
    CARD.with(|card| {
        let mut card = card.borrow_mut();
        if let Some(mounted) = card.as_mut().filter(|m| m.element == element) {
            let config = read_config(&element);
            // A new `id` or `share-key` renames the card's pair in the URL,
            // keeping the reader's choices.
            let fragment_key = fragment_key_in_page(&element);
            if fragment_key != mounted.fragment_key {
                page::rename_fragment_key(&mounted.fragment_key, &fragment_key);
                mounted.fragment_key = fragment_key;
            }
            mounted.app.update(HostedCardProps {
                config,
                fragment_key: mounted.fragment_key.clone().into(),
                host: page::Host(element.clone()),
                preloaded: mounted.preloaded.clone(),
                hydrating: None,
            });
        }
    });
}

fn read_config(element: &web_sys::HtmlElement) -> EmbedConfig {
    EmbedConfig::read(
        |name| element.get_attribute(name),
        page::inline_json(element),
    )
}

/// This card's key in the URL fragment: its own (`share-key` or `id`) if no
/// earlier card on the page has it, else `versus`, `versus-2`, … Decided from
/// the page's cards in document order, not from what this instance has
/// mounted: each card runs in its own wasm instance, and the order of the
/// markup, unlike the order of loading, is the same on every visit.
fn fragment_key_in_page(element: &web_sys::HtmlElement) -> String {
    let wanted = |card: &web_sys::HtmlElement| {
        EmbedConfig::read(|name| card.get_attribute(name), None).share_key
    };
    let mut taken = Vec::new();
    if let Some(cards) = element
        .owner_document()
        .and_then(|document| document.query_selector_all("versus-card").ok())
    {
        for index in 0..cards.length() {
            let Some(card) = cards
                .item(index)
                .and_then(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
            else {
                continue;
            };
            let key = share::assign_key(wanted(&card).as_deref(), &taken);
            if card == *element {
                return key;
            }
            taken.push(key);
        }
    }
    share::assign_key(wanted(element).as_deref(), &taken)
}

/// A shadow root on `element` with the card's styles, and an empty element
/// in it to render a [`crate::ui::Card`] into: how the editor shows the real
/// card as a preview, isolated from the editor's own styles as on a blog.
pub fn card_root(element: &web_sys::HtmlElement) -> Option<web_sys::Element> {
    page::shadow_container(element, styles().as_ref())
}

fn styles() -> Option<web_sys::CssStyleSheet> {
    STYLES.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.is_none() {
            let sheet = web_sys::CssStyleSheet::new().ok()?;
            sheet.replace_sync(CARD_CSS).ok()?;
            *cell = Some(sheet);
        }
        cell.clone()
    })
}
