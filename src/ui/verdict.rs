//! The recommendation: headline, totals, reasons and what would change it.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::strings::Text;
use crate::model::{Comparison, Evaluation, VerdictText};

/// Properties of [`VerdictPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct VerdictPanelProps {
    /// The comparison, for names and wording.
    pub comparison: Rc<Comparison>,
    /// The ranking.
    pub evaluation: Rc<Evaluation>,
    /// The verdict in words.
    pub text: Rc<VerdictText>,
}

/// A polite live region, so screen readers announce each new recommendation.
#[function_component(VerdictPanel)]
pub fn verdict_panel(props: &VerdictPanelProps) -> Html {
    let strings = &props.comparison.strings;
    let text = &props.text;
    html! {
        <section class="versus-verdict" aria-live="polite" aria-atomic="true" data-testid="verdict">
            <h3 class="versus-verdict-heading">{ strings.get(Text::VerdictHeading) }</h3>
            <p class="versus-headline" data-testid="headline">{ &text.headline }</p>
            if !text.confidence.is_empty() {
                <p class="versus-confidence" data-testid="confidence">{ &text.confidence }</p>
            }
            if !props.evaluation.standings.is_empty() {
                <ul class="versus-totals">
                    { for props.comparison.contenders.iter().enumerate().map(|(index, contender)| {
                        let points = props.evaluation.points_of(index).unwrap_or(0);
                        html! {
                            <li class="versus-total" data-contender={contender.id.clone()}>
                                <span class="versus-total-name">{ &contender.name }</span>
                                <span class="versus-total-points">{ strings.fill(Text::Total, &[("total", &points.to_string())]) }</span>
                            </li>
                        }
                    }) }
                </ul>
            }
            { for text.reasons.iter().map(|reason| html! { <p class="versus-reason">{ reason }</p> }) }
            if let Some(change) = &text.what_would_change {
                <p class="versus-what-if" data-testid="what-would-change">{ change }</p>
            }
        </section>
    }
}
