//! DynamoDB capacity: worked examples from the study notes and AWS's pages, through the
//! calculator and its explanation.

use super::*;
use crate::calc::testing::{book, num};
use crate::explain::dynamodb as explain;
use crate::facts::Registry;
use crate::report::Report;
use jiff::civil::date;

fn size(s: &str) -> Size {
    s.parse().unwrap()
}

fn rate(s: &str) -> Demand {
    Demand::Rate(s.parse().unwrap())
}

fn rcu(items: Items, consistency: Option<ReadConsistency>, demand: Demand) -> Report {
    explain::read_capacity(
        &ReadRequest {
            items,
            consistency,
            demand,
        },
        &mut book(),
    )
    .unwrap()
}

fn wcu(items: Items, mode: WriteMode, demand: Demand) -> Report {
    explain::write_capacity(
        &WriteRequest {
            items,
            mode,
            demand,
            indexes: Vec::new(),
            collection: None,
        },
        &mut book(),
    )
    .unwrap()
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// Study notes A3 (002:170): strongly consistent reads of 100 items/s of 5 KB → 200.
/// ceil(5 KB / 4 KB) = 2 units per read × 100 = 200.
#[test]
fn study_notes_a3_strong_reads_of_5kb_at_100_per_second_need_200_rcu() {
    let r = rcu(
        Items::Single(size("5kb")),
        Some(ReadConsistency::Strong),
        rate("100"),
    );
    assert_eq!(num(&r, "rcu"), d("200"));
    assert_eq!(num(&r, "units_per_read"), d("2"));
}

/// Study notes A1 (002:168): 7 KB items, strong reads 3/s → 6 RCU; writes 10/s → 70 WCU.
/// Reads: ceil(7/4) = 2 × 3 = 6. Writes: ceil(7/1) = 7 × 10 = 70.
#[test]
fn study_notes_a1_7kb_items_need_6_rcu_and_70_wcu() {
    let r = rcu(
        Items::Single(size("7kb")),
        Some(ReadConsistency::Strong),
        rate("3"),
    );
    assert_eq!(num(&r, "rcu"), d("6"));
    let w = wcu(Items::Single(size("7kb")), WriteMode::Standard, rate("10"));
    assert_eq!(num(&w, "wcu"), d("70"));
}

/// Study notes A2 (002:169): 90 reads/s of 3 KB items → 45, which only holds for
/// eventually consistent reads: ceil(3/4) = 1 × 0.5 × 90 = 45 (strong: 90).
#[test]
fn study_notes_a2_90_reads_of_3kb_need_45_rcu_eventually_consistent() {
    let r = rcu(Items::Single(size("3kb")), None, rate("90"));
    assert_eq!(num(&r, "rcu"), d("45"));
    let strong = rcu(
        Items::Single(size("3kb")),
        Some(ReadConsistency::Strong),
        rate("90"),
    );
    assert_eq!(num(&strong, "rcu"), d("90"));
    let e = strong.check("45").unwrap();
    assert!(!e.matches);
    assert_eq!(
        e.hints,
        vec!["45 is the answer for eventually consistent reads"]
    );
}

/// Study notes A4 (002:171): 600 gauges, one 1 KB write per minute each → 10 WCU.
/// 600 / 60 s = 10 writes/s × ceil(1 KB / 1 KB) = 1 → 10.
#[test]
fn study_notes_a4_600_writes_per_minute_of_1kb_need_10_wcu() {
    let w = wcu(
        Items::Single(size("1kb")),
        WriteMode::Standard,
        rate("600/min"),
    );
    assert_eq!(num(&w, "wcu"), d("10"));
    // "1K" as 1,025 bytes would round up to 2 KB and double it (study notes A4 remark).
    let w = wcu(
        Items::Single(size("1025b")),
        WriteMode::Standard,
        rate("600/min"),
    );
    assert_eq!(num(&w, "wcu"), d("20"));
}

/// Study notes A5 (002:167): 5 RCU of eventually consistent reads of 4 KB items
/// sustain 10 reads/s (5 × 2), strongly consistent 5 reads/s.
#[test]
fn study_notes_a5_5_rcu_sustain_10_eventual_reads_of_4kb() {
    let units = Demand::Units {
        text: "5".into(),
        units: d("5"),
    };
    let r = rcu(
        Items::Single(size("4kb")),
        Some(ReadConsistency::Eventual),
        units.clone(),
    );
    assert_eq!(num(&r, "reads_per_second"), d("10"));
    let r = rcu(
        Items::Single(size("4kb")),
        Some(ReadConsistency::Strong),
        units,
    );
    assert_eq!(num(&r, "reads_per_second"), d("5"));
}

/// AWS: a 9 KB eventually consistent read is ceil(9/4) = 3 units, halved: 1.5, not 2.
#[test]
fn a_9kb_eventual_read_consumes_one_and_a_half_units() {
    let r = rcu(Items::Single(size("9kb")), None, rate("1"));
    assert_eq!(num(&r, "units_per_read"), d("1.5"));
    assert_eq!(num(&r, "rcu"), d("2"));
    let r = rcu(Items::Single(size("9kb")), None, rate("3"));
    assert_eq!(num(&r, "rcu"), d("5"), "ceil(1.5 × 3 = 4.5)");
}

/// AWS: an 8 KB item needs 2 units strong, 1 eventual, 4 transactional.
#[test]
fn an_8kb_item_costs_as_aws_documents() {
    let cost = |c| {
        num(
            &rcu(Items::Single(size("8kb")), Some(c), rate("1")),
            "units_per_read",
        )
    };
    assert_eq!(cost(ReadConsistency::Strong), d("2"));
    assert_eq!(cost(ReadConsistency::Eventual), d("1"));
    assert_eq!(cost(ReadConsistency::Transactional), d("4"));
}

/// AWS: a 3,500-byte read costs the same as 4 KB; a 500-byte write the same as 1 KB.
#[test]
fn small_items_round_up_to_one_unit() {
    let r = rcu(
        Items::Single(size("3500b")),
        Some(ReadConsistency::Strong),
        rate("1"),
    );
    assert_eq!(num(&r, "units_per_read"), d("1"));
    let w = wcu(Items::Single(size("500b")), WriteMode::Standard, rate("1"));
    assert_eq!(num(&w, "units_per_write"), d("1"));
}

/// AWS: a 2 KB write needs 2 units, 4 transactional.
#[test]
fn transactional_writes_double() {
    let w = wcu(
        Items::Single(size("2kb")),
        WriteMode::Transactional,
        rate("1"),
    );
    assert_eq!(num(&w, "units_per_write"), d("4"));
}

/// AWS: Query of 10 items totalling 40.8 KB rounds to 44 KB → 11 strong units.
#[test]
fn query_rounds_the_summed_size_once() {
    let r = rcu(
        Items::QueryTotal(size("40.8kb")),
        Some(ReadConsistency::Strong),
        rate("1"),
    );
    assert_eq!(num(&r, "units_per_read"), d("11"));
}

/// AWS: 1,500 items of 64 bytes read by one Query: 96,000 bytes → ceil(96,000/4,096) = 24.
#[test]
fn query_of_many_small_items_sums_them() {
    let r = rcu(
        Items::Query {
            count: 1500,
            size: size("64b"),
        },
        Some(ReadConsistency::Strong),
        rate("1"),
    );
    assert_eq!(num(&r, "units_per_read"), d("24"));
    assert_eq!(num(&r, "pages"), d("1"));
}

/// 1,000 items of 5 KB: 204 fit in a 1 MB page (204 × 5,120 = 1,044,480 ≤ 1,048,576),
/// so 5 pages: 4 full pages of ceil(1,044,480 / 4,096) = 255 units, and 184 items in the
/// last: ceil(942,080 / 4,096) = 230. Total 4 × 255 + 230 = 1,250 strong units.
#[test]
fn a_query_longer_than_one_page_rounds_each_page() {
    let r = rcu(
        Items::Query {
            count: 1000,
            size: size("5kb"),
        },
        Some(ReadConsistency::Strong),
        rate("1"),
    );
    assert_eq!(num(&r, "pages"), d("5"));
    assert_eq!(num(&r, "units_per_read"), d("1250"));
}

/// AWS: BatchGetItem of 1.5 KB and 6.5 KB counts 4 + 8 = 12 KB: 3 strong units.
#[test]
fn batch_get_rounds_each_item() {
    let r = rcu(
        Items::Batch(vec![size("1.5kb"), size("6.5kb")]),
        Some(ReadConsistency::Strong),
        rate("1"),
    );
    assert_eq!(num(&r, "units_per_read"), d("3"));
    let e = r.check("2").unwrap();
    assert!(
        e.hints.iter().any(|h| h.contains("summed size")),
        "{:?}",
        e.hints
    );
}

/// AWS: BatchWriteItem of 500 bytes and 3.5 KB counts 1 + 4 = 5 KB: 5 units.
#[test]
fn batch_write_rounds_each_item() {
    let w = wcu(
        Items::Batch(vec![size("500b"), size("3.5kb")]),
        WriteMode::Standard,
        rate("1"),
    );
    assert_eq!(num(&w, "units_per_write"), d("5"));
}

#[test]
fn expect_hints_cover_kb_as_1000_and_summed_rounding() {
    // 100 strong reads/s of 4.05 KB: 4,147.2 bytes → 2 units → 200 RCU.
    // With KB as 1,000 bytes: 4,050 bytes → 1 unit → 100 RCU. Eventually consistent
    // reads also give 100 (2 units × 0.5 × 100): both readings are one step away.
    let r = rcu(
        Items::Single(size("4.05kb")),
        Some(ReadConsistency::Strong),
        rate("100"),
    );
    assert_eq!(num(&r, "rcu"), d("200"));
    let e = r.check("100").unwrap();
    assert_eq!(
        e.hints,
        vec![
            "100 is the answer for eventually consistent reads",
            "100 is the answer for KB taken as 1,000 bytes"
        ]
    );
    // 5 KB × 100/s = 500 KB/s → ceil(500/4) = 125 when the throughput is rounded once.
    let r = rcu(
        Items::Single(size("5kb")),
        Some(ReadConsistency::Strong),
        rate("100"),
    );
    let e = r.check("125").unwrap();
    assert!(e.hints[0].contains("total throughput"), "{:?}", e.hints);
}

#[test]
fn over_400kb_is_an_error_naming_the_limit() {
    let err = explain::read_capacity(
        &ReadRequest {
            items: Items::Single(size("401kb")),
            consistency: None,
            demand: rate("1"),
        },
        &mut book(),
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("`401kb`") && err.contains("400 KB") && err.contains("409,600"),
        "{err}"
    );
}

#[test]
fn transactions_before_2018_11_27_did_not_exist() {
    let mut old = FactBook::new(Registry::builtin(), date(2017, 1, 1));
    let err = explain::read_capacity(
        &ReadRequest {
            items: Items::Single(size("4kb")),
            consistency: Some(ReadConsistency::Transactional),
            demand: rate("1"),
        },
        &mut old,
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("2018-11-27"), "{err}");
}

/// The transaction item limit: 10 at the 2018-11-27 launch, 25 from June 2019 (awscalc
/// dates it 2019-06-01, month only), 100 from 2022-09-06 (the What's New of 2022/09).
/// 30 items of 1 KB written transactionally: 30 × 1 unit × 2 = 60 units per write.
#[test]
fn transaction_item_limit_follows_the_date() {
    let request = |n: usize| WriteRequest {
        items: Items::Batch(vec![size("1kb"); n]),
        mode: WriteMode::Transactional,
        demand: rate("1"),
        indexes: Vec::new(),
        collection: None,
    };
    // 2019-01-01: at most 10, so 11 items need ceil(11 / 10) = 2 requests.
    let mut launch = FactBook::new(Registry::builtin(), date(2019, 1, 1));
    let err = explain::write_capacity(&request(11), &mut launch)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("at most 10 items (on 2019-01-01)") && err.contains("into 2 requests"),
        "{err}"
    );
    // The last day of the 10-item limit and the first of the 25-item one.
    let mut may = FactBook::new(Registry::builtin(), date(2019, 5, 31));
    assert!(explain::write_capacity(&request(11), &mut may).is_err());
    let mut june = FactBook::new(Registry::builtin(), date(2019, 6, 1));
    assert!(explain::write_capacity(&request(25), &mut june).is_ok());
    // 2020-01-01: at most 25, so 30 items need ceil(30 / 25) = 2 requests.
    let mut in_2020 = FactBook::new(Registry::builtin(), date(2020, 1, 1));
    let err = explain::write_capacity(&request(30), &mut in_2020)
        .unwrap_err()
        .to_string();
    assert!(err.contains("at most 25"), "{err}");
    // 2022-09-05 still 25; 2022-09-06 100.
    let mut before = FactBook::new(Registry::builtin(), date(2022, 9, 5));
    assert!(explain::write_capacity(&request(26), &mut before).is_err());
    let mut after = FactBook::new(Registry::builtin(), date(2022, 9, 6));
    assert!(explain::write_capacity(&request(100), &mut after).is_ok());
    let ok = explain::write_capacity(&request(30), &mut book()).unwrap();
    assert_eq!(num(&ok, "units_per_write"), d("60"));
    let notes: Vec<&str> = ok.notes.iter().map(|n| n.text.as_str()).collect();
    assert!(
        notes
            .iter()
            .any(|n| n.contains("changed on 2022-09-06: 25 items before")),
        "{notes:?}"
    );
    assert!(
        notes
            .iter()
            .any(|n| n
                .contains("changed on 2019-06-01 (only the month is known): 10 items before")),
        "{notes:?}"
    );
}

