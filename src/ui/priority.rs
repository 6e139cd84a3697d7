//! One row per criterion: its switch, its importance while on, the
//! contenders' bars and scores while on, and behind one disclosure what the
//! criterion means and why each contender scores what it does, with the
//! citations. The reader meets each criterion once.
//!
//! A component with comparable props, not a plain function: a click changes
//! one row, and Yew then skips the fourteen others (docs/performance.md "Size and speed"
//! has the measurements). Its state stays in the card's reducer.

use yew::prelude::*;

use crate::model::strings::{Strings, Text};
use crate::model::{Action, CriterionIndex, Importance};
use crate::ui::bars::{accent_of, bar};
use crate::ui::evidence::{citations, marker, quotes};
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
    /// Whether its disclosure (meaning, reasons, citations) is open.
    pub open: bool,
    /// The card's reducer; stable for the card's life, unlike a new callback.
    pub dispatcher: UseReducerDispatcher<CardState>,
    /// `false` in a card rendered into the page's HTML, before it is live:
    /// the row's controls are `inert`, its label and scores are not (a
    /// screen reader reads them before the card runs, or where it never does).
    pub live: bool,
}

/// One criterion's row of the card.
#[function_component(PriorityRow)]
pub fn priority_row_component(props: &PriorityRowProps) -> Html {
    let dispatcher = props.dispatcher.clone();
    let send = Callback::from(move |action: CardAction| dispatcher.dispatch(action));
    // The select shows the importance the card holds. Its `selected`
    // attributes say so only until the reader picks a level (then the
    // browser keeps what was picked): a preset or Reset that comes back to
    // a level picked before would leave another one showing.
    let select = use_node_ref();
    {
        let select = select.clone();
        use_effect_with(props.importance, move |importance| {
            if let (Some(level), Some(select)) =
                (importance, select.cast::<web_sys::HtmlSelectElement>())
            {
                select.set_value(level.id());
            }
        });
    }
    priority_row(props, &send, &select)
}

/// The row: a `role="switch"` button named by its visible label (Space and
/// Enter flip it, as on any button); while on, a native select for the
/// importance and one line per contender with its bar, score and what the
/// score rests on; a disclosure button whose panel is rendered only while
/// open (every element of the card costs its layout, and most rows stay
/// closed).
fn priority_row(props: &PriorityRowProps, send: &Callback<CardAction>, select: &NodeRef) -> Html {
    let (comparison, index) = (&props.comparison, props.index);
    let strings = comparison.strings();
    let criterion = comparison.criterion(index);
    let panel_id = format!("{}-{}-about", props.card_key, criterion.id());
    let on = props.importance.is_some();
    let ontoggle = send.reform(move |_: MouseEvent| CardAction::Choose(Action::Toggle(index)));
    let ondisclose = send.reform(move |_: MouseEvent| CardAction::Disclose(index));
    let about = strings.fill(Text::AboutCriterion, &[("criterion", criterion.label())]);
    let inert = !props.live;
    html! {
        <li class={if on { "versus-priority is-on" } else { "versus-priority" }} data-criterion={criterion.id().to_string()}>
            <button type="button" class="versus-switch" role="switch" aria-checked={if on { "true" } else { "false" }}
                {inert} onclick={ontoggle}>{ &criterion.label() }</button>
            if let Some(current) = props.importance {
                { importance_choice(
                    &strings.fill(Text::ImportanceOf, &[("criterion", criterion.label())]),
                    current,
                    strings,
                    &send.reform(move |level| CardAction::Choose(Action::SetImportance(index, level))),
                    select,
                    inert,
                ) }
            }
            <button type="button" class="versus-info" aria-expanded={if props.open { "true" } else { "false" }}
                aria-controls={props.open.then(|| panel_id.clone())} aria-label={about} {inert} onclick={ondisclose}>{ "i" }</button>
            if on {
                { for comparison.contenders().iter().zip(criterion.scores()).enumerate().map(|(i, (contender, score))| html! {
                    <p class="versus-score" data-contender={contender.id().to_string()}>
                        { &contender.name() }
                        { bar(score.value().tenths(), accent_of(contender, i)) }
                        <span class="versus-score-value">{ strings.fill(Text::ScoreOutOfTen, &[("score", &score.value().display_with(strings.get(Text::DecimalSeparator)))]) }</span>
                        { marker(comparison, score) }
                    </p>
                }) }
            }
            if props.open {
                <div id={panel_id} class="versus-about">
                    <p class="versus-priority-description">{ &criterion.description() }</p>
                    <p class="versus-why">{ strings.get(Text::WhyTheseScores) }</p>
                    <ul class="versus-reasons">
                        { for comparison.contenders().iter().zip(criterion.scores()).map(|(contender, score)| html! {
                            <li>
                                <strong>{ &contender.name() }</strong>{ ": " }{ &score.reason() }{ citations(comparison, score) }
                                { quotes(score) }
                            </li>
                        }) }
                    </ul>
                </div>
            }
        </li>
    }
}

/// A native select for how much a criterion counts: one control on the
/// switch's line, four elements. `label` is its accessible name; `onchange`
/// is called with the importance picked; `select` refers to the element.
fn importance_choice(
    label: &str,
    current: Importance,
    strings: &Strings,
    onchange: &Callback<Importance>,
    select: &NodeRef,
    inert: bool,
) -> Html {
    // A value that is not a level (nothing else can be chosen) changes nothing.
    let onchange = {
        let onchange = onchange.clone();
        Callback::from(move |event: Event| {
            let picked = event
                .target_dyn_into::<web_sys::HtmlSelectElement>()
                .and_then(|select| Importance::from_id(&select.value()));
            if let Some(level) = picked {
                onchange.emit(level);
            }
        })
    };
    html! {
        <select ref={select.clone()} class="versus-importance" aria-label={label.to_string()} {inert} {onchange}>
            { for Importance::ALL.into_iter().map(|level| html! {
                <option value={level.id()} selected={level == current}>{ strings.get(level.text()) }</option>
            }) }
        </select>
    }
}
