//! Worked examples of the Kinesis calculators, on their typed results; the words go through
//! [`crate::explain::kinesis`].

use jiff::civil::date;
use rust_decimal::Decimal;

use super::*;
use crate::calc::testing::book;
use crate::explain::kinesis as explain;
use crate::facts::Registry;
use crate::report::Detail;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn book_on(y: i16, m: i8, day: i8) -> FactBook {
    FactBook::new(Registry::builtin(), date(y, m, day))
}

fn records(size: &str, rate: &str) -> StreamRequest {
    StreamRequest {
        workload: Workload::Records {
            size: size.parse().unwrap(),
            rate: rate.parse().unwrap(),
        },
        shared_consumers: None,
        efo_consumers: 0,
        advantage: false,
        parallelization: None,
        max_record_size: None,
        partition_key: None,
        retention: None,
    }
}

fn throughput(write: &str, rate: &str) -> StreamRequest {
    StreamRequest {
        workload: Workload::Throughput {
            write: write.parse().unwrap(),
            records: rate.parse().unwrap(),
        },
        ..records("1kb", "1")
    }
}

fn on_demand_request(write: &str, records: &str) -> OnDemandRequest {
    OnDemandRequest {
        stream: throughput(write, records),
        previous_peak: None,
        region: None,
    }
}

fn problem(result: Result<impl std::fmt::Debug, Error>) -> Problem {
    match result {
        Err(Error::Kinesis(p)) => p,
        other => panic!("expected a Kinesis problem, got {other:?}"),
    }
}

/// The example: 4.5 MB/s with 4,600 records/s. Bandwidth: 4.5 MiB = 4,608 KiB,
/// ceil(4,608 / 1,024) = 5; records: ceil(4,600 / 1,000) = 5; one shared consumer:
/// ceil(4,608 / 2,048) = 3. Answer max(5, 5, 3) = 5.
#[test]
fn four_and_a_half_mb_per_second_in_4600_records_needs_5_shards() {
    let r = shards(&throughput("4.5mb/s", "4600/s"), &mut book()).unwrap();
    assert_eq!(r.shards, d("5"));
    assert_eq!(r.for_write, d("5"));
    assert_eq!(r.for_records, d("5"));
    assert_eq!(r.for_read, d("3"));
    assert_eq!(r.write_kib_per_second, d("4608"));
    assert_eq!(r.binding, Constraint::WriteBandwidth);
    assert_eq!(r.shared_consumers, 1);
    let kinds: Vec<ShardStep> = r.steps.iter().map(|s| s.what).collect();
    assert_eq!(
        kinds,
        vec![
            ShardStep::WriteFromThroughput,
            ShardStep::ForWrite {
                per_shard_kib: d("1024")
            },
            ShardStep::ForRecords {
                per_shard: d("1000")
            },
            ShardStep::Read,
            ShardStep::ForRead {
                per_shard_kib: d("2048")
            },
            ShardStep::Largest,
        ]
    );
    let values: Vec<Decimal> = r.steps.iter().map(|s| s.value).collect();
    assert_eq!(values, [4608, 5, 5, 4608, 3, 5].map(Decimal::from));
    // Every step's value is its formula's.
    for step in &r.steps {
        assert_eq!(
            step.rounding.apply(step.formula.eval().unwrap()),
            step.value
        );
    }
}

/// 2 KB records at 5,000/s read by 2 standard consumers: 2 × 5,000 = 10,000 KiB/s →
/// ceil(10,000 / 1,024) = 10; records ceil(5,000 / 1,000) = 5; reads 20,000 KiB/s →
/// ceil(20,000 / 2,048) = 10.
#[test]
fn record_form_shows_each_constraint() {
    let mut request = records("2kb", "5000/s");
    request.shared_consumers = Some(2);
    let r = shards(&request, &mut book()).unwrap();
    assert_eq!(r.shards, d("10"));
    assert_eq!(r.for_write, d("10"));
    assert_eq!(r.for_records, d("5"));
    assert_eq!(r.for_read, d("10"));
    assert_eq!(r.record_kib, Some(d("2")));
    assert_eq!(r.read_kib_per_second, d("20000"));
    // 5 consumers: 50,000 KiB/s → ceil(50,000 / 2,048) = ceil(24.41) = 25.
    request.shared_consumers = Some(5);
    let r = shards(&request, &mut book()).unwrap();
    assert_eq!(r.shards, d("25"));
    assert_eq!(r.binding, Constraint::SharedReads);
}

/// A rate per minute: 300,000 records of 1 KiB per minute are 5,000 KiB/s; the ceilings
/// are taken on the exact ratio: 300,000 / (1,024 × 60) = 4.88 → 5 shards.
#[test]
fn a_rate_per_minute_is_divided_once() {
    let r = shards(&records("1kb", "300000/min"), &mut book()).unwrap();
    assert_eq!(r.write_kib_per_second, d("5000"));
    assert_eq!(r.for_write, d("5"));
    assert_eq!(r.for_records, d("5"));
    // 7,000 records of 3.5 KB (4 KiB) per hour: 28,000 / 3,600 = 7.777778 KiB/s, shown
    // rounded; 1 shard for each constraint.
    let r = shards(&records("3.5kb", "7000/h"), &mut book()).unwrap();
    assert_eq!(r.write_kib_per_second, d("7.777778"));
    assert_eq!(r.shards, d("1"));
}

