//! The comparison being edited, as a JSON document, and the edits the form
//! makes to it.
//!
//! The editor works on the author's JSON, not on the card's validated types:
//! a draft is allowed to be wrong (that is when the author needs the editor
//! most), and every field the author wrote, known or not, must survive a form
//! edit. serde_json's `preserve_order` keeps the author's order of fields.

use std::fmt;

use serde_json::{Map, Value};
use versus::model::comparison::{
    MAX_CONTENDERS, MAX_CRITERIA, MAX_EVIDENCE, MAX_PRESETS, MAX_SOURCES, MIN_CONTENDERS,
    MIN_CRITERIA,
};
use versus::model::spec::OPTIONAL_TEXT_FIELDS;
use versus::model::validate::MAX_ID;

/// Paths into the document are the model's, so a problem's path finds its
/// field without being parsed: `criteria[2].scores.node.score`.
pub use versus::model::{Path, Step};

/// The lists of a comparison the form can add to, remove from and reorder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum List {
    /// `contenders`: 2 to 6.
    Contenders,
    /// `criteria`: 3 to 30.
    Criteria,
    /// `presets`: up to 12.
    Presets,
    /// `sources`: up to 60, the pages scores cite in their evidence.
    Sources,
}

/// Every list, for the edits that find one by its field.
const LISTS: [List; 4] = [
    List::Contenders,
    List::Criteria,
    List::Presets,
    List::Sources,
];

impl List {
    /// The field holding the list.
    pub fn field(self) -> &'static str {
        match self {
            List::Contenders => "contenders",
            List::Criteria => "criteria",
            List::Presets => "presets",
            List::Sources => "sources",
        }
    }

    /// The most items the card accepts; the form offers no more.
    pub fn most(self) -> usize {
        match self {
            List::Contenders => MAX_CONTENDERS,
            List::Criteria => MAX_CRITERIA,
            List::Presets => MAX_PRESETS,
            List::Sources => MAX_SOURCES,
        }
    }

    /// The fewest items the card accepts; the form removes no further.
    pub fn fewest(self) -> usize {
        match self {
            List::Contenders => MIN_CONTENDERS,
            List::Criteria => MIN_CRITERIA,
            List::Presets | List::Sources => 0,
        }
    }

    /// The field an item's id is made from.
    fn name_field(self) -> &'static str {
        match self {
            List::Contenders => "name",
            List::Criteria | List::Presets => "label",
            List::Sources => "title",
        }
    }

    /// The id of an item nobody has named yet.
    fn placeholder_id(self) -> &'static str {
        match self {
            List::Contenders => "contender",
            List::Criteria => "criterion",
            List::Presets => "preset",
            List::Sources => "source",
        }
    }
}

/// One change the form makes. Each keeps the document consistent where the
/// format ties values together: renaming a contender's id renames its scores,
/// removing a criterion removes it from the presets, renaming a source's id
/// renames it in the evidence that cites it.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Sets a text field; empty text removes an optional one (`subtitle`,
    /// `tagline`, a string override…), so the card's default applies.
    Text {
        /// The field.
        path: Path,
        /// The new text.
        text: String,
    },
    /// Sets a score from a number input; text that is no number is kept as
    /// text, for the validator to name.
    Score {
        /// The `score` field.
        path: Path,
        /// What the input holds.
        text: String,
    },
    /// Sets a true/false field.
    Flag {
        /// The field.
        path: Path,
        /// The new value.
        on: bool,
    },
    /// Sets (or, with `None`, removes) a criterion's importance in a preset.
    PresetImportance {
        /// Which preset.
        preset: usize,
        /// The criterion's id.
        criterion: String,
        /// `normal`, `high` or `critical`; `None` leaves it out.
        importance: Option<String>,
    },
    /// Adds a piece of evidence at the end of a score's `evidence`: the
    /// first source, nothing said yet, checked today. A score that stated no
    /// basis becomes `"cited"`.
    AddEvidence {
        /// Which criterion.
        criterion: usize,
        /// The contender's id, the score's key in `scores`.
        contender: String,
        /// Today, as `YYYY-MM-DD`: the day the author reads the source.
        today: String,
    },
    /// Removes a piece of evidence from a score; the last one takes the
    /// empty `evidence` list with it.
    RemoveEvidence {
        /// Which criterion.
        criterion: usize,
        /// The contender's id, the score's key in `scores`.
        contender: String,
        /// Which piece of evidence.
        index: usize,
    },
    /// Adds an empty item at the end of a list.
    Add(List),
    /// Removes an item. A source that evidence still cites is removed all
    /// the same: the quotes are the author's work, so they stay, and the
    /// validator names each one whose source is gone.
    Remove(List, usize),
    /// Moves an item one place up (`-1`) or down (`1`).
    Move(List, usize, isize),
}

