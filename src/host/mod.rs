//! The one place that touches the host page: the `<versus-card>` element's
//! lifecycle (called from `embed/versus.js`), its attributes and Shadow DOM,
//! the URL fragment, the clipboard, fetching a `src` spec, and DOM events.
//! A card the page's HTML already holds hydrates in `hydrate.rs`.

mod hosted;
mod hydrate;
mod page;

pub use page::copy_text;
/// The browser as the model's platform (crates/js), for the host and the editor.
pub use versus_js::JsEngine;

use std::cell::{Cell, RefCell};

use wasm_bindgen::JsCast;
use yew::AppHandle;

use crate::model::{share, Choices};
use crate::ui::EmbedConfig;
use hosted::{HostedCard, HostedCardProps, Preloaded};

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

/// Everything this wasm instance keeps between the element's calls. The
/// loader gives every card its own wasm instance (a spare one is reused
/// only after its card left the page), so an instance renders one card at
/// most, and this is that card's state.
///
/// Each part has a cell of its own, rather than the whole behind one
/// `RefCell`: the parts are used while others are borrowed. The panic hook
/// reads `element` and sets `broken` while the call that panicked may hold
/// `card`; `attribute_changed` holds `card` while Yew renders, and the card's
/// effects then write `choices` and `fragment_write`.
struct Instance {
    /// The mounted card, if any.
    card: RefCell<Option<Mounted>>,
    /// The element this instance renders, kept apart from `card` so the
    /// panic hook can reach it even while `card` is borrowed.
    element: RefCell<Option<web_sys::HtmlElement>>,
    /// Set by the panic hook: after a panic nothing in this instance is trusted again.
    broken: Cell<bool>,
    /// The card's stylesheet, made on first use.
    styles: RefCell<Option<web_sys::CssStyleSheet>>,
    /// The reader's choices as a share-link value, as last written (`None`:
    /// the defaults), for [`embed_snippet`].
    choices: RefCell<Option<String>>,
    /// A rendered card whose comparison is loading, before it hydrates.
    pending_hydration: RefCell<Option<web_sys::HtmlElement>>,
    /// The URL fragment's write waiting for the next paint
    /// ([`page::write_fragment_after_paint`]).
    fragment_write: RefCell<Option<page::PendingWrite>>,
}

impl Instance {
    const fn new() -> Self {
        Instance {
            card: RefCell::new(None),
            element: RefCell::new(None),
            broken: Cell::new(false),
            styles: RefCell::new(None),
            choices: RefCell::new(None),
            pending_hydration: RefCell::new(None),
            fragment_write: RefCell::new(None),
        }
    }
}

thread_local! {
    /// This wasm instance's state: the one thread-local of the host (the
    /// browser platform's caches in `platform.rs` serve the editor and the
    /// command line too, and stay there).
    static INSTANCE: Instance = const { Instance::new() };
}

/// Runs `f` with this wasm instance's state.
fn instance<R>(f: impl FnOnce(&Instance) -> R) -> R {
    INSTANCE.with(f)
}

/// Remembers the reader's choices as a share-link value, for [`embed_snippet`].
fn remember_state(state: Option<&str>) {
    instance(|i| *i.choices.borrow_mut() = state.map(str::to_string));
}

/// Called (through `main.rs`) by the element's `embedSnippet(loader)`: the
/// two lines that give a blog this card as the reader has set it (its
/// preset, priorities and theme), loading the card from `loader`. The demo
/// page's "Embed this card" panel shows them.
pub fn embed_snippet(element: &web_sys::HtmlElement, loader: &str) -> String {
    let state = instance(|i| i.choices.borrow().clone());
    let mut attributes = crate::embed::attributes_for_state(state.as_deref());
    let theme = read_config(element).theme;
    if theme != crate::ui::Theme::Auto {
        attributes.push(("theme", theme.name().to_string()));
    }
    crate::embed::snippet(loader, &attributes, Default::default())
}

/// Whether a panic has stopped this wasm instance; the exports then do nothing.
pub fn is_broken() -> bool {
    instance(|i| i.broken.get())
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
            let first = !instance(|i| i.broken.replace(true));
            if !first {
                return;
            }
            let message = info.to_string();
            gloo::console::error!(format!("versus: the card stopped: {message}"));
            let element = instance(|i| i.element.try_borrow().ok().and_then(|e| e.clone()));
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
    let already = instance(|i| i.card.borrow().as_ref().map(|m| m.element == element));
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
        Some(rendered) => hydrate::take_over_when_loaded(element, rendered),
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
    instance(|i| {
        *i.element.borrow_mut() = Some(element.clone());
        *i.card.borrow_mut() = Some(Mounted {
            element,
            app,
            fragment_key: props.fragment_key.to_string(),
            preloaded: props.preloaded,
        });
    });
}

/// Called when `<versus-card>` leaves the page: frees its app.
pub fn unmount(element: web_sys::HtmlElement) {
    if is_broken() {
        return;
    }
    hydrate::forget(&element);
    let mounted_here = instance(|i| {
        i.card
            .borrow()
            .as_ref()
            .is_some_and(|m| m.element == element)
    });
    if mounted_here {
        unmount_current();
    }
}

/// Destroys the mounted card's app, if any.
fn unmount_current() {
    instance(|i| i.element.borrow_mut().take());
    if let Some(mounted) = instance(|i| i.card.borrow_mut().take()) {
        mounted.app.destroy();
    }
}

/// Called when one of the element's attributes changes: the card follows.
pub fn attribute_changed(element: web_sys::HtmlElement) {
    if is_broken() {
        return;
    }
    instance(|i| {
        let mut card = i.card.borrow_mut();
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
        EmbedConfig::read(|name| card.get_attribute(name), None)
            .share_key()
            .map(str::to_string)
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
    instance(|i| {
        let mut cell = i.styles.borrow_mut();
        if cell.is_none() {
            let sheet = web_sys::CssStyleSheet::new().ok()?;
            sheet.replace_sync(CARD_CSS).ok()?;
            *cell = Some(sheet);
        }
        cell.clone()
    })
}
