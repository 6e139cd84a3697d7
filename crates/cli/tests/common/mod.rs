//! Runs the `versus` command-line binary from the repository's root, as a
//! blogger or a CI job would.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// The repository's root, where the content and the bad-spec corpus live.
pub fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// `versus ARGS…`, with `stdin` as its standard input (empty for `None`).
pub fn versus(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_versus"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the versus binary runs");
    let mut input = child.stdin.take().expect("its standard input");
    input
        .write_all(stdin.unwrap_or_default().as_bytes())
        .expect("written");
    drop(input);
    child.wait_with_output().expect("it finishes")
}
