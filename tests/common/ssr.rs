//! The live card rendered natively with Yew's SSR, and queries on its
//! markup, for the test files that compare what the card shows.
// Each test file uses the part it needs.
#![allow(dead_code)]

use scraper::{Html, Selector};
use versus::model::Choices;
use versus::ui::{Card, CardProps, SharedComparison, Theme};

/// The card for these choices (the author's defaults for `None`), with an
/// optional notice, as the browser would first render it.
pub async fn render_card(
    comparison: SharedComparison,
    initial: Option<Choices>,
    notice: Option<&'static str>,
    theme: Theme,
) -> Html {
    render(comparison, initial, notice, theme, false).await
}

/// The card as it is while the page prints: every row that is on shows its
/// reasons and citations, and the list of sources is there.
pub async fn render_printed_card(comparison: SharedComparison, initial: Option<Choices>) -> Html {
    render(comparison, initial, None, Theme::Auto, true).await
}

async fn render(
    comparison: SharedComparison,
    initial: Option<Choices>,
    notice: Option<&'static str>,
    theme: Theme,
    printing: bool,
) -> Html {
    let props = CardProps {
        comparison,
        initial,
        notice: notice.map(Into::into),
        theme,
        compact: false,
        inherit_font: false,
        card_key: "t".into(),
        onchange: Default::default(),
        oncopylink: Default::default(),
        live: true,
        printing,
    };
    Html::parse_fragment(
        &yew::LocalServerRenderer::<Card>::with_props(props)
            .render()
            .await,
    )
}

/// The trimmed text of every element `css` selects.
pub fn texts(html: &Html, css: &str) -> Vec<String> {
    let selector = Selector::parse(css).expect("valid selector");
    html.select(&selector)
        .map(|e| e.text().collect::<String>().trim().to_string())
        .collect()
}

/// The value of `attr` on every element `css` selects that has it.
pub fn attrs(html: &Html, css: &str, attr: &str) -> Vec<String> {
    let selector = Selector::parse(css).expect("valid selector");
    html.select(&selector)
        .filter_map(|e| e.value().attr(attr).map(str::to_string))
        .collect()
}
