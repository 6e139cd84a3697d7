//! The element's public interface (src/ui/element.rs) is the one list that
//! tools read: this test writes the Custom Elements Manifest
//! (docs/custom-elements.json, schema 2.1.0), the editors' HTML data
//! (docs/html-data.json, VS Code's format) and the TypeScript declarations
//! (docs/versus.d.ts and the JSX files for React, Preact and Solid), and
//! fails when the committed ones are stale (`VERSUS_BLESS=1 cargo test --test
//! element` rewrites them). It also holds the card and the loader to the list.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::{json, Value};

#[path = "common/sorted.rs"]
mod sorted;
use sorted::sorted;
use versus::embed::RENDERED_WITH;
use versus::ui::element::{
    Values, ATTRIBUTES, CHANGE_EVENT, CHANGE_EVENT_DETAIL, CSS_PARTS, CSS_PROPERTIES,
    EMBED_SNIPPET_METHOD, INTERNAL_ATTRIBUTES, TAG_NAME,
};
use versus::ui::EmbedConfig;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

const GENERATED: &str =
    "Generated from src/ui/element.rs by tests/element.rs: do not edit by hand.";

fn values_text(values: Values) -> String {
    match values {
        Values::Text(kind) => kind.to_string(),
        Values::OneOf(words) => words.join(", "),
        Values::Flag => "present or absent".to_string(),
    }
}

fn ts_type(values: Values) -> String {
    match values {
        Values::Text(_) => "string".to_string(),
        Values::OneOf(words) => words
            .iter()
            .map(|w| format!("'{w}'"))
            .collect::<Vec<_>>()
            .join(" | "),
        Values::Flag => "boolean | ''".to_string(),
    }
}

fn manifest() -> Value {
    let attributes: Vec<Value> = ATTRIBUTES
        .iter()
        .map(|a| {
            json!({
                "name": a.name,
                "description": format!("{} Values: {}.", a.description, values_text(a.values)),
                "type": { "text": ts_type(a.values) },
            })
        })
        .collect();
    let detail: Vec<String> = CHANGE_EVENT_DETAIL
        .iter()
        .map(|(name, ty, _)| format!("{name}: {ty}"))
        .collect();
    json!({
        "schemaVersion": "2.1.0",
        "readme": GENERATED,
        "modules": [{
            "kind": "javascript-module",
            "path": "versus.js",
            "declarations": [{
                "kind": "class",
                "customElement": true,
                "name": "VersusCard",
                "tagName": "versus-card",
                "description": "An interactive comparison card: the reader flips the priorities that matter to them and the card recommends one of the contenders, says why and what would change its mind. Its content is the static fallback for readers whose card never starts.",
                "attributes": attributes,
                "events": [{
                    "name": CHANGE_EVENT,
                    "type": { "text": format!("CustomEvent<{{ {} }}>", detail.join("; ")) },
                    "description": CHANGE_EVENT_DETAIL.iter().map(|(name, _, what)| format!("detail.{name}: {what}")).collect::<Vec<_>>().join(" "),
                }],
                "members": [{
                    "kind": "method",
                    "name": EMBED_SNIPPET_METHOD.0,
                    "description": EMBED_SNIPPET_METHOD.1,
                    "parameters": [{ "name": "loaderUrl", "type": { "text": "string | URL" } }],
                    "return": { "type": { "text": "Promise<string | null>" } },
                }],
                "cssProperties": CSS_PROPERTIES.iter().map(|(name, what)| json!({ "name": name, "description": what })).collect::<Vec<_>>(),
                "cssParts": CSS_PARTS.iter().map(|(name, what)| json!({ "name": name, "description": what })).collect::<Vec<_>>(),
                "slots": [{ "name": "", "description": "The static fallback, shown until the card starts and wherever it never does." }],
            }],
            "exports": [
                { "kind": "custom-element-definition", "name": "versus-card", "declaration": { "name": "VersusCard", "module": "versus.js" } },
            ],
        }],
    })
}

