//! `versus render`: the static fallback for the author's defaults, a preset
//! or priorities, and a clear refusal of bad input.

use scraper::{Html, Selector};
use versus::render::render_fallback;
use versus_model::native::parse_comparison;
use versus_model::{Action, Choices, Comparison};

mod common;
use common::{root, versus};

fn comparison() -> Comparison {
    let json =
        std::fs::read_to_string(root().join("content/node-vs-python.json")).expect("readable");
    parse_comparison(&json).expect("the shipped comparison is valid")
}

fn texts(html: &Html, selector: &str) -> Vec<String> {
    let selector = Selector::parse(selector).expect("a selector");
    html.select(&selector)
        .map(|element| element.text().collect::<String>())
        .collect()
}

#[test]
fn versus_render_prints_the_fallback_for_a_preset_or_priorities() {
    let c = comparison();
    let chat = versus(
        &["render", "content/node-vs-python.json", "--preset", "chat"],
        None,
    );
    assert!(chat.status.success());
    let chat_choices = Choices::defaults(&c).apply(
        &c,
        Action::ApplyPreset(c.preset_index("chat").expect("a chat preset")),
    );
    assert_eq!(
        String::from_utf8_lossy(&chat.stdout),
        format!("{}\n", render_fallback(&c, &chat_choices))
    );
    let ml = versus(
        &[
            "render",
            "content/node-vs-python.json",
            "--priorities",
            "ml:critical,readability",
        ],
        None,
    );
    assert!(ml.status.success());
    let html = Html::parse_fragment(&String::from_utf8_lossy(&ml.stdout));
    assert!(texts(&html, ".versus-fallback-headline")[0].contains("Python"));
}

/// `--preset` with `--priorities` means what the element's two attributes
/// mean (versus_model::share::starting_choices): exactly those priorities,
/// customised from the preset; the rendered card's element carries both.
#[test]
fn versus_render_takes_a_preset_with_priorities_as_the_element_does() {
    let c = comparison();
    let args = [
        "render",
        "content/node-vs-python.json",
        "--preset",
        "chat",
        "--priorities",
        "speed,ml:high",
    ];
    let both = versus(&args, None);
    assert!(
        both.status.success(),
        "{}",
        String::from_utf8_lossy(&both.stderr)
    );
    let expected = versus_model::share::starting_choices(&c, Some("chat"), Some("speed,ml:high"))
        .expect("two settings")
        .expect("both name what the comparison has");
    assert_eq!(
        expected.origin(),
        versus_model::Origin::Customised(c.preset_index("chat"))
    );
    assert_eq!(
        String::from_utf8_lossy(&both.stdout),
        format!("{}\n", render_fallback(&c, &expected))
    );
    let card = versus(&[&args[..], &["--card"]].concat(), None);
    let element = String::from_utf8_lossy(&card.stdout);
    assert!(
        element.starts_with("<versus-card preset=\"chat\" priorities=\"speed,ml:high\""),
        "{element}"
    );
    assert!(
        element.contains("Customised from Real-time chat"),
        "the origin line"
    );
    // A part the comparison does not have is refused by name, as the card's notice names it.
    let wrong = versus(
        &[
            "render",
            "content/node-vs-python.json",
            "--preset",
            "chat",
            "--priorities",
            "speed,warp",
        ],
        None,
    );
    assert_eq!(wrong.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("nothing called warp"));
}

#[test]
fn versus_render_refuses_bad_input_with_the_place() {
    let bad = versus(
        &["render", "tests/bad-specs/type-title-is-a-number.json"],
        None,
    );
    assert!(!bad.status.success());
    let message = String::from_utf8_lossy(&bad.stderr);
    assert!(
        message.contains("tests/bad-specs/type-title-is-a-number.json: title: Line 2, column 13:"),
        "{message}"
    );
    let unknown = versus(
        &["render", "content/node-vs-python.json", "--preset", "warp"],
        None,
    );
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("nothing called"));
    assert!(bad.stdout.is_empty() && unknown.stdout.is_empty());
}