/// AWS rounds the average record size up to the nearest 1 KB: 1,500 bytes is 2 KiB.
#[test]
fn record_size_rounds_up_to_a_whole_kb() {
    let r = shards(&records("1500b", "1024"), &mut book()).unwrap();
    assert_eq!(r.record_kib, Some(d("2")));
    assert_eq!(r.steps[0].what, ShardStep::RoundRecord);
    // 2 KiB × 1,024 = 2,048 KiB/s → 2 shards.
    assert_eq!(r.for_write, d("2"));
}

/// 1 KB records at 10,200/s: bandwidth ceil(10,200 / 1,024) = ceil(9.96) = 10, records
/// ceil(10.2) = 11: the records limit decides, and AWS's formula alone gives 10.
#[test]
fn the_records_limit_can_decide() {
    let request = records("1kb", "10200/s");
    let r = shards(&request, &mut book()).unwrap();
    assert_eq!(r.shards, d("11"));
    assert_eq!(r.binding, Constraint::WriteRecords);
    assert!(r.findings.contains(&Finding::RecordsLimitDecides {
        per_shard: d("1000"),
        without: d("10")
    }));
    let without = readings(&request, r.shards, &book());
    assert!(without.contains(&ReadingAnswer {
        reading: Reading {
            no_records_limit: true,
            ..Reading::MAIN
        },
        value: d("10")
    }));
    let report = explain::shards(&request, &mut book()).unwrap();
    let e = report.check("10").unwrap();
    assert!(!e.matches);
    assert!(
        e.hints[0].contains("records/s per-shard write limit left out"),
        "{:?}",
        e.hints
    );
}

/// 5 KB at 2,020/s: 10,100 KiB/s → ceil(9.86) = 10 shards; the FAQ reads 5 KB as
/// 5,000 bytes = 5 KB and 10,100 KB / 1,000 → ceil(10.1) = 11.
#[test]
fn the_faq_formula_is_named_when_it_differs() {
    let request = records("5kb", "2020");
    let r = shards(&request, &mut book()).unwrap();
    assert_eq!(r.shards, d("10"));
    let faq = readings(&request, r.shards, &book());
    assert!(faq.contains(&ReadingAnswer {
        reading: Reading {
            faq: true,
            ..Reading::MAIN
        },
        value: d("11")
    }));
    let report = explain::shards(&request, &mut book()).unwrap();
    assert!(
        report
            .notes
            .iter()
            .any(|n| n.text.contains("gives 11 shards")),
        "{:?}",
        report.notes
    );
    let e = report.check("11").unwrap();
    assert!(e.hints[0].contains("Kinesis FAQ formula"), "{:?}", e.hints);
}

/// Where the FAQ's formula agrees (4.5 MB/s: 4,718,592 bytes = 4,718.592 KB → ceil(4.72)
/// = 5), no note names it.
#[test]
fn the_faq_formula_is_not_named_when_it_agrees() {
    let report = explain::shards(&throughput("4.5mb/s", "4600/s"), &mut book()).unwrap();
    assert!(!report.notes.iter().any(|n| n.text.contains("Kinesis FAQ")));
}

/// Enhanced fan-out consumers add no read constraint: 1 KB × 1,000/s with 3 EFO consumers
/// is 1 shard; counted as shared, 3 × 1,000 = 3,000 KiB/s → ceil(1.46) = 2.
#[test]
fn efo_consumers_do_not_share() {
    let mut request = records("1kb", "1000");
    request.efo_consumers = 3;
    let r = shards(&request, &mut book()).unwrap();
    assert_eq!(r.shards, d("1"));
    assert_eq!(r.for_read, d("0"));
    assert_eq!(r.shared_consumers, 0);
    assert!(r.steps.iter().any(|s| s.what == ShardStep::NoSharedReads));
    assert!(r.findings.contains(&Finding::EnhancedFanOut {
        consumers: 3,
        bytes_per_second: d("2097152")
    }));
    let report = explain::shards(&request, &mut book()).unwrap();
    let e = report.check("2").unwrap();
    assert!(
        e.hints[0].contains("enhanced fan-out consumers counted"),
        "{:?}",
        e.hints
    );
}

