//! libFuzzer target: any text as a share-link fragment (see tests/common/checks.rs).
#![no_main]

#[path = "../../tests/common/checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(fragment) = std::str::from_utf8(data) {
        checks::check_fragment(fragment);
    }
});
