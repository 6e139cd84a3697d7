//! One card as the page configured it: loads the comparison, restores the
//! reader's shared choices, and keeps the URL and the page informed.

use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::content::node_vs_python;
use crate::host::page::{self, FetchError, Host};
use crate::host::JsEngine;
use crate::model::problem::quoted;
use crate::model::share::{decode, encode, find_in_fragment, starting_choices};
use crate::model::strings::Text;
use crate::model::{evaluate, parse_comparison, Choices, Comparison, Path, Problem};
use crate::ui::{problem_list, Card, EmbedConfig, SharedComparison, SpecSource};

/// Properties of [`HostedCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct HostedCardProps {
    /// What the element's attributes say.
    pub config: EmbedConfig,
    /// This card's key in the URL fragment, unique on the page.
    pub fragment_key: AttrValue,
    /// The element, for events.
    pub host: Host,
    /// The comparison, loaded before the card started (a card hydrated from
    /// the page's HTML needs it for its very first render), for this source.
    pub preloaded: Option<Preloaded>,
    /// Set when hydrating the card the page's HTML holds: the choices it
    /// shows, which the first render must show too. Right after hydration
    /// the card wakes its controls and takes up the reader's share link
    /// and the page's attributes.
    pub hydrating: Option<Choices>,
}

/// A comparison loaded by the host before the card started, and its source.
#[derive(Clone, PartialEq)]
pub struct Preloaded {
    /// Where the comparison came from.
    pub source: SpecSource,
    /// The comparison, or why there is none.
    pub loaded: Loaded,
}

/// A comparison, or why there is none (yet).
#[derive(Clone, PartialEq)]
pub enum Loaded {
    Loading,
    Ready(SharedComparison),
    Failed(Rc<Vec<Problem>>),
}

impl From<Result<Comparison, Vec<Problem>>> for Loaded {
    fn from(result: Result<Comparison, Vec<Problem>>) -> Self {
        match result {
            Ok(comparison) => Loaded::Ready(SharedComparison::new(comparison)),
            Err(problems) => Loaded::Failed(Rc::new(problems)),
        }
    }
}

/// The comparison of a built-in or inline source; `None` for a `src` URL,
/// which [`load_url`] fetches.
pub fn load_local(source: &SpecSource) -> Option<Loaded> {
    match source {
        SpecSource::BuiltIn => Some(Loaded::from(node_vs_python(&JsEngine))),
        SpecSource::Inline(json) => Some(Loaded::from(parse_comparison(json, &JsEngine))),
        SpecSource::Url(_) => None,
    }
}

/// Fetches and validates a `src` comparison; `same_origin_only` refuses
/// any other site's (the iframe form).
pub async fn load_url(url: &str, same_origin_only: bool) -> Loaded {
    if same_origin_only && !page::is_same_origin(url) {
        return Loaded::Failed(Rc::new(vec![refused_problem(url)]));
    }
    match page::fetch_text(url).await {
        Ok(json) => Loaded::from(parse_comparison(&json, &JsEngine)),
        Err(error) => Loaded::Failed(Rc::new(vec![fetch_problem(url, error)])),
    }
}