#[test]
fn efo_consumers_are_capped_per_stream() {
    let mut request = records("1kb", "1000");
    request.efo_consumers = 21;
    assert_eq!(
        problem(shards(&request, &mut book())),
        Problem::TooManyEfoConsumers {
            given: 21,
            cap: d("20"),
            advantage: false,
            standard_elsewhere: None,
            advantage_cap: Some(d("50")),
        }
    );
    let err = shards(&request, &mut book()).unwrap_err();
    assert_eq!(err.kind(), "aws_limit");
    let err = err.to_string();
    assert!(
        err.contains("at most 20") && err.contains("allows 50"),
        "{err}"
    );
    request.advantage = true;
    assert!(shards(&request, &mut book()).is_ok());
    request.efo_consumers = 51;
    let err = shards(&request, &mut book()).unwrap_err().to_string();
    assert!(err.contains("at most 50"), "{err}");
    // On-demand Advantage did not exist in 2024: it came on or before 2025-11-05.
    request.efo_consumers = 2;
    let err = shards(&request, &mut book_on(2024, 1, 1))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("2025-11-05") && err.contains("the day is not known"),
        "{err}"
    );
    // From its launch to the raise (on or before 2025-11-20) it took 20, like any stream.
    request.efo_consumers = 21;
    let err = shards(&request, &mut book_on(2025, 11, 19))
        .unwrap_err()
        .to_string();
    assert!(err.contains("at most 20 with On-demand Advantage"), "{err}");
    assert!(shards(&request, &mut book_on(2025, 11, 20)).is_ok());
    // 50 holds only in some Regions: the error and the report say so.
    request.efo_consumers = 51;
    let err = shards(&request, &mut book()).unwrap_err().to_string();
    assert!(
        err.contains("(in the Regions that offer 50; 20 elsewhere)"),
        "{err}"
    );
    request.efo_consumers = 30;
    let r = shards(&request, &mut book()).unwrap();
    assert!(r.findings.contains(&Finding::AdvantageRegions {
        advantage: d("50"),
        standard: d("20")
    }));
    let report = explain::shards(&request, &mut book()).unwrap();
    assert!(
        report
            .notes
            .iter()
            .any(|n| n.text.contains("only in the Regions AWS lists for it")),
        "{:?}",
        report.notes
    );
}

/// AWS Lambda guide: parallelization factor 2 on 100 shards → 200 concurrent invocations.
#[test]
fn lambda_guide_100_shards_with_factor_2_give_200_invocations() {
    let request = CapacityRequest {
        shards: 100,
        parallelization: Some(2),
    };
    let r = capacity(&request, &mut book()).unwrap();
    assert_eq!(r.consumers.max_lambda_invocations, d("200"));
    assert!(r.factor_given);
    // 100 × 1,024 KiB/s, 100 × 1,000 records/s, 100 × 2,048 KiB/s.
    assert_eq!(r.write_kib_per_second, d("102400"));
    assert_eq!(r.write_records_per_second, d("100000"));
    assert_eq!(r.read_kib_per_second, d("204800"));
    let report = explain::capacity(&request, &mut book()).unwrap();
    assert_eq!(report.primary().unwrap().name, "max_lambda_invocations");
    // Lambda takes 1 to 10.
    let eleven = CapacityRequest {
        parallelization: Some(11),
        ..request
    };
    assert_eq!(
        problem(capacity(&eleven, &mut book())),
        Problem::ParallelizationOutOfRange {
            factor: 11,
            as_of: date(2026, 11, 22),
            min: d("1"),
            max: d("10"),
        }
    );
}

/// The default per-account shard quota (quota page, since on or before 2025-10-27): 1,000
/// shards outside us-east-1, us-west-2 and eu-west-1, 20,000 in them; the quota facts are
/// read (and listed as used) only when one is exceeded.
#[test]
fn the_shard_quota_is_read_only_when_exceeded() {
    let mut small = book();
    let r = capacity(
        &CapacityRequest {
            shards: 100,
            parallelization: None,
        },
        &mut small,
    )
    .unwrap();
    assert_eq!(r.quota, None);
    let quota_id = fact::ACCOUNT_SHARD_QUOTA_OTHER_REGIONS.as_str();
    assert!(!small.used().iter().any(|u| u.fact.id == quota_id));
    let mut large = book();
    let r = capacity(
        &CapacityRequest {
            shards: 1_200,
            parallelization: None,
        },
        &mut large,
    )
    .unwrap();
    let quota = r.quota.unwrap();
    assert_eq!(quota.other_regions, d("1000"));
    assert_eq!(quota.major_regions, d("20000"));
    assert!(!quota.in_every_region());
    assert!(large.used().iter().any(|u| u.fact.id == quota_id));
}

/// Study notes A7 (002:358): a stream grows from 4 to 6 shards: at most 6 KCL workers.
#[test]
fn study_notes_a7_4_to_6_shards_gives_6_kcl_workers() {
    let r = reshard(
        &ReshardRequest {
            from: 4,
            to: 6,
            parallelization: None,
        },
        &mut book(),
    )
    .unwrap();
    assert_eq!(r.consumers.max_kcl_workers, d("6"));
    assert_eq!(r.calls, d("1"));
}

/// 10 → 25: 10 × 2 = 20, then 25 (≤ 40): 2 calls, 15 splits.
/// 100 → 10: 50, 25, 13, 10: 4 calls, 90 merges.
#[test]
fn resharding_doubles_or_halves_per_call() {
    let r = reshard(
        &ReshardRequest {
            from: 10,
            to: 25,
            parallelization: None,
        },
        &mut book(),
    )
    .unwrap();
    assert_eq!(r.calls, d("2"));
    assert_eq!(r.splits, d("15"));
    assert_eq!(r.min_in_one_call, d("5"));
    assert_eq!(r.max_in_one_call, d("20"));
    assert_eq!(
        r.steps[0].what,
        ReshardStep::Call {
            number: 1,
            from: d("10"),
            to: d("20")
        }
    );
    let r = reshard(
        &ReshardRequest {
            from: 100,
            to: 10,
            parallelization: None,
        },
        &mut book(),
    )
    .unwrap();
    assert_eq!(r.calls, d("4"));
    assert_eq!(r.merges, d("90"));
    assert_eq!(r.sequence, [50, 25, 13, 10].map(Decimal::from));
    let report = explain::reshard(
        &ReshardRequest {
            from: 100,
            to: 10,
            parallelization: None,
        },
        &mut book(),
    )
    .unwrap();
    // 25 halves to 12.5, rounded up: 13.
    assert_eq!(report.steps[2].formula, "max(10, ceil(25 × 0.5))");
}