/// Why an edit was not made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    /// The text is not a JSON object, so the form cannot change it.
    NotAnObject,
    /// The path leads through something that is not an object or list.
    NoSuchPlace(String),
    /// The list is at its size limit.
    Limit(List),
    /// The score already cites as much evidence as the format allows.
    EvidenceLimit,
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::NotAnObject => f.write_str(
                "The JSON view does not hold one JSON object, so the form cannot change it: fix the JSON first.",
            ),
            EditError::NoSuchPlace(path) => write!(
                f,
                "The form cannot change {path}: the JSON there has another shape. Fix it in the JSON view."
            ),
            EditError::Limit(list) => write!(
                f,
                "A comparison has {} to {} {}.",
                list.fewest(),
                list.most(),
                list.field()
            ),
            EditError::EvidenceLimit => write!(
                f,
                "A score cites at most {MAX_EVIDENCE} pieces of evidence: keep the strongest."
            ),
        }
    }
}

/// A comparison document: always a JSON object.
#[derive(Clone, Debug, PartialEq)]
pub struct Document(Map<String, Value>);

impl Document {
    /// Reads the author's text; `None` if it is not one JSON object.
    pub fn from_text(text: &str) -> Option<Document> {
        let text = versus::model::reading::without_byte_order_mark(text);
        match serde_json::from_str(text) {
            Ok(Value::Object(map)) => Some(Document(map)),
            _ => None,
        }
    }

    /// The text the JSON view shows: two-space indentation, fields in order.
    pub fn to_text(&self) -> String {
        let mut text = serde_json::to_string_pretty(&self.0).unwrap_or_default();
        text.push('\n');
        text
    }

    /// A new comparison: two unnamed contenders, nothing else yet. The
    /// validator's messages then say what is still missing.
    pub fn blank() -> Document {
        let mut document = Document(Map::new());
        document
            .0
            .insert("title".into(), Value::String(String::new()));
        document
            .0
            .insert("contenders".into(), Value::Array(Vec::new()));
        document
            .0
            .insert("criteria".into(), Value::Array(Vec::new()));
        for _ in 0..2 {
            let _ = document.apply(&Edit::Add(List::Contenders));
        }
        document
    }

    /// The value at `path`, if there is one.
    pub fn get(&self, path: &Path) -> Option<&Value> {
        let (Step::Key(key), rest) = path.steps().split_first()? else {
            return None;
        };
        self.0.get(key)?.pointer(&json_pointer(rest))
    }

