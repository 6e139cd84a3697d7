//! The wasm module's entry point and its JavaScript-facing functions, called
//! by `embed/versus.js` for each `<versus-card>` element. They live in the
//! binary so the linker keeps them; the work is done in `versus::host`.

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    /// `<versus-card>` entered the page: render it.
    #[wasm_bindgen]
    pub fn mount(element: web_sys::HtmlElement) {
        versus::host::mount(element);
    }

    /// `<versus-card>` left the page: free it.
    #[wasm_bindgen]
    pub fn unmount(element: web_sys::HtmlElement) {
        versus::host::unmount(element);
    }

    /// One of the element's attributes changed: re-read them all.
    #[wasm_bindgen]
    pub fn attribute_changed(element: web_sys::HtmlElement) {
        versus::host::attribute_changed(element);
    }

    /// The two lines that embed this card as the reader has set it.
    #[wasm_bindgen]
    pub fn embed_snippet(element: web_sys::HtmlElement, loader: &str) -> String {
        versus::host::embed_snippet(&element, loader)
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("versus runs in the browser: use `make serve` (see README.md).");
}

/// Talc instead of the standard dlmalloc: a few kilobytes smaller in the wasm
/// file every reader downloads, and faster (docs/performance.md "Size and speed").
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
