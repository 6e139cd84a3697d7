//! How long one click's recompute takes natively, at the largest spec the
//! format allows (6 contenders × 30 criteria): evaluate, explain (including the
//! "what would change it" search) and put it into words.
//!
//! Run with `cargo bench --bench recompute`. Prints the median and p95 of 31
//! batches, each the mean of 1,000 recomputes over varied priorities.

#[path = "../tests/common/mod.rs"]
mod common;

use std::hint::black_box;
use std::time::Instant;

use versus::model::native::validate;
use versus::model::{describe, evaluate, Comparison, Importance, Priorities};

const CONTENDERS: usize = 6;
const CRITERIA: usize = 30;
const BATCHES: usize = 31;
const PER_BATCH: usize = 1_000;

fn largest_comparison() -> Comparison {
    // Scores that vary by contender and criterion, so verdicts differ.
    let scores: Vec<Vec<u32>> = (0..CRITERIA)
        .map(|c| {
            (0..CONTENDERS)
                .map(|i| ((c * 7 + i * 13) % 101) as u32)
                .collect()
        })
        .collect();
    let spec = common::spec_from_scores(
        &scores,
        |i| (format!("contender-{i}"), format!("Contender {i}")),
        |c| {
            (
                format!("criterion-{c}"),
                format!("Criterion {c}"),
                c % 2 == 0,
            )
        },
    );
    match validate(&spec) {
        Ok(comparison) => comparison,
        Err(problems) => panic!("bench spec is invalid: {problems:?}"),
    }
}

fn main() {
    let comparison = largest_comparison();
    // A cycle of priority sets, as a reader flipping switches would produce.
    let sets: Vec<Priorities> = (0..64)
        .map(|seed| {
            let mut p = Priorities::none(&comparison);
            for criterion in comparison.criterion_indexes() {
                let roll = (seed * 31 + criterion.position() * 17) % 5;
                p.set(
                    criterion,
                    if roll < 3 {
                        Some(Importance::ALL[roll])
                    } else {
                        None
                    },
                );
            }
            p
        })
        .collect();
    let mut batch_means = Vec::with_capacity(BATCHES);
    for batch in 0..=BATCHES {
        let start = Instant::now();
        for i in 0..PER_BATCH {
            let priorities = &sets[(batch * PER_BATCH + i) % sets.len()];
            let evaluation = evaluate(&comparison, priorities);
            black_box(describe(&comparison, priorities, &evaluation));
        }
        // The first batch warms caches and is not counted.
        if batch > 0 {
            batch_means.push(start.elapsed().as_secs_f64() / PER_BATCH as f64);
        }
    }
    batch_means.sort_by(f64::total_cmp);
    let micros = |s: f64| s * 1e6;
    println!(
        "| recompute (6 contenders × 30 criteria, evaluate + explain + words) | median | p95 |"
    );
    println!("|---|---|---|");
    println!(
        "| native, per click | {:.1} µs | {:.1} µs |",
        micros(batch_means[BATCHES / 2]),
        micros(batch_means[BATCHES * 95 / 100])
    );
}