    /// The value at `path` as the form shows it: text as text, anything else
    /// as its JSON, nothing as empty.
    pub fn text(&self, path: &Path) -> String {
        match self.get(path) {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(text)) => text.clone(),
            Some(other) => other.to_string(),
        }
    }

    /// Whether the field at `path` is `true`.
    pub fn flag(&self, path: &Path) -> bool {
        matches!(self.get(path), Some(Value::Bool(true)))
    }

    /// How many items a list has (0 if it is missing or not a list).
    pub fn len(&self, list: List) -> usize {
        self.items(list).len()
    }

    /// Whether a list has no items.
    pub fn is_empty(&self, list: List) -> bool {
        self.len(list) == 0
    }

    /// The ids of a list's items, in order ("" where an item has none).
    pub fn ids(&self, list: List) -> Vec<String> {
        self.items(list)
            .iter()
            .map(|item| {
                item.get("id")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string()
            })
            .collect()
    }

    /// The keys of an object at `path`, in order.
    pub fn keys(&self, path: &Path) -> Vec<String> {
        self.get(path)
            .and_then(Value::as_object)
            .map(|object| object.keys().cloned().collect())
            .unwrap_or_default()
    }

    /// How many items the list at `path` has (0 if it is missing or not a
    /// list), such as a score's `evidence`.
    pub fn count(&self, path: &Path) -> usize {
        self.get(path).and_then(Value::as_array).map_or(0, Vec::len)
    }

    fn items(&self, list: List) -> &[Value] {
        self.0
            .get(list.field())
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// Makes one edit; on an error the document is unchanged.
    pub fn apply(&mut self, edit: &Edit) -> Result<(), EditError> {
        let mut changed = self.clone();
        changed.apply_in_place(edit)?;
        *self = changed;
        Ok(())
    }

    fn apply_in_place(&mut self, edit: &Edit) -> Result<(), EditError> {
        match edit {
            Edit::Text { path, text } => self.set_text(path, text),
            Edit::Score { path, text } => {
                let value = match text.trim().parse::<serde_json::Number>() {
                    Ok(number) => Value::Number(number),
                    Err(_) => Value::String(text.clone()),
                };
                self.set(path, value)
            }
            Edit::Flag { path, on } => {
                // `on: false` is the default: leave it out, as the docs' examples do.
                if *on {
                    self.set(path, Value::Bool(true))
                } else {
                    self.remove_field(path)
                }
            }
            Edit::PresetImportance {
                preset,
                criterion,
                importance,
            } => {
                let path = Path::root()
                    .key("presets")
                    .index(*preset)
                    .key("priorities")
                    .key(criterion);
                match importance {
                    Some(importance) => self.set(&path, Value::String(importance.clone())),
                    None => self.remove_field(&path),
                }
            }
            Edit::AddEvidence {
                criterion,
                contender,
                today,
            } => self.add_evidence(&score_path(*criterion, contender), today),
            Edit::RemoveEvidence {
                criterion,
                contender,
                index,
            } => self.remove_evidence(&score_path(*criterion, contender), *index),
            Edit::Add(list) => self.add(*list),
            Edit::Remove(list, index) => self.remove(*list, *index),
            Edit::Move(list, index, by) => {
                let items = self.list_mut(*list)?;
                let to = index.checked_add_signed(*by).filter(|to| *to < items.len());
                if let Some(to) = to.filter(|_| *index < items.len()) {
                    items.swap(*index, to);
                }
                Ok(())
            }
        }
    }

    fn set_text(&mut self, path: &Path, text: &str) -> Result<(), EditError> {
        if text.is_empty() && is_optional(path) {
            self.remove_field(path)?;
            self.tidy();
            return Ok(());
        }
        // A name or label also renames an id that still follows it.
        if let [Step::Key(field), Step::Index(index), Step::Key(name)] = path.steps() {
            if let Some(list) = LISTS
                .into_iter()
                .find(|list| list.field() == field && list.name_field() == name)
            {
                let id = self.ids(list).get(*index).cloned().unwrap_or_default();
                let old_name = self.text(path);
                if id.is_empty() || id == slug(&old_name) || is_placeholder_id(list, &id) {
                    let wanted = slug(text);
                    if !wanted.is_empty() {
                        let others: Vec<String> = self
                            .ids(list)
                            .into_iter()
                            .enumerate()
                            .filter(|(n, _)| n != index)
                            .map(|(_, id)| id)
                            .collect();
                        let new_id = unique_id(&wanted, &others);
                        self.set(path, Value::String(text.to_string()))?;
                        return self.rename_id(list, *index, &new_id);
                    }
                }
            }
            if let Some(list) = LISTS
                .into_iter()
                .find(|list| list.field() == field && name == "id")
            {
                return self.rename_id(list, *index, text);
            }
        }
        self.set(path, Value::String(text.to_string()))?;
        self.tidy();
        Ok(())
    }

    /// Drops what the form emptied: an attribution with neither words nor
    /// link, a `strings` object with no string left.
    fn tidy(&mut self) {
        let attribution = Path::root().key("attribution");
        if self.text(&attribution.key("text")).is_empty()
            && self.get(&attribution.key("url")).is_none()
            && self.keys(&attribution).iter().all(|key| key == "text")
        {
            self.0.shift_remove("attribution");
        }
        if self.get(&Path::root().key("strings")).is_some()
            && self.keys(&Path::root().key("strings")).is_empty()
        {
            self.0.shift_remove("strings");
        }
    }

    /// Gives an item a new id, and carries the change to where the id is used.
    fn rename_id(&mut self, list: List, index: usize, new_id: &str) -> Result<(), EditError> {
        let path = Path::root().key(list.field()).index(index).key("id");
        let old_id = self.text(&path);
        self.set(&path, Value::String(new_id.to_string()))?;
        if old_id == new_id {
            return Ok(());
        }
        if list == List::Sources {
            // Evidence names its source by id alone: when another source has
            // (or had) the same id, which citations are this one's cannot be
            // told, and the validator names the ones left behind.
            let others: Vec<String> = self
                .ids(list)
                .into_iter()
                .enumerate()
                .filter(|(n, _)| *n != index)
                .map(|(_, id)| id)
                .collect();
            if !others.contains(&old_id) && !others.iter().any(|id| id == new_id) {
                self.in_evidence(|evidence| {
                    if evidence.get("source").and_then(Value::as_str) == Some(old_id.as_str()) {
                        evidence.insert("source".into(), Value::String(new_id.to_string()));
                    }
                });
            }
            return Ok(());
        }
        self.in_maps_keyed_by(list, |map| rename_key(map, &old_id, new_id));
        Ok(())
    }

    /// Changes every piece of evidence, in every score of every criterion.
    fn in_evidence(&mut self, mut change: impl FnMut(&mut Map<String, Value>)) {
        let scores = self
            .list_mut(List::Criteria)
            .into_iter()
            .flatten()
            .filter_map(|criterion| criterion.get_mut("scores").and_then(Value::as_object_mut))
            .flat_map(|scores| scores.values_mut());
        for score in scores {
            let evidence = score.get_mut("evidence").and_then(Value::as_array_mut);
            for piece in evidence.into_iter().flatten() {
                if let Some(piece) = piece.as_object_mut() {
                    change(piece);
                }
            }
        }
    }

    fn add_evidence(&mut self, score: &Path, today: &str) -> Result<(), EditError> {
        if !matches!(self.get(score), Some(Value::Object(_))) {
            return Err(EditError::NoSuchPlace(score.to_string()));
        }
        let evidence = score.key("evidence");
        match self.get(&evidence) {
            None | Some(Value::Null) => {}
            Some(Value::Array(pieces)) if pieces.len() >= MAX_EVIDENCE => {
                return Err(EditError::EvidenceLimit)
            }
            Some(Value::Array(_)) => {}
            Some(_) => return Err(EditError::NoSuchPlace(evidence.to_string())),
        }
        let basis = score.key("basis");
        if matches!(self.get(&basis), None | Some(Value::Null)) {
            self.set(&basis, Value::String("cited".into()))?;
        }
        let source = self
            .ids(List::Sources)
            .into_iter()
            .next()
            .unwrap_or_default();
        let piece = serde_json::json!({ "source": source, "says": "", "checked": today });
        match self.get_mut(&evidence) {
            Some(Value::Array(pieces)) => pieces.push(piece),
            _ => self.set(&evidence, Value::Array(vec![piece]))?,
        }
        Ok(())
    }

    fn remove_evidence(&mut self, score: &Path, index: usize) -> Result<(), EditError> {
        let evidence = score.key("evidence");
        let Some(Value::Array(pieces)) = self.get_mut(&evidence) else {
            return Ok(());
        };
        if index < pieces.len() {
            pieces.remove(index);
        }
        if pieces.is_empty() {
            self.remove_field(&evidence)?;
        }
        Ok(())
    }

    fn add(&mut self, list: List) -> Result<(), EditError> {
        if self.len(list) >= list.most() {
            return Err(EditError::Limit(list));
        }
        let id = unique_id(list.placeholder_id(), &self.ids(list));
        let item = match list {
            List::Contenders => serde_json::json!({ "id": id, "name": "" }),
            List::Criteria => {
                let scores: Map<String, Value> = self
                    .ids(List::Contenders)
                    .into_iter()
                    .map(|contender| (contender, empty_score()))
                    .collect();
                serde_json::json!({ "id": id, "label": "", "description": "", "scores": scores })
            }
            List::Presets => serde_json::json!({ "id": id, "label": "", "priorities": {} }),
            List::Sources => serde_json::json!({ "id": id, "title": "", "url": "" }),
        };
        // A new contender needs a score on every criterion (a new criterion
        // is never used by a preset until the author says so).
        if list == List::Contenders {
            self.in_maps_keyed_by(list, |scores| {
                scores.insert(id.clone(), empty_score());
            });
        }
        if !self.0.contains_key(list.field()) {
            self.0.insert(list.field().into(), Value::Array(Vec::new()));
        }
        self.list_mut(list)?.push(item);
        Ok(())
    }

    fn remove(&mut self, list: List, index: usize) -> Result<(), EditError> {
        let Some(id) = self.ids(list).get(index).cloned() else {
            return Ok(());
        };
        self.list_mut(list)?.remove(index);
        self.in_maps_keyed_by(list, |map| {
            map.shift_remove(&id);
        });
        Ok(())
    }

    fn list_mut(&mut self, list: List) -> Result<&mut Vec<Value>, EditError> {
        match self.0.get_mut(list.field()) {
            Some(Value::Array(items)) => Ok(items),
            None => Err(EditError::NoSuchPlace(list.field().to_string())),
            Some(_) => Err(EditError::NoSuchPlace(list.field().to_string())),
        }
    }

    /// Sets the value at `path`, making missing objects on the way.
    fn set(&mut self, path: &Path, value: Value) -> Result<(), EditError> {
        let no_place = || EditError::NoSuchPlace(path.to_string());
        let Some((Step::Key(key), parents)) = path.steps().split_last() else {
            return Err(no_place());
        };
        let mut walked = Path::root();
        for step in parents {
            let next = walked.then(step.clone());
            if self.get(&next).is_none() {
                match step {
                    Step::Key(_) => self.set(&next, Value::Object(Map::new()))?,
                    Step::Index(_) => return Err(no_place()),
                }
            }
            walked = next;
        }
        let parent = if parents.is_empty() {
            &mut self.0
        } else {
            self.get_mut(&walked)
                .and_then(Value::as_object_mut)
                .ok_or_else(no_place)?
        };
        parent.insert(key.clone(), value);
        Ok(())
    }

    /// Removes the field at `path`, if it is there.
    fn remove_field(&mut self, path: &Path) -> Result<(), EditError> {
        let Some((Step::Key(key), parent)) = path.steps().split_last() else {
            return Err(EditError::NoSuchPlace(path.to_string()));
        };
        if parent.is_empty() {
            self.0.shift_remove(key);
            return Ok(());
        }
        let parent: Path = parent.iter().cloned().collect();
        if let Some(Value::Object(object)) = self.get_mut(&parent) {
            object.shift_remove(key);
        }
        Ok(())
    }

    fn get_mut(&mut self, path: &Path) -> Option<&mut Value> {
        let (Step::Key(key), rest) = path.steps().split_first()? else {
            return None;
        };
        self.0.get_mut(key)?.pointer_mut(&json_pointer(rest))
    }

    /// Changes, in every item that uses this list's ids as keys (criteria's
    /// `scores` for contenders, presets' `priorities` for criteria), that map.
    fn in_maps_keyed_by(&mut self, list: List, mut change: impl FnMut(&mut Map<String, Value>)) {
        let (users, field) = match list {
            List::Contenders => (List::Criteria, "scores"),
            List::Criteria => (List::Presets, "priorities"),
            // Evidence cites sources from a list, not by key: see `in_evidence`.
            List::Presets | List::Sources => return,
        };
        for item in self.list_mut(users).into_iter().flatten() {
            if let Some(map) = item.get_mut(field).and_then(Value::as_object_mut) {
                change(map);
            }
        }
    }
}

