//! One priority row: switch, label, description disclosure and importance.
//!
//! A component with comparable props, not a plain function: a click changes
//! one row, and Yew then skips the fourteen others (docs/performance.md "Size and speed"
//! has the measurements). Its state stays in the card's reducer.

use yew::prelude::*;

use crate::model::strings::{Strings, Text};
use crate::model::{Action, CriterionIndex, Importance};
use crate::ui::{CardAction, CardState, SharedComparison};

/// Properties of [`PriorityRow`]: everything it shows, so equal props mean
/// an unchanged row.
#[derive(Properties, PartialEq, Clone)]
pub struct PriorityRowProps {
    /// Keeps element ids unique when several cards share a page.
    pub card_key: AttrValue,
    /// The comparison (compared by identity, so the check is cheap).
    pub comparison: SharedComparison,
    /// Which criterion.
    pub index: CriterionIndex,
    /// Its importance, or `None` when it is off.
    pub importance: Option<Importance>,
    /// Whether its description is shown.
    pub open: bool,
    /// The card's reducer; stable for the card's life, unlike a new callback.
    pub dispatcher: UseReducerDispatcher<CardState>,
}

/// One priority row of the card.
#[function_component(PriorityRow)]
pub fn priority_row_component(props: &PriorityRowProps) -> Html {
    let dispatcher = props.dispatcher.clone();
    let send = Callback::from(move |action: CardAction| dispatcher.dispatch(action));
    let comparison = &props.comparison;
    priority_row(
        &props.card_key,
        props.index,
        comparison,
        props.importance,
        props.open,
        &send,
    )
}

/// One priority: a `role="switch"` button (Space and Enter flip it, as on
/// any button), a disclosure button for the description (works by touch and
/// keyboard, not hover), and, while on, a radio group for the importance.
/// `card_key` keeps element ids unique when several cards share a page.
fn priority_row(
    card_key: &str,
    index: CriterionIndex,
    comparison: &SharedComparison,
    importance: Option<Importance>,
    open: bool,
    send: &Callback<CardAction>,
) -> Html {
    let strings = comparison.strings();
    let criterion = comparison.criterion(index);
    let base = format!("{card_key}-{}", criterion.id());
    let label_id = format!("{base}-label");
    let description_id = format!("{base}-desc");
    let on = importance.is_some();
    let ontoggle = send.reform(move |_: MouseEvent| CardAction::Choose(Action::Toggle(index)));
    let ondisclose = send.reform(move |_: MouseEvent| CardAction::Disclose(index));
    let about = strings.fill(Text::AboutCriterion, &[("criterion", criterion.label())]);
    html! {
        <li class={if on { "versus-priority is-on" } else { "versus-priority" }} data-criterion={criterion.id().to_string()}>
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
                <span id={label_id} class="versus-priority-label">{ &criterion.label() }</span>
                <button
                    type="button"
                    class="versus-info"
                    aria-expanded={if open { "true" } else { "false" }}
                    aria-controls={description_id.clone()}
                    aria-label={about}
                    onclick={ondisclose}
                >
                    <span aria-hidden="true">{ "i" }</span>
                </button>
            </div>
            <p id={description_id} class="versus-priority-description" hidden={!open}>{ &criterion.description() }</p>
            if let Some(current) = importance {
                { importance_choice(
                    &format!("{base}-importance"),
                    &strings.fill(Text::ImportanceOf, &[("criterion", criterion.label())]),
                    current,
                    strings,
                    &send.reform(move |level| CardAction::Choose(Action::SetImportance(index, level))),
                ) }
            }
        </li>
    }
}

/// Native radio buttons styled as a segmented control: arrow keys move
/// between levels, as screen-reader users expect of a radio group. `name` is
/// the group's name, unique on the page; `label` its accessible name;
/// `onchange` is called with the importance picked.
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