fn html_data() -> Value {
    json!({
        "version": 1.1,
        "tags": [{
            "name": "versus-card",
            "description": "An interactive comparison card (versus). Put the static fallback inside it.",
            "attributes": ATTRIBUTES.iter().map(|a| {
                let mut attribute = json!({ "name": a.name, "description": format!("{} Values: {}.", a.description, values_text(a.values)) });
                match a.values {
                    Values::OneOf(words) => attribute["values"] = words.iter().map(|w| json!({ "name": w })).collect(),
                    Values::Flag => attribute["valueSet"] = json!("v"),
                    Values::Text(_) => {}
                }
                attribute
            }).collect::<Vec<_>>(),
        }],
    })
}

/// The TypeScript name of a schema definition: `SourceSpec` is
/// `VersusSource` (the whole document is `VersusComparison`).
fn ts_name(definition: &str) -> String {
    match definition {
        "Score" => "VersusScoreValue".to_string(),
        "KindName" => "VersusSourceKind".to_string(),
        "ImportanceName" => "VersusImportance".to_string(),
        _ => format!("Versus{}", definition.trim_end_matches("Spec")),
    }
}

/// The TypeScript type of a JSON Schema (as schemars writes the format's).
fn ts_of(schema: &Value) -> String {
    if let Some(reference) = schema["$ref"].as_str() {
        return ts_name(reference.trim_start_matches("#/$defs/"));
    }
    if let Some(choices) = schema["anyOf"].as_array().or(schema["oneOf"].as_array()) {
        return choices.iter().map(ts_of).collect::<Vec<_>>().join(" | ");
    }
    if let Some(words) = schema["enum"].as_array() {
        return words
            .iter()
            .map(|w| format!("'{}'", w.as_str().unwrap_or_default()))
            .collect::<Vec<_>>()
            .join(" | ");
    }
    if let Some(word) = schema["const"].as_str() {
        return format!("'{word}'");
    }
    let one = |ty: &str| match ty {
        "string" => "string".to_string(),
        "number" | "integer" => "number".to_string(),
        "boolean" => "boolean".to_string(),
        "null" => "null".to_string(),
        "array" => format!("{}[]", ts_of(&schema["items"])),
        "object" if schema["additionalProperties"].is_object() => {
            format!("Record<string, {}>", ts_of(&schema["additionalProperties"]))
        }
        _ => "unknown".to_string(),
    };
    match &schema["type"] {
        Value::String(ty) => one(ty),
        Value::Array(types) => types
            .iter()
            .filter_map(Value::as_str)
            .map(one)
            .collect::<Vec<_>>()
            .join(" | "),
        _ => "unknown".to_string(),
    }
}

/// A doc comment from a schema description.
fn ts_doc(schema: &Value, indent: &str) -> String {
    schema["description"]
        .as_str()
        .map(|text| {
            format!(
                "{indent}/** {} */\n",
                text.replace('\n', " ").replace("*/", "* /")
            )
        })
        .unwrap_or_default()
}

/// An interface for an object schema, its required fields required.
fn ts_interface(name: &str, schema: &Value) -> String {
    let required: Vec<&str> = schema["required"]
        .as_array()
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let mut fields = String::new();
    if let Some(properties) = schema["properties"].as_object() {
        // In the order of their names: serde_json keeps another order with
        // the editor's preserve_order (cargo test --workspace).
        let mut properties: Vec<_> = properties.iter().collect();
        properties.sort_by_key(|(field, _)| field.as_str());
        for (field, property) in properties {
            let optional = if required.contains(&field.as_str()) {
                ""
            } else {
                "?"
            };
            fields.push_str(&ts_doc(property, "  "));
            fields.push_str(&format!("  '{field}'{optional}: {};\n", ts_of(property)));
        }
    }
    format!(
        "{}export interface {name} {{\n{fields}}}\n",
        ts_doc(schema, "")
    )
}

/// The comparison format as TypeScript types, from the JSON Schema that
/// the spec types generate (docs/versus.schema.json): for a blogger who
/// writes a comparison in code, `import type { VersusComparison } from 'versus-card'`.
fn comparison_types() -> String {
    let schema = serde_json::to_value(versus::model::spec::Spec::json_schema()).unwrap_or_default();
    let mut out = String::from(
        "\n// The comparison format (docs/spec-format.md), from docs/versus.schema.json.\n\n",
    );
    out.push_str(&ts_interface("VersusComparison", &schema));
    if let Some(definitions) = schema["$defs"].as_object() {
        let mut definitions: Vec<_> = definitions.iter().collect();
        definitions.sort_by_key(|(name, _)| name.as_str());
        for (name, definition) in definitions {
            out.push('\n');
            if definition["type"] == "object" && definition["properties"].is_object() {
                out.push_str(&ts_interface(&ts_name(name), definition));
            } else {
                out.push_str(&ts_doc(definition, ""));
                out.push_str(&format!(
                    "export type {} = {};\n",
                    ts_name(name),
                    ts_of(definition)
                ));
            }
        }
    }
    out
}

