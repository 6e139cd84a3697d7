//! libFuzzer target: any bytes as a comparison spec (see tests/common/checks.rs).
#![no_main]

// Each target uses one of the shared checks.
#[allow(dead_code)]
#[path = "../../tests/common/checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::check_spec(data));