#[test]
fn partitions_and_quotas_are_noted() {
    // 10,000 strong reads/s of 4 KB = 10,000 RCU: ceil(10,000 / 3,000) = 4 partitions.
    let r = rcu(
        Items::Single(size("4kb")),
        Some(ReadConsistency::Strong),
        rate("10000"),
    );
    assert_eq!(num(&r, "min_partitions"), d("4"));
    // 50,000 RCU exceeds the 40,000 per-table default.
    let r = rcu(
        Items::Single(size("4kb")),
        Some(ReadConsistency::Strong),
        rate("50000"),
    );
    assert!(
        r.notes.iter().any(|n| n.text.contains("40,000")),
        "{:?}",
        r.notes
    );
}

#[test]
fn transactional_query_is_refused() {
    let err = explain::read_capacity(
        &ReadRequest {
            items: Items::QueryTotal(size("10kb")),
            consistency: Some(ReadConsistency::Transactional),
            demand: rate("1"),
        },
        &mut book(),
    )
    .unwrap_err();
    assert_eq!(err, Error::DynamoDb(Problem::TransactionalQuery));
    assert_eq!(err.kind(), "conflict");
}

fn capacity(items: Items, consistency: Option<ReadConsistency>, demand: Demand) -> Capacity {
    read_capacity(
        &ReadRequest {
            items,
            consistency,
            demand,
        },
        &mut book(),
    )
    .unwrap()
}

