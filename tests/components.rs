//! The card's markup for given states, rendered natively with Yew's SSR.
//! Queries pick out what a reader (or a screen reader) would notice.

use scraper::Html;
use versus::content::node_vs_python;
use versus::model::native::Native;
use versus::model::{Action, Choices, Comparison, Importance};
use versus::ui::{SharedComparison, Theme};

#[path = "common/ssr.rs"]
mod ssr;
use ssr::{attrs, render_card, render_printed_card, texts as select};

fn comparison() -> SharedComparison {
    SharedComparison::new(node_vs_python(&Native).expect("default content is valid"))
}

async fn render(
    comparison: SharedComparison,
    choices: Option<Choices>,
    notice: Option<&'static str>,
) -> Html {
    render_card(comparison, choices, notice, Theme::Dark).await
}

fn after(c: &Comparison, actions: &[Action]) -> Choices {
    actions
        .iter()
        .fold(Choices::defaults(c), |ch, &a| ch.apply(c, a))
}

#[tokio::test]
async fn defaults_show_a_close_call_with_both_totals() {
    let html = render(comparison(), None, None).await;
    assert_eq!(
        select(&html, "[data-testid=headline]"),
        ["Leaning towards Node.js"]
    );
    assert_eq!(select(&html, "[data-testid=confidence]"), ["Lean"]);
    assert_eq!(
        select(&html, "[data-testid=points]"),
        ["82 / 100", "78 / 100"]
    );
    assert_eq!(
        attrs(&html, "[data-testid=verdict-live]", "aria-live"),
        ["polite"]
    );
}

#[tokio::test]
async fn switches_report_their_state() {
    let c = comparison();
    let html = render(c.clone(), None, None).await;
    let checked = attrs(&html, "[role=switch]", "aria-checked");
    assert_eq!(checked.len(), c.criteria().len());
    let on: Vec<bool> = c.criteria().iter().map(|cr| cr.on_by_default()).collect();
    assert_eq!(checked.iter().map(|v| v == "true").collect::<Vec<_>>(), on);
    // Every switch is named by its visible label, which is its content.
    let labels: Vec<String> = c
        .criteria()
        .iter()
        .map(|cr| cr.label().to_string())
        .collect();
    assert_eq!(select(&html, "[role=switch]"), labels);
    assert!(attrs(&html, "[role=switch]", "aria-label").is_empty());
}

#[tokio::test]
async fn a_preset_is_pressed_and_its_importances_are_checked() {
    let c = comparison();
    let chat = c.preset_index("chat").unwrap();
    let html = render(
        c.clone(),
        Some(after(&c, &[Action::ApplyPreset(chat)])),
        None,
    )
    .await;
    assert_eq!(select(&html, "[aria-pressed=true]"), ["Real-time chat"]);
    assert_eq!(
        select(&html, "[data-testid=headline]"),
        ["Node.js is the clear pick"]
    );
    assert_eq!(
        attrs(&html, "[data-criterion=realtime] option[selected]", "value"),
        ["critical"]
    );
    assert_eq!(
        attrs(
            &html,
            "[data-criterion=concurrency] option[selected]",
            "value"
        ),
        ["high"]
    );
    // A criterion that is off has no importance to pick, and no scores.
    assert!(select(
        &html,
        "[data-criterion=ml] select, [data-criterion=ml] .versus-score"
    )
    .is_empty());
    assert!(select(&html, "[data-testid=origin]")[0].is_empty());
}

#[tokio::test]
async fn editing_a_preset_marks_the_card_customised() {
    let c = comparison();
    let ml = c.preset_index("ml").unwrap();
    let choices = after(
        &c,
        &[
            Action::ApplyPreset(ml),
            Action::Toggle(c.criterion_index("speed").unwrap()),
        ],
    );
    let html = render(c, Some(choices), None).await;
    assert_eq!(
        select(&html, "[data-testid=origin]"),
        ["Customised from Machine learning"]
    );
    assert!(select(&html, "[aria-pressed=true]").is_empty());
}

