//! Every problem of the document in one list, each with its place; a click
//! takes the author to it.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::session::{ListedProblem, View};

/// Properties of [`ProblemList`].
#[derive(Properties, PartialEq)]
pub struct ProblemListProps {
    /// What the validator found.
    pub problems: Rc<Vec<ListedProblem>>,
    /// The view showing, which decides where a click goes.
    pub view: View,
    /// The id of the JSON view's text area.
    pub text_id: AttrValue,
}

/// The list above the form or the JSON: "Line 12, column 5 · criteria[1].label: …".
#[function_component(ProblemList)]
pub fn problem_list(props: &ProblemListProps) -> Html {
    let count = props.problems.len();
    let heading = match count {
        0 => "No problems: the card is ready to publish.".to_string(),
        1 => "1 problem to fix before the card can be published".to_string(),
        n => format!("{n} problems to fix before the card can be published"),
    };
    let items = props.problems.iter().map(|problem| {
        let onclick = {
            let (problem, view, text_id) = (problem.clone(), props.view, props.text_id.clone());
            Callback::from(move |_: MouseEvent| match view {
                View::Form => browser::focus_path(&problem.path),
                View::Json => browser::focus_text_area_at(&text_id, problem.line, problem.column),
            })
        };
        let place = if problem.path.is_root() {
            "the document".to_string()
        } else {
            problem.path.to_string()
        };
        html! {
            <li>
                <button type="button" class="editor-problem" {onclick} data-testid="listed-problem">
                    <span class="editor-problem-place">{versus::model::Position { line: problem.line, column: problem.column }.to_string()}</span>
                    {" · "}<code>{place}</code>{": "}
                    <span>{problem.message.clone()}</span>
                </button>
            </li>
        }
    });
    let class = if count == 0 {
        "editor-problems editor-problems-none"
    } else {
        "editor-problems"
    };
    html! {
        <section {class} aria-labelledby="editor-problems-heading" data-testid="problems">
            <h2 id="editor-problems-heading" aria-live="polite">{heading}</h2>
            if count > 0 {
                <ul>{for items}</ul>
            }
        </section>
    }
}