/// 1 → 10,000 shards: 2^13 = 8,192 < 10,000 ≤ 2^14, so 14 calls: two 24-hour windows at
/// 10 calls a day, the last call 24 hours after the first.
#[test]
fn many_calls_wait_for_the_daily_limit() {
    let request = ReshardRequest {
        from: 1,
        to: 10_000,
        parallelization: None,
    };
    let r = reshard(&request, &mut book()).unwrap();
    assert_eq!(r.calls, d("14"));
    assert_eq!(r.windows_24h, d("2"));
    assert_eq!(r.hours_before_last_call, d("24"));
    let report = explain::reshard(&request, &mut book()).unwrap();
    let last = report.steps.last().unwrap();
    assert_eq!(last.formula, "floor((14 − 1) / 10) × 24");
    // 10,001 is above what UpdateShardCount scales to by default.
    let huge = ReshardRequest {
        to: 10_001,
        ..request
    };
    let r = reshard(&huge, &mut book()).unwrap();
    assert_eq!(
        r.blocked,
        Some(ReshardBlock::AboveMax {
            to: d("10001"),
            max: d("10000"),
        })
    );
    assert_eq!(r.calls, d("0"));
}

/// By hand, from UpdateShardCount's limits: a stream above 10,000 shards scales down only
/// to fewer than 10,000 (15,000 → 10,000 is refused; 15,000 → 9,000 is one call, max(9,000,
/// ceil(15,000 × 0.5) = 7,500)), and one call at most halves it, so from 20,000 (half:
/// 10,000, not below) no first call is allowed, while from 19,998 the first goes to 9,999,
/// then max(5,000, ceil(9,999 × 0.5) = 5,000); equal counts need no call at all.
#[test]
fn above_ten_thousand_shards_a_stream_scales_down_only_below_it() {
    let ask = |from, to| {
        reshard(
            &ReshardRequest {
                from,
                to,
                parallelization: None,
            },
            &mut book(),
        )
        .unwrap()
    };
    assert_eq!(
        ask(15_000, 10_000).blocked,
        Some(ReshardBlock::NotBelowMax {
            from: d("15000"),
            to: d("10000"),
            max: d("10000"),
        })
    );
    let r = ask(15_000, 9_000);
    assert_eq!(r.blocked, None);
    assert_eq!(r.sequence, vec![d("9000")]);
    assert_eq!(
        ask(20_000, 5_000).blocked,
        Some(ReshardBlock::HalvingNotBelowMax {
            from: d("20000"),
            lowest: d("10000"),
            max: d("10000"),
        })
    );
    assert_eq!(ask(19_998, 5_000).sequence, vec![d("9999"), d("5000")]);
    assert_eq!(ask(15_000, 15_000).calls, d("0"));
    assert_eq!(ask(15_000, 15_000).blocked, None);
}

#[test]
fn record_size_above_the_maximum_names_both() {
    let p = problem(shards(&records("2mb", "1"), &mut book()));
    assert_eq!(
        p,
        Problem::RecordTooLarge {
            record: RecordSource::Given("2mb".into()),
            bytes: d("2097152"),
            max: d("1048576"),
            raised: false,
            raise_to: Some(d("10485760")),
        }
    );
    let err = Error::from(p).to_string();
    assert!(
        err.contains("`2mb`") && err.contains("2,097,152") && err.contains("1,048,576"),
        "{err}"
    );
    let mut request = records("2mb", "1");
    request.max_record_size = Some("10mb".parse().unwrap());
    assert!(shards(&request, &mut book()).is_ok());
    let err = shards(&request, &mut book_on(2025, 10, 26)).unwrap_err();
    assert_eq!(err.kind(), "conflict");
    assert!(err.to_string().contains("2025-10-27"), "{err}");
}

#[test]
fn retention_and_partition_key_limits() {
    let mut request = records("1kb", "1");
    request.retention = Some("366d".parse().unwrap());
    let err = shards(&request, &mut book()).unwrap_err().to_string();
    assert!(
        err.contains("8,784 hours") && err.contains("24 to 8,760"),
        "{err}"
    );
    request.retention = Some("365d".parse().unwrap());
    let r = shards(&request, &mut book()).unwrap();
    assert!(r.findings.contains(&Finding::ExtendedRetention {
        default_hours: d("24")
    }));
    // Before long-term retention (2020-11-09) the most was 168 hours.
    assert!(matches!(
        problem(shards(&request, &mut book_on(2020, 1, 1))),
        Problem::RetentionOutOfRange { max, .. } if max == d("168")
    ));
    request.retention = None;
    request.partition_key = Some("k".repeat(257));
    let err = shards(&request, &mut book()).unwrap_err().to_string();
    assert!(
        err.contains("257 characters") && err.contains("at most 256"),
        "{err}"
    );
    request.partition_key = Some("é".repeat(256));
    assert!(
        shards(&request, &mut book()).is_ok(),
        "256 Unicode characters"
    );
    request.partition_key = Some(String::new());
    assert_eq!(
        problem(shards(&request, &mut book())),
        Problem::EmptyPartitionKey {
            max_chars: d("256")
        }
    );
}

