//! The whole card: header, verdict, presets, one row per criterion, share,
//! sources.

use yew::prelude::*;

use crate::model::strings::Text;
use crate::model::{describe, evaluate, Choices};
use crate::ui::evidence::{source_list, sources_heading};
use crate::ui::presets::preset_bar;
use crate::ui::priority::PriorityRow;
use crate::ui::share::share_bar;
use crate::ui::verdict::verdict_panel;
use crate::ui::{CardAction, CardState, CopyOutcome, SharedComparison, Theme};

/// Properties of [`Card`].
#[derive(Properties, PartialEq, Clone)]
pub struct CardProps {
    /// The validated comparison to show.
    pub comparison: SharedComparison,
    /// Choices to start from (a shared link); the author's defaults if `None`.
    #[prop_or_default]
    pub initial: Option<Choices>,
    /// A polite note shown above the card, such as "started fresh".
    #[prop_or_default]
    pub notice: Option<AttrValue>,
    /// Light, dark, or following the reader's system.
    #[prop_or_default]
    pub theme: Theme,
    /// A smaller layout for sidebars and narrow columns.
    #[prop_or_default]
    pub compact: bool,
    /// Use the page's font family instead of the system font.
    #[prop_or_default]
    pub inherit_font: bool,
    /// Makes element ids unique when several cards share a page.
    #[prop_or(AttrValue::Static("versus"))]
    pub card_key: AttrValue,
    /// Told about every new set of choices (the host keeps the URL in step).
    #[prop_or_default]
    pub onchange: Callback<Choices>,
    /// Asked to copy the link to the current choices.
    #[prop_or_default]
    pub oncopylink: Callback<Callback<CopyOutcome>>,
    /// `false` when rendered ahead of time into a page's HTML, and while the
    /// live card hydrates it: the controls are `inert` (and look it) until
    /// the live card takes over, so nobody meets a switch that does
    /// nothing; what they control (labels, scores, the verdict) is not.
    #[prop_or(true)]
    pub live: bool,
    /// The page is being printed: every row that is on shows its reasons,
    /// and the list of sources is there, since paper has no disclosures
    /// to open. The host follows the browser's print events.
    #[prop_or_default]
    pub printing: bool,
}

/// Renders one comparison and recomputes the verdict on every change:
/// there is no "calculate" button.
///
/// A new comparison (another [`SharedComparison`]) starts a new card, with
/// `initial` read afresh: the reader's state lives in an inner component
/// keyed by the comparison's identity, so no caller has to remember to
/// remount it. Within one comparison, `initial` is read at the start, and a
/// later change moves the card to the new choices (how a card hydrated from
/// the page's HTML takes up the reader's share link).
#[function_component(Card)]
pub fn card(props: &CardProps) -> Html {
    html! { <CardBody key={props.comparison.identity()} ..props.clone() /> }
}

