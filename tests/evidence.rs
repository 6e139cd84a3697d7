//! What each score rests on, as a reader meets it: a marker beside every
//! score, numbered citations after every reason that link to the source,
//! the list of sources with their dates, and under the verdict how many of
//! the scores behind it are estimates; the same in the live card and in the
//! static fallback; hostile text stays text.

use scraper::{Html, Selector};
use versus::content::{node_vs_python, NODE_VS_PYTHON_JSON};
use versus::model::native::{parse_comparison, Native};
use versus::model::spec::Basis;
use versus::model::{Action, Choices, Comparison};
use versus::render::render_fallback;
use versus::ui::{SharedComparison, Theme};

#[path = "common/ssr.rs"]
mod ssr;
use ssr::{attrs, render_card, render_printed_card, texts};

fn comparison() -> Comparison {
    node_vs_python(&Native).expect("default content is valid")
}

/// Every criterion switched on, at normal importance.
fn everything_on(c: &Comparison) -> Choices {
    c.criterion_indexes()
        .filter(|&i| Choices::defaults(c).priorities().get(i).is_none())
        .fold(Choices::defaults(c), |choices, i| {
            choices.apply(c, Action::Toggle(i))
        })
}

async fn card(c: &Comparison, choices: Choices) -> Html {
    render_card(
        SharedComparison::new(c.clone()),
        Some(choices),
        None,
        Theme::Light,
    )
    .await
}

/// The card as it prints: the disclosures a reader opens are open.
async fn printed(c: &Comparison, choices: Choices) -> Html {
    render_printed_card(SharedComparison::new(c.clone()), Some(choices)).await
}

#[tokio::test]
async fn every_score_shown_says_in_words_what_it_rests_on() {
    let c = comparison();
    let html = card(&c, everything_on(&c)).await;
    let markers = texts(&html, ".versus-score .versus-basis");
    assert_eq!(markers.len(), 30, "one marker per score shown");
    let expected: Vec<&str> = c
        .criteria()
        .iter()
        .flat_map(|criterion| criterion.scores())
        .map(|score| match score.basis() {
            Some(Basis::Cited) => "(cited)",
            Some(Basis::Estimate) => "(estimate)",
            other => panic!("the default content states every basis: {other:?}"),
        })
        .collect();
    let mut shown = markers.clone();
    let mut wanted: Vec<String> = expected.iter().map(|m| m.to_string()).collect();
    shown.sort();
    wanted.sort();
    assert_eq!(shown, wanted);
    // Visible without opening anything: the markers are not inside a <details>.
    assert!(Html::parse_fragment(&html.html())
        .select(&Selector::parse("details .versus-score .versus-basis").expect("selector"))
        .next()
        .is_none());
}

#[tokio::test]
async fn citations_are_numbered_links_to_their_sources_named_for_screen_readers() {
    let c = comparison();
    let html = printed(&c, everything_on(&c)).await;
    let selector = Selector::parse(".versus-reasons a.versus-cite").expect("selector");
    let citations: Vec<_> = html.select(&selector).collect();
    assert!(citations.len() >= 40, "{} citations", citations.len());
    for citation in citations {
        let element = citation.value();
        let text = citation.text().collect::<String>();
        let number: usize = text
            .trim_matches(['[', ']'])
            .parse()
            .unwrap_or_else(|_| panic!("a citation reads [N]: {text}"));
        let source = &c.sources()[number - 1];
        assert_eq!(element.attr("href"), Some(source.url().as_str()));
        assert_eq!(element.attr("rel"), Some("noopener noreferrer"));
        assert_eq!(element.attr("role"), Some("doc-biblioref"));
        assert_eq!(
            element.attr("aria-label").map(str::to_string),
            Some(format!("Source {number}: {}", source.title()))
        );
    }
    // Each quote is there too, as the author copied it.
    let quotes = texts(&html, ".versus-quotes q");
    assert!(quotes.iter().any(|q| q
        == "By default Node.js will execute TypeScript files that contains only erasable TypeScript syntax."));
}

#[tokio::test]
async fn the_sources_are_listed_with_their_published_and_checked_dates() {
    let c = comparison();
    // Closed, the list is only its heading: it is made when opened.
    let html = card(&c, Choices::defaults(&c)).await;
    assert_eq!(
        texts(&html, "[data-testid=sources] summary"),
        [format!("Sources ({})", c.sources().len())]
    );
    assert!(texts(&html, ".versus-source-list li").is_empty());
    let html = printed(&c, Choices::defaults(&c)).await;
    let entries = texts(&html, ".versus-source-list li");
    assert_eq!(entries.len(), c.sources().len());
    let pep = entries
        .iter()
        .find(|entry| entry.starts_with("PEP 779"))
        .expect("PEP 779 is listed");
    assert!(
        pep.ends_with("Python Software Foundation, specification, published 13 March 2025, checked 7 December 2026"),
        "{pep}"
    );
    let survey = entries
        .iter()
        .find(|entry| entry.starts_with("2024 Stack Overflow"))
        .expect("the survey is listed");
    assert!(survey.contains("published 2024, checked"), "{survey}");
    assert_eq!(
        attrs(&html, ".versus-source-list li", "value")
            .first()
            .map(String::as_str),
        Some("1")
    );
}