fn declarations() -> String {
    let attributes: String = ATTRIBUTES
        .iter()
        .map(|a| {
            format!(
                "  /** {} */\n  '{}'?: {};\n",
                a.description,
                a.name,
                ts_type(a.values)
            )
        })
        .collect();
    let detail: String = CHANGE_EVENT_DETAIL
        .iter()
        .map(|(name, ty, what)| format!("  /** {what} */\n  {name}: {ty};\n"))
        .collect();
    format!(
        "// {GENERATED}\n\n/** The detail of the `{CHANGE_EVENT}` event. */\nexport interface VersusChangeDetail {{\n{detail}}}\n\n/** The attributes of `<versus-card>`, for JSX and templates. */\nexport interface VersusCardAttributes {{\n{attributes}}}\n\n/** A `<versus-card>` element. */\nexport interface VersusCardElement extends HTMLElement {{\n  /** {} */\n  {}(loaderUrl: string | URL): Promise<string | null>;\n}}\n\ndeclare global {{\n  interface HTMLElementTagNameMap {{\n    'versus-card': VersusCardElement;\n  }}\n  interface HTMLElementEventMap {{\n    '{CHANGE_EVENT}': CustomEvent<VersusChangeDetail>;\n  }}\n}}\n",
        EMBED_SNIPPET_METHOD.1, EMBED_SNIPPET_METHOD.0
    ) + &comparison_types()
}

/// `versus-card` in a framework's JSX, for `import type {} from
/// 'versus-card/jsx-NAME'`: `augment` declares it in the framework's JSX
/// namespace, the way each framework's documentation says.
fn jsx(name: &str, imports: &str, augment: &str) -> String {
    format!(
        "// {GENERATED}\n// `<versus-card>` in {name}'s JSX: import type {{}} from 'versus-card/jsx-{name}';\n{imports}import type {{ VersusCardAttributes }} from './versus.js';\n\n{augment}\n"
    )
}

fn react() -> String {
    jsx(
        "react",
        "import type * as React from 'react';\n",
        "declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n      'versus-card': React.DetailedHTMLProps<React.HTMLAttributes<HTMLElement>, HTMLElement> & VersusCardAttributes;\n    }\n  }\n}",
    )
}

fn preact() -> String {
    jsx(
        "preact",
        "",
        "declare global {\n  namespace preact.JSX {\n    interface IntrinsicElements {\n      'versus-card': preact.JSX.HTMLAttributes<HTMLElement> & VersusCardAttributes;\n    }\n  }\n}",
    )
}

fn solid() -> String {
    jsx(
        "solid-js",
        "import 'solid-js';\n",
        "declare module 'solid-js' {\n  namespace JSX {\n    interface IntrinsicElements {\n      'versus-card': HTMLAttributes<HTMLElement> & VersusCardAttributes;\n    }\n  }\n}",
    )
}

/// The table of attributes in docs/embedding.md, between its markers.
const TABLE_START: &str =
    "<!-- The table is generated from src/ui/element.rs by tests/element.rs: edit it there. -->\n";
const TABLE_END: &str = "<!-- end of the generated table -->";

fn attribute_table() -> String {
    let rows: String = ATTRIBUTES
        .iter()
        .map(|a| {
            format!(
                "| `{}` | {} | {} |\n",
                a.name,
                values_text(a.values),
                a.description
            )
        })
        .collect();
    format!("| attribute | values | effect |\n|---|---|---|\n{rows}")
}