/// The typed result carries the numbers a program needs, with no report to search: the
/// study notes' A3, 5 KB strong reads at 100 per second, is 2 units a read and 200 RCU.
#[test]
fn the_typed_result_has_the_answer_and_its_parts() {
    let c = capacity(
        Items::Single(size("5kb")),
        Some(ReadConsistency::Strong),
        rate("100"),
    );
    assert_eq!(
        c.answer,
        CapacityAnswer::Provision {
            units: d("200"),
            units_per_request: d("2"),
            consumed_per_second: d("200"),
        }
    );
    assert_eq!((c.operation, c.factor), (Operation::Read, Factor::Strong));
    assert_eq!(c.min_partitions, d("1"));
    assert!(c.findings.is_empty());
    assert_eq!(c.unit_bytes, d("4096"));
}

/// Steps are data: each records what it computes and the formula it was computed by.
/// ceil(5,120 / 4,096) = 2; 2 × 1 = 2; 2 × 100 = 200; ceil(200) = 200.
#[test]
fn each_step_is_its_formula_and_value() {
    use crate::steps::Expr;
    let c = capacity(
        Items::Single(size("5kb")),
        Some(ReadConsistency::Strong),
        rate("100"),
    );
    let what: Vec<CapacityStep> = c.steps.iter().map(|s| s.what).collect();
    assert_eq!(
        what,
        [
            CapacityStep::RoundItem {
                unit_bytes: d("4096")
            },
            CapacityStep::Factor {
                factor: Factor::Strong
            },
            CapacityStep::Consumed,
            CapacityStep::RoundUp { min_units: d("1") },
        ]
    );
    let values: Vec<Decimal> = c.steps.iter().map(|s| s.value).collect();
    assert_eq!(values, [d("2"), d("2"), d("200"), d("200")]);
    for step in &c.steps {
        assert_eq!(
            step.formula
                .eval()
                .unwrap()
                .max(step.at_least.unwrap_or(Decimal::MIN)),
            step.value
        );
    }
    assert!(matches!(*c.steps[0].formula, Expr::Ceil { .. }));
}

