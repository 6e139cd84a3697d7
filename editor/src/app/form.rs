//! The form: every part of a comparison as labelled fields, in the order a
//! reader meets them on the card.

use versus::model::comparison::{SourceKind, MAX_EVIDENCE};
use versus::model::strings::Text;
use versus::model::Importance;
use yew::prelude::*;

use crate::app::fields::{element_id, Choice, Disclosure, Kind, Problems, TextField};
use crate::document::{evidence_path, Document, Edit, List, Path};
use crate::session::{Action, Session, View};

/// Properties of [`FormView`].
#[derive(Properties, PartialEq)]
pub struct FormViewProps {
    /// The editor's state.
    pub session: UseReducerHandle<Session>,
    /// Sends edits.
    pub send: Callback<Action>,
}

/// The importances offered in presets, the model's own, with the form's
/// words for them; "" leaves a criterion off.
fn importance_options() -> Vec<(AttrValue, AttrValue)> {
    let off = (AttrValue::Static(""), AttrValue::Static("Off"));
    let levels = Importance::ALL.into_iter().map(|level| {
        let words = match level {
            Importance::Normal => "Counts (normal)",
            Importance::High => "Counts more (high)",
            Importance::Critical => "Decides (critical)",
        };
        (AttrValue::Static(level.id()), AttrValue::Static(words))
    });
    std::iter::once(off).chain(levels).collect()
}

/// What a score may rest on, the model's words with the form's labels;
/// "" states nothing.
fn basis_options() -> Vec<(AttrValue, AttrValue)> {
    [
        ("", "Not said"),
        ("cited", "Its evidence (cited)"),
        ("estimate", "Your estimate"),
        ("source", "Your source"),
    ]
    .into_iter()
    .map(|(value, label)| (AttrValue::Static(value), AttrValue::Static(label)))
    .collect()
}

/// The kinds of source, the model's own ids with the card's English words
/// for them; "" leaves the kind out.
fn kind_options() -> Vec<(AttrValue, AttrValue)> {
    let none = (AttrValue::Static(""), AttrValue::Static("Not said"));
    let kinds = SourceKind::ALL.into_iter().map(|kind| {
        let words = kind.text().default_text();
        let mut chars = words.chars();
        let shown = chars
            .next()
            .map(|first| first.to_uppercase().chain(chars).collect::<String>())
            .unwrap_or_default();
        (AttrValue::Static(kind.id()), AttrValue::from(shown))
    });
    std::iter::once(none).chain(kinds).collect()
}

/// The whole form, or why it cannot be shown.
#[function_component(FormView)]
pub fn form_view(props: &FormViewProps) -> Html {
    let session = &*props.session;
    let send = &props.send;
    let Some(document) = session.document() else {
        return html! {
            <div class="editor-blocked" data-testid="form-blocked">
                <p>{"The JSON is not one JSON object, so the form cannot show it. The problems above say where the JSON goes wrong."}</p>
                <button type="button" onclick={send.reform(|_| Action::Show(View::Json))}>{"Fix it in the JSON view"}</button>
            </div>
        };
    };
    let form = Form {
        session,
        document,
        send,
    };
    html! {
        <div class="editor-form">
            {form.about()}
            {form.sources()}
            {form.contenders()}
            {form.criteria()}
            {form.presets()}
            {form.wording()}
        </div>
    }
}

/// What every part of the form needs.
struct Form<'a> {
    session: &'a Session,
    document: &'a Document,
    send: &'a Callback<Action>,
}