/// 1,000,000,000,000 MB/s in 0.000001 records per day: an average record of about
/// 9 × 10^28 bytes, beyond exact decimals: an error, not a panic.
#[test]
fn an_absurd_average_record_is_an_error_not_a_panic() {
    let request = throughput("1000000000000mb/s", "0.000001/day");
    assert!(shards(&request, &mut book()).is_err());
}

#[test]
fn throughput_and_retention_grammar() {
    let t: Throughput = "60 GB per hour".parse().unwrap();
    assert_eq!(t.per_seconds(), 3600);
    assert!("4.5mb/fortnight".parse::<Throughput>().is_err());
    assert!("/s".parse::<Throughput>().is_err());
    assert_eq!("7d".parse::<Retention>().unwrap().hours(), d("168"));
    assert_eq!("48".parse::<Retention>().unwrap().hours(), d("48"));
    assert!("1.5h".parse::<Retention>().is_err());
    assert!("3 weeks".parse::<Retention>().is_err());
}

/// By hand: the retention range's ends in every unit (24 hours = 1 day = 1,440 minutes;
/// 8,760 hours = 365 days), and a bare number stays hours, the documented alias.
#[test]
fn retention_takes_any_time_unit_and_a_bare_number_is_hours() {
    let hours = |text: &str| text.parse::<Retention>().unwrap().hours();
    for (text, want) in [
        ("24h", "24"),
        ("24 hours", "24"),
        ("1d", "24"),
        ("1440min", "24"),
        ("86400s", "24"),
        ("7d", "168"),
        ("168", "168"),
        ("365d", "8760"),
        ("365 days", "8760"),
        ("8760h", "8760"),
        ("8760", "8760"),
    ] {
        assert_eq!(hours(text), d(want), "{text}");
    }
    // The text is kept as typed, for the report and the reprinted command.
    assert_eq!("365d".parse::<Retention>().unwrap().text(), "365d");
    // 30 minutes is not a whole hour.
    assert!("30min".parse::<Retention>().is_err());
}

/// A new stream starts with 4 MB/s (read as 4 MiB/s = 4,194,304 bytes/s): 4 MiB/s in
/// 4,000 records/s with one consumer (4 MiB/s of reads ≤ 8) fits exactly.
#[test]
fn four_mib_per_second_fits_a_new_stream_exactly() {
    let r = on_demand(&on_demand_request("4mb/s", "4000/s"), &mut book()).unwrap();
    assert!(r.fits);
    assert_eq!(r.failed_rule, None);
    assert!(r.new_stream);
    // Provisioned: 4,096 KiB/s / 1,024 = 4 shards; 4,000 / 1,000 = 4; reads 4,096 / 2,048 = 2.
    assert_eq!(r.provisioned_shards, d("4"));
    assert_eq!(r.provisioned_read_mib_per_second, d("8"));
    // Rule 3 (new-stream-write) has no headroom: 4 ≤ 4.
    assert_eq!(r.rules[2].rule, RuleId::NewStreamWrite);
    assert_eq!((r.rules[2].demand, r.rules[2].limit), (d("4"), d("4")));
    let report = explain::on_demand(&on_demand_request("4mb/s", "4000/s"), &mut book()).unwrap();
    assert_eq!(report.headline, "fits a new on-demand stream");
}

/// The 4.5 MB/s: 4.5 > 4 MiB/s a new stream starts with. The Region maximum
/// (200 MiB/s by default) passes first, so the new-stream write rule decides.
#[test]
fn four_and_a_half_mib_per_second_is_above_a_new_stream() {
    let request = on_demand_request("4.5mb/s", "4600/s");
    let r = on_demand(&request, &mut book()).unwrap();
    assert!(!r.fits);
    assert_eq!(r.failed_rule, Some(RuleId::NewStreamWrite));
    assert_eq!(r.write_mib_per_second, d("4.5"));
    // Provisioned: max(ceil(4,608 / 1,024), ceil(4,600 / 1,000), ceil(4,608 / 2,048)) = 5.
    assert_eq!(r.provisioned_shards, d("5"));
    assert_eq!(r.provisioned_write_mib_per_second, d("5"));
    assert_eq!(r.provisioned_records_per_second, d("5000"));
    assert_eq!(r.provisioned_read_mib_per_second, d("10"));
    // The headroom of the failing rule: 4 − 4.5.
    let rule = r
        .steps
        .iter()
        .find(|s| {
            matches!(
                s.what,
                OnDemandStep::Rule {
                    rule: RuleId::NewStreamWrite,
                    ..
                }
            )
        })
        .unwrap();
    assert_eq!(rule.value, d("-0.5"));
    let report = explain::on_demand(&request, &mut book()).unwrap();
    assert_eq!(
        report.headline,
        "does not fit: 4.5 MB/s (4,608 KiB/s) of writes is above the 4 MB/s a new on-demand \
         stream starts with"
    );
}

