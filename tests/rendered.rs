//! The card rendered ahead of time (`versus render --card`, src/render.rs):
//! what it shows before any script runs, the record the live card checks
//! before hydrating, and what a feed reader's sanitizer keeps.

use scraper::{ElementRef, Html, Node, Selector};
use versus::content::node_vs_python;
use versus::embed::{card_element, Inside};
use versus::model::native::Native;
use versus::model::share::decode;
use versus::model::{Choices, Comparison};
use versus::render::{render_card, render_fallback, Look};
use versus::rendered::{comparison_fingerprint, RenderRecord, Shape};
use versus::ui::{SharedComparison, Theme};

#[path = "common/ssr.rs"]
mod ssr;
use ssr::{render_card as live_card, texts};

fn comparison() -> Comparison {
    node_vs_python(&Native).expect("default content is valid")
}

/// The markup inside the rendered root, and its record.
fn root_of(template: &str) -> (String, RenderRecord) {
    let open = template.find("<div class=\"versus-root\"").expect("a root");
    let record_at = open
        + template[open..]
            .find("data-versus-render=\"")
            .expect("a record")
        + 20;
    let record_end = record_at + template[record_at..].find('"').expect("record ends");
    let record = RenderRecord::parse(&template[record_at..record_end]).expect("a readable record");
    let inner_start = open + template[open..].find('>').expect("root tag ends") + 1;
    let inner_end = template.rfind("</div></template>").expect("root closes");
    (template[inner_start..inner_end].to_string(), record)
}

/// The shape as a browser's DOM gives it: html5ever parses the markup, as
/// the host walks the page's nodes (src/host/page.rs `shape_of`).
fn shape_as_parsed(markup: &str) -> u64 {
    fn walk(node: ego_tree::NodeRef<'_, Node>, shape: &mut Shape) {
        for child in node.children() {
            match child.value() {
                Node::Element(element) => {
                    shape.open(element.name());
                    walk(child, shape);
                    shape.close();
                }
                Node::Comment(comment) => shape.comment(comment),
                _ => {}
            }
        }
    }
    let fragment = Html::parse_fragment(markup);
    let mut shape = Shape::default();
    // parse_fragment wraps the nodes in an <html> element.
    let html = fragment.root_element();
    walk(*html, &mut shape);
    shape.finish()
}

#[test]
fn the_record_names_the_version_the_comparison_the_choices_and_the_shape_a_browser_parses() {
    let c = comparison();
    for (state, choices) in [
        (None, Choices::defaults(&c)),
        (
            Some("preset:chat"),
            decode(&c, "preset:chat").expect("a preset"),
        ),
        (
            Some("speed:high,ml"),
            decode(&c, "speed:high,ml").expect("priorities"),
        ),
    ] {
        let template = render_card(&c, &choices, Look::default());
        assert!(template.starts_with("<template shadowrootmode=\"open\"><style>"));
        let (markup, record) = root_of(&template);
        assert_eq!(record.version, versus::VERSION);
        assert_eq!(record.comparison, comparison_fingerprint(&c));
        assert_eq!(
            record
                .state
                .as_deref()
                .map(|s| decode(&c, s).expect("decodes")),
            state.map(|s| decode(&c, s).expect("decodes")),
            "{state:?}"
        );
        assert_eq!(record.shape, shape_as_parsed(&markup), "{state:?}");
    }
}

#[tokio::test]
async fn the_rendered_card_is_the_live_card_with_its_controls_inert() {
    let c = comparison();
    let choices = decode(&c, "preset:chat").expect("a preset");
    let (markup, _) = root_of(&render_card(
        &c,
        &choices,
        Look {
            theme: Theme::Dark,
            ..Look::default()
        },
    ));
    let rendered = Html::parse_fragment(&markup);
    let live = live_card(
        SharedComparison::new(c.clone()),
        Some(choices),
        None,
        Theme::Dark,
    )
    .await;
    for part in [
        "[data-testid=headline]",
        "[data-testid=points]",
        ".versus-reason",
        ".versus-priority-list li",
    ] {
        assert_eq!(texts(&rendered, part), texts(&live, part), "{part}");
        assert!(!texts(&rendered, part).is_empty(), "{part}");
    }
    let inert = Selector::parse("[inert]").expect("selector");
    let asleep: Vec<String> = rendered
        .select(&inert)
        .map(|e| e.value().attr("class").unwrap_or_default().to_string())
        .collect();
    // The use cases, each row's switch, select and disclosure, and the
    // share bar: never the rows themselves, whose labels and scores a
    // screen reader reads before the card is live.
    assert_eq!(asleep[0], "versus-presets");
    assert_eq!(asleep.last().map(String::as_str), Some("versus-share"));
    let rows = c.criteria().len();
    let on = choices_on(&c, "preset:chat");
    assert_eq!(asleep.len(), 2 + 2 * rows + on, "{asleep:?}");
    assert!(texts(&rendered, ".versus-score")
        .iter()
        .all(|s| !s.is_empty()));
    let scores = Selector::parse(".versus-score").expect("selector");
    for score in rendered.select(&scores) {
        assert!(
            !score
                .ancestors()
                .filter_map(ElementRef::wrap)
                .any(|a| a.value().attr("inert").is_some()),
            "a score line is inside an inert part"
        );
    }
    assert_eq!(
        live.select(&inert).count(),
        0,
        "the live card has nothing inert"
    );
    // Every button and field is inside an inert part.
    let controls = Selector::parse("button, input, select").expect("selector");
    for control in rendered.select(&controls) {
        assert!(
            control.value().attr("inert").is_some()
                || control
                    .ancestors()
                    .filter_map(ElementRef::wrap)
                    .any(|a| a.value().attr("inert").is_some()),
            "{:?} is not inert",
            control.value()
        );
    }
}

