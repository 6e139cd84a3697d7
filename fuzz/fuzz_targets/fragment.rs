//! libFuzzer target: any text as a share-link fragment (see tests/common/checks.rs).
#![no_main]

// Each target uses one of the shared checks.
#[allow(dead_code)]
#[path = "../../tests/common/checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(fragment) = std::str::from_utf8(data) {
        checks::check_fragment(fragment);
    }
});
