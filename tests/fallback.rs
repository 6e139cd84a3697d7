//! The static fallback (`versus render`, src/ui/fallback.rs): the same verdicts
//! as the live card, text that stays text, markup a feed reader's sanitizer
//! keeps, and the demo page's copy kept current.

use scraper::{Html, Selector};
use versus::content::node_vs_python;
use versus::model::native::{parse_comparison, Native};
use versus::model::{Action, Choices, Comparison};
use versus::render::render_fallback;
use versus::ui::{SharedComparison, Theme};

#[path = "common/ssr.rs"]
mod ssr;
use ssr::{render_card, texts};

fn comparison() -> Comparison {
    node_vs_python(&Native).expect("default content is valid")
}

/// The live card for these choices, rendered by Yew as in the browser.
async fn live_card(comparison: &Comparison, choices: Choices) -> Html {
    render_card(
        SharedComparison::new(comparison.clone()),
        Some(choices),
        None,
        Theme::Light,
    )
    .await
}

/// The defaults, then every preset.
fn every_start(c: &Comparison) -> Vec<(String, Choices)> {
    let mut starts = vec![("defaults".to_string(), Choices::defaults(c))];
    for (index, preset) in c.preset_indexes().zip(c.presets()) {
        let choices = Choices::defaults(c).apply(c, Action::ApplyPreset(index));
        starts.push((preset.id().to_string(), choices));
    }
    starts
}

#[tokio::test]
async fn the_fallback_says_what_the_live_card_says_for_the_defaults_and_every_preset() {
    let c = comparison();
    for (name, choices) in every_start(&c) {
        let fallback = Html::parse_fragment(&render_fallback(&c, &choices));
        let card = live_card(&c, choices).await;
        assert_eq!(
            texts(&fallback, ".versus-fallback-headline strong"),
            texts(&card, "[data-testid=headline]"),
            "{name}: headline"
        );
        assert_eq!(
            texts(&fallback, ".versus-fallback-confidence"),
            texts(&card, "[data-testid=confidence]")
                .iter()
                .map(|confidence| format!("({confidence})"))
                .collect::<Vec<_>>(),
            "{name}: confidence"
        );
        let card_totals: Vec<String> = c
            .contenders()
            .iter()
            .zip(texts(&card, "[data-testid=points]"))
            .map(|(contender, points)| format!("{}: {points}", contender.name()))
            .collect();
        assert_eq!(
            texts(&fallback, ".versus-fallback-totals li"),
            card_totals,
            "{name}: totals"
        );
        let mut card_reasons = texts(&card, ".versus-reason");
        card_reasons.extend(texts(&card, "[data-testid=what-would-change]"));
        assert_eq!(
            texts(&fallback, ".versus-fallback-reasons li"),
            card_reasons,
            "{name}: reasons"
        );
    }
}

#[test]
fn the_fallback_lists_every_criterion_score_and_use_case() {
    let c = comparison();
    let fallback = Html::parse_fragment(&render_fallback(&c, &Choices::defaults(&c)));
    let rows = texts(&fallback, "table.versus-fallback-scores tbody tr");
    assert_eq!(rows.len(), c.criteria().len());
    for (row, criterion) in rows.iter().zip(c.criteria()) {
        assert!(row.starts_with(criterion.label()), "{row}");
        for score in criterion.scores() {
            assert!(row.contains(score.reason()), "{row}");
            assert!(
                row.contains(&format!("{} / 10", score.value().display_with("."))),
                "{row}"
            );
        }
    }
    assert_eq!(
        texts(&fallback, "table caption").len(),
        1,
        "the table has a caption"
    );
    assert_eq!(
        texts(&fallback, "th[scope=col]").len(),
        c.contenders().len() + 1
    );
    assert_eq!(texts(&fallback, "th[scope=row]").len(), c.criteria().len());
    let use_cases = texts(&fallback, ".versus-fallback-use-cases li");
    assert_eq!(use_cases.len(), c.presets().len());
    assert!(
        use_cases
            .iter()
            .any(|u| u.starts_with("Real-time chat: Node.js")),
        "{use_cases:?}"
    );
    assert!(
        use_cases
            .iter()
            .any(|u| u.starts_with("Machine learning: Python")),
        "{use_cases:?}"
    );
}

