//! Benchmarks of the hot paths: the size and rate parsers and the capacity calculation
//! (one report, including the alternative readings `--expect` compares against).
//! Run with `cargo bench --bench dynamodb`; figures are recorded in docs/performance.md.

use awscalc::calc::dynamodb::{
    Demand, Items, ReadConsistency, ReadRequest, WriteMode, WriteRequest,
};
use awscalc::explain::dynamodb::{read_capacity, write_capacity};
use awscalc::facts::{FactBook, Registry};
use awscalc::units::{Rate, Size};
use divan::{black_box, Bencher};

fn main() {
    divan::main();
}

fn book() -> FactBook {
    FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 22))
}

#[divan::bench(args = ["5kb", "3.5 KB", "400KiB", "1mb", "512b"])]
fn parse_size(text: &str) -> Size {
    black_box(text).parse().unwrap()
}

#[divan::bench(args = ["100", "600/min", "36000/h"])]
fn parse_rate(text: &str) -> Rate {
    black_box(text).parse().unwrap()
}

#[divan::bench]
fn rcu_single_item(bencher: Bencher) {
    let request = ReadRequest {
        items: Items::Single("5kb".parse().unwrap()),
        consistency: Some(ReadConsistency::Strong),
        demand: Demand::Rate("100".parse().unwrap()),
    };
    bencher.bench(|| read_capacity(black_box(&request), &mut book()).unwrap());
}

#[divan::bench]
fn rcu_query_of_1000_items(bencher: Bencher) {
    let request = ReadRequest {
        items: Items::Query {
            count: 1000,
            size: "5kb".parse().unwrap(),
        },
        consistency: None,
        demand: Demand::Rate("2/min".parse().unwrap()),
    };
    bencher.bench(|| read_capacity(black_box(&request), &mut book()).unwrap());
}

#[divan::bench]
fn wcu_batch_of_25(bencher: Bencher) {
    let request = WriteRequest {
        items: Items::Batch(vec!["3.5kb".parse().unwrap(); 25]),
        mode: WriteMode::Standard,
        demand: Demand::Rate("10".parse().unwrap()),
        indexes: Vec::new(),
        collection: None,
    };
    bencher.bench(|| write_capacity(black_box(&request), &mut book()).unwrap());
}
