//! The validated comparison: what the rest of the code may rely on.
//!
//! Built only by [`crate::validate`], so its invariants hold everywhere:
//! 2 to 6 contenders, 3 to 30 criteria, unique ids, every criterion scores
//! every contender (indexed like `contenders`), scores in tenths from 0 to 100,
//! presets name only real criteria, colours and links are safe to use.

use std::fmt;
use std::marker::PhantomData;
use std::rc::Rc;

use crate::calendar::{Day, Published};
use crate::spec::Basis;
pub use crate::spec::SourceKind;
use crate::strings::{Strings, Text};

/// Fewest contenders a comparison may have.
pub const MIN_CONTENDERS: usize = 2;
/// Most contenders a comparison may have; more would not fit a blog column.
pub const MAX_CONTENDERS: usize = 6;
/// Fewest criteria a comparison may have.
pub const MIN_CRITERIA: usize = 3;
/// Most criteria a comparison may have.
pub const MAX_CRITERIA: usize = 30;
/// Most presets a comparison may have.
pub const MAX_PRESETS: usize = 12;
/// Most sources a comparison may list.
pub const MAX_SOURCES: usize = 60;
/// Most pieces of evidence one score may cite.
pub const MAX_EVIDENCE: usize = 5;

/// How much a switched-on priority counts.
///
/// The weights double at each step (1, 2, 4): "high" counts as much as two
/// normal priorities, and "critical" outweighs any two "high" ones that pull
/// the other way by the same amount, which matches how people use the word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Importance {
    /// Counts once.
    Normal,
    /// Counts twice.
    High,
    /// Counts four times.
    Critical,
}

impl Importance {
    /// Every level, from least to most important.
    pub const ALL: [Importance; 3] = [Importance::Normal, Importance::High, Importance::Critical];

    /// The multiplier applied to scores of a criterion at this importance.
    pub fn weight(self) -> u32 {
        match self {
            Importance::Normal => 1,
            Importance::High => 2,
            Importance::Critical => 4,
        }
    }

    /// The name used in specs, attributes and share links.
    pub fn id(self) -> &'static str {
        match self {
            Importance::Normal => "normal",
            Importance::High => "high",
            Importance::Critical => "critical",
        }
    }

    /// Reads an importance name as written in specs and links.
    pub fn from_id(id: &str) -> Option<Importance> {
        Importance::ALL.into_iter().find(|level| level.id() == id)
    }

    /// The wording key for this level.
    pub fn text(self) -> Text {
        match self {
            Importance::Normal => Text::ImportanceNormal,
            Importance::High => Text::ImportanceHigh,
            Importance::Critical => Text::ImportanceCritical,
        }
    }

    /// Steps from off (0) to this level (1 to 3), used to size a change.
    pub fn level(self) -> u32 {
        match self {
            Importance::Normal => 1,
            Importance::High => 2,
            Importance::Critical => 3,
        }
    }
}

/// A score in tenths of a point: 0 to 100 stands for 0.0 to 10.0.
///
/// Whole numbers keep every total exact, so equal totals always display alike.
/// Only validation makes one, so it is always in range:
///
/// ```compile_fail
/// let eleven = versus_model::comparison::Tenths(110); // private: the compiler refuses
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Tenths(pub(crate) u32);

impl Tenths {
    /// The score in tenths, from 0 to 100.
    pub fn tenths(self) -> u32 {
        self.0
    }

    /// The score with the language's decimal separator, such as "7,5".
    pub fn display_with(self, decimal_separator: &str) -> String {
        if self.0 % 10 == 0 {
            (self.0 / 10).to_string()
        } else {
            format!("{}{decimal_separator}{}", self.0 / 10, self.0 % 10)
        }
    }
}

/// A place in one of a comparison's lists: which criterion
/// ([`CriterionIndex`]), contender ([`ContenderIndex`]) or preset
/// ([`PresetIndex`]). The three are different types, so one cannot be passed
/// for another, and only a [`Comparison`] hands them out, for its own lists
/// (`criterion_indexes`, `criterion_index(id)`, …): an index is in range for
/// the comparison that gave it.
///
/// ```compile_fail,E0308
/// # fn mix(c: &versus_model::Comparison) {
/// let Some(contender) = c.contender_indexes().next() else { return };
/// let _ = c.criterion(contender); // a contender is not a criterion
/// # }
/// ```
///
/// ```compile_fail,E0451
/// let far = versus_model::comparison::PresetIndex { position: 99, of: std::marker::PhantomData };
/// ```
pub struct Index<T> {
    position: usize,
    of: PhantomData<fn() -> T>,
}