/// Steps as a JSON Pointer (RFC 6901), for serde_json's `pointer`.
fn json_pointer(steps: &[Step]) -> String {
    steps
        .iter()
        .map(|step| match step {
            Step::Key(key) => format!("/{}", key.replace('~', "~0").replace('/', "~1")),
            Step::Index(index) => format!("/{index}"),
        })
        .collect()
}

/// Where one contender's score on one criterion is.
fn score_path(criterion: usize, contender: &str) -> Path {
    Path::root()
        .key("criteria")
        .index(criterion)
        .key("scores")
        .key(contender)
}

/// The `evidence` list of one contender's score on one criterion, such as
/// `criteria[0].scores.node.evidence`.
pub fn evidence_path(criterion: usize, contender: &str) -> Path {
    score_path(criterion, contender).key("evidence")
}

/// Whether emptying the field at `path` removes it: the format's optional
/// text fields and the string overrides, but not a source's `url`, which
/// shares its name with the attribution's optional link and is required.
fn is_optional(path: &Path) -> bool {
    let steps = path.steps();
    match (steps.first(), steps.last()) {
        (Some(Step::Key(first)), _) if first == "strings" => true,
        (Some(Step::Key(first)), Some(Step::Key(last))) => {
            OPTIONAL_TEXT_FIELDS.contains(&last.as_str())
                && !(first == List::Sources.field() && last == "url")
        }
        _ => false,
    }
}