/// 1 MiB/s in 5,000 records/s: bandwidth fits (1 ≤ 4) but 5,000 > 4,000 records/s.
#[test]
fn records_can_decide_for_a_new_stream() {
    let r = on_demand(&on_demand_request("1mb/s", "5000/s"), &mut book()).unwrap();
    assert_eq!(r.failed_rule, Some(RuleId::NewStreamRecords));
}

/// 3 MiB/s read by 3 standard consumers: 9 MiB/s of shared reads > 8 MiB/s.
#[test]
fn shared_reads_can_decide_for_a_new_stream() {
    let mut req = on_demand_request("3mb/s", "3000/s");
    req.stream.shared_consumers = Some(3);
    let r = on_demand(&req, &mut book()).unwrap();
    assert_eq!(r.failed_rule, Some(RuleId::NewStreamRead));
    assert_eq!(r.read_mib_per_second, d("9"));
}

/// The FAQ's example: a stream whose peak was 40 MB/s can burst to 80 MB/s: 80 fits,
/// 81 does not (2 × 40 = 80 < 81 ≤ 200).
#[test]
fn faq_example_peak_of_40_takes_80() {
    let mut req = on_demand_request("80mb/s", "80000/s");
    req.previous_peak = Some("40mb/s".parse().unwrap());
    let r = on_demand(&req, &mut book()).unwrap();
    assert!(r.fits);
    let peak = r.peak.unwrap();
    assert_eq!(peak.previous_mib_per_second, d("40"));
    assert_eq!(peak.write_mib_per_second, d("80"));
    // Read capacity: at least 2 × 80 = 160 MiB/s.
    assert_eq!(peak.read_mib_per_second, d("160"));
    req.stream.workload = Workload::Throughput {
        write: "81mb/s".parse().unwrap(),
        records: "81000/s".parse().unwrap(),
    };
    let r = on_demand(&req, &mut book()).unwrap();
    assert_eq!(r.failed_rule, Some(RuleId::PreviousPeakWrite));
}

/// A previous peak of 1 MiB/s: 2 × 1 = 2 < 4, so the stream still takes the 4 MiB/s it
/// started with (awscalc's reading, noted).
#[test]
fn a_small_previous_peak_keeps_the_start_capacity() {
    let mut req = on_demand_request("3mb/s", "3000/s");
    req.previous_peak = Some("1mb/s".parse().unwrap());
    let r = on_demand(&req, &mut book()).unwrap();
    assert!(r.fits);
    assert!(r.peak_below_start);
    assert_eq!(r.peak.unwrap().write_mib_per_second, d("4"));
    let report = explain::on_demand(&req, &mut book()).unwrap();
    assert!(report
        .notes
        .iter()
        .any(|n| n.text.contains("takes the larger")));
}

/// 300 MiB/s with a previous peak of 200 MiB/s (2 × 200 = 400 ≥ 300): in us-east-1 the
/// maximum is 10 GiB/s = 10,240 MiB/s, so it fits; by default (other Regions) 300 > 200.
/// In 2024 (before the raise awscalc dates 2024-12-31) us-east-1 had 200 MiB/s as well.
#[test]
fn the_region_maximum_depends_on_region_and_date() {
    let mut req = on_demand_request("300mb/s", "300000/s");
    req.previous_peak = Some("200mb/s".parse().unwrap());
    let r = on_demand(&req, &mut book()).unwrap();
    assert_eq!(r.failed_rule, Some(RuleId::RegionMaxWrite));
    assert_eq!(r.major_max_write_mib_per_second, Some(d("10240")));
    req.region = Some("us-east-1".parse().unwrap());
    let r = on_demand(&req, &mut book()).unwrap();
    assert!(r.fits);
    assert_eq!(r.region_class, RegionClass::Major);
    assert_eq!(r.region_max_write_mib_per_second, d("10240"));
    assert_eq!(r.region_max_read_mib_per_second, d("20480"));
    assert_eq!(r.major_max_write_mib_per_second, None);
    let r = on_demand(&req, &mut book_on(2024, 12, 30)).unwrap();
    assert_eq!(r.failed_rule, Some(RuleId::RegionMaxWrite));
    assert_eq!(r.region_max_write_mib_per_second, d("200"));
}

/// Exactness: 60 GB/h = 61,440 MiB per 3,600 s = 17.0666… MiB/s, which no decimal holds
/// exactly; twice a previous peak of 30 GB/h is exactly the same, so it fits (a rounded
/// comparison could go either way). 62,914,560 records/h are 1 KiB each.
#[test]
fn comparisons_are_exact_for_per_hour_throughputs() {
    let mut req = on_demand_request("60gb/h", "62914560/h");
    req.previous_peak = Some("30gb/h".parse().unwrap());
    let r = on_demand(&req, &mut book()).unwrap();
    assert!(r.fits);
    assert_eq!(r.write_mib_per_second, d("17.066667"));
}

#[test]
fn on_demand_did_not_exist_before_2021_11_30() {
    let request = on_demand_request("1mb/s", "1");
    let p = problem(on_demand(&request, &mut book_on(2021, 11, 29)));
    assert_eq!(
        p,
        Problem::OnDemandNotYet {
            as_of: "2021-11-29".into(),
            since: Some(date(2021, 11, 30)),
        }
    );
    assert_eq!(p.kind(), "conflict");
    let err = Error::from(p).to_string();
    assert!(
        err.contains("on-demand capacity mode did not exist on 2021-11-29")
            && err.contains("2021-11-30"),
        "{err}"
    );
    assert!(on_demand(&request, &mut book_on(2021, 11, 30)).is_ok());
}

