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
                <ImportanceChoice
                    name={format!("{base}-importance")}
                    label={props.strings.fill(Text::ImportanceOf, &[("criterion", &props.label)])}
                    {current}
                    strings={props.strings.clone()}
                    onchange={props.onimportance.clone()}
                />
            }
        </li>
    }
}

/// Properties of [`ImportanceChoice`].
#[derive(Properties, PartialEq, Clone)]
pub struct ImportanceChoiceProps {
    /// Radio group name, unique on the page.
    pub name: String,
    /// Accessible name of the group.
    pub label: String,
    /// The importance in force.
    pub current: Importance,
    /// The card's wording.
    pub strings: Strings,
    /// Called with the importance picked.
    pub onchange: Callback<Importance>,
}

/// Native radio buttons styled as a segmented control: arrow keys move
/// between levels, as screen-reader users expect of a radio group.
#[function_component(ImportanceChoice)]
pub fn importance_choice(props: &ImportanceChoiceProps) -> Html {
    html! {
        <fieldset class="versus-importance">
            <legend class="versus-visually-hidden">{ &props.label }</legend>
            { for Importance::ALL.into_iter().map(|level| {
                let onchange = props.onchange.reform(move |_: Event| level);
                html! {
                    <label class="versus-importance-option">
                        <input type="radio" name={props.name.clone()} value={level.id()} checked={level == props.current} {onchange} />
                        <span>{ props.strings.get(level.text()) }</span>
                    </label>
                }
            }) }
        </fieldset>
    }
}