/// A new contender's score on a criterion: the middle of the scale, and an
/// empty reason the validator asks the author to write.
fn empty_score() -> Value {
    serde_json::json!({ "score": 5, "reason": "" })
}

/// Renames a key in place, keeping its position among the others.
fn rename_key(map: &mut Map<String, Value>, from: &str, to: &str) {
    if !map.contains_key(from) {
        return;
    }
    *map = std::mem::take(map)
        .into_iter()
        .map(|(key, value)| {
            if key == from {
                (to.to_string(), value)
            } else {
                (key, value)
            }
        })
        .collect();
}

/// Whether an id is one the form made up (`criterion-3`), which follows the
/// item's name once the author writes one.
fn is_placeholder_id(list: List, id: &str) -> bool {
    id.strip_prefix(list.placeholder_id()).is_some_and(|rest| {
        rest.is_empty()
            || rest
                .strip_prefix('-')
                .is_some_and(|n| n.parse::<u32>().is_ok())
    })
}

/// An id made from a name, as the format wants ids: lowercase a-z, digits,
/// '-' and '_', starting with a letter, at most 32 characters. Empty when the
/// name has no such letters (an Arabic name, say): the id then stays as it is.
pub fn slug(name: &str) -> String {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    let mut id = String::new();
    let letters = name.trim().to_lowercase();
    for c in letters.nfd().filter(|c| !is_combining_mark(*c)) {
        if c.is_ascii_lowercase() || (c.is_ascii_digit() && !id.is_empty()) {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    let mut id: String = id.trim_end_matches('-').chars().take(MAX_ID).collect();
    while id.ends_with('-') {
        id.pop();
    }
    id
}

/// `wanted`, or `wanted-2`, `wanted-3`… if another item has it already; a
/// made-up id is always numbered (`criterion-1`).
pub fn unique_id(wanted: &str, taken: &[String]) -> String {
    let free = |id: &str| !taken.iter().any(|t| t == id);
    let made_up = PLACEHOLDERS.contains(&wanted);
    if !made_up && free(wanted) {
        return wanted.to_string();
    }
    let stem: String = wanted.chars().take(28).collect();
    (if made_up { 1 } else { 2 }..)
        .map(|n| format!("{stem}-{n}"))
        .find(|id| free(id))
        .unwrap_or_else(|| wanted.to_string())
}

/// The ids of items nobody has named yet.
const PLACEHOLDERS: [&str; 4] = ["contender", "criterion", "preset", "source"];