/// 600 writes a minute of 1 KB: 10 per second; the step shows `1 × 600 / 60 s` and the
/// answer is 10 WCU; 7 writes a minute are 0.116667 per second, rounded up to 1.
#[test]
fn a_rate_per_minute_is_divided_exactly() {
    let w = write_capacity(
        &WriteRequest {
            items: Items::Single(size("1kb")),
            mode: WriteMode::Standard,
            demand: rate("600/min"),
            indexes: Vec::new(),
            collection: None,
        },
        &mut book(),
    )
    .unwrap();
    assert_eq!(w.answer.value(), d("10"));
    let w = write_capacity(
        &WriteRequest {
            items: Items::Single(size("1kb")),
            mode: WriteMode::Standard,
            demand: rate("7/min"),
            indexes: Vec::new(),
            collection: None,
        },
        &mut book(),
    )
    .unwrap();
    assert_eq!(w.steps[2].value, d("0.116667"));
    assert_eq!(w.answer.value(), d("1"));
}

/// Quotas are findings, not sentences: 50,000 RCU is over the 40,000 per-table quota
/// but not the 80,000 per-account one; 3,000 RCU per partition gives 17 partitions.
#[test]
fn quotas_and_partitions_are_typed_findings() {
    let c = capacity(
        Items::Single(size("4kb")),
        Some(ReadConsistency::Strong),
        rate("50000"),
    );
    assert_eq!(c.min_partitions, d("17"));
    assert!(c.findings.contains(&Finding::TableQuota {
        provisioned: d("50000"),
        table_quota: d("40000"),
        account_quota: None,
    }));
    assert!(c.findings.contains(&Finding::Partitions {
        provisioned: d("50000"),
        partition_max: d("3000"),
        partitions: d("17"),
    }));
}