#[test]
fn versus_render_card_prints_the_whole_element_the_rendered_card_first_then_the_fallback() {
    let with_src = versus(
        &[
            "render",
            "content/node-vs-python.json",
            "--card",
            "--src",
            "node.json",
            "--preset",
            "chat",
        ],
        None,
    );
    assert!(with_src.status.success());
    let out = String::from_utf8_lossy(&with_src.stdout);
    assert!(
        out.starts_with("<versus-card src=\"node.json\" preset=\"chat\" data-versus-rendered>\n<template shadowrootmode=\"open\"><style>"),
        "{}",
        &out[..200]
    );
    let template_end = out.find("</template>").expect("the template ends");
    let fallback_at = out
        .find("<div lang=\"en\" dir=\"ltr\" class=\"versus-fallback\">")
        .expect("a fallback");
    assert!(
        template_end < fallback_at,
        "the fallback follows the template"
    );
    assert!(out.trim_end().ends_with("</versus-card>"));
    assert!(
        !out.contains("application/json"),
        "src: no comparison inside"
    );
    // The rendered card says what the fallback says.
    let headline = "Node.js is the clear pick";
    assert!(out[..template_end].contains(headline) && out[template_end..].contains(headline));

    let inline = versus(&["render", "content/node-vs-python.json", "--card"], None);
    let out = String::from_utf8_lossy(&inline.stdout);
    let opening = "<script type=\"application/json\">";
    let json_at = out.find(opening).expect("the comparison inside") + opening.len();
    let json_end = json_at + out[json_at..].find("</script>").expect("its end");
    let inside: serde_json::Value = serde_json::from_str(&out[json_at..json_end]).expect("JSON");
    let file: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("content/node-vs-python.json")).expect("readable"),
    )
    .expect("JSON");
    assert_eq!(inside, file);
}

