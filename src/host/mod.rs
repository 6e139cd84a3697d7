//! The one place that touches the host page: where cards mount, their
//! attributes, the URL fragment and the clipboard.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::prelude::*;

use crate::model::content::node_vs_python;
use crate::model::share::{self, decode, encode, find_in_fragment, update_fragment};
use crate::model::strings::Text;
use crate::model::Choices;
use crate::ui::{Card, CopyOutcome, ProblemList, Theme};

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
        let Some(element) = nodes
            .item(index)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let theme = element
            .get_attribute("data-theme")
            .and_then(|t| Theme::from_name(&t))
            .unwrap_or_default();
        // The first card keeps the plain key so its links stay short.
        let fragment_key = if index == 0 {
            share::DEFAULT_KEY.to_string()
        } else {
            format!("{}-{}", share::DEFAULT_KEY, index + 1)
        };
        element.set_text_content(None);
        yew::Renderer::<HostedCard>::with_root_and_props(
            element,
            HostedCardProps {
                fragment_key: fragment_key.into(),
                theme,
            },
        )
        .render();
    }
}

/// Properties of [`HostedCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct HostedCardProps {
    /// This card's key in the URL fragment.
    pub fragment_key: AttrValue,
    /// The theme the page asked for.
    pub theme: Theme,
}

/// Loads the comparison, restores shared choices from the URL, and keeps the
/// URL in step with the reader's choices.
#[function_component(HostedCard)]
pub fn hosted_card(props: &HostedCardProps) -> Html {
    let loaded = use_memo((), |_| node_vs_python().map(Rc::new));
    let comparison = match &*loaded {
        Ok(comparison) => comparison.clone(),
        Err(problems) => return html! { <ProblemList problems={Rc::new(problems.clone())} /> },
    };
    let start = use_memo(props.fragment_key.clone(), |key| {
        let fragment = current_fragment();
        match find_in_fragment(&fragment, key).map(|value| decode(&comparison, value)) {
            None => (None, None),
            Some(Ok(choices)) => (Some(choices), None),
            Some(Err(garbled)) => {
                let note = comparison
                    .strings
                    .fill(Text::StartedFresh, &[("part", &garbled.part)]);
                (None, Some(AttrValue::from(note)))
            }
        }
    });
    let onchange = {
        let (comparison, key) = (comparison.clone(), props.fragment_key.clone());
        Callback::from(move |choices: Choices| {
            write_fragment(&key, encode(&comparison, &choices).as_deref())
        })
    };
    html! {
        <Card
            comparison={comparison.clone()}
            initial={start.0.clone()}
            notice={start.1.clone()}
            theme={props.theme}
            card_key={props.fragment_key.clone()}
            {onchange}
            oncopylink={Callback::from(copy_current_link)}
        />
    }
}

fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Replaces this card's pair in the fragment without adding a history entry
/// (the back button should leave the post, not undo a switch).
fn write_fragment(key: &str, value: Option<&str>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let before = current_fragment();
    let after = update_fragment(&before, key, value);
    if after == before.trim_start_matches('#') {
        return;
    }
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

/// Copies the page's current URL (kept in step by [`write_fragment`]).
fn copy_current_link(done: Callback<CopyOutcome>) {
    let Some(window) = web_sys::window() else {
        return done.emit(Err(String::new()));
    };
    let link = window.location().href().unwrap_or_default();
    let promise = window.navigator().clipboard().write_text(&link);
    spawn_local(async move {
        match JsFuture::from(promise).await {
            Ok(_) => done.emit(Ok(())),
            Err(_) => done.emit(Err(link)),
        }
    });
}