/// docs/embedding.md with its table of attributes generated afresh.
fn embedding_page() -> String {
    let page = std::fs::read_to_string(root().join("docs/embedding.md")).unwrap_or_default();
    match (page.find(TABLE_START), page.find(TABLE_END)) {
        (Some(start), Some(end)) if start < end => format!(
            "{}{TABLE_START}{}{}",
            &page[..start],
            attribute_table(),
            &page[end..]
        ),
        _ => format!("{page}\n(the markers of the generated table of attributes are missing)"),
    }
}

/// `file` with the text between `start` and `end` made `body`.
fn with_region(file: &str, start: &str, end: &str, body: &str) -> String {
    let text = std::fs::read_to_string(root().join(file)).unwrap_or_default();
    match (text.find(start), text.find(end)) {
        (Some(at), Some(stop)) if at < stop => {
            format!("{}{start}{body}{}", &text[..at], &text[stop..])
        }
        _ => format!("{text}\n(the markers of the generated attributes are missing)"),
    }
}

/// How a template writes an attribute's values: `text`, `flag`, or the
/// words separated by `|`.
fn template_values(values: Values) -> String {
    match values {
        Values::Text(_) => "text".to_string(),
        Values::Flag => "flag".to_string(),
        Values::OneOf(words) => words.join("|"),
    }
}

/// The Hugo shortcode, its list of attributes generated.
fn hugo_shortcode() -> String {
    let entries: String = ATTRIBUTES
        .iter()
        .map(|a| {
            format!(
                "  (dict \"name\" \"{}\" \"values\" \"{}\" \"rendered\" {})\n",
                a.name,
                template_values(a.values),
                RENDERED_WITH.contains(&a.name)
            )
        })
        .collect();
    with_region(
        HUGO_SHORTCODE,
        "{{- /* The element's attributes, generated from src/ui/element.rs by tests/element.rs: edit them there. */ -}}\n",
        "{{- /* end of the generated attributes */ -}}",
        &format!("{{{{- $versusTag := \"{TAG_NAME}\" -}}}}\n{{{{- $versusAttributes := slice\n{entries}-}}}}\n"),
    )
}

/// The Jekyll include, its list of attributes generated.
fn jekyll_include() -> String {
    let entries: Vec<String> = ATTRIBUTES
        .iter()
        .map(|a| {
            let rendered = if RENDERED_WITH.contains(&a.name) {
                "rendered"
            } else {
                "added"
            };
            format!("{}:{}:{rendered}", a.name, template_values(a.values))
        })
        .collect();
    with_region(
        JEKYLL_INCLUDE,
        "{%- comment -%} The element's attributes, generated from src/ui/element.rs by tests/element.rs: edit them there. {%- endcomment -%}\n",
        "{%- comment -%} end of the generated attributes {%- endcomment -%}",
        &format!(
            "{{%- assign versus_tag = \"{TAG_NAME}\" -%}}\n{{%- assign versus_attributes = \"{}\" | split: \",\" -%}}\n",
            entries.join(",")
        ),
    )
}

