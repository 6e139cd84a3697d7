//! `versus`: the command-line side of the card, natively.
//!
//! `versus render FILE.json [--preset ID | --priorities SPEC]` prints the
//! static HTML fallback of a comparison (src/fallback.rs) for bloggers to put
//! inside `<versus-card>`; `-` reads standard input.

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::Read;
    use std::process::ExitCode;

    use clap::{Args, Parser, Subcommand};
    use versus::fallback::render_fallback;
    use versus::model::share::decode;
    use versus::model::{parse_comparison, Choices};

    /// Tools for versus comparison cards.
    #[derive(Parser)]
    #[command(name = "versus", version, about)]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Print the comparison as static HTML, to put inside <versus-card>.
        Render(Render),
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

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
