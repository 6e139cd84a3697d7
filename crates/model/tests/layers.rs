//! The model's files import each other in one direction only: no circle of
//! `crate::` imports among them (outside their unit tests), so each file can
//! be read with only the files below it in mind.

use std::collections::BTreeMap;
use std::path::Path;

/// Each module of the model, with the modules its code names as `crate::…`.
fn imports() -> BTreeMap<String, Vec<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut modules = BTreeMap::new();
    let names: Vec<String> = std::fs::read_dir(&src)
        .expect("the model's sources")
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let stem = path.file_stem()?.to_str()?.to_string();
            (path.extension()? == "rs" && stem != "lib").then_some(stem)
        })
        .collect();
    for name in &names {
        let text = std::fs::read_to_string(src.join(format!("{name}.rs"))).expect("readable");
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        let mut uses: Vec<String> = Vec::new();
        for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
            let mut rest = line;
            while let Some(at) = rest.find("crate::") {
                rest = &rest[at + "crate::".len()..];
                let module: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if names.contains(&module) && module != *name && !uses.contains(&module) {
                    uses.push(module);
                }
            }
        }
        modules.insert(name.clone(), uses);
    }
    modules
}

/// A circle through `from`, if there is one.
fn circle_from(
    modules: &BTreeMap<String, Vec<String>>,
    path: &mut Vec<String>,
    from: &str,
) -> Option<Vec<String>> {
    if let Some(at) = path.iter().position(|m| m == from) {
        let mut circle = path[at..].to_vec();
        circle.push(from.to_string());
        return Some(circle);
    }
    path.push(from.to_string());
    for next in modules.get(from).into_iter().flatten() {
        if let Some(circle) = circle_from(modules, path, next) {
            return Some(circle);
        }
    }
    path.pop();
    None
}

#[test]
fn no_module_of_the_model_imports_itself_through_others() {
    let modules = imports();
    assert!(modules.len() >= 10, "{modules:?}");
    // The reader, the validator and the place finder all stand on `problem`.
    for user in ["reading", "validate", "locate"] {
        assert!(
            modules[user].contains(&"problem".to_string()),
            "{user}: {:?}",
            modules[user]
        );
    }
    for module in modules.keys() {
        if let Some(circle) = circle_from(&modules, &mut Vec::new(), module) {
            panic!("a circle of imports: {}", circle.join(" -> "));
        }
    }
}
