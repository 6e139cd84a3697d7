//! The `versus` command line as a library, with its input and output at the
//! edge ([`Io`]) and its platform given ([`Platform`]), so that the same
//! code runs natively (`src/main.rs`: the files, standard input, the url
//! crate and ICU4X) and on Node (the `versus-node` crate, compiled to wasm:
//! Node's files and its `URL` and `Intl`). Same commands, same messages,
//! same exit codes.
//!
//! - `versus check FILE.json…` checks comparisons with the card's own reader
//!   and validator, printing `FILE:LINE:COLUMN: PATH: message` for each
//!   problem (exit status 1) and nothing for valid files (status 0), so a
//!   blog's CI can check the comparisons it keeps;
//! - `versus render FILE.json [--preset ID | --priorities SPEC]` prints the
//!   static HTML fallback (the card crate's `render`) to put inside
//!   `<versus-card>`; with `--card` it prints the whole element: the card
//!   rendered ahead of time in a declarative shadow root, the comparison
//!   (or `--src URL`), and the fallback; with `--element` the element with
//!   the comparison (or `--src`) and the fallback, without the rendered card.
//!   Both take any attribute the element documents (`--attribute
//!   inherit-font`, `--attribute id=tea`), checked against
//!   src/ui/element.rs, and write the element with `versus::embed`;
//! - `versus schema` prints the format's JSON Schema (docs/versus.schema.json);
//! - `versus style-hash` prints the Content-Security-Policy source that lets
//!   a rendered card's inline stylesheet apply under a strict `style-src`.
//!
//! `-` reads standard input.

use clap::{ArgGroup, Args, Parser, Subcommand};
use versus::embed::{card_element, checked_attribute, Inside};
use versus::render::{render_card, render_fallback, Look, RENDERED_ATTRIBUTE};
use versus::ui::Theme;
use versus_model::calendar::{Age, Day};
use versus_model::evidence::author_checks;
use versus_model::locate::problems_with_positions;
use versus_model::share::starting_choices;
use versus_model::spec::Spec;
use versus_model::{parse_comparison, Choices, Platform};

/// Where the command line reads and writes: files and standard input, and
/// its two output streams.
pub trait Io {
    /// The text of `file`, or of standard input for `-`; the error says why not.
    fn read(&mut self, file: &str) -> Result<String, String>;
    /// Writes to standard output.
    fn out(&mut self, text: &str);
    /// Writes to standard error.
    fn err(&mut self, text: &str);
    /// Today on the author's clock (UTC), for the checks of evidence dates;
    /// `None` when the clock cannot be read.
    fn today(&self) -> Option<Day>;
}

/// Tools for versus comparison cards.
#[derive(Parser)]
#[command(name = "versus", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check comparison files; print FILE:LINE:COLUMN: PATH: message per problem.
    Check {
        /// The comparison JSON files (- for standard input).
        #[arg(required = true)]
        files: Vec<String>,
        /// Also report evidence checked longer ago than this, claim by claim:
        /// 12mo, 1y, 6w or 90d. Without it, no date is too old.
        #[arg(long, value_name = "AGE", value_parser = Age::parse)]
        max_age: Option<Age>,
    },
    /// Print the comparison as static HTML, to put inside <versus-card>;
    /// with --card, the whole <versus-card> with the card rendered in it.
    Render(Render),
    /// Print the two lines that put a card in a page: the loader, then
    /// <versus-card> with the attributes given.
    Snippet {
        /// The address the page loads versus.js from, such as /versus/versus.js.
        loader: String,
        /// The loader's Subresource Integrity hash (sha384-…).
        #[arg(long, value_name = "SRI")]
        integrity: Option<String>,
        /// Any attribute of <versus-card>, as NAME or NAME=VALUE; repeatable.
        #[arg(long = "attribute", value_name = "NAME[=VALUE]")]
        attributes: Vec<String>,
    },
    /// Print the JSON Schema of the comparison format.
    Schema,
    /// Print the style-src source ('sha256-…') a rendered card's stylesheet
    /// needs under a strict Content-Security-Policy.
    StyleHash,
}