impl Form<'_> {
    fn problems(&self, path: &Path) -> Vec<AttrValue> {
        self.session
            .problems_at(path)
            .into_iter()
            .map(|problem| AttrValue::from(problem.message.clone()))
            .collect()
    }

    /// How many problems are at `path` or inside it, for the summary of a
    /// part of the form that may be closed.
    fn problems_within(&self, path: &Path) -> usize {
        self.session
            .problems()
            .iter()
            .filter(|problem| problem.path.steps().starts_with(path.steps()))
            .count()
    }

    /// A closable part's summary: what it holds, and its problems if any.
    fn summary(&self, what: String, path: &Path) -> (AttrValue, bool) {
        let problems = self.problems_within(path);
        let summary = match problems {
            0 => what,
            1 => format!("{what} · 1 problem"),
            n => format!("{what} · {n} problems"),
        };
        (AttrValue::from(summary), problems > 0)
    }

    fn field(&self, path: Path, label: &str, kind: Kind, hint: Option<&str>) -> Html {
        html! {
            <TextField
                value={AttrValue::from(self.document.text(&path))}
                problems={self.problems(&path)}
                label={AttrValue::from(label.to_string())}
                hint={hint.map(|h| AttrValue::from(h.to_string()))}
                {kind}
                send={self.send.clone()}
                {path}
            />
        }
    }

    fn about(&self) -> Html {
        let root = Path::root();
        let attribution = root.key("attribution");
        html! {
            <section class="editor-section" aria-labelledby="editor-about">
                <h2 id="editor-about">{"The card"}</h2>
                {self.field(root.key("title"), "Title", Kind::Line, Some("Such as \"Tea vs Coffee\". Up to 120 characters."))}
                {self.field(root.key("subtitle"), "Subtitle (optional)", Kind::Line, Some("A line under the title, such as \"for a calm morning\"."))}
                {self.field(attribution.key("text"), "Where the scores come from (optional)", Kind::Lines, Some("Shown under the card. Say what your scores rest on."))}
                {self.field(attribution.key("url"), "Link for that source (optional)", Kind::Link, Some("An https:// address."))}
                <Problems id="editor-attribution-problems" problems={self.problems(&attribution)} />
            </section>
        }
    }

    fn section_start(&self, list: List, heading: &str, hint: &str) -> Html {
        let path = Path::root().key(list.field());
        html! {
            <>
                <h2 id={format!("editor-{}", list.field())}>{heading.to_string()}</h2>
                <p class="editor-hint">{hint.to_string()}</p>
                <div data-path={path.to_string()} tabindex="-1">
                    <Problems id={format!("{}-problems", element_id(&path))} problems={self.problems(&path)} />
                </div>
            </>
        }
    }

    fn item_buttons(&self, list: List, index: usize, name: &str) -> Html {
        let count = self.document.len(list);
        let send = self.send;
        let what = if name.trim().is_empty() {
            format!("{} {}", singular(list), index + 1)
        } else {
            name.to_string()
        };
        html! {
            <div class="editor-item-buttons">
                <button type="button" disabled={index == 0}
                    aria-label={format!("Move {what} up")}
                    onclick={send.reform(move |_| Action::Edit(Edit::Move(list, index, -1), None))}>{"Up"}</button>
                <button type="button" disabled={index + 1 >= count}
                    aria-label={format!("Move {what} down")}
                    onclick={send.reform(move |_| Action::Edit(Edit::Move(list, index, 1), None))}>{"Down"}</button>
                <button type="button" disabled={count <= list.fewest()}
                    aria-label={format!("Remove {what}")}
                    onclick={send.reform(move |_| Action::Edit(Edit::Remove(list, index), None))}>{"Remove"}</button>
            </div>
        }
    }

    fn add_button(&self, list: List, label: &str) -> Html {
        let full = self.document.len(list) >= list.most();
        html! {
            <button type="button" class="editor-add" disabled={full}
                onclick={self.send.reform(move |_| Action::Edit(Edit::Add(list), None))}>
                {label.to_string()}
                if full {
                    {format!(" (at most {})", list.most())}
                }
            </button>
        }
    }

    fn sources(&self) -> Html {
        let list = List::Sources;
        let items = (0..self.document.len(list)).map(|index| {
            let path = Path::root().key("sources").index(index);
            let title = self.document.text(&path.key("title"));
            let kind = path.key("kind");
            let onchoose = {
                let (send, kind) = (self.send.clone(), kind.clone());
                Callback::from(move |text: String| send.emit(Action::Edit(Edit::Text { path: kind.clone(), text }, None)))
            };
            html! {
                <li key={index}>
                    <fieldset class="editor-item" data-path={path.to_string()} tabindex="-1">
                        <legend>{format!("Source {}: {}", index + 1, title)}</legend>
                        {self.field(path.key("title"), "Source title", Kind::Line, Some("The title the page itself gives."))}
                        {self.field(path.key("id"), "Id", Kind::Line, Some("Evidence cites the source by it: a-z, 0-9, - and _. It follows the title until you change it."))}
                        {self.field(path.key("url"), "Address", Kind::Link, Some("Where a reader can read it: an https:// address."))}
                        {self.field(path.key("publisher"), "Publisher (optional)", Kind::Line, None)}
                        {self.field(path.key("published"), "Published (optional)", Kind::Line, Some("When it was published or last revised: YYYY-MM-DD, YYYY-MM or YYYY."))}
                        <Choice path={kind.clone()} label="Kind (optional)"
                            value={AttrValue::from(self.document.text(&kind))}
                            options={kind_options()}
                            problems={self.problems(&kind)} {onchoose} />
                        <Problems id={format!("{}-problems", element_id(&path))} problems={self.problems(&path)} />
                        {self.item_buttons(list, index, &title)}
                    </fieldset>
                </li>
            }
        });
        let count = self.document.len(list);
        let (summary, has_problems) = self.summary(
            format!("The sources ({count})"),
            &Path::root().key(list.field()),
        );
        html! {
            <section class="editor-section" aria-labelledby="editor-sources">
                {self.section_start(list, "Sources", "Up to 60 pages your scores cite, numbered on the card in this order. A score cites one in its evidence, under Criteria.")}
                <Disclosure class="editor-strings editor-sources" {summary} open={count == 0 || has_problems}>
                    <ol class="editor-items">{for items}</ol>
                    {self.add_button(list, "Add a source")}
                </Disclosure>
            </section>
        }
    }

    /// A score's evidence: each piece's source, quote and day, and the
    /// buttons that add and remove pieces.
    fn evidence(
        &self,
        criterion: usize,
        contender: &str,
        shown: &str,
        sources: &[(AttrValue, AttrValue)],
    ) -> Html {
        let list = evidence_path(criterion, contender);
        let count = self.document.count(&list);
        let today = self
            .session
            .today()
            .map(|day| AttrValue::from(day.to_string()));
        let pieces = (0..count).map(|index| {
            let path = list.index(index);
            let source = path.key("source");
            let checked = path.key("checked");
            let onchoose = {
                let (send, source) = (self.send.clone(), source.clone());
                Callback::from(move |text: String| send.emit(Action::Edit(Edit::Text { path: source.clone(), text }, None)))
            };
            let onremove = {
                let contender = contender.to_string();
                self.send.reform(move |_: MouseEvent| {
                    Action::Edit(Edit::RemoveEvidence { criterion, contender: contender.clone(), index }, None)
                })
            };
            html! {
                <li key={index}>
                    <fieldset class="editor-evidence" data-path={path.to_string()} tabindex="-1">
                        <legend>{format!("Evidence {}", index + 1)}</legend>
                        <Choice path={source.clone()} label="Source"
                            value={AttrValue::from(self.document.text(&source))}
                            options={sources.to_vec()}
                            problems={self.problems(&source)} {onchoose} />
                        {self.field(path.key("says"), "What it says", Kind::Lines, None)}
                        <TextField
                            value={AttrValue::from(self.document.text(&checked))}
                            problems={self.problems(&checked)}
                            label="Checked on"
                            kind={Kind::Date}
                            max={today.clone()}
                            send={self.send.clone()}
                            path={checked.clone()}
                        />
                        <Problems id={format!("{}-problems", element_id(&path))} problems={self.problems(&path)} />
                        <div class="editor-item-buttons">
                            <button type="button" aria-label={format!("Remove evidence {} for {shown}", index + 1)}
                                onclick={onremove}>{"Remove"}</button>
                        </div>
                    </fieldset>
                </li>
            }
        });
        let full = count >= MAX_EVIDENCE;
        let onadd = {
            let contender = contender.to_string();
            let today = today.as_ref().map(ToString::to_string).unwrap_or_default();
            self.send.reform(move |_: MouseEvent| {
                Action::Edit(
                    Edit::AddEvidence {
                        criterion,
                        contender: contender.clone(),
                        today: today.clone(),
                    },
                    None,
                )
            })
        };
        let (summary, has_problems) = self.summary(format!("Evidence ({count})"), &list);
        html! {
            <Disclosure class="editor-evidence-details" {summary} open={count == 0 || has_problems}>
                if count > 0 {
                    <ol class="editor-items editor-evidence-list">{for pieces}</ol>
                }
                <div data-path={list.to_string()} tabindex="-1">
                    <Problems id={format!("{}-problems", element_id(&list))} problems={self.problems(&list)} />
                </div>
                <button type="button" class="editor-add" disabled={full || sources.is_empty()} onclick={onadd}>
                    {"Add evidence"}
                    if full {
                        {format!(" (at most {MAX_EVIDENCE})")}
                    } else if sources.is_empty() {
                        {" (add a source first)"}
                    }
                </button>
            </Disclosure>
        }
    }

    fn contenders(&self) -> Html {
        let list = List::Contenders;
        let items = (0..self.document.len(list)).map(|index| {
            let path = Path::root().key("contenders").index(index);
            let name = self.document.text(&path.key("name"));
            let accent = self.document.text(&path.key("accent"));
            let swatch = if is_hex_colour(&accent) { accent.clone() } else { "#777777".to_string() };
            let accent_path = path.key("accent");
            let onpick = {
                let (send, accent_path) = (self.send.clone(), accent_path.clone());
                Callback::from(move |event: InputEvent| {
                    let value = event.target_unchecked_into::<web_sys::HtmlInputElement>().value();
                    send.emit(Action::Edit(Edit::Text { path: accent_path.clone(), text: value }, Some(accent_path.to_string())));
                })
            };
            html! {
                <li key={index}>
                    <fieldset class="editor-item" data-path={path.to_string()} tabindex="-1">
                        <legend>{format!("Contender {}: {}", index + 1, name)}</legend>
                        {self.field(path.key("name"), "Name", Kind::Line, None)}
                        {self.field(path.key("id"), "Id", Kind::Line, Some("Used in share links and scores: a-z, 0-9, - and _. It follows the name until you change it."))}
                        {self.field(path.key("tagline"), "Tagline (optional)", Kind::Line, None)}
                        <div class="editor-accent">
                            {self.field(accent_path.clone(), "Accent colour (optional)", Kind::Line, Some("A CSS colour such as #3c873a, or pick one."))}
                            <input type="color" value={swatch} oninput={onpick} onblur={self.send.reform(|_| Action::EndGroup)}
                                aria-label={format!("Pick the accent colour of {}", if name.is_empty() { "this contender" } else { &name })} />
                        </div>
                        <Problems id={format!("{}-problems", element_id(&path))} problems={self.problems(&path)} />
                        {self.item_buttons(list, index, &name)}
                    </fieldset>
                </li>
            }
        });
        html! {
            <section class="editor-section" aria-labelledby="editor-contenders">
                {self.section_start(list, "Contenders", "The 2 to 6 things your card compares.")}
                <ol class="editor-items">{for items}</ol>
                {self.add_button(list, "Add a contender")}
            </section>
        }
    }

    fn criteria(&self) -> Html {
        let list = List::Criteria;
        let contenders = self.document.ids(List::Contenders);
        // What a piece of evidence may cite: each source by its number on
        // the card and its title.
        let sources: Vec<(AttrValue, AttrValue)> = self
            .document
            .ids(List::Sources)
            .into_iter()
            .enumerate()
            .map(|(n, id)| {
                let title = self
                    .document
                    .text(&Path::root().key("sources").index(n).key("title"));
                let shown = if title.trim().is_empty() {
                    id.clone()
                } else {
                    title
                };
                (
                    AttrValue::from(id),
                    AttrValue::from(format!("[{}] {shown}", n + 1)),
                )
            })
            .collect();
        let names: Vec<String> = (0..contenders.len())
            .map(|n| {
                self.document
                    .text(&Path::root().key("contenders").index(n).key("name"))
            })
            .collect();
        let items = (0..self.document.len(list)).map(|index| {
            let path = Path::root().key("criteria").index(index);
            let label = self.document.text(&path.key("label"));
            let on_path = path.key("on");
            let on_id = element_id(&on_path);
            let on = self.document.flag(&on_path);
            let ontoggle = {
                let (send, on_path) = (self.send.clone(), on_path.clone());
                Callback::from(move |event: Event| {
                    let on = event.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
                    send.emit(Action::Edit(Edit::Flag { path: on_path.clone(), on }, None));
                })
            };
            let scores = contenders.iter().zip(&names).map(|(contender, name)| {
                let score = path.key("scores").key(contender);
                let shown = if name.is_empty() { contender.clone() } else { name.clone() };
                let basis = score.key("basis");
                let evidence = self.evidence(index, contender, &shown, &sources);
                let onchoose = {
                    let (send, basis) = (self.send.clone(), basis.clone());
                    Callback::from(move |text: String| send.emit(Action::Edit(Edit::Text { path: basis.clone(), text }, None)))
                };
                html! {
                    <fieldset class="editor-score" data-path={score.to_string()} tabindex="-1">
                        <legend>{shown}</legend>
                        {self.field(score.key("score"), "Score, 0 to 10", Kind::Score, None)}
                        <Choice path={basis.clone()} label="Based on"
                            value={AttrValue::from(self.document.text(&basis))}
                            options={basis_options()}
                            problems={self.problems(&basis)} {onchoose} />
                        {self.field(score.key("reason"), "Why", Kind::Lines, None)}
                        {evidence}
                        <Problems id={format!("{}-problems", element_id(&score))} problems={self.problems(&score)} />
                    </fieldset>
                }
            });
            html! {
                <li key={index}>
                    <fieldset class="editor-item" data-path={path.to_string()} tabindex="-1">
                        <legend>{format!("Criterion {}: {}", index + 1, label)}</legend>
                        {self.field(path.key("label"), "Label", Kind::Line, None)}
                        {self.field(path.key("id"), "Id", Kind::Line, Some("Used in presets and share links; it follows the label until you change it."))}
                        {self.field(path.key("description"), "What it means", Kind::Lines, None)}
                        <div class="editor-check">
                            <input type="checkbox" id={on_id.clone()} data-path={on_path.to_string()} checked={on} onchange={ontoggle} />
                            <label for={on_id}>{"Counts when the card opens"}</label>
                        </div>
                        <div class="editor-scores">{for scores}</div>
                        <Problems id={format!("{}-problems", element_id(&path))} problems={self.problems(&path)} />
                        <div data-path={path.key("scores").to_string()} tabindex="-1">
                            <Problems id={format!("{}-problems", element_id(&path.key("scores")))} problems={self.problems(&path.key("scores"))} />
                        </div>
                        {self.item_buttons(list, index, &label)}
                    </fieldset>
                </li>
            }
        });
        html! {
            <section class="editor-section" aria-labelledby="editor-criteria">
                {self.section_start(list, "Criteria", "3 to 30 things a reader may care about, each with a score from 0 to 10 for every contender and a reason. A score says what it rests on: the evidence it cites from your sources, your estimate, or your source.")}
                <ol class="editor-items">{for items}</ol>
                {self.add_button(list, "Add a criterion")}
            </section>
        }
    }

    fn presets(&self) -> Html {
        let list = List::Presets;
        let criteria = self.document.ids(List::Criteria);
        let labels: Vec<String> = (0..criteria.len())
            .map(|n| {
                self.document
                    .text(&Path::root().key("criteria").index(n).key("label"))
            })
            .collect();
        let items = (0..self.document.len(list)).map(|index| {
            let path = Path::root().key("presets").index(index);
            let label = self.document.text(&path.key("label"));
            let priorities = path.key("priorities");
            let choices = criteria.iter().zip(&labels).map(|(criterion, criterion_label)| {
                let at = priorities.key(criterion);
                let onchoose = {
                    let (send, criterion) = (self.send.clone(), criterion.clone());
                    Callback::from(move |importance: String| {
                        send.emit(Action::Edit(
                            Edit::PresetImportance {
                                preset: index,
                                criterion: criterion.clone(),
                                importance: (!importance.is_empty()).then_some(importance),
                            },
                            None,
                        ))
                    })
                };
                let shown = if criterion_label.is_empty() { criterion.clone() } else { criterion_label.clone() };
                html! {
                    <Choice path={at.clone()} label={AttrValue::from(shown)}
                        value={AttrValue::from(self.document.text(&at))}
                        options={importance_options()}
                        problems={self.problems(&at)} {onchoose} />
                }
            });
            html! {
                <li key={index}>
                    <fieldset class="editor-item" data-path={path.to_string()} tabindex="-1">
                        <legend>{format!("Use case {}: {}", index + 1, label)}</legend>
                        {self.field(path.key("label"), "Name", Kind::Line, Some("Such as \"Morning commute\"."))}
                        {self.field(path.key("id"), "Id", Kind::Line, Some("Used in share links and the preset attribute; it follows the name until you change it."))}
                        <fieldset class="editor-priorities" data-path={priorities.to_string()} tabindex="-1">
                            <legend>{"What counts in this use case"}</legend>
                            {for choices}
                            <Problems id={format!("{}-problems", element_id(&priorities))} problems={self.problems(&priorities)} />
                        </fieldset>
                        <Problems id={format!("{}-problems", element_id(&path))} problems={self.problems(&path)} />
                        {self.item_buttons(list, index, &label)}
                    </fieldset>
                </li>
            }
        });
        html! {
            <section class="editor-section" aria-labelledby="editor-presets">
                {self.section_start(list, "Use cases (presets)", "Up to 12 ready-made sets of priorities, shown as buttons on the card.")}
                <ol class="editor-items">{for items}</ol>
                {self.add_button(list, "Add a use case")}
            </section>
        }
    }

    fn wording(&self) -> Html {
        let strings = Path::root().key("strings");
        let changed = self.document.keys(&strings).len();
        let fields = Text::ALL.iter().map(|text| {
            let path = strings.key(text.name());
            let placeholders = text.placeholders();
            let mut hint = format!("Default: \u{201c}{}\u{201d}.", text.default_text());
            if !placeholders.is_empty() {
                let names: Vec<String> = placeholders.iter().map(|p| format!("{{{p}}}")).collect();
                hint.push_str(&format!(
                    " Keep {} in your wording: the card fills in the names.",
                    names.join(", ")
                ));
            }
            let hint = Some(hint);
            html! {
                <TextField
                    value={AttrValue::from(self.document.text(&path))}
                    problems={self.problems(&path)}
                    label={AttrValue::from(text.name())}
                    hint={hint.map(AttrValue::from)}
                    placeholder={AttrValue::from(text.default_text())}
                    send={self.send.clone()}
                    {path}
                />
            }
        });
        html! {
            <section class="editor-section" aria-labelledby="editor-wording">
                <h2 id="editor-wording">{"Language and wording"}</h2>
                {self.field(Path::root().key("lang"), "Language of your text (optional)", Kind::Line,
                    Some("A language tag such as de, fr or ar; English when empty. Arabic, Hebrew and other right-to-left languages turn the card around."))}
                <details class="editor-strings" data-path={strings.to_string()}>
                    <summary>{format!("The card's own words ({changed} changed)")}</summary>
                    <p class="editor-hint">{"Leave a field empty to keep the English shown in it. Translate them all when your comparison is in another language."}</p>
                    <Problems id={format!("{}-problems", element_id(&strings))} problems={self.problems(&strings)} />
                    {for fields}
                </details>
            </section>
        }
    }
}

fn singular(list: List) -> &'static str {
    match list {
        List::Contenders => "contender",
        List::Criteria => "criterion",
        List::Presets => "use case",
        List::Sources => "source",
    }
}

/// Whether the colour picker can show this colour (it only takes #rrggbb).
fn is_hex_colour(text: &str) -> bool {
    text.len() == 7 && text.starts_with('#') && text[1..].chars().all(|c| c.is_ascii_hexdigit())
}
