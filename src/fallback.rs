//! The card as static HTML, for every place the card never starts: feed
//! readers, newsletters, reader mode, search snippets, pages without
//! JavaScript, print. Bloggers put it inside `<versus-card>`; the live card
//! replaces it.
//!
//! It is built from the same model calls as the card (`evaluate`,
//! `describe`, the author's strings), never a second implementation of
//! scoring or wording. The markup is plain and semantic (headings, lists, a
//! table with a caption and scoped headers), with stable `versus-fallback-*`
//! class names a page may style, no `style` attribute and nothing that runs,
//! so it reads well with no CSS, under a strict CSP and through a sanitizer.

use std::fmt::Write;

use html_escape::{encode_double_quoted_attribute, encode_text};

use crate::model::spec::Basis;
use crate::model::strings::Text;
use crate::model::{describe, evaluate, Choices, Comparison, Priorities};

/// The static HTML of `comparison` for the reader's `choices`: title, the
/// recommendation with every total, its reasons, a table of every criterion,
/// each use case with its recommendation, and the attribution.
pub fn render_fallback(comparison: &Comparison, choices: &Choices) -> String {
    let priorities = choices.priorities();
    let mut html = String::new();
    let out = &mut html;
    line(
        out,
        &format!(
            "<div class=\"versus-fallback\" lang=\"{}\" dir=\"{}\">",
            encode_double_quoted_attribute(comparison.language().tag()),
            comparison.language().dir()
        ),
    );
    line(
        out,
        &format!(
            "<h2 class=\"versus-fallback-title\">{}</h2>",
            text(comparison.title())
        ),
    );
    if let Some(subtitle) = comparison.subtitle() {
        line(
            out,
            &format!(
                "<p class=\"versus-fallback-subtitle\">{}</p>",
                text(subtitle)
            ),
        );
    }
    verdict(out, comparison, priorities);
    table(out, comparison, priorities);
    use_cases(out, comparison);
    if let Some(attribution) = comparison.attribution() {
        let credit = match attribution.url() {
            Some(url) => format!(
                "<a href=\"{}\">{}</a>",
                encode_double_quoted_attribute(url.as_str()),
                text(attribution.text())
            ),
            None => text(attribution.text()),
        };
        line(
            out,
            &format!("<p class=\"versus-fallback-attribution\">{credit}</p>"),
        );
    }
    line(out, "</div>");
    html
}

/// The recommendation for these priorities, as the card words it.
fn verdict(out: &mut String, comparison: &Comparison, priorities: &Priorities) {
    let strings = comparison.strings();
    let evaluation = evaluate(comparison, priorities);
    let words = describe(comparison, priorities, &evaluation);
    line(out, "<section class=\"versus-fallback-verdict\">");
    line(
        out,
        &format!("<h3>{}</h3>", text(strings.get(Text::VerdictHeading))),
    );
    let confidence = if words.confidence.is_empty() {
        String::new()
    } else {
        format!(
            " <span class=\"versus-fallback-confidence\">({})</span>",
            text(&words.confidence)
        )
    };
    line(
        out,
        &format!(
            "<p class=\"versus-fallback-headline\"><strong>{}</strong>{confidence}</p>",
            text(&words.headline)
        ),
    );
    if !evaluation.standings().is_empty() {
        line(out, "<ul class=\"versus-fallback-totals\">");
        for (index, contender) in comparison.contender_indexes().zip(comparison.contenders()) {
            let points = evaluation.points_of(index).unwrap_or(0).to_string();
            line(
                out,
                &format!(
                    "<li>{}: {}</li>",
                    text(contender.name()),
                    text(&strings.fill(Text::Total, &[("total", &points)]))
                ),
            );
        }
        line(out, "</ul>");
    }
    let mut reasons = words.reasons.clone();
    reasons.extend(words.what_would_change.clone());
    if !reasons.is_empty() {
        line(out, "<ul class=\"versus-fallback-reasons\">");
        for reason in &reasons {
            line(out, &format!("<li>{}</li>", text(reason)));
        }
        line(out, "</ul>");
    }
    line(out, "</section>");
}

/// Every criterion × contender: score, reason, and whether it is an estimate;
/// the priorities that count for the verdict above are marked with their importance.
fn table(out: &mut String, comparison: &Comparison, priorities: &Priorities) {
    let strings = comparison.strings();
    line(out, "<table class=\"versus-fallback-scores\">");
    line(
        out,
        &format!(
            "<caption>{}</caption>",
            text(strings.get(Text::FallbackTableCaption))
        ),
    );
    let mut head = format!(
        "<thead><tr><th scope=\"col\">{}</th>",
        text(strings.get(Text::FallbackCriterion))
    );
    for contender in comparison.contenders() {
        let _ = write!(head, "<th scope=\"col\">{}</th>", text(contender.name()));
    }
    head.push_str("</tr></thead>");
    line(out, &head);
    line(out, "<tbody>");
    for (index, criterion) in comparison.criterion_indexes().zip(comparison.criteria()) {
        let counted = match priorities.get(index) {
            Some(importance) => format!(
                " <span class=\"versus-fallback-importance\">({})</span>",
                text(&strings.fill(
                    Text::FallbackCounted,
                    &[("importance", strings.get(importance.text()))]
                ))
            ),
            None => String::new(),
        };
        let mut row = format!(
            "<tr><th scope=\"row\">{}{counted}</th>",
            text(criterion.label())
        );
        for score in criterion.scores() {
            let estimate = if score.basis() == Some(Basis::Estimate) {
                format!(
                    " <em class=\"versus-fallback-estimate\">{}</em>",
                    text(strings.get(Text::BasisEstimate))
                )
            } else {
                String::new()
            };
            let _ = write!(
                row,
                "<td><strong>{}</strong> {}{estimate}</td>",
                text(
                    &strings.fill(
                        Text::ScoreOutOfTen,
                        &[(
                            "score",
                            &score
                                .value()
                                .display_with(strings.get(Text::DecimalSeparator))
                        )]
                    )
                ),
                text(score.reason())
            );
        }
        row.push_str("</tr>");
        line(out, &row);
    }
    line(out, "</tbody>");
    line(out, "</table>");
}

/// Each preset as a use case with the card's headline for it.
fn use_cases(out: &mut String, comparison: &Comparison) {
    if comparison.presets().is_empty() {
        return;
    }
    let strings = comparison.strings();
    line(
        out,
        &format!(
            "<h3 class=\"versus-fallback-use-cases-heading\">{}</h3>",
            text(strings.get(Text::FallbackUseCases))
        ),
    );
    line(out, "<ul class=\"versus-fallback-use-cases\">");
    for (index, preset) in comparison.preset_indexes().zip(comparison.presets()) {
        let priorities = Priorities::from_preset(comparison, index);
        let evaluation = evaluate(comparison, &priorities);
        let words = describe(comparison, &priorities, &evaluation);
        line(
            out,
            &format!(
                "<li><strong>{}:</strong> {}</li>",
                text(preset.label()),
                text(&words.headline)
            ),
        );
    }
    line(out, "</ul>");
}

/// Author text as HTML text: markup in it is shown, never parsed.
fn text(value: &str) -> String {
    encode_text(value).into_owned()
}

fn line(out: &mut String, html: &str) {
    out.push_str(html);
    out.push('\n');
}