/// Which criterion of a comparison.
pub type CriterionIndex = Index<Criterion>;
/// Which contender of a comparison.
pub type ContenderIndex = Index<Contender>;
/// Which preset of a comparison.
pub type PresetIndex = Index<Preset>;
/// Which source of a comparison.
pub type SourceIndex = Index<Source>;

impl<T> Index<T> {
    /// Only the model makes indexes, from positions in a validated list.
    pub(crate) fn new(position: usize) -> Self {
        Index {
            position,
            of: PhantomData,
        }
    }

    /// Its place in the list, from 0: for element ids and colours, never
    /// for finding the item again (ask the comparison for that).
    pub fn position(self) -> usize {
        self.position
    }
}

// By hand rather than derived: a derive would ask the same of `T`.
impl<T> Clone for Index<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Index<T> {}
impl<T> PartialEq for Index<T> {
    fn eq(&self, other: &Self) -> bool {
        self.position == other.position
    }
}
impl<T> Eq for Index<T> {}
impl<T> PartialOrd for Index<T> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl<T> Ord for Index<T> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.position.cmp(&other.position)
    }
}
impl<T> std::hash::Hash for Index<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.position.hash(state);
    }
}
impl<T> fmt::Debug for Index<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.position)
    }
}

fn indexes<T>(count: usize) -> impl DoubleEndedIterator<Item = Index<T>> + ExactSizeIterator {
    (0..count).map(Index::new)
}

/// A link target that is known to be http or https.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SafeUrl(pub(crate) String);

impl SafeUrl {
    /// The URL, safe to put in an `href`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A colour that is known to be plain CSS colour syntax and nothing else.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Colour(pub(crate) String);

impl Colour {
    /// The colour, safe to put in a CSS custom property.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The comparison's language: a well-formed BCP 47 tag and the direction
/// its script is written in. Built only by validation.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Language {
    tag: String,
    right_to_left: bool,
}

impl Language {
    pub(crate) fn new(tag: String, right_to_left: bool) -> Self {
        Language { tag, right_to_left }
    }

    /// The tag for HTML's `lang` attribute, such as "de" or "ar-EG".
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// HTML's `dir` for this language: "rtl" or "ltr".
    pub fn dir(&self) -> &'static str {
        if self.right_to_left {
            "rtl"
        } else {
            "ltr"
        }
    }
}

impl Default for Language {
    /// English, left to right: what a comparison without `lang` is written in.
    fn default() -> Self {
        Language::new("en".to_string(), false)
    }
}

/// Credit line with an optional safe link.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Attribution {
    /// The words shown.
    pub(super) text: String,
    /// Where they link to.
    pub(super) url: Option<SafeUrl>,
}

impl Attribution {
    /// The words shown.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Where they link to.
    pub fn url(&self) -> Option<&SafeUrl> {
        self.url.as_ref()
    }
}

/// One of the things compared.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Contender {
    /// Stable identifier.
    pub(super) id: String,
    /// Display name.
    pub(super) name: String,
    /// A few words under the name.
    pub(super) tagline: Option<String>,
    /// Accent colour.
    pub(super) accent: Option<Colour>,
}

impl Contender {
    /// Stable identifier.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Display name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// A few words under the name.
    pub fn tagline(&self) -> Option<&str> {
        self.tagline.as_deref()
    }

    /// Accent colour.
    pub fn accent(&self) -> Option<&Colour> {
        self.accent.as_ref()
    }
}

/// A source scores cite: a page a reader can open.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Source {
    /// Stable identifier.
    pub(super) id: String,
    /// The source's own title.
    pub(super) title: String,
    /// Where to read it.
    pub(super) url: SafeUrl,
    /// Who published it.
    pub(super) publisher: Option<String>,
    /// When it was published or revised.
    pub(super) published: Option<Published>,
    /// What kind of page it is.
    pub(super) kind: Option<SourceKind>,
}

impl Source {
    /// Stable identifier.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The source's own title.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// Where to read it.
    pub fn url(&self) -> &SafeUrl {
        &self.url
    }

