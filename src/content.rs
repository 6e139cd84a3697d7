//! The comparisons that ship with the card, kept as JSON data files.

use crate::model::{parse_comparison, Comparison, Platform, Problem};

/// The default comparison's JSON (content/node-vs-python.json, whitespace removed by build.rs).
pub const NODE_VS_PYTHON_JSON: &str =
    include_str!(concat!(env!("OUT_DIR"), "/node-vs-python.json"));

/// The default comparison, validated. The data file is checked by the test
/// suite, so an error here means a broken build, and callers show it in the card.
pub fn node_vs_python(platform: &dyn Platform) -> Result<Comparison, Vec<Problem>> {
    parse_comparison(NODE_VS_PYTHON_JSON, platform)
}
