//! One component with a counter button: the least a Yew card can be.

use yew::prelude::*;

#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[function_component]
fn App() -> Html {
    let clicks = use_state(|| 0u32);
    let onclick = {
        let clicks = clicks.clone();
        Callback::from(move |_| clicks.set(*clicks + 1))
    };
    html! { <button {onclick}>{ *clicks }</button> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