/// The WordPress plugin's list: each attribute's name and values (`'text'`,
/// `true` for a flag, or the list of words).
fn wordpress_attributes() -> String {
    let entries: String = ATTRIBUTES
        .iter()
        .map(|a| {
            let values = match a.values {
                Values::Text(_) => "'text'".to_string(),
                Values::Flag => "true".to_string(),
                Values::OneOf(words) => format!(
                    "array( {} )",
                    words
                        .iter()
                        .map(|w| format!("'{w}'"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            };
            format!("\t'{}' => {values},\n", a.name)
        })
        .collect();
    format!(
        "<?php\n// {GENERATED}\n// The attributes of <versus-card> and their values: 'text', true for\n// one that is present or absent, or the words it takes.\n\ndefined( 'ABSPATH' ) || exit;\n\nreturn array(\n{entries});\n"
    )
}

const HUGO_SHORTCODE: &str = "embed/package/platforms/hugo/layouts/shortcodes/versus.html";
const JEKYLL_INCLUDE: &str = "embed/package/platforms/jekyll/_includes/versus.html";

fn generated() -> Vec<(&'static str, String)> {
    vec![
        ("docs/embedding.md", embedding_page()),
        (HUGO_SHORTCODE, hugo_shortcode()),
        (JEKYLL_INCLUDE, jekyll_include()),
        ("embed/wordpress/attributes.php", wordpress_attributes()),
        (
            "docs/custom-elements.json",
            serde_json::to_string_pretty(&sorted(&manifest())).unwrap_or_default() + "\n",
        ),
        (
            "docs/html-data.json",
            serde_json::to_string_pretty(&sorted(&html_data())).unwrap_or_default() + "\n",
        ),
        ("docs/versus.d.ts", declarations()),
        ("docs/jsx-react.d.ts", react()),
        ("docs/jsx-preact.d.ts", preact()),
        ("docs/jsx-solid-js.d.ts", solid()),
    ]
}

#[test]
fn the_committed_manifest_data_and_types_are_generated_from_the_element() {
    let mut stale = Vec::new();
    for (path, fresh) in generated() {
        let path_on_disk = root().join(path);
        if std::env::var_os("VERSUS_BLESS").is_some() {
            std::fs::write(&path_on_disk, &fresh).expect("writable");
            continue;
        }
        if std::fs::read_to_string(&path_on_disk).unwrap_or_default() != fresh {
            stale.push(path);
        }
    }
    assert!(
        stale.is_empty(),
        "{stale:?} are stale: run VERSUS_BLESS=1 cargo test --test element"
    );
}

#[test]
fn the_card_reads_exactly_the_listed_attributes() {
    let read = std::cell::RefCell::new(BTreeSet::new());
    EmbedConfig::read(
        |name| {
            read.borrow_mut().insert(name.to_string());
            None
        },
        None,
    );
    let mut listed: BTreeSet<String> = ATTRIBUTES.iter().map(|a| a.name.to_string()).collect();
    // The loader reads `loading` itself; the card never needs it.
    listed.remove("loading");
    listed.extend(INTERNAL_ATTRIBUTES.iter().map(|name| name.to_string()));
    assert_eq!(read.into_inner(), listed);
}

#[test]
fn the_loader_observes_exactly_the_listed_attributes() {
    let loader = std::fs::read_to_string(root().join("embed/versus.js")).expect("the loader");
    let start = loader
        .find("static observedAttributes = [")
        .expect("observedAttributes")
        + "static observedAttributes = [".len();
    let end = start + loader[start..].find(']').expect("its end");
    let observed: BTreeSet<String> = loader[start..end]
        .split(',')
        .map(|name| name.trim().trim_matches('\'').to_string())
        .filter(|name| !name.is_empty())
        .collect();
    let listed: BTreeSet<String> = ATTRIBUTES.iter().map(|a| a.name.to_string()).collect();
    assert_eq!(observed, listed);
}

/// The iframe form (embed.html, embed-frame.js) copies its query onto the
/// card: every documented attribute but the two that belong to the frame
/// itself (`id`: the card inside is `#card`; `loading`: the blogger's
/// `<iframe loading="lazy">` does that), flags as flags.
#[test]
fn the_iframe_form_passes_on_every_attribute_but_the_frames_own() {
    let script = std::fs::read_to_string(root().join("embed/embed-frame.js"))
        .expect("the iframe form's script");
    let list_after = |opening: &str| -> BTreeSet<String> {
        let start = script.find(opening).expect(opening) + opening.len();
        let end = start + script[start..].find(']').expect("its end");
        script[start..end]
            .split(',')
            .map(|name| name.trim().trim_matches('\'').to_string())
            .filter(|name| !name.is_empty())
            .collect()
    };
    let valued = list_after("for (const name of [");
    let flags = list_after("for (const flag of [");
    let frame_own = ["id", "loading"];
    let expected = |flag: bool| -> BTreeSet<String> {
        ATTRIBUTES
            .iter()
            .filter(|a| !frame_own.contains(&a.name) && matches!(a.values, Values::Flag) == flag)
            .map(|a| a.name.to_string())
            .collect()
    };
    assert_eq!(valued, expected(false), "attributes with values");
    assert_eq!(flags, expected(true), "flags");
}

#[test]
fn every_custom_property_the_styles_read_is_listed_and_every_listed_one_is_read() {
    let mut used = BTreeSet::new();
    for file in ["card.css", "embed/versus.js"] {
        let text = std::fs::read_to_string(root().join(file)).expect("readable");
        for (at, _) in text.match_indices("var(--versus-") {
            let name: String = text[at + 4..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '-')
                .collect();
            used.insert(name);
        }
    }
    let listed: BTreeSet<String> = CSS_PROPERTIES
        .iter()
        .map(|(name, _)| name.to_string())
        .collect();
    assert_eq!(used, listed);
    let loader = std::fs::read_to_string(root().join("embed/versus.js")).expect("the loader");
    for (part, _) in CSS_PARTS {
        assert!(loader.contains(&format!("'part', '{part}'")), "{part}");
    }
}

/// The text of `file` outside its generated list of attributes (the whole
/// file for one without), and without its comments of the usual kinds.
fn hand_written(file: &str, start: &str, end: &str) -> String {
    let text = std::fs::read_to_string(root().join(file)).expect("readable");
    match (text.find(start), text.find(end)) {
        (Some(at), Some(stop)) if at < stop => format!("{}{}", &text[..at], &text[stop..]),
        _ => text,
    }
}

/// Every platform sets every attribute the element documents, from the
/// list above and no list of its own: the Eleventy plugin, the Astro
/// component and renderCard pass attributes to `versus render`, which
/// checks them (crates/cli/tests/render.rs sets each one); the Hugo and
/// Jekyll templates and the WordPress plugin write them from the generated
/// lists (checked for staleness above) and name none themselves but the
/// ones they treat apart, each said here.
#[test]
fn no_platform_keeps_a_list_of_attributes_of_its_own() {
    let names: Vec<&str> = ATTRIBUTES.iter().map(|a| a.name).collect();
    let named = |text: &str, pattern: &dyn Fn(&str) -> String, apart: &[&str]| -> Vec<String> {
        names
            .iter()
            .filter(|name| !apart.contains(name) && text.contains(&pattern(name)))
            .map(|name| name.to_string())
            .collect()
    };
    // renderCard's and renderElement's own options are the command's
    // (--src, --preset, --priorities, --theme, --compact); every other
    // attribute goes through --attribute.
    let options = ["src", "preset", "priorities", "theme", "compact"];
    for file in [
        "embed/package/render.mjs",
        "embed/package/eleventy.mjs",
        "embed/package/platforms/astro/Versus.astro",
    ] {
        let text = std::fs::read_to_string(root().join(file)).expect("readable");
        let code: String = text
            .lines()
            .filter(|line| {
                let line = line.trim_start();
                !line.starts_with("//") && !line.starts_with('*') && !line.starts_with("/**")
            })
            .collect::<Vec<_>>()
            .join("\n");
        assert_eq!(
            named(&code, &|name| format!("'{name}'"), &options),
            Vec::<String>::new(),
            "{file}"
        );
        assert!(!code.contains("ATTRIBUTES"), "{file} keeps a list");
    }
    // Hugo: src is an address of the site and preset is checked against the comparison.
    let hugo = hand_written(
        HUGO_SHORTCODE,
        "{{- /* The element's attributes",
        "{{- /* end of the generated attributes */ -}}",
    );
    assert_eq!(
        named(
            &hugo,
            &|name| format!(".Get \"{name}\""),
            &["src", "preset"]
        ),
        Vec::<String>::new()
    );
    // Jekyll: src is an address of the site.
    let jekyll = hand_written(
        JEKYLL_INCLUDE,
        "{%- comment -%} The element's attributes",
        "{%- comment -%} end of the generated attributes {%- endcomment -%}",
    );
    assert_eq!(
        named(&jekyll, &|name| format!("include.{name}"), &["src"]),
        Vec::<String>::new()
    );
    // WordPress: src is checked as an address, preset picks the built-in
    // comparison's fallback, and the block's "lazy" setting is loading="lazy".
    let php =
        std::fs::read_to_string(root().join("embed/wordpress/versus-card.php")).expect("readable");
    assert_eq!(
        named(
            &php,
            &|name| format!("'{name}'"),
            &["src", "preset", "loading"]
        ),
        Vec::<String>::new()
    );
    assert!(php.contains("require __DIR__ . '/attributes.php'"));
    // The block has a setting for each (loading as its "lazy" toggle).
    let block: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("embed/wordpress/block.json")).expect("readable"),
    )
    .expect("JSON");
    for name in names.iter().filter(|name| **name != "loading") {
        assert!(
            block["attributes"][name].is_object(),
            "the block has no {name}"
        );
    }
}
