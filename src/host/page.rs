//! Small wrappers over the browser APIs the card needs. Every failure is an
//! `Option`/`Result` the caller handles: the host page may be anything.

use gloo::events::EventListener;
use gloo::net::http::Request;
use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;
use gloo::utils::format::JsValueSerdeExt;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::Callback;

use crate::model::share::{find_in_fragment, update_fragment};
use crate::rendered::{shape_of_markup, RECORD_ATTRIBUTE};
use crate::ui::CopyOutcome;

/// The `<versus-card>` element, comparable so it can sit in Yew properties.
#[derive(Clone, Debug, PartialEq)]
pub struct Host(pub web_sys::HtmlElement);

/// The element's shadow root (created if needed) with the card's styles
/// adopted. A shadow root the page's HTML declared (a rendered card) is
/// kept: attaching another would empty it.
pub fn adopt_styles(
    element: &web_sys::HtmlElement,
    styles: Option<&web_sys::CssStyleSheet>,
) -> Option<web_sys::ShadowRoot> {
    let shadow = match element.shadow_root() {
        Some(shadow) => shadow,
        None => element
            .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
            .ok()?,
    };
    if let Some(styles) = styles {
        shadow.set_adopted_style_sheets(&js_sys::Array::of1(styles));
    }
    Some(shadow)
}

/// The root of the card the page's HTML holds in the element's declared
/// shadow root (`versus render --card`), if it has one.
pub fn rendered_root(element: &web_sys::HtmlElement) -> Option<web_sys::Element> {
    let selector = format!(".versus-root[{RECORD_ATTRIBUTE}]");
    element.shadow_root()?.query_selector(&selector).ok()?
}

/// The shape of the markup under `root`, as the server computed it from
/// the markup it wrote: the browser's serialization of the same nodes (one
/// call, rather than a walk over each node through JavaScript). Browsers
/// escape `<` in text and attribute values, so [`shape_of_markup`] reads it
/// as it read the server's; a browser that does not (in an attribute) only
/// makes the card render afresh.
pub fn shape_of(root: &web_sys::Element) -> u64 {
    shape_of_markup(&root.inner_html())
}

/// Makes the controls of a hydrated card usable: the rendered card holds
/// them `inert` until it is live (`CardProps::live`).
pub fn wake_controls(host: &Host) {
    let Some(shadow) = host.0.shadow_root() else {
        return;
    };
    let Ok(asleep) = shadow.query_selector_all("[inert]") else {
        return;
    };
    for index in 0..asleep.length() {
        if let Some(element) = asleep
            .item(index)
            .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
        {
            let _ = element.remove_attribute("inert");
        }
    }
}

/// The element's shadow root (created if needed) with the card's styles
/// adopted, emptied, and an empty element inside it for Yew to render into.
pub fn shadow_container(
    element: &web_sys::HtmlElement,
    styles: Option<&web_sys::CssStyleSheet>,
) -> Option<web_sys::Element> {
    let shadow = adopt_styles(element, styles)?;
    let document = element.owner_document()?;
    let container = document.create_element("div").ok()?;
    container.set_class_name("versus-root");
    shadow.set_text_content(None);
    shadow.append_child(&container).ok()?;
    Some(container)
}

/// Replaces the card with an error box after a panic, using the DOM alone
/// (nothing of Yew, whose state may be half-updated). The message is set as
/// text. Removing Yew's root also removes its event listeners.
pub fn show_failure(element: &web_sys::HtmlElement, message: &str) {
    let Some(shadow) = element.shadow_root() else {
        return;
    };
    let Some(document) = element.owner_document() else {
        return;
    };
    let Ok(note) = document.create_element("div") else {
        return;
    };
    note.set_class_name("versus-card versus-error");
    let _ = note.set_attribute("role", "alert");
    let _ = note.set_attribute("data-testid", "failure");
    note.set_text_content(Some(&format!(
        "This card stopped because of an error in the card itself, not in this page. Reloading the page usually helps. Details for the card's authors: {message}"
    )));
    shadow.set_text_content(None);
    let _ = shadow.append_child(&note);
    let _ = element.set_attribute("data-versus-failed", "");
}

/// The text of a child `<script type="application/json">`, if the page gave one.
pub fn inline_json(element: &web_sys::HtmlElement) -> Option<String> {
    let script = element
        .query_selector(":scope > script[type='application/json']")
        .ok()??;
    script.text_content()
}

/// The page's URL fragment, with its `#`.
pub fn current_fragment() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// A fragment write waiting for the next paint: the card's key, its value,
/// and the frame request (dropping it would cancel the request). At most
/// one waits (the host's `fragment_write`); a newer click replaces its value.
pub(super) struct PendingWrite {
    key: String,
    value: Option<String>,
    frame: AnimationFrame,
}

/// Replaces one card's pair in the fragment without adding a history entry
/// (the back button should leave the post, not undo a switch), just after
/// the next frame is painted.
///
/// `history.replaceState` costs about 1.5 ms of the main thread per call in
/// Chromium (2 ms with the CPU 4x slower), as much as Yew's whole re-render
/// of a click: made before the paint, it pushed the new verdict into a later
/// frame (docs/performance.md "Size and speed"). After the paint the reader sees the
/// verdict first; clicks within one frame make one write. Anything that
/// reads the URL calls `flush_fragment` first.
pub fn write_fragment_after_paint(key: &str, value: Option<&str>) {
    super::instance(|i| {
        let mut pending = i.fragment_write.borrow_mut();
        // A write already waiting keeps its frame request; only the value changes.
        let frame = match pending.take() {
            Some(waiting) => waiting.frame,
            // A task queued from a frame's callback runs after that frame's paint.
            None => request_animation_frame(|_| {
                Timeout::new(0, flush_fragment).forget();
            }),
        };
        *pending = Some(PendingWrite {
            key: key.to_string(),
            value: value.map(str::to_string),
            frame,
        });
    });
}