/// Other readings are assumption sets with answers; the explanation words them. 5 KB
/// strong at 100/s is 200; eventual (one change) gives 100.
#[test]
fn readings_are_assumption_sets() {
    let request = ReadRequest {
        items: Items::Single(size("5kb")),
        consistency: Some(ReadConsistency::Strong),
        demand: rate("100"),
    };
    let readings = read_readings(&request, d("200"), &book());
    let eventual = readings
        .iter()
        .find(|r| {
            r.reading
                == Reading {
                    factor: Factor::Eventual,
                    kb: KbConvention::Binary,
                    other_rounding: false,
                    unit_swap: false,
                }
        })
        .unwrap();
    assert_eq!(eventual.value, d("100"));
}

/// A broken rule is a typed problem: a 500 KB item is over the 400 KB maximum.
#[test]
fn a_broken_rule_is_a_typed_problem() {
    let err = read_capacity(
        &ReadRequest {
            items: Items::Single(size("500kb")),
            consistency: None,
            demand: rate("1"),
        },
        &mut book(),
    )
    .unwrap_err();
    assert_eq!(
        err,
        Error::DynamoDb(Problem::ItemTooLarge {
            given: "500kb".into(),
            bytes: d("512000"),
            max_bytes: d("409600"),
            kb_bytes: d("1024"),
        })
    );
    assert_eq!(err.kind(), "aws_limit");
}