#[derive(Args)]
#[command(group(ArgGroup::new("wrapped").args(["card", "element"])))]
struct Render {
    /// The comparison JSON file, or - for standard input.
    file: String,
    /// Render for this preset (its id) instead of the author's defaults.
    #[arg(long)]
    preset: Option<String>,
    /// Render for exactly these priorities, in share-link syntax:
    /// speed,ml:high; with --preset, customised from it (as the element's
    /// attributes mean).
    #[arg(long)]
    priorities: Option<String>,
    /// Print the whole <versus-card>: the card rendered ahead of time (shown
    /// with the page's first paint, before any script), then the fallback.
    #[arg(long)]
    card: bool,
    /// Print the <versus-card> element with the comparison (or --src) and
    /// the fallback inside, without the rendered card.
    #[arg(long)]
    element: bool,
    /// With --card or --element: the address the page will load the
    /// comparison from (its src attribute), instead of putting the JSON
    /// inside the element.
    #[arg(long, requires = "wrapped", value_name = "URL")]
    src: Option<String>,
    /// With --card or --element: the card's theme attribute.
    #[arg(long, requires = "wrapped", value_parser = clap::builder::PossibleValuesParser::new(Theme::NAMES))]
    theme: Option<String>,
    /// With --card or --element: the card's compact attribute.
    #[arg(long, requires = "wrapped")]
    compact: bool,
    /// With --card or --element: any attribute of <versus-card>
    /// (docs/embedding.md), as NAME for one that is present or absent
    /// (inherit-font) or NAME=VALUE (id=tea, loading=lazy); repeatable.
    #[arg(long = "attribute", requires = "wrapped", value_name = "NAME[=VALUE]")]
    attributes: Vec<String>,
}

/// The element's attributes a `versus render` asks for: each `--attribute`
/// in the order given, then `--src`, `--preset`, `--priorities`, `--theme`
/// and `--compact`; every one checked against the element's list, and none
/// given twice.
fn element_attributes(render: &Render) -> Result<Vec<(&'static str, String)>, String> {
    let mut attributes: Vec<(&'static str, String)> = Vec::new();
    let mut hows: Vec<String> = Vec::new();
    let mut add = |name: &'static str, value: String, how: String| {
        if let Some(at) = attributes.iter().position(|(given, _)| *given == name) {
            return Err(format!(
                "{name} is given twice, as {} and as {how}: give it once",
                hows[at]
            ));
        }
        attributes.push((name, value));
        hows.push(how);
        Ok(())
    };
    for given in &render.attributes {
        let (name, value) = checked_attribute(given)?;
        add(name, value, format!("--attribute {given}"))?;
    }
    let options = [
        ("src", render.src.clone()),
        ("preset", render.preset.clone()),
        ("priorities", render.priorities.clone()),
        ("theme", render.theme.clone()),
        ("compact", render.compact.then(String::new)),
    ];
    for (name, value) in options {
        if let Some(value) = value {
            add(name, value, format!("--{name}"))?;
        }
    }
    Ok(attributes)
}

