//! The card's components rendered ahead of time, by Yew's server renderer,
//! for `versus render` and the editor's Publish: one view layer for the live
//! card, the card in a page's HTML and the static fallback.
//!
//! - [`render_fallback`]: the static fallback ([`Fallback`]), plain HTML
//!   for feed readers, email and sanitisers.
//! - [`render_card`]: the card as the browser would first render it, inside
//!   a `<template shadowrootmode="open">` with its stylesheet, so the page's
//!   first paint shows it before any script has run; the live card hydrates
//!   it (`src/host`). Its root carries a [`RenderRecord`] so the card can
//!   tell whether the markup is still what it would render.

use yew::prelude::*;

use crate::model::share::encode;
use crate::model::{Choices, Comparison, SharedComparison};
use crate::rendered::{comparison_fingerprint, shape_of_markup, RenderRecord};
use crate::ui::{Card, CardProps, Fallback, FallbackProps, Theme, CARD_CSS};
use crate::VERSION;

/// The attribute on `<versus-card>` that says its HTML holds the rendered
/// card: the loader reserves no room for it, since it is already there.
pub const RENDERED_ATTRIBUTE: &str = "data-versus-rendered";

/// Runs Yew's server renderer.
async fn render_component<C>(props: C::Properties, hydratable: bool) -> String
where
    C: BaseComponent,
{
    yew::LocalServerRenderer::<C>::with_props(props)
        .hydratable(hydratable)
        .render()
        .await
}

/// Waits for a render where Yew's scheduler runs synchronously: natively,
/// and in wasm built with Yew's `not_browser_env` (the command line on
/// Node). Nothing in these components suspends, so the render is ready at
/// its first poll and the executor never waits. In a browser, where the
/// scheduler needs the event loop, await the `async` functions instead.
fn block_on(render: impl std::future::Future<Output = String>) -> String {
    futures::executor::block_on(render)
}

/// The static HTML of `comparison` for the reader's `choices`: title, the
/// recommendation with every total, its reasons, a table of every criterion,
/// each use case with its recommendation, and the attribution.
pub async fn fallback_markup(comparison: &Comparison, choices: &Choices) -> String {
    without_line_breaks(
        &render_component::<Fallback>(
            FallbackProps {
                comparison: SharedComparison::new(comparison.clone()),
                choices: choices.clone(),
            },
            false,
        )
        .await,
    )
}

/// [`fallback_markup`], where the scheduler is synchronous (see [`block_on`]).
pub fn render_fallback(comparison: &Comparison, choices: &Choices) -> String {
    block_on(fallback_markup(comparison, choices))
}

/// How the page shows the card, as its attributes will say.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Look {
    /// The `theme` attribute.
    pub theme: Theme,
    /// The `compact` attribute.
    pub compact: bool,
    /// The `inherit-font` attribute.
    pub inherit_font: bool,
}

/// The host's component, as it stands when the card starts: one component
/// around the [`Card`], so the server's markup has the same component marks
/// as the live card's first render (src/host/hosted.rs).
#[function_component(RenderedRoot)]
fn rendered_root(props: &CardProps) -> Html {
    html! { <Card ..props.clone() /> }
}

/// Yew's component marks as a release build writes them (`<!--<[]>-->`):
/// a debug build names each component inside, which hydration never reads.
/// So the command line prints the same card however it was built, and
/// shorter. (The server renderer escapes every `<` in text and attribute
/// values, so these openings are marks and nothing else.)
fn without_component_names(markup: &str) -> String {
    const MARKS: [&str; 2] = ["<!--<[", "<!--</["];
    let mut out = String::with_capacity(markup.len());
    let mut rest = markup;
    while let Some((at, mark)) = MARKS
        .iter()
        .filter_map(|mark| rest.find(mark).map(|at| (at, *mark)))
        .min()
    {
        let after = &rest[at + mark.len()..];
        let Some(end) = after.find("]>-->") else {
            break;
        };
        out.push_str(&rest[..at]);
        out.push_str(mark);
        out.push_str("]>-->");
        rest = &after[end + "]>-->".len()..];
    }
    out.push_str(rest);
    out
}

/// `markup` (elements and text, no `<style>` or `<script>`) with each line
/// break in an author's text written as a character reference, which the
/// browser reads back as the same break. Markdown ends a block of HTML at
/// a blank line and treats what follows as Markdown, so a description with
/// an empty line in it would break a card pasted into a Markdown post.
fn without_line_breaks(markup: &str) -> String {
    markup.replace('\r', "&#13;").replace('\n', "&#10;")
}

/// The card for `choices` as a declarative shadow root: a `<template
/// shadowrootmode="open">` holding the card's stylesheet and the card as the
/// live card first renders it, its controls inert until it is live.
pub async fn card_markup(comparison: &Comparison, choices: &Choices, look: Look) -> String {
    let state = encode(comparison, choices);
    let props = CardProps {
        comparison: SharedComparison::new(comparison.clone()),
        initial: Some(choices.clone()),
        notice: None,
        theme: look.theme,
        compact: look.compact,
        inherit_font: look.inherit_font,
        card_key: AttrValue::Static("versus"),
        onchange: Callback::noop(),
        oncopylink: Callback::noop(),
        live: false,
        printing: false,
    };
    let markup = without_line_breaks(&without_component_names(
        &render_component::<RenderedRoot>(props, true).await,
    ));
    let record = RenderRecord {
        version: VERSION.to_string(),
        comparison: comparison_fingerprint(comparison),
        shape: shape_of_markup(&markup),
        state,
    };
    format!(
        "<template shadowrootmode=\"open\"><style>{CARD_CSS}</style><div class=\"versus-root\" {}=\"{}\">{markup}</div></template>",
        crate::rendered::RECORD_ATTRIBUTE,
        html_escape::encode_double_quoted_attribute(&record.to_attribute()),
    )
}

/// [`card_markup`], where the scheduler is synchronous (see [`block_on`]).
pub fn render_card(comparison: &Comparison, choices: &Choices, look: Look) -> String {
    block_on(card_markup(comparison, choices, look))
}
