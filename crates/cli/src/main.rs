//! `versus`, natively: the command line of `versus_cli` on this machine's
//! files and standard input, validating with the native platform (the url
//! crate and ICU4X).

use std::io::{Read, Write};
use std::process::ExitCode;

use versus_model::calendar::Day;
use versus_model::native::Native;

/// The process's files and streams.
struct Process;

impl versus_cli::Io for Process {
    fn read(&mut self, file: &str) -> Result<String, String> {
        let mut text = String::new();
        let result = if file == "-" {
            std::io::stdin().read_to_string(&mut text).map(|_| text)
        } else {
            std::fs::read_to_string(file)
        };
        result.map_err(|error| format!("{file}: cannot read it: {error}"))
    }

    fn out(&mut self, text: &str) {
        // A closed pipe (`versus check … | head`) is not an error to report.
        let _ = std::io::stdout().write_all(text.as_bytes());
    }

    fn err(&mut self, text: &str) {
        let _ = std::io::stderr().write_all(text.as_bytes());
    }

    fn today(&self) -> Option<Day> {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?
            .as_secs();
        Day::from_unix_days(i64::try_from(seconds / 86_400).ok()?)
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    ExitCode::from(versus_cli::run(&args, &mut Process, &Native))
}
