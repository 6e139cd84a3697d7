//! The comparison's language: its tag, its direction, and the decimal
//! separator of its scores, in the card (SSR) and in the static fallback.

use scraper::Html;
use serde_json::{json, Value};
use versus::model::native::parse_comparison;
use versus::model::{Choices, Comparison};
use versus::render::render_fallback;
use versus::ui::{SharedComparison, Theme};

#[path = "common/ssr.rs"]
mod ssr;
use ssr::{render_card, texts as select};

fn spec(lang: Option<&str>, strings: Value) -> Value {
    let mut spec = json!({
        "title": "Tea vs Coffee",
        "contenders": [ { "id": "tea", "name": "Tea" }, { "id": "coffee", "name": "Coffee" } ],
        "criteria": (0..3).map(|i| json!({
            "id": format!("c{i}"), "label": format!("C{i}"), "description": "d", "on": true,
            "scores": { "tea": { "score": 7.5, "reason": "r" }, "coffee": { "score": 5, "reason": "r" } }
        })).collect::<Vec<_>>(),
        "strings": strings
    });
    if let Some(lang) = lang {
        spec["lang"] = json!(lang);
    }
    spec
}

fn comparison(lang: Option<&str>) -> Comparison {
    parse_comparison(&spec(lang, json!({})).to_string()).expect("valid")
}

#[test]
fn the_language_gives_the_direction() {
    assert_eq!(
        (
            comparison(None).language().tag(),
            comparison(None).language().dir()
        ),
        ("en", "ltr")
    );
    for (tag, dir) in [
        ("de", "ltr"),
        ("pt-BR", "ltr"),
        ("ar", "rtl"),
        ("ar-EG", "rtl"),
        ("he", "rtl"),
        ("fa", "rtl"),
        ("ur", "rtl"),
        ("az-Arab", "rtl"),
    ] {
        let c = comparison(Some(tag));
        assert_eq!(
            (c.language().tag(), c.language().dir()),
            (tag, dir),
            "{tag}"
        );
    }
}

#[test]
fn a_tag_that_is_not_bcp_47_is_refused_with_examples() {
    for bad in [
        "english!",
        "",
        "x",
        "de_DE_berlin_mitte_und_mehr_als_zweiunddreissig",
    ] {
        let problems =
            parse_comparison(&spec(Some(bad), json!({})).to_string()).expect_err("refused");
        assert_eq!(problems[0].path.to_string(), "lang", "{bad}");
        assert!(
            problems[0].message.contains("is not a language tag"),
            "{bad}: {problems:?}"
        );
    }
}

#[tokio::test]
async fn card_and_fallback_carry_lang_dir_and_the_decimal_separator() {
    let c = parse_comparison(&spec(Some("ar"), json!({ "decimal_separator": "٫" })).to_string())
        .expect("valid");
    let card = render_card(SharedComparison::new(c.clone()), None, None, Theme::Light).await;
    assert_eq!(select(&card, "article[lang=ar][dir=rtl]").len(), 1);
    assert!(select(&card, ".versus-score-value")
        .iter()
        .any(|score| score == "7٫5 / 10"));
    let fallback = Html::parse_fragment(&render_fallback(&c, &Choices::defaults(&c)));
    assert_eq!(
        select(&fallback, "div.versus-fallback[lang=ar][dir=rtl]").len(),
        1
    );
    assert!(select(&fallback, "td strong")
        .iter()
        .any(|score| score == "7٫5 / 10"));
}