/// How many priorities these share-link choices switch on.
fn choices_on(c: &Comparison, link: &str) -> usize {
    decode(c, link).expect("choices").priorities().on().count()
}

#[test]
fn a_feed_readers_sanitizer_keeps_the_fallback_and_drops_the_rendered_card() {
    let c = comparison();
    let choices = Choices::defaults(&c);
    let template = render_card(&c, &choices, Look::default());
    let fallback = render_fallback(&c, &choices);
    let element = card_element(
        &[
            ("src", "node.json".into()),
            ("data-versus-rendered", String::new()),
        ],
        Inside {
            rendered: Some(&template),
            json: None,
            fallback: Some(&fallback),
        },
    );
    let page = format!("<article><p>Before.</p>{element}<p>After.</p></article>");
    let cleaned = ammonia::clean(&page);
    // The sanitizer keeps the fallback's text and structure (not its
    // classes): the headline, once, in the table of scores.
    let kept = Html::parse_fragment(&cleaned);
    let headline = &texts(
        &Html::parse_fragment(&fallback),
        ".versus-fallback-headline strong",
    )[0];
    assert_eq!(cleaned.matches(headline.as_str()).count(), 1, "{cleaned}");
    assert_eq!(texts(&kept, "table caption").len(), 1);
    assert!(texts(&kept, "td")
        .iter()
        .any(|cell| cell.contains("V8, a high-performance engine")));
    for gone in [
        "<template",
        "<style",
        "versus-root",
        "versus-card",
        "Copy link",
        ":host",
    ] {
        assert!(!cleaned.contains(gone), "{gone} survived: {cleaned}");
    }
    assert!(cleaned.contains("Before.") && cleaned.contains("After."));
}

#[test]
fn hostile_text_in_a_rendered_card_stays_text() {
    let json = include_str!("../content/node-vs-python.json").replacen(
        "Node.js vs Python",
        "</template></style><script>alert(1)</script><!--",
        1,
    );
    let c = versus::model::native::parse_comparison(&json).expect("still valid");
    let template = render_card(&c, &Choices::defaults(&c), Look::default());
    assert_eq!(
        template.matches("</template>").count(),
        1,
        "the template ends once"
    );
    assert_eq!(
        template.matches("</style>").count(),
        1,
        "the style ends once"
    );
    assert!(!template.contains("<script>"), "no script element");
    assert!(template
        .contains("&lt;/template&gt;&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!--"));
    let (markup, record) = root_of(&template);
    assert_eq!(
        record.shape,
        shape_as_parsed(&markup),
        "the shape still reads right"
    );
}

/// Markdown ends a block of HTML at an empty line and reads the rest as
/// Markdown, so what a blogger pastes must have none, whatever the author's
/// text holds; the browser reads each written break back as the break.
#[test]
fn a_pasted_card_has_no_empty_line_even_when_the_authors_text_has_one() {
    let spaced = "First line.\n\nSecond line.\r\n\r\nThird.";
    let json = include_str!("../content/node-vs-python.json")
        .replacen(
            "\"Which backend fits your project?\"",
            &format!("{spaced:?}"),
            1,
        )
        .replacen("\n  \"contenders\"", "\n\n  \"contenders\"", 1);
    let c = versus::model::native::parse_comparison(&json).expect("still valid");
    let choices = Choices::defaults(&c);
    let pasted = card_element(
        &[("theme", "dark".into())],
        Inside {
            rendered: Some(&render_card(&c, &choices, Look::default())),
            json: Some(&json),
            fallback: Some(&render_fallback(&c, &choices)),
        },
    );
    let empty = pasted.lines().filter(|line| line.trim().is_empty()).count();
    assert_eq!(empty, 0, "no empty line in:\n{pasted}");
    assert!(
        pasted.starts_with("<versus-card theme=\"dark\">\n<template "),
        "the opening tag is a line of its own"
    );
    let parsed = Html::parse_fragment(&pasted);
    let subtitle = Selector::parse(".versus-subtitle").expect("a selector");
    let subtitles: Vec<String> = parsed
        .select(&subtitle)
        .map(|p| p.text().collect())
        .collect();
    assert!(
        !subtitles.is_empty() && subtitles.iter().all(|text| text == spaced),
        "the breaks read back: {subtitles:?}"
    );
    let script = Selector::parse("script[type=\"application/json\"]").expect("a selector");
    let inside: String = parsed
        .select(&script)
        .next()
        .expect("the JSON inside")
        .text()
        .collect();
    assert_eq!(
        versus::model::native::parse_comparison(&inside).expect("the JSON inside reads"),
        c
    );
}
