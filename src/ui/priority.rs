//! One priority row: switch, label, description disclosure and importance.

use yew::prelude::*;

use crate::model::strings::{Strings, Text};
use crate::model::Importance;

/// Properties of [`PriorityRow`].
#[derive(Properties, PartialEq, Clone)]
pub struct PriorityRowProps {
    /// Prefix that keeps element ids unique when several cards share a page.
    pub card_key: AttrValue,
    /// Criterion id.
    pub id: AttrValue,
    /// Short label.
    pub label: AttrValue,
    /// One-line description, shown on demand.
    pub description: AttrValue,
    /// `None` when off, else its importance.
    pub importance: Option<Importance>,
    /// The card's wording.
    pub strings: Strings,
    /// Called when the reader flips the switch.
    pub ontoggle: Callback<()>,
    /// Called when the reader picks an importance.
    pub onimportance: Callback<Importance>,
}

/// A `role="switch"` button (Space and Enter flip it, as on any button), a
/// disclosure button for the description (works by touch and keyboard, not
/// hover), and, while on, a radio group for the importance.
#[function_component(PriorityRow)]
pub fn priority_row(props: &PriorityRowProps) -> Html {
    let open = use_state_eq(|| false);
    let base = format!("{}-{}", props.card_key, props.id);
    let label_id = format!("{base}-label");
    let description_id = format!("{base}-desc");
    let on = props.importance.is_some();
    let ontoggle = props.ontoggle.reform(|_: MouseEvent| ());
    let ondisclose = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let about = props
        .strings
        .fill(Text::AboutCriterion, &[("criterion", &props.label)]);
    html! {
        <li class={if on { "versus-priority is-on" } else { "versus-priority" }} data-criterion={props.id.clone()}>
            <div class="versus-priority-main">
                <button
                    type="button"
                    class="versus-switch"
                    role="switch"
                    aria-checked={if on { "true" } else { "false" }}
                    aria-labelledby={label_id.clone()}
                    onclick={ontoggle}
                >
                    <span class="versus-switch-track" aria-hidden="true"><span class="versus-switch-thumb"></span></span>
                </button>
                <span id={label_id} class="versus-priority-label">{ &props.label }</span>
                <button
                    type="button"
                    class="versus-info"
                    aria-expanded={if *open { "true" } else { "false" }}
                    aria-controls={description_id.clone()}
                    aria-label={about}
                    onclick={ondisclose}
                >
                    <span aria-hidden="true">{ "i" }</span>
                </button>
            </div>
            <p id={description_id} class="versus-priority-description" hidden={!*open}>{ &props.description }</p>
            if let Some(current) = props.importance {
                { importance_choice(
                    &format!("{base}-importance"),
                    &props.strings.fill(Text::ImportanceOf, &[("criterion", &props.label)]),
                    current,
                    &props.strings,
                    &props.onimportance,
                ) }
            }
        </li>
    }
}

/// Native radio buttons styled as a segmented control: arrow keys move
/// between levels, as screen-reader users expect of a radio group. `name` is
/// the group's name, unique on the page; `label` its accessible name;
/// `onchange` is called with the importance picked. A plain function: no
/// state of its own, and no component type's lifecycle code in the wasm.
pub fn importance_choice(
    name: &str,
    label: &str,
    current: Importance,
    strings: &Strings,
    onchange: &Callback<Importance>,
) -> Html {
    html! {
        <fieldset class="versus-importance">
            <legend class="versus-visually-hidden">{ label }</legend>
            { for Importance::ALL.into_iter().map(|level| {
                let onchange = onchange.reform(move |_: Event| level);
                html! {
                    <label class="versus-importance-option">
                        <input type="radio" name={name.to_string()} value={level.id()} checked={level == current} {onchange} />
                        <span>{ strings.get(level.text()) }</span>
                    </label>
                }
            }) }
        </fieldset>
    }
}
