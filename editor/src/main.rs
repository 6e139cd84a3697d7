//! The editor page's wasm entry point: renders the editor into `#editor`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    versus_editor::app::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!(
        "The versus editor runs in the browser: `trunk serve`, then open /editor.html (README.md)."
    );
}
