//! `versus`: the command-line side of the card, natively.
//!
//! - `versus check FILE.json…` checks comparisons with the card's own reader
//!   and validator, printing `FILE:LINE:COLUMN: PATH: message` for each
//!   problem (exit status 1) and nothing for valid files (status 0), so a
//!   blog's CI can check the comparisons it keeps;
//! - `versus render FILE.json [--preset ID | --priorities SPEC]` prints the
//!   static HTML fallback (the card crate's src/fallback.rs) to put inside `<versus-card>`;
//! - `versus schema` prints the format's JSON Schema (docs/versus.schema.json).
//!
//! `-` reads standard input.

mod cli {
    use std::io::Read;
    use std::process::ExitCode;

    use clap::{Args, Parser, Subcommand};
    use versus::fallback::render_fallback;
    use versus_model::locate::problem_positions;
    use versus_model::native::parse_comparison;
    use versus_model::share::decode;
    use versus_model::spec::Spec;
    use versus_model::Choices;

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
        },
        /// Print the comparison as static HTML, to put inside <versus-card>.
        Render(Render),
        /// Print the JSON Schema of the comparison format.
        Schema,
    }

    #[derive(Args)]
    struct Render {
        /// The comparison JSON file, or - for standard input.
        file: String,
        /// Render for this preset (its id) instead of the author's defaults.
        #[arg(long, conflicts_with = "priorities")]
        preset: Option<String>,
        /// Render for these priorities, in share-link syntax: speed,ml:high.
        #[arg(long)]
        priorities: Option<String>,
    }

    pub fn main() -> ExitCode {
        match Cli::parse().command {
            Command::Check { files } => {
                let mut all_valid = true;
                for file in &files {
                    match read(file) {
                        Ok(json) => {
                            for line in check(file, &json) {
                                all_valid = false;
                                println!("{line}");
                            }
                        }
                        Err(message) => {
                            all_valid = false;
                            eprintln!("{message}");
                        }
                    }
                }
                if all_valid {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::FAILURE
                }
            }
            Command::Schema => match serde_json::to_string_pretty(&Spec::json_schema()) {
                Ok(schema) => {
                    println!("{schema}");
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    eprintln!("versus: the schema could not be written: {error}");
                    ExitCode::FAILURE
                }
            },
            Command::Render(render) => match rendered(&render) {
                Ok(html) => {
                    print!("{html}");
                    ExitCode::SUCCESS
                }
                Err(message) => {
                    eprintln!("{message}");
                    ExitCode::FAILURE
                }
            },
        }
    }

    fn rendered(render: &Render) -> Result<String, String> {
        let json = read(&render.file)?;
        let comparison = parse_comparison(&json).map_err(|problems| {
            problems
                .iter()
                .map(|problem| format!("{}: {problem}", render.file))
                .collect::<Vec<_>>()
                .join("\n")
        })?;
        let wanted = match (&render.preset, &render.priorities) {
            (Some(preset), _) => Some(format!("preset:{preset}")),
            (None, Some(priorities)) => Some(priorities.clone()),
            (None, None) => None,
        };
        let choices = match wanted {
            None => Choices::defaults(&comparison),
            Some(wanted) => decode(&comparison, &wanted).map_err(|garbled| {
                format!(
                    "{}: this comparison has nothing called {}: check the preset or priority ids in the file",
                    render.file, garbled.part
                )
            })?,
        };
        Ok(render_fallback(&comparison, &choices))
    }

    /// Every problem of one document, as `FILE:LINE:COLUMN: PATH: message`.
    fn check(file: &str, json: &str) -> Vec<String> {
        let Err(problems) = parse_comparison(json) else {
            return Vec::new();
        };
        problems
            .iter()
            .zip(problem_positions(json, &problems))
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

    fn read(file: &str) -> Result<String, String> {
        let mut text = String::new();
        let result = if file == "-" {
            std::io::stdin().read_to_string(&mut text).map(|_| text)
        } else {
            std::fs::read_to_string(file)
        };
        result.map_err(|error| format!("{file}: cannot read it: {error}"))
    }
}

fn main() -> std::process::ExitCode {
    cli::main()
}