#[test]
fn region_codes() {
    for ok in ["us-east-1", "US-WEST-2", " eu-west-1 "] {
        assert!(ok.parse::<Region>().unwrap().is_major(), "{ok}");
    }
    for other in [
        "eu-central-1",
        "us-gov-west-1",
        "ap-southeast-2",
        "cn-north-1",
    ] {
        assert!(!other.parse::<Region>().unwrap().is_major(), "{other}");
    }
    for bad in [
        "",
        "virginia",
        "us-east",
        "us-east-one",
        "u-east-1",
        "us--1",
        "us-east-123",
    ] {
        let err = bad.parse::<Region>().unwrap_err().to_string();
        assert!(
            err.contains(&format!("`{}`", bad.trim())) && err.contains("us-east-1"),
            "{bad}: {err}"
        );
    }
}

/// A brief book (`check`, the other side of a fact change) gives the same answer with no
/// inputs or steps.
#[test]
fn a_brief_report_gives_the_same_answer() {
    let request = records("5kb", "2020");
    let full = explain::shards(&request, &mut book()).unwrap();
    let brief = explain::shards_with(&request, &mut book(), Detail::Answer).unwrap();
    assert_eq!(brief.headline, full.headline);
    assert!(brief.steps.is_empty() && brief.inputs.is_empty());
    assert!(brief.alternatives.is_empty());
    assert!(full.same_answer(&brief));
}

fn reads_of(shards: u64, shared: u32, efo: u32) -> ReadsRequest {
    ReadsRequest {
        shards,
        shared_consumers: shared,
        efo_consumers: efo,
        advantage: false,
    }
}

/// building-consumers.html: standard consumers share a shard's 2 MiB/s ("the sum of the
/// throughputs they receive from the shard doesn't exceed 2 MiB/sec"), each enhanced
/// fan-out consumer has its own. 10 shards, 4 standard and 2 enhanced fan-out consumers:
/// 2,048 ÷ 4 = 512 KiB/s per shard, × 10 = 5,120 KiB/s (5 MiB/s) for each standard one;
/// 10 × 2,048 = 20,480 KiB/s (20 MiB/s) for each enhanced fan-out one; together
/// 20,480 + 2 × 20,480 = 61,440 KiB/s.
#[test]
fn ten_shards_four_standard_two_efo_consumers() {
    let r = reads(&reads_of(10, 4, 2), &mut book()).unwrap();
    let shared = r.shared.as_ref().unwrap();
    assert_eq!(shared.per_shard_kib_per_second, d("512"));
    assert_eq!(shared.per_consumer_kib_per_second, d("5120"));
    assert_eq!(shared.per_consumer_mib_per_second, d("5"));
    let efo = r.efo.as_ref().unwrap();
    assert_eq!(efo.per_consumer_kib_per_second, d("20480"));
    assert_eq!(r.total_kib_per_second, d("61440"));
    // Quota page: 5 GetRecords calls per second per shard, shared by the 4 polling
    // consumers: 1.25 calls each, one every 0.8 s at the least.
    assert_eq!(shared.calls_per_consumer_per_second, d("1.25"));
    assert_eq!(shared.min_poll_interval_seconds, d("0.8"));
    // One call returns at most 10 MiB or 10,000 records.
    assert_eq!(shared.max_bytes_per_call, d("10485760"));
    assert_eq!(shared.max_records_per_call, d("10000"));
    // Typical delays (building-consumers.html): ~200 ms with one polling consumer, ~1,000 ms
    // with five, nothing stated for four; ~70 ms with enhanced fan-out.
    assert_eq!(shared.typical_delay_ms, None);
    assert_eq!(efo.typical_delay_ms, d("70"));
    let report = explain::reads(&reads_of(10, 4, 2), &mut book()).unwrap();
    assert_eq!(
        report.primary().unwrap().name,
        "standard_consumer_mib_per_second"
    );
    assert!(
        report.headline.contains("5 MiB/s (5,120 KiB/s)"),
        "{}",
        report.headline
    );
}

/// One polling consumer has the whole shard and all 5 calls: 2 MiB/s per shard, a call
/// every 0.2 s, and AWS's typical ~200 ms delay. Three share 2,048 ÷ 3 = 682.666… KiB/s,
/// promised rounded down (682.6666), and 5 ÷ 3 = 1.666… calls (1.6666); a call every 0.6 s.
#[test]
fn one_and_three_polling_consumers() {
    let one = reads(&reads_of(1, 1, 0), &mut book()).unwrap();
    let shared = one.shared.unwrap();
    assert_eq!(shared.per_consumer_kib_per_second, d("2048"));
    assert_eq!(shared.min_poll_interval_seconds, d("0.2"));
    assert_eq!(shared.typical_delay_ms, Some(d("200")));
    assert!(one.efo.is_none());
    let three = reads(&reads_of(10, 3, 0), &mut book()).unwrap();
    let shared = three.shared.unwrap();
    assert_eq!(shared.per_shard_kib_per_second, d("682.6666"));
    assert_eq!(shared.per_consumer_kib_per_second, d("6826.6666"));
    // 10 × 2 MiB/s ÷ 3 = 6.666… MiB/s.
    assert_eq!(shared.per_consumer_mib_per_second, d("6.6666"));
    assert_eq!(shared.calls_per_consumer_per_second, d("1.6666"));
    assert_eq!(shared.min_poll_interval_seconds, d("0.6"));
    let five = reads(&reads_of(10, 5, 0), &mut book()).unwrap();
    assert_eq!(five.shared.unwrap().typical_delay_ms, Some(d("1000")));
}