/// The card for one comparison, with the reader's state.
#[function_component(CardBody)]
fn card_body(props: &CardProps) -> Html {
    let state = use_reducer({
        let comparison = props.comparison.clone();
        let initial = props.initial.clone();
        move || CardState::new(comparison, initial)
    });
    {
        let onchange = props.onchange.clone();
        use_effect_with(state.choices().clone(), move |choices| {
            onchange.emit(choices.clone())
        });
    }
    {
        let (dispatcher, previous) = (state.dispatcher(), use_mut_ref(|| None));
        use_effect_with(props.initial.clone(), move |initial| {
            if let Some(from) = previous.borrow_mut().replace(initial.clone()) {
                dispatcher.dispatch(CardAction::Restart {
                    from,
                    to: initial.clone(),
                });
            }
        });
    }
    let comparison = state.comparison();
    let choices = state.choices();
    let derived = use_memo(
        (comparison.clone(), choices.priorities().clone()),
        |(c, p)| {
            let evaluation = evaluate(c, p);
            let text = describe(c, p, &evaluation);
            (evaluation, text)
        },
    );
    let (evaluation, text) = &*derived;
    let strings = comparison.strings();
    // Every click becomes one action for the reducer.
    let send = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action: CardAction| dispatcher.dispatch(action))
    };
    let oncopy = {
        let (oncopylink, send) = (props.oncopylink.clone(), send.clone());
        Callback::from(move |_: MouseEvent| oncopylink.emit(send.reform(CardAction::Copied)))
    };
    let show_sources = state.sources_open() || props.printing;
    // A reader may open the sources of a card rendered into the page's
    // HTML before it is live, when no toggle event reaches the card: the
    // live card takes the list up as the reader left it.
    let sources = use_node_ref();
    {
        let (sources, dispatcher) = (sources.clone(), state.dispatcher());
        use_effect_with(props.live, move |live| {
            let open = sources
                .cast::<web_sys::HtmlDetailsElement>()
                .is_some_and(|details| details.open());
            if *live && open {
                dispatcher.dispatch(CardAction::ShowSources(true));
            }
        });
    }
    // Opened for printing is not opened by the reader: it closes again after.
    let ontogglesources = if props.printing {
        Callback::noop()
    } else {
        send.reform(|event: Event| {
            CardAction::ShowSources(
                event
                    .target_dyn_into::<web_sys::HtmlDetailsElement>()
                    .is_some_and(|details| details.open()),
            )
        })
    };
    // Plain strings rather than `classes!`, which brings a hash set into the wasm.
    let class = [
        "versus-card ",
        props.theme.class(),
        if props.compact { " versus-compact" } else { "" },
        if props.inherit_font {
            " versus-inherit-font"
        } else {
            ""
        },
    ]
    .concat();

    html! {
        <article class={class} data-testid="card" aria-labelledby={format!("{}-title", props.card_key)}
            lang={comparison.language().tag().to_string()} dir={comparison.language().dir()}>
            if let Some(notice) = &props.notice {
                <p class="versus-notice" role="status" data-testid="notice">{ notice }</p>
            }
            <header class="versus-header">
                <h2 class="versus-title" id={format!("{}-title", props.card_key)}>{ &comparison.title() }</h2>
                if let Some(subtitle) = comparison.subtitle() {
                    <p class="versus-subtitle">{ subtitle }</p>
                }
                <ul class="versus-contenders">
                    { for comparison.contenders().iter().enumerate().map(|(position, contender)| html! {
                        <li class="versus-contender">
                            <svg class="versus-contender-dot" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
                                <circle cx="5" cy="5" r="5" fill={crate::ui::bars::accent_of(contender, position)} /></svg>
                            <span class="versus-contender-name">{ &contender.name() }</span>
                            if let Some(tagline) = contender.tagline() {
                                <span class="versus-contender-tagline">{ tagline }</span>
                            }
                        </li>
                    }) }
                </ul>
            </header>
            <div class="versus-layout">
                { verdict_panel(comparison, evaluation, text) }
                <div class="versus-controls">
                    { preset_bar(comparison, choices.origin(), &send, !props.live) }
                    <section class="versus-priorities">
                        // On a narrow card the verdict is far above the last
                        // switches: this line stays in view while the reader
                        // scrolls through them (CSS sticky; hidden on wide
                        // cards, where the verdict sits beside the switches).
                        // aria-hidden: the verdict's live region already
                        // announces each change once.
                        <p class="versus-summary" aria-hidden="true" data-testid="summary">{ &text.headline }</p>
                        <h3 class="versus-section-heading">{ strings.get(Text::PrioritiesHeading) }</h3>
                        <ul class="versus-priority-list">
                            { for comparison.criterion_indexes().zip(comparison.criteria()).map(|(index, criterion)| html! {
                                <PriorityRow
                                    key={criterion.id().to_string()}
                                    card_key={props.card_key.clone()}
                                    comparison={comparison.clone()}
                                    {index}
                                    importance={choices.priorities().get(index)}
                                    open={state.is_open(index) || (props.printing && choices.priorities().get(index).is_some())}
                                    dispatcher={state.dispatcher()}
                                    live={props.live}
                                />
                            }) }
                        </ul>
                    </section>
                </div>
                { share_bar(strings, state.copy(), oncopy, !props.live) }
            </div>
            if comparison.attribution().is_some() || !comparison.sources().is_empty() {
                <footer class="versus-attribution">
                    if let Some(attribution) = comparison.attribution() {
                        <p>
                            if let Some(url) = attribution.url() {
                                <a href={url.as_str().to_string()} rel="noopener noreferrer" target="_blank">{ &attribution.text() }</a>
                            } else {
                                { &attribution.text() }
                            }
                        </p>
                    }
                    if !comparison.sources().is_empty() {
                        // The list is made when opened: 44 sources are a
                        // hundred elements the reader may never open. A card
                        // rendered into the page's HTML has it from the start,
                        // for readers whose browser never runs the card.
                        <details ref={sources} class="versus-sources" data-testid="sources" open={show_sources} ontoggle={ontogglesources}>
                            <summary>{ sources_heading(comparison) }</summary>
                            if show_sources || !props.live {
                                { source_list(comparison, false) }
                            }
                        </details>
                    }
                </footer>
            }
        </article>
    }
}
