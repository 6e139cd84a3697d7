//! Properties that hold for any valid comparison and any priorities.

mod common;

use proptest::prelude::*;
use versus::model::native::validate;
use versus::model::spec::{PresetSpec, Spec};
use versus::model::{
    describe, evaluate, explain, Action, Choices, Comparison, ContenderIndex, CriterionIndex,
    Importance, Priorities,
};

/// A valid spec with `scores[criterion][contender]` in tenths and a preset.
fn build(
    scores: &[Vec<u32>],
    contender_id: impl Fn(usize) -> String,
    criterion_id: impl Fn(usize) -> String,
) -> Spec {
    let mut spec = common::spec_from_scores(
        scores,
        |i| (contender_id(i), format!("Contender {i}")),
        |c| (criterion_id(c), format!("Criterion {c}"), c % 3 == 0),
    );
    spec.presets = vec![PresetSpec {
        id: "first".into(),
        label: "First".into(),
        priorities: vec![(criterion_id(0), "high".to_string())],
    }];
    spec
}

fn plain_ids(scores: &[Vec<u32>]) -> Spec {
    build(scores, |i| format!("k{i}"), |c| format!("crit{c}"))
}

fn level(code: Option<u8>) -> Option<Importance> {
    code.map(|n| Importance::ALL[usize::from(n) % 3])
}

/// Scores for 2–6 contenders on 3–30 criteria, and a priority setting per criterion.
fn scenario() -> impl Strategy<Value = (Vec<Vec<u32>>, Vec<Option<u8>>)> {
    (2usize..=6, 3usize..=30).prop_flat_map(|(contenders, criteria)| {
        (
            prop::collection::vec(prop::collection::vec(0u32..=100, contenders), criteria),
            prop::collection::vec(prop::option::weighted(0.4, 0u8..3), criteria),
        )
    })
}

fn setup(scores: &[Vec<u32>], codes: &[Option<u8>]) -> (Comparison, Priorities) {
    let comparison = validate(&plain_ids(scores)).expect("generated specs are valid");
    let mut priorities = Priorities::none(&comparison);
    for (criterion, code) in comparison.criterion_indexes().zip(codes) {
        priorities.set(criterion, level(*code));
    }
    (comparison, priorities)
}

/// 1 + how many contenders are strictly ahead; everyone is first when nothing is selected.
fn rank(comparison: &Comparison, priorities: &Priorities, contender: ContenderIndex) -> usize {
    let e = evaluate(comparison, priorities);
    let Some(mine) = e.standings().iter().find(|s| s.contender() == contender) else {
        return 1;
    };
    1 + e
        .standings()
        .iter()
        .filter(|s| s.total().exact_cmp(mine.total()).is_gt())
        .count()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn nothing_panics_and_totals_stay_within_0_to_100((scores, codes) in scenario()) {
        let (c, p) = setup(&scores, &codes);
        let e = evaluate(&c, &p);
        for standing in e.standings() {
            prop_assert!(standing.total().points() <= 100);
        }
        prop_assert_eq!(e.standings().is_empty(), p.on().next().is_none());
        let text = describe(&c, &p, &e);
        prop_assert!(!text.headline.is_empty());
    }

    #[test]
    fn switching_on_a_criterion_a_contender_wins_outright_never_lowers_its_rank(
        (scores, codes) in scenario(), pick in any::<prop::sample::Index>(), importance in 0u8..3,
    ) {
        let (c, p) = setup(&scores, &codes);
        let off: Vec<CriterionIndex> = c.criterion_indexes().filter(|&i| p.get(i).is_none()).collect();
        prop_assume!(!off.is_empty());
        let criterion = off[pick.index(off.len())];
        let row = &scores[criterion.position()];
        let best = *row.iter().max().unwrap();
        prop_assume!(row.iter().filter(|&&s| s == best).count() == 1);
        let winner = c.contender_indexes().nth(row.iter().position(|&s| s == best).unwrap()).unwrap();
        let before = rank(&c, &p, winner);
        let mut after = p.clone();
        after.set(criterion, level(Some(importance)));
        prop_assert!(rank(&c, &after, winner) <= before);
    }

    #[test]
    fn the_order_of_flips_does_not_matter((scores, codes) in scenario(), seed in any::<u64>()) {
        let (c, _) = setup(&scores, &[]);
        let start = Choices::defaults(&c);
        // One action per criterion that the generated priorities change.
        let actions: Vec<Action> = c.criterion_indexes().zip(&codes).filter_map(|(i, code)| match (level(*code), start.priorities().get(i)) {
            (Some(level), _) => Some(Action::SetImportance(i, level)),
            (None, Some(_)) => Some(Action::Toggle(i)),
            (None, None) => None,
        }).collect();
        let mut shuffled = actions.clone();
        // A deterministic shuffle driven by the seed.
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17;
            shuffled.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let apply = |list: &[Action]| list.iter().fold(start.clone(), |choices, &a| choices.apply(&c, a));
        let (one, other) = (apply(&actions), apply(&shuffled));
        prop_assert_eq!(&one, &other);
        let e = evaluate(&c, one.priorities());
        prop_assert_eq!(describe(&c, one.priorities(), &e), describe(&c, other.priorities(), &evaluate(&c, other.priorities())));
    }

    #[test]
    fn renaming_ids_changes_nothing((scores, codes) in scenario()) {
        let (c, p) = setup(&scores, &codes);
        let renamed = validate(&build(&scores, |i| format!("zz-{}", 9 - i), |i| format!("q_{}", 40 - i))).expect("valid");
        let (e, e2) = (evaluate(&c, &p), evaluate(&renamed, &p));
        prop_assert_eq!(&e, &e2);
        prop_assert_eq!(explain(&c, &p, &e), explain(&renamed, &p, &e2));
        prop_assert_eq!(describe(&c, &p, &e), describe(&renamed, &p, &e2));
        for (preset, renamed_preset) in c.preset_indexes().zip(renamed.preset_indexes()) {
            prop_assert_eq!(Priorities::from_preset(&c, preset), Priorities::from_preset(&renamed, renamed_preset));
        }
    }

    #[test]
    fn what_would_change_it_is_minimal_and_really_changes_the_verdict((scores, codes) in scenario()) {
        let (c, p) = setup(&scores, &codes);
        let e = evaluate(&c, &p);
        let Some(why) = explain(&c, &p, &e) else { return Ok(()) };
        let level_of = |i: Option<Importance>| i.map_or(0, |l| l.level());
        // Brute force over every single edit, with full re-evaluation.
        let mut smallest_flip = None;
        for criterion in c.criterion_indexes() {
            for to in [None, Some(Importance::Normal), Some(Importance::High), Some(Importance::Critical)] {
                let mut q = p.clone();
                q.set(criterion, to);
                if to == p.get(criterion) || q.on().next().is_none() { continue; }
                if evaluate(&c, &q).outcome().differs_from(e.outcome()) {
                    let size = level_of(p.get(criterion)).abs_diff(level_of(to));
                    smallest_flip = Some(smallest_flip.map_or(size, |s: u32| s.min(size)));
                }
            }
        }
        match why.change {
            None => prop_assert_eq!(smallest_flip, None),
            Some(change) => {
                let mut q = p.clone();
                q.set(change.criterion, change.to);
                prop_assert_eq!(evaluate(&c, &q).outcome().clone(), change.outcome.clone());
                prop_assert!(change.outcome.differs_from(e.outcome()));
                prop_assert_eq!(Some(change.size()), smallest_flip);
            }
        }
    }
}