#[tokio::test]
async fn each_criterion_is_one_row_with_its_scores_while_on() {
    let c = comparison();
    let choices = after(
        &c,
        &[
            Action::Reset,
            Action::SetImportance(c.criterion_index("cms").unwrap(), Importance::Critical),
        ],
    );
    let html = render(c.clone(), Some(choices.clone()), None).await;
    // One row per criterion, in the author's order; scores on the rows that are on.
    let rows = attrs(&html, "li.versus-priority", "data-criterion");
    let ids: Vec<String> = c.criteria().iter().map(|cr| cr.id().to_string()).collect();
    assert_eq!(rows, ids);
    let scored = attrs(&html, "li.versus-priority.is-on", "data-criterion");
    assert_eq!(scored.len(), 7, "six defaults plus cms");
    assert_eq!(
        select(&html, ".versus-score").len(),
        7 * c.contenders().len()
    );
    // The bar's length is the score: CMS is 7/10 for Node.js, 9/10 for Python.
    assert_eq!(
        attrs(&html, "[data-criterion=cms] .versus-bar-fill", "width"),
        ["70", "90"]
    );
    assert_eq!(
        select(&html, "[data-criterion=cms] .versus-score-value"),
        ["7 / 10", "9 / 10"]
    );
    // Beside each score, in words, what it rests on; after each reason, its
    // numbered citations.
    assert_eq!(
        select(&html, "[data-criterion=speed] .versus-basis"),
        ["(cited)", "(estimate)"]
    );
    // The reasons and their citations wait behind the row's disclosure ...
    assert!(select(&html, ".versus-reasons").is_empty());
    assert_eq!(
        attrs(&html, "[data-criterion=cms] .versus-info", "aria-expanded"),
        ["false"]
    );
    // ... which printing opens for every row that is on.
    let html = render_printed_card(c.clone(), Some(choices)).await;
    assert_eq!(select(&html, ".versus-reasons").len(), 7);
    let reasons = select(&html, "[data-criterion=cms] .versus-reasons > li");
    assert!(
        reasons[0].starts_with("Node.js: Strapi and Payload"),
        "{reasons:?}"
    );
    assert_eq!(
        attrs(
            &html,
            "[data-criterion=cms] .versus-about a.versus-cite",
            "href"
        ),
        [
            "https://github.com/strapi/strapi/blob/develop/README.md",
            "https://github.com/payloadcms/payload/blob/main/README.md",
            "https://github.com/TryGhost/Ghost/blob/main/README.md",
            "https://github.com/wagtail/wagtail/blob/main/README.md",
            "https://github.com/django-cms/django-cms/blob/main/README.rst",
        ]
    );
}

#[tokio::test]
async fn nothing_selected_invites_the_reader_and_draws_no_bars() {
    let c = comparison();
    let off: Vec<Action> = Choices::defaults(&c)
        .priorities()
        .on()
        .map(|(i, _)| Action::Toggle(i))
        .collect();
    let html = render(c.clone(), Some(after(&c, &off)), None).await;
    assert_eq!(
        select(&html, "[data-testid=headline]"),
        ["Switch on at least one priority to get a recommendation."]
    );
    assert!(select(&html, "[data-testid=totals]").is_empty());
    assert!(select(&html, ".versus-score, .versus-bar").is_empty());
}

#[tokio::test]
async fn user_text_is_rendered_as_text_never_as_html() {
    let mut json: serde_json::Value =
        serde_json::from_str(versus::content::NODE_VS_PYTHON_JSON).unwrap();
    json["title"] = "<img src=x onerror=alert(1)>".into();
    json["contenders"][0]["name"] = "<script>alert(2)</script>".into();
    let c =
        SharedComparison::new(versus::model::native::parse_comparison(&json.to_string()).unwrap());
    let html = render(c, None, Some("<b>note</b>")).await;
    assert!(
        select(&html, "img, script, b").is_empty(),
        "no element was injected"
    );
    assert_eq!(
        select(&html, ".versus-title"),
        ["<img src=x onerror=alert(1)>"]
    );
    assert_eq!(select(&html, "[data-testid=notice]"), ["<b>note</b>"]);
}

#[tokio::test]
async fn the_theme_is_a_class_on_the_card() {
    let html = render(comparison(), None, None).await;
    assert_eq!(
        attrs(&html, "[data-testid=card]", "class"),
        ["versus-card versus-theme-dark"]
    );
}