#[tokio::test]
async fn the_verdict_says_how_many_of_its_scores_are_estimates() {
    let c = comparison();
    // The defaults: six priorities; Python's speed and Node.js's productivity are estimates.
    let html = card(&c, Choices::defaults(&c)).await;
    assert_eq!(
        texts(&html, "[data-testid=estimates]"),
        ["2 of the 12 scores behind this are the author's estimates."]
    );
    // Only cited priorities: none.
    let readability = c.criterion_index("readability").expect("criterion");
    let only_readability = c
        .criterion_indexes()
        .filter(|&i| i != readability && Choices::defaults(&c).priorities().get(i).is_some())
        .fold(Choices::defaults(&c), |choices, i| {
            choices.apply(&c, Action::Toggle(i))
        });
    let html = card(&c, only_readability).await;
    assert_eq!(
        texts(&html, "[data-testid=estimates]"),
        ["None of the 2 scores behind this is the author's estimate."]
    );
}

#[test]
fn the_fallback_carries_the_same_markers_citations_and_dates_with_addresses() {
    let c = comparison();
    let fallback = Html::parse_fragment(&render_fallback(&c, &Choices::defaults(&c)));
    assert_eq!(texts(&fallback, "td .versus-basis").len(), 30);
    let hrefs = attrs(&fallback, "td a.versus-cite", "href");
    assert!(hrefs.len() >= 40);
    for href in &hrefs {
        assert!(
            c.sources().iter().any(|s| s.url().as_str() == href),
            "{href}"
        );
    }
    assert_eq!(
        texts(&fallback, ".versus-fallback-estimates"),
        ["2 of the 12 scores behind this are the author's estimates."]
    );
    // Paper and feeds cannot show where a link goes: the address is written out.
    let addresses = texts(&fallback, ".versus-source-list .versus-source-address");
    assert_eq!(addresses.len(), c.sources().len());
    assert!(addresses.contains(&"https://peps.python.org/pep-0779/".to_string()));
    assert!(texts(&fallback, ".versus-source-list li")
        .iter()
        .any(|entry| entry.contains("checked 7 December 2026")));
}

#[tokio::test]
async fn hostile_sources_and_quotes_stay_text() {
    let mut json: serde_json::Value =
        serde_json::from_str(NODE_VS_PYTHON_JSON).expect("the content is JSON");
    let hostile = "<img src=x onerror=alert(1)></q><script>alert(2)</script>";
    json["sources"][0]["title"] = hostile.into();
    json["sources"][0]["publisher"] = "</a><b>bold</b>".into();
    json["criteria"][0]["scores"]["node"]["evidence"][0]["says"] = hostile.into();
    let c = parse_comparison(&json.to_string()).expect("hostile text is still text");
    let html = printed(&c, Choices::defaults(&c)).await;
    let fallback = Html::parse_fragment(&render_fallback(&c, &Choices::defaults(&c)));
    for page in [&html, &fallback] {
        for tag in ["img", "script", "b"] {
            let selector = Selector::parse(tag).expect("selector");
            assert!(
                page.select(&selector).next().is_none(),
                "a <{tag}> was made"
            );
        }
    }
    assert!(texts(&html, ".versus-quotes q")
        .iter()
        .any(|q| q == hostile));
    assert!(texts(&fallback, ".versus-source-list li")[0].starts_with(hostile));
}

#[test]
fn dates_follow_the_comparisons_own_words() {
    let mut json: serde_json::Value =
        serde_json::from_str(NODE_VS_PYTHON_JSON).expect("the content is JSON");
    json["lang"] = "de".into();
    json["strings"] = serde_json::json!({
        "date_day": "{day}. {month} {year}",
        "month_3": "März",
        "month_12": "Dezember",
        "source_published": "veröffentlicht am {date}",
        "source_checked": "geprüft am {date}",
    });
    let c = parse_comparison(&json.to_string()).expect("a German comparison");
    let fallback = Html::parse_fragment(&render_fallback(&c, &Choices::defaults(&c)));
    let pep = texts(&fallback, ".versus-source-list li")
        .into_iter()
        .find(|entry| entry.starts_with("PEP 779"))
        .expect("PEP 779 is listed");
    assert!(
        pep.contains("veröffentlicht am 13. März 2025, geprüft am 7. Dezember 2026"),
        "{pep}"
    );
}