/// Runs the command line on `args` (the program's name first, as in
/// `std::env::args`); returns the exit status.
pub fn run(args: &[String], io: &mut dyn Io, platform: &dyn Platform) -> u8 {
    let command = match Cli::try_parse_from(args) {
        Ok(cli) => cli.command,
        // Help and version are "errors" that clap prints to standard output.
        Err(error) => {
            let text = error.render().to_string();
            if error.use_stderr() {
                io.err(&text);
            } else {
                io.out(&text);
            }
            return u8::try_from(error.exit_code()).unwrap_or(2);
        }
    };
    match command {
        Command::Check { files, max_age } => {
            let Some(today) = io.today() else {
                io.err("versus: the clock cannot be read, so evidence dates cannot be checked\n");
                return 2;
            };
            let mut all_valid = true;
            for file in &files {
                match io.read(file) {
                    Ok(json) => {
                        for line in check(file, &json, platform, today, max_age) {
                            all_valid = false;
                            io.out(&format!("{line}\n"));
                        }
                    }
                    Err(message) => {
                        all_valid = false;
                        io.err(&format!("{message}\n"));
                    }
                }
            }
            u8::from(!all_valid)
        }
        Command::Schema => match serde_json::to_string_pretty(&Spec::json_schema()) {
            Ok(schema) => {
                io.out(&format!("{schema}\n"));
                0
            }
            Err(error) => {
                io.err(&format!(
                    "versus: the schema could not be written: {error}\n"
                ));
                1
            }
        },
        Command::Snippet {
            loader,
            integrity,
            attributes,
        } => {
            let checked: Result<Vec<(&'static str, String)>, String> = attributes
                .iter()
                .map(|given| checked_attribute(given))
                .collect();
            match checked {
                Ok(attributes) => {
                    let loader = versus::embed::Loader {
                        src: &loader,
                        integrity: integrity.as_deref(),
                    };
                    io.out(&format!(
                        "{}\n",
                        versus::embed::snippet(loader, &attributes, Inside::default())
                    ));
                    0
                }
                Err(message) => {
                    io.err(&format!("versus snippet: {message}\n"));
                    1
                }
            }
        }
        Command::StyleHash => {
            io.out(&format!("{}\n", style_hash()));
            0
        }
        Command::Render(render) => match rendered(&render, io, platform) {
            Ok(html) => {
                io.out(&html);
                0
            }
            Err(message) => {
                io.err(&format!("{message}\n"));
                1
            }
        },
    }
}

fn rendered(render: &Render, io: &mut dyn Io, platform: &dyn Platform) -> Result<String, String> {
    let attributes =
        element_attributes(render).map_err(|message| format!("{}: {message}", render.file))?;
    let attribute = |name: &str| {
        attributes
            .iter()
            .find(|(given, _)| *given == name)
            .map(|(_, value)| value.as_str())
    };
    let json = io.read(&render.file)?;
    let comparison = parse_comparison(&json, platform).map_err(|problems| {
        problems
            .iter()
            .map(|problem| format!("{}: {problem}", render.file))
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    let choices = match starting_choices(&comparison, attribute("preset"), attribute("priorities")) {
        None => Choices::defaults(&comparison),
        Some(choices) => choices.map_err(|garbled| {
            format!(
                "{}: this comparison has nothing called {}: check the preset or priority ids in the file",
                render.file, garbled.part
            )
        })?,
    };
    let fallback = render_fallback(&comparison, &choices);
    if !render.card && !render.element {
        return Ok(format!("{fallback}\n"));
    }
    let json_inside = attribute("src").is_none().then_some(json.as_str());
    if render.element {
        let inside = Inside {
            rendered: None,
            json: json_inside,
            fallback: Some(&fallback),
        };
        return Ok(format!("{}\n", card_element(&attributes, inside)));
    }
    let look = Look {
        theme: attribute("theme")
            .and_then(Theme::from_name)
            .unwrap_or_default(),
        compact: attribute("compact").is_some(),
        inherit_font: attribute("inherit-font").is_some(),
    };
    let rendered = render_card(&comparison, &choices, look);
    let mut attributes = attributes;
    attributes.push((RENDERED_ATTRIBUTE, String::new()));
    let inside = Inside {
        rendered: Some(&rendered),
        json: json_inside,
        fallback: Some(&fallback),
    };
    Ok(format!("{}\n", card_element(&attributes, inside)))
}

/// The CSP hash source of the `<style>` a rendered card carries: the card's
/// stylesheet, the same for every card of this version.
fn style_hash() -> String {
    use base64::Engine;
    use sha2::Digest;
    let digest = sha2::Sha256::digest(versus::ui::CARD_CSS.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Every problem of one document, as `FILE:LINE:COLUMN: PATH: message`:
/// the card's own rules, then those that need the author's clock.
fn check(
    file: &str,
    json: &str,
    platform: &dyn Platform,
    today: Day,
    max_age: Option<Age>,
) -> Vec<String> {
    let problems = match parse_comparison(json, platform) {
        Ok(comparison) => author_checks(&comparison, today, max_age),
        Err(problems) => problems,
    };
    problems_with_positions(json, &problems)
        .into_iter()
        .map(|(problem, at)| {
            let place = if problem.path.is_root() {
                String::new()
            } else {
                format!("{}: ", problem.path)
            };
            format!(
                "{file}:{}:{}: {place}{}",
                at.line, at.column, problem.message
            )
        })
        .collect()
}