#[test]
fn markup_in_the_comparison_stays_text_and_nothing_can_run() {
    let hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    let json = serde_json::json!({
        "title": format!("Tea {hostile}"),
        "subtitle": hostile,
        "attribution": { "text": hostile, "url": "https://example.com/?a=1&b=2" },
        "contenders": [ { "id": "tea", "name": hostile }, { "id": "coffee", "name": "Coffee" } ],
        "criteria": (0..3).map(|i| serde_json::json!({
            "id": format!("c{i}"), "label": hostile, "description": "d", "on": true,
            "scores": { "tea": { "score": 7, "reason": hostile }, "coffee": { "score": 5, "reason": "r" } }
        })).collect::<Vec<_>>(),
        "presets": [ { "id": "p", "label": hostile, "priorities": { "c0": "high" } } ]
    });
    let c = parse_comparison(&json.to_string()).expect("markup is allowed as text");
    let html = render_fallback(&c, &Choices::defaults(&c));
    let parsed = Html::parse_fragment(&html);
    for element in ["img", "script", "style", "iframe", "object"] {
        let selector = Selector::parse(element).expect("valid selector");
        assert_eq!(parsed.select(&selector).count(), 0, "a <{element}> element");
    }
    let every = Selector::parse("*").expect("valid selector");
    for element in parsed.select(&every) {
        for (name, _) in element.value().attrs() {
            assert!(
                !name.starts_with("on") && name != "style",
                "attribute {name}"
            );
        }
    }
    assert!(
        texts(&parsed, ".versus-fallback-title")[0].contains("<img src=x onerror"),
        "the markup shows as text"
    );
}

#[test]
fn a_feed_readers_sanitizer_keeps_the_content() {
    let c = comparison();
    let html = render_fallback(&c, &Choices::defaults(&c));
    let cleaned = Html::parse_fragment(&ammonia::clean(&html));
    let all_text = texts(&cleaned, "*").join(" ");
    assert!(all_text.contains(c.title()));
    let original = Html::parse_fragment(&html);
    let headline = &texts(&original, ".versus-fallback-headline strong")[0];
    assert!(all_text.contains(headline.as_str()), "the verdict survives");
    for criterion in c.criteria() {
        assert!(
            all_text.contains(criterion.label()),
            "{}",
            criterion.label()
        );
        for score in criterion.scores() {
            assert!(
                all_text.contains(&format!("{} / 10", score.value().display_with("."))),
                "a score of {}",
                criterion.label()
            );
        }
    }
    assert_eq!(
        texts(&cleaned, "table tbody tr").len(),
        c.criteria().len(),
        "the table survives as a table"
    );
}

/// Pages that carry a generated fallback mark it with
/// `<!-- versus render SPEC: start -->` … `<!-- versus render: end -->`:
/// the demo page and host pages of the browser tests. Each must be this
/// renderer's current output for SPEC's defaults; after a content change,
/// `VERSUS_BLESS=1 cargo test --test fallback` rewrites them.
#[test]
fn every_generated_fallback_in_a_page_is_current() {
    const START: &str = "<!-- versus render ";
    const START_END: &str = ": start -->\n";
    const END: &str = "<!-- versus render: end -->";
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut pages = vec![root.join("index.html")];
    for entry in std::fs::read_dir(root.join("e2e/hosts")).expect("e2e/hosts") {
        let path = entry.expect("readable entry").path();
        if path.extension().is_some_and(|ext| ext == "html") {
            pages.push(path);
        }
    }
    let mut checked = Vec::new();
    let mut stale = Vec::new();
    for path in pages {
        let page = std::fs::read_to_string(&path).expect("a readable page");
        let Some(at) = page.find(START) else {
            continue;
        };
        let spec_end = at + page[at..].find(START_END).expect("the start marker ends");
        let spec = &page[at + START.len()..spec_end];
        let start = spec_end + START_END.len();
        let end = start + page[start..].find(END).expect("the fallback's end marker");
        let json = std::fs::read_to_string(root.join(spec)).expect("the named spec");
        let c = parse_comparison(&json).expect("the named spec is valid");
        let fresh = format!("{}\n", render_fallback(&c, &Choices::defaults(&c)));
        if std::env::var_os("VERSUS_BLESS").is_some() {
            std::fs::write(&path, [&page[..start], &fresh, &page[end..]].concat())
                .expect("a writable page");
        } else if page[start..end] != fresh {
            stale.push(path.display().to_string());
        }
        checked.push(path);
    }
    assert!(
        checked.iter().any(|p| p.ends_with("index.html")),
        "the demo page carries a generated fallback"
    );
    assert!(
        stale.is_empty(),
        "stale fallback in {stale:?}: run VERSUS_BLESS=1 cargo test --test fallback"
    );
}
