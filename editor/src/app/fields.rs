//! Form fields: a label, the input, a hint, and the validator's messages for
//! exactly this field. Each is its own component with comparable props, so
//! typing in one field re-renders that field, not the whole form.

use yew::prelude::*;

use crate::document::{Edit, Path};
use crate::session::Action;

/// What kind of input a field is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One line of text.
    Line,
    /// A few lines of text.
    Lines,
    /// A score from 0 to 10.
    Score,
    /// A link.
    Link,
    /// A day, `YYYY-MM-DD`, with the browser's date picker.
    Date,
}

/// An id for the element of a path, usable in `for` and `aria-describedby`.
pub fn element_id(path: &Path) -> String {
    let text: String = path
        .to_string()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("field-{text}")
}

/// Properties of [`TextField`].
#[derive(Properties, PartialEq, Clone)]
pub struct TextFieldProps {
    /// Where the value sits in the document.
    pub path: Path,
    /// The field's label.
    pub label: AttrValue,
    /// The value as the form shows it.
    pub value: AttrValue,
    /// A line of help under the field.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Shown in the empty field: for strings, the card's default wording.
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    /// The validator's messages for this field.
    #[prop_or_default]
    pub problems: Vec<AttrValue>,
    /// Line, lines, score, link or date.
    #[prop_or(Kind::Line)]
    pub kind: Kind,
    /// The latest day a date field's picker offers (`YYYY-MM-DD`).
    #[prop_or_default]
    pub max: Option<AttrValue>,
    /// Sends the edit.
    pub send: Callback<Action>,
}

/// A labelled text input whose problems are read out with it.
#[function_component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let id = element_id(&props.path);
    let hint_id = format!("{id}-hint");
    let problems_id = format!("{id}-problems");
    let described: Vec<&str> = [
        props.hint.as_ref().map(|_| hint_id.as_str()),
        (!props.problems.is_empty()).then_some(problems_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    let group = props.path.to_string();
    let oninput = {
        let (path, kind, send) = (props.path.clone(), props.kind, props.send.clone());
        Callback::from(move |event: InputEvent| {
            let value = match kind {
                Kind::Lines => event
                    .target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value(),
                Kind::Date => {
                    let input = event.target_unchecked_into::<web_sys::HtmlInputElement>();
                    // A day half typed ("12/__/2026") reads as "": keep the
                    // last whole date rather than wipe what is being typed.
                    if input.value().is_empty() && input.validity().bad_input() {
                        return;
                    }
                    input.value()
                }
                _ => event
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            };
            let edit = match kind {
                Kind::Score => Edit::Score {
                    path: path.clone(),
                    text: value.replace(',', "."),
                },
                _ => Edit::Text {
                    path: path.clone(),
                    text: value,
                },
            };
            send.emit(Action::Edit(edit, Some(group.clone())));
        })
    };
    let onblur = props.send.reform(|_: FocusEvent| Action::EndGroup);
    let invalid = (!props.problems.is_empty()).then_some("true");
    let path = props.path.to_string();
    let input = match props.kind {
        Kind::Lines => html! {
            <textarea id={id.clone()} rows="2" data-path={path} aria-invalid={invalid}
                aria-describedby={described} placeholder={props.placeholder.clone()}
                value={props.value.clone()} {oninput} {onblur} />
        },
        kind => {
            let (input_type, step) = match kind {
                // Steps of half a point; the card also takes any one decimal.
                Kind::Score => ("number", Some("0.5")),
                Kind::Link => ("url", None),
                Kind::Date => ("date", None),
                _ => ("text", None),
            };
            let range = (kind == Kind::Score).then_some(("0", "10"));
            let max = range
                .map(|r| AttrValue::Static(r.1))
                .or_else(|| props.max.clone());
            html! {
                <input id={id.clone()} type={input_type} {step}
                    min={range.map(|r| r.0)} {max} data-path={path}
                    aria-invalid={invalid} aria-describedby={described}
                    placeholder={props.placeholder.clone()}
                    value={props.value.clone()} {oninput} {onblur} />
            }
        }
    };
    let class = match props.kind {
        Kind::Score => "editor-field editor-field-score",
        _ => "editor-field",
    };
    html! {
        <div {class}>
            <label for={id}>{props.label.clone()}</label>
            {input}
            if let Some(hint) = &props.hint {
                <p class="editor-hint" id={hint_id}>{hint.clone()}</p>
            }
            <Problems id={problems_id} problems={props.problems.clone()} />
        </div>
    }
}

/// Properties of [`Problems`].
#[derive(Properties, PartialEq, Clone)]
pub struct ProblemsProps {
    /// The element id, for `aria-describedby`.
    pub id: String,
    /// The messages.
    pub problems: Vec<AttrValue>,
}

/// The validator's messages next to what they concern.
#[function_component(Problems)]
pub fn problems(props: &ProblemsProps) -> Html {
    if props.problems.is_empty() {
        return html! {};
    }
    html! {
        <ul class="editor-field-problems" id={props.id.clone()} data-testid="field-problems">
            {for props.problems.iter().map(|message| html! { <li>{message.clone()}</li> })}
        </ul>
    }
}

/// Properties of [`Choice`].
#[derive(Properties, PartialEq, Clone)]
pub struct ChoiceProps {
    /// Where the value sits.
    pub path: Path,
    /// The label.
    pub label: AttrValue,
    /// The value now ("" for none).
    pub value: AttrValue,
    /// Value and label of each option; "" means "leave it out".
    pub options: Vec<(AttrValue, AttrValue)>,
    /// The validator's messages for this field.
    #[prop_or_default]
    pub problems: Vec<AttrValue>,
    /// Turns the chosen value into an edit.
    pub onchoose: Callback<String>,
}

/// A labelled select.
#[function_component(Choice)]
pub fn choice(props: &ChoiceProps) -> Html {
    let id = element_id(&props.path);
    let problems_id = format!("{id}-problems");
    let onchange = props.onchoose.reform(|event: Event| {
        event
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value()
    });
    let known = props.options.iter().any(|(value, _)| *value == props.value);
    html! {
        <div class="editor-field">
            <label for={id.clone()}>{props.label.clone()}</label>
            <select {id} data-path={props.path.to_string()} {onchange}
                aria-invalid={(!props.problems.is_empty()).then_some("true")}
                aria-describedby={(!props.problems.is_empty()).then(|| problems_id.clone())}>
                {for props.options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={*value == props.value}>{label.clone()}</option>
                })}
                if !known {
                    <option value={props.value.clone()} selected=true>{props.value.clone()}</option>
                }
            </select>
            <Problems id={problems_id} problems={props.problems.clone()} />
        </div>
    }
}