    /// Who published it.
    pub fn publisher(&self) -> Option<&str> {
        self.publisher.as_deref()
    }

    /// When it was published or revised.
    pub fn published(&self) -> Option<Published> {
        self.published
    }

    /// What kind of page it is.
    pub fn kind(&self) -> Option<SourceKind> {
        self.kind
    }
}

/// What one source says for one score, and the day the author read it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Evidence {
    /// The source cited (one of the comparison's).
    pub(super) source: SourceIndex,
    /// Its words or figure.
    pub(super) says: String,
    /// The day the author last read it.
    pub(super) checked: Day,
}

impl Evidence {
    /// The source cited: ask the comparison for it.
    pub fn source(&self) -> SourceIndex {
        self.source
    }

    /// What the source says: a short quote or a figure.
    pub fn says(&self) -> &str {
        &self.says
    }

    /// The day the author last read it.
    pub fn checked(&self) -> Day {
        self.checked
    }
}

/// One contender's score on one criterion.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Score {
    /// The score in tenths.
    pub(super) value: Tenths,
    /// Why it is what it is.
    pub(super) reason: String,
    /// What it rests on, as the author states it.
    pub(super) basis: Option<Basis>,
    /// The sources a cited score rests on (empty otherwise).
    pub(super) evidence: Vec<Evidence>,
}

impl Score {
    /// The score in tenths.
    pub fn value(&self) -> Tenths {
        self.value
    }

    /// Why it is what it is.
    pub fn reason(&self) -> &str {
        &self.reason
    }

    /// What it rests on, as the author states it: [`Basis::Cited`] always
    /// comes with evidence, the others never do.
    pub fn basis(&self) -> Option<Basis> {
        self.basis
    }

    /// The sources a cited score rests on, with what each says.
    pub fn evidence(&self) -> &[Evidence] {
        &self.evidence
    }
}

/// One thing a reader may prioritise.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Criterion {
    /// Stable identifier.
    pub(super) id: String,
    /// Short label.
    pub(super) label: String,
    /// One-line explanation.
    pub(super) description: String,
    /// Whether it starts switched on.
    pub(super) on_by_default: bool,
    /// One score per contender, in the order of [`Comparison::contenders`].
    pub(super) scores: Vec<Score>,
}

impl Criterion {
    /// Stable identifier.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Short label.
    pub fn label(&self) -> &str {
        &self.label
    }

    /// One-line explanation.
    pub fn description(&self) -> &str {
        &self.description
    }

    /// Whether it starts switched on.
    pub fn on_by_default(&self) -> bool {
        self.on_by_default
    }

    /// One score per contender, in the order of [`Comparison::contenders`].
    pub fn scores(&self) -> &[Score] {
        &self.scores
    }
}

/// A named set of priorities.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Preset {
    /// Stable identifier.
    pub(super) id: String,
    /// Button label.
    pub(super) label: String,
    /// Criterion and importance for every priority it switches on.
    pub(super) priorities: Vec<(CriterionIndex, Importance)>,
}

impl Preset {
    /// Stable identifier.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Button label.
    pub fn label(&self) -> &str {
        &self.label
    }

    /// Criterion and importance for every priority it switches on.
    pub fn priorities(&self) -> &[(CriterionIndex, Importance)] {
        &self.priorities
    }
}

/// A comparison that passed validation. Its fields are private to the model,
/// which builds it only in [`crate::validate`]: everything else reads
/// it through these accessors, so no hand-built comparison can break the
/// invariants (one score per contender, indexes in range) that scoring,
/// explanation and share links index by.
///
/// ```compile_fail,E0616
/// # fn change(mut c: versus_model::Comparison) {
/// c.contenders.clear(); // private outside the model: the compiler refuses
/// # }
/// ```
///
/// ```compile_fail,E0451
/// # fn build(c: &versus_model::Comparison) -> versus_model::Comparison {
/// versus_model::Comparison { title: String::new(), ..c.clone() } // no literal either
/// # }
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Comparison {
    /// Headline.
    pub(super) title: String,
    /// Line under the headline.
    pub(super) subtitle: Option<String>,
    /// Credit line.
    pub(super) attribution: Option<Attribution>,
    /// What the scores cite, numbered in this order.
    pub(super) sources: Vec<Source>,
    /// The things compared.
    pub(super) contenders: Vec<Contender>,
    /// What they are compared on.
    pub(super) criteria: Vec<Criterion>,
    /// Ready-made priority sets.
    pub(super) presets: Vec<Preset>,
    /// The card's wording.
    pub(super) strings: Strings,
    /// The language of all that text, and its direction.
    pub(super) language: Language,
}

