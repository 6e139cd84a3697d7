//! The card as static HTML, for every place the card never starts: feed
//! readers, newsletters, reader mode, search snippets, pages without
//! JavaScript, print. Rendered on the server by Yew (`crate::render`), from
//! the same model calls as the card (`evaluate`, `describe`, the author's
//! strings), never a second implementation of scoring or wording.
//!
//! The markup is plain and semantic (headings, lists, a table with a caption
//! and scoped headers), with stable `versus-fallback-*` class names a page
//! may style, no `style` attribute and nothing that runs, so it reads well
//! with no CSS, under a strict CSP and through a sanitizer.

use yew::prelude::*;

use crate::model::strings::Text;
use crate::model::{describe, evaluate, Choices, Comparison, Priorities, SharedComparison};
use crate::ui::evidence::{citations, marker, source_list, sources_heading};

/// Properties of [`Fallback`].
#[derive(Properties, PartialEq, Clone)]
pub struct FallbackProps {
    /// The comparison to show.
    pub comparison: SharedComparison,
    /// The reader's choices the recommendation is for.
    pub choices: Choices,
}

/// Title, the recommendation with every total, its reasons, a table of
/// every criterion, each use case with its recommendation, the attribution.
#[function_component(Fallback)]
pub fn fallback(props: &FallbackProps) -> Html {
    let comparison = &props.comparison;
    let priorities = props.choices.priorities();
    html! {
        <div class="versus-fallback" lang={comparison.language().tag().to_string()} dir={comparison.language().dir()}>
            <h2 class="versus-fallback-title">{ comparison.title() }</h2>
            if let Some(subtitle) = comparison.subtitle() {
                <p class="versus-fallback-subtitle">{ subtitle }</p>
            }
            { verdict(comparison, priorities) }
            { table(comparison, priorities) }
            { use_cases(comparison) }
            if !comparison.sources().is_empty() {
                <h3 class="versus-fallback-sources-heading">{ sources_heading(comparison) }</h3>
                { source_list(comparison, true) }
            }
            if let Some(attribution) = comparison.attribution() {
                <p class="versus-fallback-attribution">
                    if let Some(url) = attribution.url() {
                        <a href={url.as_str().to_string()}>{ attribution.text() }</a>
                    } else {
                        { attribution.text() }
                    }
                </p>
            }
        </div>
    }
}

/// The recommendation for these priorities, as the card words it.
fn verdict(comparison: &Comparison, priorities: &Priorities) -> Html {
    let strings = comparison.strings();
    let evaluation = evaluate(comparison, priorities);
    let words = describe(comparison, priorities, &evaluation);
    let reasons: Vec<&String> = words
        .reasons
        .iter()
        .chain(&words.what_would_change)
        .collect();
    html! {
        <section class="versus-fallback-verdict">
            <h3>{ strings.get(Text::VerdictHeading) }</h3>
            <p class="versus-fallback-headline">
                <strong>{ &words.headline }</strong>
                if !words.confidence.is_empty() {
                    { " " }<span class="versus-fallback-confidence">{ format!("({})", words.confidence) }</span>
                }
            </p>
            if !evaluation.standings().is_empty() {
                <ul class="versus-fallback-totals">
                    { for comparison.contender_indexes().zip(comparison.contenders()).map(|(index, contender)| {
                        let points = evaluation.points_of(index).unwrap_or(0).to_string();
                        html! {
                            <li>{ format!("{}: {}", contender.name(), strings.fill(Text::Total, &[("total", &points)])) }</li>
                        }
                    }) }
                </ul>
            }
            if !reasons.is_empty() {
                <ul class="versus-fallback-reasons">
                    { for reasons.iter().map(|reason| html! { <li>{ reason.as_str() }</li> }) }
                </ul>
            }
            if let Some(estimates) = &words.estimates {
                <p class="versus-fallback-estimates">{ estimates }</p>
            }
        </section>
    }
}

/// Every criterion × contender: score, reason, and whether it is an estimate;
/// the priorities that count for the verdict above are marked with their importance.
fn table(comparison: &Comparison, priorities: &Priorities) -> Html {
    let strings = comparison.strings();
    let separator = strings.get(Text::DecimalSeparator);
    html! {
        <table class="versus-fallback-scores">
            <caption>{ strings.get(Text::FallbackTableCaption) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ strings.get(Text::FallbackCriterion) }</th>
                    { for comparison.contenders().iter().map(|contender| html! { <th scope="col">{ contender.name() }</th> }) }
                </tr>
            </thead>
            <tbody>
                { for comparison.criterion_indexes().zip(comparison.criteria()).map(|(index, criterion)| html! {
                    <tr>
                        <th scope="row">
                            { criterion.label() }
                            if let Some(importance) = priorities.get(index) {
                                { " " }<span class="versus-fallback-importance">{ format!("({})",
                                    strings.fill(Text::FallbackCounted, &[("importance", strings.get(importance.text()))])) }</span>
                            }
                        </th>
                        { for criterion.scores().iter().map(|score| html! {
                            <td>
                                <strong>{ strings.fill(Text::ScoreOutOfTen, &[("score", &score.value().display_with(separator))]) }</strong>
                                { " " }{ marker(comparison, score) }{ " " }{ score.reason() }{ citations(comparison, score) }
                            </td>
                        }) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// Each preset as a use case with the card's headline for it.
fn use_cases(comparison: &Comparison) -> Html {
    if comparison.presets().is_empty() {
        return Html::default();
    }
    let strings = comparison.strings();
    html! {
        <>
            <h3 class="versus-fallback-use-cases-heading">{ strings.get(Text::FallbackUseCases) }</h3>
            <ul class="versus-fallback-use-cases">
                { for comparison.preset_indexes().zip(comparison.presets()).map(|(index, preset)| {
                    let priorities = Priorities::from_preset(comparison, index);
                    let evaluation = evaluate(comparison, &priorities);
                    let words = describe(comparison, &priorities, &evaluation);
                    html! { <li><strong>{ format!("{}:", preset.label()) }</strong>{ " " }{ words.headline }</li> }
                }) }
            </ul>
        </>
    }
}
