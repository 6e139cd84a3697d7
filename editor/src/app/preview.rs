//! The real card as readers will see it, beside the form.
//!
//! It is `versus::ui::Card` itself, rendered by its own Yew app inside a
//! shadow root with the card's stylesheet, exactly as `<versus-card>` is on
//! a blog: the editor's styles cannot reach it, and it looks the same.

use versus::model::share::starting_choices;
use versus::ui::{Card, SharedComparison, Theme};
use yew::prelude::*;
use yew::AppHandle;

/// Properties of [`Preview`].
#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    /// The comparison to show: the current one, or the last valid one.
    pub comparison: Option<SharedComparison>,
    /// Whether that is the document as it is now.
    pub current: bool,
}

/// The preview panel: theme and use-case choices, a note when the document
/// has problems, and the card.
#[function_component(Preview)]
pub fn preview(props: &PreviewProps) -> Html {
    let theme = use_state_eq(|| Theme::Light);
    let preset = use_state_eq(|| None::<String>);
    // A use case the author removed is no longer offered.
    let preset_now = (*preset).clone().filter(|id| {
        props
            .comparison
            .as_ref()
            .is_some_and(|c| c.presets().iter().any(|p| p.id() == id))
    });
    let card = PreviewCardProps {
        comparison: props.comparison.clone(),
        theme: *theme,
        preset: preset_now.clone(),
    };
    let host = use_node_ref();
    let app = use_mut_ref(|| None::<AppHandle<PreviewCard>>);
    {
        let (host, app) = (host.clone(), app.clone());
        use_effect_with(card, move |card| {
            let mut app = app.borrow_mut();
            if let Some(handle) = app.as_mut() {
                handle.update(card.clone());
            } else if let Some(root) = host
                .cast::<web_sys::HtmlElement>()
                .and_then(|element| versus::host::card_root(&element))
            {
                *app = Some(
                    yew::Renderer::<PreviewCard>::with_root_and_props(root, card.clone()).render(),
                );
            }
        });
    }
    {
        let app = app.clone();
        use_effect_with((), move |_| {
            move || {
                if let Some(handle) = app.borrow_mut().take() {
                    handle.destroy();
                }
            }
        });
    }
    let ontheme = {
        let theme = theme.clone();
        Callback::from(move |event: Event| {
            let value = event
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            theme.set(Theme::from_name(&value).unwrap_or(Theme::Light));
        })
    };
    let onpreset = {
        let preset = preset.clone();
        Callback::from(move |event: Event| {
            let value = event
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            preset.set((!value.is_empty()).then_some(value));
        })
    };
    let presets = props
        .comparison
        .as_ref()
        .map(|c| {
            c.presets()
                .iter()
                .map(|p| (p.id().to_string(), p.label().to_string()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let status = match (&props.comparison, props.current) {
        (None, _) => {
            Some("Nothing to preview yet: the card appears once the problems listed are fixed.")
        }
        (Some(_), false) => {
            Some("The document has problems, so this is the last version without any.")
        }
        (Some(_), true) => None,
    };
    html! {
        <aside class="editor-preview" aria-labelledby="editor-preview-heading">
            <h2 id="editor-preview-heading">{"Preview"}</h2>
            <div class="editor-preview-controls">
                <label>{"Theme "}
                    <select onchange={ontheme} data-testid="preview-theme">
                        <option value="light" selected={*theme == Theme::Light}>{"Light"}</option>
                        <option value="dark" selected={*theme == Theme::Dark}>{"Dark"}</option>
                    </select>
                </label>
                <label>{"Start from "}
                    <select onchange={onpreset} data-testid="preview-preset">
                        <option value="" selected={preset_now.is_none()}>{"Your defaults"}</option>
                        {for presets.into_iter().map(|(id, label)| {
                            let selected = preset_now.as_deref() == Some(id.as_str());
                            html! { <option value={id} {selected}>{label}</option> }
                        })}
                    </select>
                </label>
            </div>
            <p class="editor-preview-status" role="status" data-testid="preview-status">
                {status.unwrap_or("")}
            </p>
            <div class="editor-preview-card" ref={host} data-testid="preview-card"></div>
        </aside>
    }
}

/// Properties of [`PreviewCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct PreviewCardProps {
    /// What to show.
    pub comparison: Option<SharedComparison>,
    /// Light or dark.
    pub theme: Theme,
    /// The use case to start from, if any.
    pub preset: Option<String>,
}

/// The card inside the preview's shadow root.
#[function_component(PreviewCard)]
pub fn preview_card(props: &PreviewCardProps) -> Html {
    let Some(comparison) = props.comparison.clone() else {
        return html! {};
    };
    let initial = props
        .preset
        .as_ref()
        .and_then(|id| starting_choices(&comparison, Some(id), None)?.ok());
    // A new use case starts the card afresh, as a reader's would (a new
    // comparison does by itself).
    let key = props.preset.clone().unwrap_or_default();
    html! {
        <Card {key} {comparison} {initial} theme={props.theme} card_key="preview" />
    }
}
