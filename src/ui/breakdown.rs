//! Per-criterion bars for the priorities that are on, with each score's reason.
//!
//! Each group is a component with comparable props: a click adds, removes or
//! reorders one group, and Yew leaves the others alone.

use yew::prelude::*;

use crate::model::strings::Text;
use crate::model::{CriterionIndex, Importance, Priorities};
use crate::ui::bars::{accent_of, bar};
use crate::ui::evidence::{citations, marker, quotes};
use crate::ui::SharedComparison;

/// Properties of [`BreakdownGroup`].
#[derive(Properties, PartialEq, Clone)]
pub struct BreakdownGroupProps {
    /// The comparison (compared by identity).
    pub comparison: SharedComparison,
    /// Which criterion.
    pub index: CriterionIndex,
    /// How much it counts.
    pub importance: Importance,
}

/// One group per priority that is on, most important first; nothing when
/// no priority is on.
pub fn breakdown(c: &SharedComparison, priorities: &Priorities) -> Html {
    let strings = c.strings();
    let mut on: Vec<_> = priorities.on().collect();
    // Most important first; equal importance keeps the author's order.
    on.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    if on.is_empty() {
        return html! {};
    }
    html! {
        <section class="versus-breakdown" data-testid="breakdown">
            <h3 class="versus-section-heading">{ strings.get(Text::BreakdownHeading) }</h3>
            <ul class="versus-breakdown-list">
                { for on.into_iter().map(|(index, importance)| html! {
                    <BreakdownGroup key={c.criterion(index).id().to_string()} comparison={c.clone()} {index} {importance} />
                }) }
            </ul>
        </section>
    }
}

/// One criterion's scores, with their reasons behind a disclosure.
#[function_component(BreakdownGroup)]
fn breakdown_group(props: &BreakdownGroupProps) -> Html {
    let c = &props.comparison;
    let strings = c.strings();
    let importance = props.importance;
    let criterion = c.criterion(props.index);
    html! {
                        <li class="versus-breakdown-item" data-criterion={criterion.id().to_string()}>
                            <p class="versus-breakdown-label">
                                { &criterion.label() }
                                <span class="versus-breakdown-importance">{ strings.get(importance.text()) }</span>
                            </p>
                            <ul class="versus-score-list">
                                { for c.contenders().iter().zip(criterion.scores()).enumerate().map(|(i, (contender, score))| {
                                    html! {
                                        <li class="versus-score" data-contender={contender.id().to_string()}>
                                            <span class="versus-score-name">{ &contender.name() }</span>
                                            { bar(score.value().tenths(), accent_of(contender, i)) }
                                            <span class="versus-score-end">
                                                <span class="versus-score-value">{ strings.fill(Text::ScoreOutOfTen, &[("score", &score.value().display_with(strings.get(Text::DecimalSeparator)))]) }</span>
                                                { marker(c, score) }
                                            </span>
                                        </li>
                                    }
                                }) }
                            </ul>
                            <details class="versus-reasons">
                                <summary>{ strings.get(Text::WhyTheseScores) }</summary>
                                <ul>
                                    { for c.contenders().iter().zip(criterion.scores()).map(|(contender, score)| html! {
                                        <li>
                                            <strong>{ &contender.name() }</strong>{ ": " }{ &score.reason() }{ citations(c, score) }
                                            { quotes(score) }
                                        </li>
                                    }) }
                                </ul>
                            </details>
                        </li>
    }
}
