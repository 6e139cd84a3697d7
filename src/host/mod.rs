//! The one place that touches the host page: the `<versus-card>` element's
//! lifecycle (called from `embed/versus.js`), its attributes and Shadow DOM,
//! the URL fragment, the clipboard, fetching a `src` spec, and DOM events.

mod hosted;
mod page;

use std::cell::RefCell;

use yew::AppHandle;

use crate::model::share;
use crate::ui::EmbedConfig;
use hosted::{HostedCard, HostedCardProps};

/// The card's styles, adopted by every card's shadow root: one parsed sheet
/// for the whole page, no extra request, and allowed under a strict CSP.
const CARD_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/card.css"));

/// A mounted card: its element and Yew app.
struct Mounted {
    element: web_sys::HtmlElement,
    app: AppHandle<HostedCard>,
    fragment_key: String,
    folder: String,
}

thread_local! {
    static CARDS: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
    static STYLES: RefCell<Option<web_sys::CssStyleSheet>> = const { RefCell::new(None) };
}

/// Called (through `main.rs`) by `<versus-card>` when it enters the page: renders the card into
/// the element's shadow root. `folder` is the URL of the folder the card's
/// files are served from, for the embed snippet.
pub fn mount(element: web_sys::HtmlElement, folder: String) {
    if CARDS.with(|cards| cards.borrow().iter().any(|m| m.element == element)) {
        return;
    }
    let Some(root) = page::shadow_container(&element, styles().as_ref()) else {
        return;
    };
    let config = read_config(&element);
    let fragment_key = unique_fragment_key(config.share_key.clone());
    let props = HostedCardProps {
        config,
        fragment_key: fragment_key.clone().into(),
        folder: folder.clone().into(),
        host: page::Host(element.clone()),
    };
    let app = yew::Renderer::<HostedCard>::with_root_and_props(root, props).render();
    CARDS.with(|cards| {
        cards.borrow_mut().push(Mounted {
            element,
            app,
            fragment_key,
            folder,
        })
    });
}

/// Called when `<versus-card>` leaves the page: frees its app.
pub fn unmount(element: web_sys::HtmlElement) {
    let removed = CARDS.with(|cards| {
        let mut cards = cards.borrow_mut();
        let index = cards.iter().position(|m| m.element == element)?;
        Some(cards.remove(index))
    });
    if let Some(mounted) = removed {
        mounted.app.destroy();
    }
}

/// Called when one of the element's attributes changes: the card follows.
pub fn attribute_changed(element: web_sys::HtmlElement) {
    CARDS.with(|cards| {
        let mut cards = cards.borrow_mut();
        if let Some(mounted) = cards.iter_mut().find(|m| m.element == element) {
            let config = read_config(&element);
            mounted.app.update(HostedCardProps {
                config,
                fragment_key: mounted.fragment_key.clone().into(),
                folder: mounted.folder.clone().into(),
                host: page::Host(element.clone()),
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

/// The element's own key if it has a usable one, else `versus`, `versus-2`, …
/// in mount order; never one another card on the page already uses.
fn unique_fragment_key(wanted: Option<String>) -> String {
    let taken =
        |key: &str| CARDS.with(|cards| cards.borrow().iter().any(|m| m.fragment_key == key));
    if let Some(key) = wanted.filter(|key| !taken(key)) {
        return key;
    }
    let mut n = 1;
    loop {
        let key = if n == 1 {
            share::DEFAULT_KEY.to_string()
        } else {
            format!("{}-{n}", share::DEFAULT_KEY)
        };
        if !taken(&key) {
            return key;
        }
        n += 1;
    }
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