/// Properties of [`Disclosure`].
#[derive(Properties, PartialEq, Clone)]
pub struct DisclosureProps {
    /// The `<details>` element's class.
    pub class: AttrValue,
    /// What the summary says, such as "Evidence (2)".
    pub summary: AttrValue,
    /// Whether it should be open: at first, and again each time this turns
    /// true (a problem inside appears). Otherwise it stays as the author
    /// left it, so fixing a problem never closes it under their hands.
    pub open: bool,
    /// What it holds, put in the page only while it is open.
    #[prop_or_default]
    pub children: Html,
}

/// A `<details>` that keeps the author's opening and closing across
/// renders, for long parts of the form (sources, a score's evidence).
/// Closed, it holds nothing: the example's 44 sources and 63 pieces of
/// evidence, each with a list of every source, would otherwise make the
/// page several thousand elements heavier for fields nobody is looking at.
#[function_component(Disclosure)]
pub fn disclosure(props: &DisclosureProps) -> Html {
    let open = use_state_eq(|| props.open);
    {
        let open = open.clone();
        use_effect_with(props.open, move |wanted| {
            if *wanted {
                open.set(true);
            }
        });
    }
    // Also follows opening from outside: a problem's link opens it too.
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |event: Event| {
            open.set(
                event
                    .target_unchecked_into::<web_sys::Element>()
                    .has_attribute("open"),
            )
        })
    };
    html! {
        <details class={props.class.clone()} open={*open} {ontoggle}>
            <summary>{props.summary.clone()}</summary>
            if *open {
                {props.children.clone()}
            }
        </details>
    }
}
