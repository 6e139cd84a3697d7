//! The format's JSON Schema (docs/versus.schema.json): generated from the
//! same spec types the card reads, and in step with the corpus.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;
use versus::model::spec::Spec;

const SCHEMA_FILE: &str = "docs/versus.schema.json";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn schema() -> Value {
    serde_json::from_str(&fs::read_to_string(root().join(SCHEMA_FILE)).expect("the schema file"))
        .expect("the schema is JSON")
}

fn files(dir: &str, prefix: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(root().join(dir))
        .expect("a readable folder")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| {
            path.extension().is_some_and(|ext| ext == "json")
                && path
                    .file_name()
                    .is_some_and(|name| name.to_string_lossy().starts_with(prefix))
        })
        .collect();
    found.sort();
    found
}

/// The committed schema is the one the spec types generate today; after a
/// change to the format, `VERSUS_BLESS=1 cargo test --test schema` rewrites it.
#[test]
fn the_committed_schema_is_generated_from_the_spec_types() {
    let fresh = serde_json::to_string_pretty(&Spec::json_schema()).expect("serialisable") + "\n";
    let path = root().join(SCHEMA_FILE);
    if std::env::var_os("VERSUS_BLESS").is_some() {
        fs::write(&path, &fresh).expect("writable");
        return;
    }
    // Compared as JSON, not as text: the order of keys depends on serde_json's
    // features, which `cargo test --workspace` unifies with the editor's.
    let committed: Value =
        serde_json::from_str(&fs::read_to_string(&path).unwrap_or_default()).unwrap_or_default();
    let fresh: Value = serde_json::from_str(&fresh).expect("the schema is JSON");
    assert!(
        committed == fresh,
        "{SCHEMA_FILE} is stale: run VERSUS_BLESS=1 cargo test --test schema"
    );
}

#[test]
fn every_shipped_and_documented_example_fits_the_schema() {
    let validator = jsonschema::validator_for(&schema()).expect("a valid JSON Schema");
    let mut examples: Vec<(String, String)> = files("content", "")
        .into_iter()
        .chain(files("e2e/hosts/specs", ""))
        .map(|path| {
            let text = fs::read_to_string(&path).expect("readable");
            (path.display().to_string(), text)
        })
        .collect();
    let format = fs::read_to_string(root().join("docs/spec-format.md")).expect("the format doc");
    let start = format.find("```json\n").expect("an example") + "```json\n".len();
    let end = start + format[start..].find("```").expect("its end");
    examples.push(("docs/spec-format.md".into(), format[start..end].to_string()));
    assert!(examples.len() >= 5, "{examples:?}");
    for (name, text) in examples {
        let document: Value = serde_json::from_str(&text).expect("an example is JSON");
        let errors: Vec<String> = validator
            .iter_errors(&document)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
}

/// Unknown fields, wrong types and missing fields (the corpus's field-* and
/// type-* specs, and scores out of range) are what an editor can flag while
/// the author types; the rules the schema cannot express stay the validator's.
#[test]
fn the_schema_refuses_the_shape_errors_of_the_corpus() {
    let validator = jsonschema::validator_for(&schema()).expect("a valid JSON Schema");
    let mut shape_errors = files("tests/bad-specs", "field-");
    shape_errors.extend(files("tests/bad-specs", "type-"));
    shape_errors.extend(files("tests/bad-specs", "number-above"));
    shape_errors.extend(files("tests/bad-specs", "number-negative"));
    assert!(shape_errors.len() >= 15, "{shape_errors:?}");
    for path in shape_errors {
        let document: Value = serde_json::from_str(&fs::read_to_string(&path).expect("readable"))
            .expect("these corpus files are JSON");
        assert!(
            !validator.is_valid(&document),
            "{} fits the schema",
            path.display()
        );
    }
    // A rule the schema cannot express: ids used twice fit it, the validator refuses them.
    let twice: Value = serde_json::from_str(
        &fs::read_to_string(root().join("tests/bad-specs/rule-duplicate-contender-id.json"))
            .expect("readable"),
    )
    .expect("JSON");
    assert!(validator.is_valid(&twice));
}

/// The optional text fields an editor removes when emptied are exactly the
/// format's optional fields that hold text (the schema says which).
#[test]
fn the_optional_text_fields_are_the_schemas() {
    let schema = serde_json::to_value(Spec::json_schema()).expect("serialisable");
    let mut objects = vec![&schema];
    if let Some(Value::Object(defs)) = schema.get("$defs") {
        objects.extend(defs.values());
    }
    let mut optional_text: Vec<String> = Vec::new();
    for object in objects {
        let Some(Value::Object(properties)) = object.get("properties") else {
            continue;
        };
        let required: Vec<&str> = object
            .get("required")
            .and_then(Value::as_array)
            .map(|names| names.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        for (name, property) in properties {
            // A property holds text when it is a string, or refers to a
            // definition that is one (a date, a kind of source).
            let refers_to_text = schema.get("$defs").is_some_and(|defs| {
                let written = property.to_string();
                defs.as_object().is_some_and(|defs| {
                    defs.iter().any(|(def, body)| {
                        written.contains(&format!("\"#/$defs/{def}\""))
                            && (body.get("type") == Some(&Value::from("string"))
                                || body.get("oneOf").and_then(Value::as_array).is_some_and(
                                    |kinds| {
                                        kinds.iter().all(|kind| {
                                            kind.get("type") == Some(&Value::from("string"))
                                        })
                                    },
                                ))
                    })
                })
            });
            let text =
                property.to_string().contains("\"string\"") || refers_to_text || name == "basis";
            let holds_one_text = text && property.get("type") != Some(&Value::from("object"));
            if !required.contains(&name.as_str()) && holds_one_text && !name.starts_with('$') {
                optional_text.push(name.clone());
            }
        }
    }
    optional_text.sort();
    let mut listed: Vec<String> = versus::model::spec::OPTIONAL_TEXT_FIELDS
        .iter()
        .map(|name| name.to_string())
        .collect();
    listed.sort();
    assert_eq!(listed, optional_text);
}