/// Loads, restores and reports; the card itself is [`Card`].
#[function_component(HostedCard)]
pub fn hosted_card(props: &HostedCardProps) -> Html {
    let source = props.config.source.clone();
    let preloaded = props
        .preloaded
        .as_ref()
        .filter(|preloaded| preloaded.source == source)
        .map(|preloaded| preloaded.loaded.clone());
    // A comparison the host loaded already (a rendered card) is not parsed
    // and validated a second time.
    let have_preloaded = preloaded.is_some();
    let local = use_memo(source.clone(), move |source| {
        if have_preloaded {
            None
        } else {
            load_local(source)
        }
    });
    let fetched = use_state_eq(|| None::<(String, Loaded)>);
    {
        let fetched = fetched.clone();
        let same_origin_only = props.config.same_origin_src;
        let have_it = preloaded.is_some();
        use_effect_with(source, move |source| {
            if let (SpecSource::Url(url), false) = (source, have_it) {
                let url = url.clone();
                spawn_local(async move {
                    let loaded = load_url(&url, same_origin_only).await;
                    fetched.set(Some((url, loaded)));
                });
            }
        });
    }
    let loaded = match (preloaded.as_ref(), &*local, &*fetched, &props.config.source) {
        (Some(loaded), _, _, _) | (None, Some(loaded), _, _) => loaded.clone(),
        (None, None, Some((url, loaded)), SpecSource::Url(wanted)) if url == wanted => {
            loaded.clone()
        }
        _ => Loaded::Loading,
    };
    // A card hydrated from the page's HTML first shows what that HTML
    // shows; once it is live (this effect runs after hydration; the host
    // has woken its controls already), it moves to the share link's or the
    // attributes' choices.
    let handed_over = use_state_eq(|| false);
    {
        let handed_over = handed_over.clone();
        let hydrating = props.hydrating.is_some();
        use_effect_with((), move |_| {
            if hydrating {
                handed_over.set(true);
            }
        });
    }
    let hydrating = props.hydrating.clone().filter(|_| !*handed_over);
    let ready = match &loaded {
        Loaded::Ready(comparison) => Some(comparison.clone()),
        _ => None,
    };
    // A new preset or priorities attribute restarts the card (a new
    // comparison does by itself: see `Card`).
    let restart_key = [
        props.config.preset.as_deref().unwrap_or("-"),
        props.config.priorities.as_deref().unwrap_or("-"),
    ]
    .join("|");
    // The fragment only decides the first start: after that it mirrors the card.
    let fragment_read = use_mut_ref(|| false);
    let start = {
        let (config, key) = (props.config.clone(), props.fragment_key.clone());
        use_memo((restart_key.clone(), ready.clone()), move |(_, ready)| {
            let comparison = ready.as_ref()?;
            let use_fragment = !std::mem::replace(&mut *fragment_read.borrow_mut(), true);
            Some(starting_point(comparison, &config, &key, use_fragment))
        })
    };

    // The card's callbacks, kept while what they use stays the same, so a
    // render of this component that changes nothing for the card (the hand-
    // over after hydration, an attribute the card does not show) renders
    // nothing of the card again.
    let onchange = use_callback(
        (
            ready.clone(),
            props.fragment_key.clone(),
            props.host.clone(),
        ),
        |choices: Choices, (ready, key, host)| {
            let Some(comparison) = ready else {
                return;
            };
            #[cfg(feature = "test-panic")]
            if host.0.has_attribute("data-versus-test-panic")
                && matches!(choices.origin(), crate::model::Origin::Customised(_))
            {
                panic!("forced by data-versus-test-panic in a test build");
            }
            let state = encode(comparison, &choices);
            super::remember_state(state.as_deref());
            page::write_fragment_after_paint(key, state.as_deref());
            let evaluation = evaluate(comparison, choices.priorities());
            page::dispatch_change(
                host,
                state.as_deref(),
                evaluation
                    .outcome()
                    .winner()
                    .map(|w| comparison.contender(w).id()),
            );
        },
    );
    let oncopylink = use_callback((), |done, _| page::copy_current_link(done));
    let printing = use_state_eq(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            page::follow_printing(move |now| printing.set(now))
        });
    }

    match loaded {
        Loaded::Loading => {
            html! { <div class="versus-card versus-loading" aria-busy="true"></div> }
        }
        Loaded::Failed(problems) => problem_list(&problems),
        Loaded::Ready(comparison) => {
            // Always the choices themselves (not `None` for the defaults), so
            // that handing over to the same choices changes no property
            // and renders nothing again.
            let live = hydrating.is_none();
            let (initial, notice) = match hydrating {
                Some(shown) => (Some(shown), None),
                None => {
                    let (initial, notice) = (*start).clone().unwrap_or_default();
                    let initial = initial.unwrap_or_else(|| Choices::defaults(&comparison));
                    (Some(initial), notice)
                }
            };
            // The Card itself, no fragment around it: the server renders
            // the same component marks around the same Card (src/render.rs).
            html! {
                    <Card
                        key={restart_key.clone()}
                        comparison={comparison.clone()}
                        {initial}
                        notice={notice.map(AttrValue::from)}
                        theme={props.config.theme}
                        compact={props.config.compact}
                        inherit_font={props.config.inherit_font}
                        card_key={props.fragment_key.clone()}
                        {onchange}
                        {oncopylink}
                        // While hydrating, the page's HTML as it is: a card
                        // rendered ahead of time is not live yet.
                        {live}
                        printing={*printing}
                    />
            }
        }
    }
}

/// Where a card starts: a shared link beats the page's attributes, which beat
/// the author's defaults. Anything unreadable is ignored with a polite note.
fn starting_point(
    comparison: &Comparison,
    config: &EmbedConfig,
    key: &str,
    use_fragment: bool,
) -> (Option<Choices>, Option<String>) {
    let strings = comparison.strings();
    let mut notice = None;
    if use_fragment {
        match find_in_fragment(&page::current_fragment(), key)
            .map(|value| decode(comparison, value))
        {
            Some(Ok(choices)) => return (Some(choices), None),
            Some(Err(garbled)) => {
                notice = Some(strings.fill(Text::StartedFresh, &[("part", &garbled.part)]))
            }
            None => {}
        }
    }
    match starting_choices(
        comparison,
        config.preset.as_deref(),
        config.priorities.as_deref(),
    ) {
        None => (None, notice),
        Some(Ok(choices)) => (Some(choices), notice),
        Some(Err(garbled)) => (
            None,
            notice.or_else(|| Some(strings.fill(Text::IgnoredSetting, &[("part", &garbled.part)]))),
        ),
    }
}

/// embed.html's `src` comes from a link anyone can write: it shows only the
/// site's own comparisons, so nobody can put claims under the blog's address.
fn refused_problem(url: &str) -> Problem {
    Problem::new(
        Path::root().key("src"),
        format!(
            "Loading {} was refused: this embedded card shows comparisons from this site only. Use a relative path to a file published next to embed.html.",
            quoted(url)
        ),
    )
}

fn fetch_problem(url: &str, error: FetchError) -> Problem {
    let message = match error {
        FetchError::Status(status) => format!(
            "Loading {} failed with HTTP status {status}. Check that the file is published next to the post and that the name in src is spelled the same.",
            quoted(url)
        ),
        FetchError::Unreachable => format!(
            "Loading {} failed: the browser could not reach it. Check the address; a file on another site also needs CORS headers (see \"Serving from another origin\" in docs/embedding.md).",
            quoted(url)
        ),
    };
    Problem::new(Path::root().key("src"), message)
}
