//! The recommendation: headline, totals, reasons and what would change it.

use yew::prelude::*;

use crate::model::strings::Text;
use crate::model::{Comparison, Confidence, Evaluation, Outcome, VerdictText};
use crate::ui::bars::{accent_of, bar};

/// The headline and confidence sit in a polite live region, so screen readers
/// announce each new recommendation without reading the whole panel again.
pub fn verdict_panel(c: &Comparison, evaluation: &Evaluation, text: &VerdictText) -> Html {
    let strings = c.strings();
    let confidence_class = match evaluation.outcome() {
        Outcome::Win {
            confidence: Confidence::Clear,
            ..
        } => "versus-verdict is-clear",
        Outcome::Win { .. } => "versus-verdict is-lean",
        Outcome::TossUp { .. } => "versus-verdict is-toss-up",
        Outcome::NothingSelected => "versus-verdict is-empty",
    };
    let winner = evaluation.outcome().winner();
    html! {
        <section class={confidence_class} data-testid="verdict">
            // A heading to find the verdict by, for screen readers; on screen
            // the headline says what it is, and the line is better spent.
            <h3 class="versus-visually-hidden">{ strings.get(Text::VerdictHeading) }</h3>
            <div class="versus-verdict-live" aria-live="polite" aria-atomic="true" data-testid="verdict-live">
                <p class="versus-headline" data-testid="headline">{ &text.headline }</p>
                if !text.confidence.is_empty() {
                    <p class="versus-confidence" data-testid="confidence">{ &text.confidence }</p>
                }
            </div>
            if !evaluation.standings().is_empty() {
                <ul class="versus-totals" data-testid="totals">
                    { for c.contender_indexes().zip(c.contenders()).map(|(index, contender)| {
                        let points = evaluation.points_of(index).unwrap_or(0);
                        html! {
                            <li class={if winner == Some(index) { "versus-total is-winner" } else { "versus-total" }} data-contender={contender.id().to_string()}>
                                <span class="versus-total-name">{ &contender.name() }</span>
                                { bar(points, accent_of(contender, index.position())) }
                                <span class="versus-total-points" data-testid="points">{ strings.fill(Text::Total, &[("total", &points.to_string())]) }</span>
                            </li>
                        }
                    }) }
                </ul>
            }
            { for text.reasons.iter().map(|reason| html! { <p class="versus-reason">{ reason }</p> }) }
            if let Some(change) = &text.what_would_change {
                <p class="versus-what-if" data-testid="what-would-change">{ change }</p>
            }
            if let Some(estimates) = &text.estimates {
                <p class="versus-estimates" data-testid="estimates">{ estimates }</p>
            }
        </section>
    }
}