/// Every attribute the element documents can be given with `--attribute`,
/// checked against src/ui/element.rs with a message naming it; the element
/// is written by `versus::embed`, the attributes given first.
#[test]
fn versus_render_card_takes_every_attribute_the_element_documents() {
    for attribute in versus::ui::element::ATTRIBUTES {
        let given = match attribute.values {
            versus::ui::element::Values::Flag => attribute.name.to_string(),
            versus::ui::element::Values::OneOf(words) => format!("{}={}", attribute.name, words[0]),
            versus::ui::element::Values::Text(_) if attribute.name == "preset" => {
                "preset=chat".into()
            }
            versus::ui::element::Values::Text(_) if attribute.name == "priorities" => {
                "priorities=speed".into()
            }
            versus::ui::element::Values::Text(_) => format!("{}=a-b_c", attribute.name),
        };
        let out = versus(
            &[
                "render",
                "content/node-vs-python.json",
                "--card",
                "--attribute",
                &given,
            ],
            None,
        );
        assert!(
            out.status.success(),
            "{given}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let element = String::from_utf8_lossy(&out.stdout);
        let written = match given.split_once('=') {
            Some((name, value)) => format!("<versus-card {name}=\"{value}\" data-versus-rendered>"),
            None => format!("<versus-card {given} data-versus-rendered>"),
        };
        assert!(
            element.starts_with(&written),
            "{given}: {}",
            &element[..120]
        );
    }
    // inherit-font reaches the rendered card's look; preset with priorities its choices.
    let out = versus(
        &[
            "render",
            "content/node-vs-python.json",
            "--card",
            "--attribute",
            "inherit-font",
            "--attribute",
            "id=tea",
            "--preset",
            "chat",
            "--priorities",
            "speed,ml:high",
        ],
        None,
    );
    let element = String::from_utf8_lossy(&out.stdout);
    assert!(
        element.starts_with("<versus-card inherit-font id=\"tea\" preset=\"chat\" priorities=\"speed,ml:high\" data-versus-rendered>"),
        "{}",
        &element[..200]
    );
    assert!(element.contains("Customised from Real-time chat"));
    // The rendered card takes the page's font, as the live card does.
    assert!(
        element.contains("class=\"versus-card versus-theme-auto versus-inherit-font\""),
        "the rendered card's class"
    );
    let plain = versus(&["render", "content/node-vs-python.json", "--card"], None);
    assert!(
        String::from_utf8_lossy(&plain.stdout).contains("class=\"versus-card versus-theme-auto\"")
    );
    for (given, message) in [
        ("hidden", "content/node-vs-python.json: <versus-card> has no attribute \"hidden\"; its attributes are preset, priorities, theme, compact, src, inherit-font, loading, share-key, id\n"),
        ("x onclick=alert(1)", "content/node-vs-python.json: \"x onclick\" is not an attribute name\n"),
        ("theme=blue", "content/node-vs-python.json: theme is one of auto, light, dark, not \"blue\"\n"),
        ("inherit-font=yes", "content/node-vs-python.json: inherit-font is present or absent: give it without a value, not \"yes\"\n"),
        ("loading=soon", "content/node-vs-python.json: loading is one of eager, lazy, not \"soon\"\n"),
        ("id", "content/node-vs-python.json: id needs a value (letters, digits, - and _): id=VALUE\n"),
    ] {
        let out = versus(
            &["render", "content/node-vs-python.json", "--card", "--attribute", given],
            None,
        );
        assert_eq!(out.status.code(), Some(1), "{given}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), message);
        assert!(out.stdout.is_empty());
    }
    let twice = versus(
        &[
            "render",
            "content/node-vs-python.json",
            "--card",
            "--attribute",
            "preset=chat",
            "--preset",
            "ml",
        ],
        None,
    );
    assert_eq!(
        String::from_utf8_lossy(&twice.stderr),
        "content/node-vs-python.json: preset is given twice, as --attribute preset=chat and as --preset: give it once\n"
    );
    let alone = versus(
        &[
            "render",
            "content/node-vs-python.json",
            "--attribute",
            "inherit-font",
        ],
        None,
    );
    assert_eq!(
        alone.status.code(),
        Some(2),
        "--attribute needs --card or --element"
    );
}

/// `--element`: the element with the comparison (or `--src`) and the
/// fallback inside, no rendered card: what a platform writes for a card of
/// today's kind.
#[test]
fn versus_render_element_prints_the_element_with_the_fallback_and_no_rendered_card() {
    let out = versus(
        &[
            "render",
            "content/node-vs-python.json",
            "--element",
            "--attribute",
            "inherit-font",
            "--src",
            "/node.json",
            "--preset",
            "chat",
        ],
        None,
    );
    assert!(out.status.success());
    let c = comparison();
    let choices = versus_model::share::starting_choices(&c, Some("chat"), None)
        .expect("a preset")
        .expect("that it has");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!(
            "<versus-card inherit-font src=\"/node.json\" preset=\"chat\">\n{}\n</versus-card>\n",
            render_fallback(&c, &choices).trim_end()
        )
    );
    let inline = versus(
        &["render", "content/node-vs-python.json", "--element"],
        None,
    );
    let text = String::from_utf8_lossy(&inline.stdout);
    assert!(
        text.starts_with("<versus-card>\n<script type=\"application/json\">\n{"),
        "{}",
        &text[..80]
    );
    assert!(!text.contains("shadowrootmode"));
}

/// `versus snippet` prints the two lines a blogger pastes, from the card's
/// one writer (what `npx versus-card init` prints for its copy).
#[test]
fn versus_snippet_prints_the_loader_and_the_element() {
    let lines = versus(
        &[
            "snippet",
            "/versus/versus.js",
            "--integrity",
            "sha384-abc\"<",
            "--attribute",
            "preset=chat",
        ],
        None,
    );
    assert!(lines.status.success());
    assert_eq!(
        String::from_utf8_lossy(&lines.stdout),
        "<script type=\"module\" src=\"/versus/versus.js\" integrity=\"sha384-abc&quot;&lt;\" blocking=\"render\"></script>\n<versus-card preset=\"chat\"></versus-card>\n"
    );
    let lazy = versus(&["snippet", "/v.js", "--attribute", "loading=lazy"], None);
    assert!(String::from_utf8_lossy(&lazy.stdout)
        .starts_with("<script type=\"module\" src=\"/v.js\"></script>\n"));
    let wrong = versus(&["snippet", "/v.js", "--attribute", "bogus"], None);
    assert_eq!(wrong.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&wrong.stderr).contains("<versus-card> has no attribute \"bogus\"")
    );
}