impl Comparison {
    /// Headline.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// Line under the headline.
    pub fn subtitle(&self) -> Option<&str> {
        self.subtitle.as_deref()
    }

    /// Credit line.
    pub fn attribution(&self) -> Option<&Attribution> {
        self.attribution.as_ref()
    }

    /// What the scores cite, numbered in this order.
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// Every source's index, in the author's order.
    pub fn source_indexes(
        &self,
    ) -> impl DoubleEndedIterator<Item = SourceIndex> + ExactSizeIterator {
        indexes(self.sources.len())
    }

    /// One source.
    pub fn source(&self, index: SourceIndex) -> &Source {
        &self.sources[index.position]
    }

    /// Whether the author says what any score rests on: only then does the
    /// card mark each score and count the estimates behind a verdict.
    pub fn marks_evidence(&self) -> bool {
        self.criteria
            .iter()
            .flat_map(|criterion| &criterion.scores)
            .any(|score| score.basis.is_some())
    }

    /// The things compared.
    pub fn contenders(&self) -> &[Contender] {
        &self.contenders
    }

    /// What they are compared on.
    pub fn criteria(&self) -> &[Criterion] {
        &self.criteria
    }

    /// Ready-made priority sets.
    pub fn presets(&self) -> &[Preset] {
        &self.presets
    }

    /// The card's wording.
    pub fn strings(&self) -> &Strings {
        &self.strings
    }

    /// The language of all that text, and its direction.
    pub fn language(&self) -> &Language {
        &self.language
    }

    /// Every criterion's index, in the author's order.
    pub fn criterion_indexes(
        &self,
    ) -> impl DoubleEndedIterator<Item = CriterionIndex> + ExactSizeIterator {
        indexes(self.criteria.len())
    }

    /// Every contender's index, in the author's order.
    pub fn contender_indexes(
        &self,
    ) -> impl DoubleEndedIterator<Item = ContenderIndex> + ExactSizeIterator {
        indexes(self.contenders.len())
    }

    /// Every preset's index, in the author's order.
    pub fn preset_indexes(
        &self,
    ) -> impl DoubleEndedIterator<Item = PresetIndex> + ExactSizeIterator {
        indexes(self.presets.len())
    }

    /// The criterion with this id.
    pub fn criterion_index(&self, id: &str) -> Option<CriterionIndex> {
        self.criteria
            .iter()
            .position(|c| c.id == id)
            .map(Index::new)
    }

    /// The preset with this id.
    pub fn preset_index(&self, id: &str) -> Option<PresetIndex> {
        self.presets.iter().position(|p| p.id == id).map(Index::new)
    }

    /// One criterion.
    pub fn criterion(&self, index: CriterionIndex) -> &Criterion {
        &self.criteria[index.position]
    }

    /// One contender.
    pub fn contender(&self, index: ContenderIndex) -> &Contender {
        &self.contenders[index.position]
    }

    /// One preset.
    pub fn preset(&self, index: PresetIndex) -> &Preset {
        &self.presets[index.position]
    }

    /// A contender's score on a criterion.
    pub fn score(&self, criterion: CriterionIndex, contender: ContenderIndex) -> &Score {
        &self.criteria[criterion.position].scores[contender.position]
    }
}

/// A validated comparison shared by a card's parts (and the editor's
/// preview), equal only to itself.
///
/// The host makes a new one whenever the spec changes, so identity says all
/// there is to say; comparing two by content on every render would cost time
/// and a kilobyte of wasm for nothing.
#[derive(Clone, Debug)]
pub struct SharedComparison(Rc<Comparison>);

impl SharedComparison {
    /// Shares `comparison`.
    pub fn new(comparison: Comparison) -> Self {
        SharedComparison(Rc::new(comparison))
    }

    /// A number that differs between two comparisons alive at the same time.
    pub fn identity(&self) -> usize {
        Rc::as_ptr(&self.0) as usize
    }
}

impl PartialEq for SharedComparison {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedComparison {
    type Target = Comparison;

    fn deref(&self) -> &Comparison {
        &self.0
    }
}
