//! The demo page's entry point: mounts the card where the page asks for it.

#[cfg(target_arch = "wasm32")]
fn main() {
    versus::host::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("versus runs in the browser: use `make serve` (see README.md).");
}
