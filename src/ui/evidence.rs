//! What each score rests on, for the card and its static fallback alike:
//! the marker beside a score, the numbered citations after a reason, the
//! quotes, and the list of sources with their dates. One set of view
//! functions, so the card, the card rendered into a page's HTML and the
//! fallback in a feed carry the same citations.
//!
//! Citations are plain links to the source (`rel="noopener noreferrer"`):
//! the card itself never fetches them. `role="doc-biblioref"` and an
//! accessible name ("Source 3: Modules: TypeScript") make a screen reader
//! announce a citation as one, not as "link, 3".

use yew::prelude::*;

use crate::model::comparison::{Score, SourceIndex};
use crate::model::evidence::{citation_number, format_day, format_published, last_checked};
use crate::model::spec::Basis;
use crate::model::strings::Text;
use crate::model::Comparison;

/// The word beside a score that says what it rests on: "(cited)",
/// "(per source)" or "(estimate)", in words and a class (never colour
/// alone); nothing for a score whose author stated no basis.
pub fn marker(comparison: &Comparison, score: &Score) -> Html {
    let (text, basis) = match score.basis() {
        Some(Basis::Cited) => (Text::BasisCited, "cited"),
        Some(Basis::Source) => (Text::BasisSource, "source"),
        Some(Basis::Estimate) => (Text::BasisEstimate, "estimate"),
        None => return Html::default(),
    };
    html! {
        <span class={["versus-basis is-", basis].concat()} data-basis={basis}>{ comparison.strings().get(text) }</span>
    }
}

/// The sources a score cites, each once, in the order first cited.
fn cited_sources(score: &Score) -> Vec<SourceIndex> {
    let mut cited: Vec<SourceIndex> = Vec::new();
    for evidence in score.evidence() {
        if !cited.contains(&evidence.source()) {
            cited.push(evidence.source());
        }
    }
    cited
}

/// One numbered citation: a link to the source, named for screen readers.
fn citation(comparison: &Comparison, index: SourceIndex) -> Html {
    let source = comparison.source(index);
    let number = citation_number(index).to_string();
    let label = comparison.strings().fill(
        Text::Citation,
        &[("number", &number), ("title", source.title())],
    );
    html! {
        <a class="versus-cite" href={source.url().as_str().to_string()} rel="noopener noreferrer" target="_blank"
            role="doc-biblioref" aria-label={label}>{ format!("[{number}]") }</a>
    }
}

/// The numbered citations that follow a score's reason, each a link
/// (no wrapper: every element in a card costs layout); nothing when it
/// cites no source.
pub fn citations(comparison: &Comparison, score: &Score) -> Html {
    cited_sources(score)
        .into_iter()
        .map(|index| html! { <>{ " " }{ citation(comparison, index) }</> })
        .collect()
}

/// What each cited source says, as quoted by the author, followed by the
/// number of its citation (the link is the citation after the reason).
pub fn quotes(score: &Score) -> Html {
    if score.evidence().is_empty() {
        return Html::default();
    }
    html! {
        <ul class="versus-quotes">
            { for score.evidence().iter().map(|evidence| html! {
                <li><q>{ evidence.says() }</q>{ format!(" [{}]", citation_number(evidence.source())) }</li>
            }) }
        </ul>
    }
}

/// One source in the list: its title as a link, who published it, its
/// kind and dates; with `show_address`, the address too, for paper and
/// feeds where a link's target cannot be seen.
fn source_entry(comparison: &Comparison, index: SourceIndex, show_address: bool) -> Html {
    let strings = comparison.strings();
    let source = comparison.source(index);
    let mut details: Vec<String> = Vec::new();
    if let Some(publisher) = source.publisher() {
        details.push(publisher.to_string());
    }
    if let Some(kind) = source.kind() {
        details.push(strings.get(kind.text()).to_string());
    }
    if let Some(published) = source.published() {
        details.push(strings.fill(
            Text::SourcePublished,
            &[("date", &format_published(strings, published))],
        ));
    }
    if let Some(checked) = last_checked(comparison, index) {
        details.push(strings.fill(
            Text::SourceChecked,
            &[("date", &format_day(strings, checked))],
        ));
    }
    let url = source.url().as_str().to_string();
    html! {
        <li value={citation_number(index).to_string()} data-source={source.id().to_string()}>
            <a href={url.clone()} rel="noopener noreferrer" target="_blank">{ source.title() }</a>
            if !details.is_empty() {
                { strings.get(Text::ListComma) }{ details.join(strings.get(Text::ListComma)) }
            }
            if show_address {
                { " " }<span class="versus-source-address">{ url }</span>
            }
        </li>
    }
}

/// Every source, numbered as the citations number them; nothing when the
/// comparison lists none.
pub fn source_list(comparison: &Comparison, show_address: bool) -> Html {
    if comparison.sources().is_empty() {
        return Html::default();
    }
    html! {
        <ol class="versus-source-list">
            { for comparison.source_indexes().map(|index| source_entry(comparison, index, show_address)) }
        </ol>
    }
}

/// The heading over the list of sources, such as "Sources (14)".
pub fn sources_heading(comparison: &Comparison) -> String {
    comparison.strings().fill(
        Text::SourcesHeading,
        &[("count", &comparison.sources().len().to_string())],
    )
}
