//! One priority row: switch, label, description disclosure and importance.
//!
//! Plain functions rather than components: they keep no state of their own
//! (the card's reducer does), and every component type costs the wasm file
//! its own copy of Yew's lifecycle code.

use yew::prelude::*;

use crate::model::comparison::Criterion;
use crate::model::strings::{Strings, Text};
use crate::model::{Action, Importance};
use crate::ui::CardAction;

/// One priority: a `role="switch"` button (Space and Enter flip it, as on
/// any button), a disclosure button for the description (works by touch and
/// keyboard, not hover), and, while on, a radio group for the importance.
/// `card_key` keeps element ids unique when several cards share a page.
pub fn priority_row(
    card_key: &str,
    index: usize,
    criterion: &Criterion,
    importance: Option<Importance>,
    open: bool,
    strings: &Strings,
    send: &Callback<CardAction>,
) -> Html {
    let base = format!("{card_key}-{}", criterion.id());
    let label_id = format!("{base}-label");
    let description_id = format!("{base}-desc");
    let on = importance.is_some();
    let ontoggle = send.reform(move |_: MouseEvent| CardAction::Choose(Action::Toggle(index)));
    let ondisclose = send.reform(move |_: MouseEvent| CardAction::Disclose(index));
    let about = strings.fill(Text::AboutCriterion, &[("criterion", criterion.label())]);
    html! {
        <li key={criterion.id().to_string()} class={if on { "versus-priority is-on" } else { "versus-priority" }} data-criterion={criterion.id().to_string()}>
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