/// Makes the waiting fragment write, if any, now.
fn flush_fragment() {
    // After a panic nothing in this instance runs again, a late frame included.
    if super::is_broken() {
        return;
    }
    // Taken out before writing: the borrow ends before any other call.
    let waiting = super::instance(|i| i.fragment_write.borrow_mut().take());
    if let Some(waiting) = waiting {
        let before = current_fragment();
        replace_fragment(
            &before,
            update_fragment(&before, &waiting.key, waiting.value.as_deref()),
        );
    }
}

/// Moves a card's pair in the fragment to a new key, value unchanged, in
/// one history replacement.
pub fn rename_fragment_key(from: &str, to: &str) {
    flush_fragment();
    let before = current_fragment();
    let without = update_fragment(&before, from, None);
    let after = match find_in_fragment(&before, from) {
        Some(value) => update_fragment(&without, to, Some(value)),
        None => without,
    };
    replace_fragment(&before, after);
}

/// Puts `after` (without its `#`) in place of the fragment `before`, unless
/// nothing changed.
fn replace_fragment(before: &str, after: String) {
    if after == before.strip_prefix('#').unwrap_or(before) {
        return;
    }
    let window = gloo::utils::window();
    let location = window.location();
    let url = if after.is_empty() {
        // No fragment left: drop the bare '#' as well.
        format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        )
    } else {
        format!("#{after}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Copies the page's current URL (kept in step by [`write_fragment_after_paint`]).
pub fn copy_current_link(done: Callback<CopyOutcome>) {
    flush_fragment();
    let link = gloo::utils::window().location().href().unwrap_or_default();
    copy_text(link, done);
}

/// Copies a text; where copying is refused or impossible, answers with the
/// text so the caller can show it for copying by hand.
pub fn copy_text(text: String, done: Callback<CopyOutcome>) {
    let Some(clipboard) = clipboard() else {
        return done.emit(Err(text));
    };
    let promise = clipboard.write_text(&text);
    spawn_local(async move {
        match JsFuture::from(promise).await {
            Ok(_) => done.emit(Ok(())),
            Err(_) => done.emit(Err(text)),
        }
    });
}

/// The async clipboard, if this page has one. Browsers offer it only in
/// secure contexts (https, localhost): on a blog served over plain http
/// `navigator.clipboard` is undefined, and web-sys's getter would hand
/// back `undefined` typed as a `Clipboard`.
fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = gloo::utils::window().navigator();
    js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .ok()?
        .dyn_into::<web_sys::Clipboard>()
        .ok()
}

/// Why a `src` comparison could not be fetched.
pub enum FetchError {
    /// The server answered with this HTTP status.
    Status(u16),
    /// No answer at all: offline, blocked, or cross-origin without CORS.
    Unreachable,
}

/// Whether `url` (relative ones resolve against the page) is on the page's
/// own origin. Anything unreadable counts as elsewhere.
pub fn is_same_origin(url: &str) -> bool {
    let location = gloo::utils::window().location();
    let (Ok(page), Ok(origin)) = (location.href(), location.origin()) else {
        return false;
    };
    web_sys::Url::new_with_base(url, &page).is_ok_and(|url| url.origin() == origin)
}

/// Fetches a text file; relative URLs resolve against the page, as in HTML.
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|_| FetchError::Unreachable)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    response.text().await.map_err(|_| FetchError::Unreachable)
}

/// The `detail` of a `versus-change` event, as the page's script reads it.
#[derive(Serialize)]
struct ChangeDetail<'a> {
    /// The share-link value of the reader's choices (null for the defaults).
    state: Option<&'a str>,
    /// The recommended contender's id, or null when there is none.
    winner: Option<&'a str>,
}

/// Tells the page about a card's new state with a `versus-change` event on
/// the element: `detail.state` is the share-link value, `detail.winner` the
/// recommended contender's id (or null).
pub fn dispatch_change(host: &Host, state: Option<&str>, winner: Option<&str>) {
    let Ok(detail) = JsValue::from_serde(&ChangeDetail { state, winner }) else {
        return;
    };
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(event) =
        web_sys::CustomEvent::new_with_event_init_dict(crate::ui::element::CHANGE_EVENT, &init)
    {
        let _ = host.0.dispatch_event(&event);
    }
}

/// Tells `printing` when the browser starts (`true`) and ends (`false`)
/// printing the page, for as long as the returned listeners live: the card
/// then shows what paper cannot open. Nothing when there is no window.
pub fn follow_printing(printing: impl Fn(bool) + 'static) -> impl FnOnce() {
    let printing = std::rc::Rc::new(printing);
    let listeners = web_sys::window().map(|window| {
        let (before, after) = (printing.clone(), printing);
        (
            EventListener::new(&window, "beforeprint", move |_| before(true)),
            EventListener::new(&window, "afterprint", move |_| after(false)),
        )
    });
    move || drop(listeners)
}