/// `--expect` names the readings that give a wrong figure: the shard's 2 MiB/s given to
/// every standard consumer (10 × 2 = 20 MiB/s), and enhanced fan-out counted as sharing
/// (20 ÷ (3 + 2) = 4 MiB/s).
#[test]
fn reads_expect_names_the_readings() {
    let report = explain::reads(&reads_of(10, 3, 2), &mut book()).unwrap();
    let hint = |v: &str| report.expect(v).unwrap();
    assert!(hint("6.67").matches);
    assert!(hint("20").hints[0].contains("whole shard's read throughput"));
    assert!(hint("4").hints[0].contains("enhanced fan-out consumers counted as sharing"));
}

/// Only enhanced fan-out consumers: the answer is theirs; no consumers at all, zero shards
/// and more than 20 enhanced fan-out consumers (50 with Advantage) are refused.
#[test]
fn reads_refusals_and_efo_only() {
    let efo = explain::reads(&reads_of(3, 0, 2), &mut book()).unwrap();
    assert_eq!(efo.primary().unwrap().name, "efo_consumer_mib_per_second");
    // 3 × 2 MiB/s.
    assert_eq!(
        efo.primary().unwrap().value,
        crate::report::Value::from(d("6"))
    );
    assert!(reads(&reads_of(3, 0, 0), &mut book()).is_err());
    assert!(reads(&reads_of(0, 1, 0), &mut book()).is_err());
    assert!(matches!(
        reads(&reads_of(3, 0, 21), &mut book()),
        Err(Error::Kinesis(Problem::TooManyEfoConsumers {
            given: 21,
            ..
        }))
    ));
    let advantage = ReadsRequest {
        advantage: true,
        ..reads_of(3, 0, 21)
    };
    assert!(reads(&advantage, &mut book()).is_ok());
}

fn batch(size: &str, rate: &str, put: u32, aggregate: u32) -> BatchRequest {
    BatchRequest {
        size: size.parse().unwrap(),
        rate: rate.parse().unwrap(),
        put_records: put,
        aggregate,
    }
}

/// PutRecords: at most 500 records per request. 20,000 records/s of 1 KiB in requests of
/// 500: 20,000 ÷ 500 = 40 requests/s; 20,000 ÷ 1,000 = 20 shards for records and
/// 20,480,000 ÷ 1,048,576 = 19.53 → 20 for bytes. Aggregating 10 user records per Kinesis
/// record: 2,000 records/s, ⌈2,000 ÷ 500⌉ = 4 requests/s, 2 shards for records, but the
/// bytes still need 20.
#[test]
fn put_records_batches_and_aggregation() {
    let b = batches(&batch("1kb", "20000/s", 500, 1), &mut book()).unwrap();
    assert_eq!(b.requests_per_second, d("40"));
    assert_eq!(b.records_per_request, d("500"));
    assert_eq!(b.shards, d("20"));
    let a = batches(&batch("1kb", "20000/s", 500, 10), &mut book()).unwrap();
    assert_eq!(a.records_per_second, d("2000"));
    assert_eq!(a.record_bytes, d("10240"));
    assert_eq!(a.requests_per_second, d("4"));
    assert_eq!(a.shards_for_records, d("2"));
    assert_eq!(a.shards_for_records_unaggregated, d("20"));
    assert_eq!(a.shards_for_bytes, d("20"));
    // Requests of 100: 200 requests/s.
    let small = batches(&batch("1kb", "20000/s", 100, 1), &mut book()).unwrap();
    assert_eq!(small.requests_per_second, d("200"));
}

/// The request's bytes: 600 KiB records, 100 per second. Before 2025-10-27 a request held
/// 5 MiB: ⌊5,242,880 ÷ 614,400⌋ = 8 records, ⌈100 ÷ 8⌉ = 13 requests/s; since, 10 MiB:
/// ⌊10,485,760 ÷ 614,400⌋ = 17 records, ⌈100 ÷ 17⌉ = 6 requests/s.
#[test]
fn put_records_bytes_limit_changed_on_2025_10_27() {
    let old = batches(&batch("600kb", "100", 500, 1), &mut book_on(2025, 10, 26)).unwrap();
    assert_eq!(old.records_per_request, d("8"));
    assert_eq!(old.requests_per_second, d("13"));
    let new = batches(&batch("600kb", "100", 500, 1), &mut book_on(2025, 10, 27)).unwrap();
    assert_eq!(new.records_per_request, d("17"));
    assert_eq!(new.requests_per_second, d("6"));
    // Over 500 per request, or an aggregated record over 1 MiB (10 × 200 KiB), is refused.
    assert!(batches(&batch("1kb", "10", 501, 1), &mut book()).is_err());
    assert!(batches(&batch("200kb", "10", 500, 10), &mut book()).is_err());
}
