//! Property tests (`prop_*`) of the Kinesis calculator: shard counts against a small integer
//! reference written from the AWS rules (how-do-i-size-a-stream.html and the quota page),
//! monotonicity in every input, enhanced fan-out, resharding sequences, and no panics.
//!
//! The reference: record bytes rounded up to 1,024 (a whole KiB); write KiB per span =
//! KiB × count; shards = max(⌈write ÷ (1,024 × span)⌉, ⌈count ÷ (1,000 × span)⌉,
//! ⌈write × shared consumers ÷ (2,048 × span)⌉).
//!
//! On-demand (`prop_on_demand_*`) against a reference in integer bytes per second, MB read
//! as MiB (M = 1,048,576): Region write ≤ 200 M (10,240 M in us-east-1, us-west-2,
//! eu-west-1), Region read ≤ 2 × that; then a new stream: write ≤ 4 M, records ≤ 4,000,
//! read ≤ 8 M; or with a previous peak P: write ≤ max(4 M, 2P), read ≤ max(8 M, 2 × that).
//! The first rule that fails decides.

use awscalc::calc::kinesis::{
    on_demand, reshard, shards, CapacityRequest, OnDemand, OnDemandRequest, Region, ReshardRequest,
    Retention, Shards, StreamRequest, Throughput, Workload,
};
use awscalc::facts::{FactBook, Registry};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// The largest record by default: 1 MiB.
const MAX_RECORD_BYTES: u64 = 1_048_576;

fn book() -> FactBook {
    FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 22))
}

/// A whole number of the result as an integer.
fn whole(value: Decimal) -> u128 {
    value
        .normalize()
        .to_string()
        .parse()
        .expect("a whole number")
}

fn spans() -> impl Strategy<Value = (u32, &'static str)> {
    prop_oneof![
        Just((1, "/s")),
        Just((60, "/min")),
        Just((3600, "/h")),
        Just((86_400, "/day")),
    ]
}

fn request(bytes: u64, count: u64, suffix: &str, shared: u32, efo: u32) -> StreamRequest {
    StreamRequest {
        workload: Workload::Records {
            size: format!("{bytes}b").parse().unwrap(),
            rate: format!("{count}{suffix}").parse().unwrap(),
        },
        shared_consumers: Some(shared),
        efo_consumers: efo,
        advantage: false,
        parallelization: None,
        max_record_size: None,
        partition_key: None,
        retention: None,
    }
}

fn run(bytes: u64, count: u64, suffix: &str, shared: u32, efo: u32) -> Shards {
    shards(&request(bytes, count, suffix, shared, efo), &mut book()).expect("a valid workload")
}

fn reference(bytes: u64, count: u64, span: u32, shared: u32) -> (u128, u128, u128) {
    let kib = u128::from(bytes).div_ceil(1024);
    let write = kib * u128::from(count);
    let span = u128::from(span);
    (
        write.div_ceil(1024 * span),
        u128::from(count).div_ceil(1000 * span),
        (write * u128::from(shared)).div_ceil(2048 * span),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// The shard count matches the reference, is at least each constraint, equals one of
    /// them, and each constraint matches its own reference.
    #[test]
    fn prop_shards_match_the_aws_rule_and_the_largest_constraint(
        bytes in 1u64..=MAX_RECORD_BYTES,
        count in 1u64..=10_000_000,
        (span, suffix) in spans(),
        shared in 0u32..=20,
    ) {
        let r = run(bytes, count, suffix, shared, 0);
        let (w, rec, read) = reference(bytes, count, span, shared);
        prop_assert_eq!(whole(r.for_write), w);
        prop_assert_eq!(whole(r.for_records), rec);
        prop_assert_eq!(whole(r.for_read), read);
        let answer = whole(r.shards);
        prop_assert_eq!(answer, w.max(rec).max(read));
        prop_assert!(answer >= w && answer >= rec && answer >= read);
        prop_assert!(answer == w || answer == rec || answer == read);
        prop_assert!(answer >= 1);
        prop_assert_eq!(whole(r.consumers.max_kcl_workers), answer);
    }

    /// More bytes, more records or more consumers never need fewer shards.
    #[test]
    fn prop_shards_are_monotone_in_every_input(
        a in 1u64..=MAX_RECORD_BYTES,
        b in 1u64..=MAX_RECORD_BYTES,
        c1 in 1u64..=5_000_000,
        c2 in 1u64..=5_000_000,
        n1 in 0u32..=20,
        n2 in 0u32..=20,
        (_, suffix) in spans(),
    ) {
        let (small_b, big_b) = (a.min(b), a.max(b));
        let (small_c, big_c) = (c1.min(c2), c1.max(c2));
        let (small_n, big_n) = (n1.min(n2), n1.max(n2));
        let base = whole(run(small_b, small_c, suffix, small_n, 0).shards);
        prop_assert!(whole(run(big_b, small_c, suffix, small_n, 0).shards) >= base);
        prop_assert!(whole(run(small_b, big_c, suffix, small_n, 0).shards) >= base);
        prop_assert!(whole(run(small_b, small_c, suffix, big_n, 0).shards) >= base);
        prop_assert!(whole(run(big_b, big_c, suffix, big_n, 0).shards) >= base);
    }

    /// With no standard consumers the read constraint vanishes.
    #[test]
    fn prop_no_shared_consumers_no_read_constraint(
        bytes in 1u64..=MAX_RECORD_BYTES,
        count in 1u64..=10_000_000,
        (_, suffix) in spans(),
        efo in 0u32..=20,
    ) {
        let r = run(bytes, count, suffix, 0, efo);
        prop_assert_eq!(whole(r.for_read), 0);
        prop_assert_eq!(
            whole(r.shards),
            whole(r.for_write).max(whole(r.for_records))
        );
    }

    /// Enhanced fan-out consumers never increase the shard count.
    #[test]
    fn prop_efo_never_increases_shards(
        bytes in 1u64..=MAX_RECORD_BYTES,
        count in 1u64..=10_000_000,
        (_, suffix) in spans(),
        shared in 0u32..=20,
        efo in 1u32..=20,
    ) {
        let without = whole(run(bytes, count, suffix, shared, 0).shards);
        let with = whole(run(bytes, count, suffix, shared, efo).shards);
        prop_assert_eq!(with, without);
    }

    /// Every UpdateShardCount call at most doubles and at least halves (rounded up), the
    /// sequence ends at the target, and no shorter sequence could (each call doubles or
    /// halves as far as allowed until the last).
    #[test]
    fn prop_resharding_doubles_or_halves_per_call_and_ends_at_the_target(
        from in 1u64..=10_000,
        to in 1u64..=10_000,
    ) {
        let r = reshard(&ReshardRequest { from, to, parallelization: None }, &mut book())
            .expect("within 10,000 shards");
        let sequence: Vec<u64> = r
            .sequence
            .iter()
            .map(|&v| u64::try_from(whole(v)).unwrap())
            .collect();
        prop_assert_eq!(whole(r.calls), sequence.len() as u128);
        let mut current = from;
        for &next in &sequence {
            prop_assert!(next <= 2 * current, "{} → {}", current, next);
            prop_assert!(next >= current.div_ceil(2), "{} → {}", current, next);
            prop_assert_ne!(next, current);
            current = next;
        }
        prop_assert_eq!(current, to);
        // Minimal: k calls reach at most from × 2^k up, at least ceil(from / 2^k) down.
        if let Some(k) = sequence.len().checked_sub(1) {
            let k = u32::try_from(k).unwrap();
            if to > from {
                prop_assert!(from * 2u64.pow(k) < to);
            } else {
                let mut low = from;
                for _ in 0..k {
                    low = low.div_ceil(2);
                }
                prop_assert!(low > to);
            }
        }
        prop_assert_eq!(whole(r.consumers.max_kcl_workers), u128::from(to));
    }

    /// No input, however odd, panics: the parsers and the calculators return errors.
    #[test]
    fn prop_no_panic_on_any_input(
        size in prop_oneof![".{0,12}", "[0-9]{1,9}(\\.[0-9]{1,3})? ?(b|kb|KiB|mb|gb)?"],
        rate in prop_oneof![".{0,12}", "[0-9]{1,14}(\\.[0-9]{1,3})?(/s|/min|/h|/day)?"],
        write in prop_oneof![".{0,14}", "[0-9]{1,12}(\\.[0-9])?(b|kb|mb|gb|tb)?(/s|/h| per day)"],
        retention in prop_oneof![".{0,10}", "[0-9]{1,6}(\\.5)? ?(h|d|days|weeks)?"],
        key in ".{0,300}",
        shared in any::<u32>(),
        efo in any::<u32>(),
        factor in any::<u32>(),
        from in any::<u64>(),
        to in any::<u64>(),
    ) {
        let _ = write.parse::<Throughput>();
        let _ = retention.parse::<Retention>();
        if let (Ok(size), Ok(rate)) = (size.parse(), rate.parse()) {
            let request = StreamRequest {
                workload: Workload::Records { size, rate },
                shared_consumers: Some(shared),
                efo_consumers: efo,
                advantage: efo % 2 == 0,
                parallelization: Some(factor),
                max_record_size: None,
                partition_key: Some(key.clone()),
                retention: retention.parse().ok(),
            };
            let _ = shards(&request, &mut book());
            let _ = awscalc::explain::kinesis::shards(&request, &mut book());
        }
        if let (Ok(write), Ok(records)) = (write.parse(), rate.parse()) {
            let request = StreamRequest {
                workload: Workload::Throughput { write, records },
                shared_consumers: Some(shared),
                efo_consumers: 0,
                advantage: false,
                parallelization: None,
                max_record_size: size.parse().ok(),
                partition_key: None,
                retention: None,
            };
            let _ = shards(&request, &mut book());
        }
        let _ = reshard(&ReshardRequest { from, to, parallelization: Some(factor) }, &mut book());
        let _ = awscalc::explain::kinesis::reshard(
            &ReshardRequest { from, to, parallelization: None },
            &mut book(),
        );
        let _ = awscalc::calc::kinesis::capacity(
            &CapacityRequest { shards: from, parallelization: Some(factor) },
            &mut book(),
        );
    }

    /// Extreme but valid numbers compute exactly or fail with an error, never a panic:
    /// throughputs up to 1 EiB per second, rates down to a millionth per day.
    #[test]
    fn prop_extreme_throughputs_do_not_panic(
        mantissa in 1u64..=999_999,
        exponent in 0usize..=12,
        unit in prop_oneof![Just("b"), Just("kb"), Just("mb"), Just("gb"), Just("tb")],
        per in prop_oneof![Just("s"), Just("min"), Just("h"), Just("day")],
        records in prop_oneof![Just("0.000001/day"), Just("1/s"), Just("1000000000000/s")],
        shared in 0u32..=1_000_000,
    ) {
        let size = format!("{mantissa}{}", "0".repeat(exponent));
        let Ok(write) = format!("{size}{unit}/{per}").parse::<Throughput>() else {
            return Ok(());
        };
        let request = StreamRequest {
            workload: Workload::Throughput { write, records: records.parse().unwrap() },
            shared_consumers: Some(shared),
            efo_consumers: 0,
            advantage: false,
            parallelization: None,
            max_record_size: Some("10mb".parse().unwrap()),
            partition_key: None,
            retention: None,
        };
        if let Ok(r) = shards(&request, &mut book()) {
            prop_assert!(r.shards >= Decimal::ONE);
        }
    }
}

const M: u128 = 1_048_576;

/// A workload of `bytes`-byte records at `count`/s (write = ⌈bytes / 1,024⌉ KiB × count),
/// read by `shared` standard consumers, with a previous peak of `peak` bytes/s if any.
fn on_demand_request(
    bytes: u64,
    count: u64,
    shared: u32,
    peak: Option<u64>,
    region: Option<&str>,
) -> OnDemandRequest {
    OnDemandRequest {
        stream: request(bytes, count, "/s", shared, 0),
        previous_peak: peak.map(|p| format!("{p}b/s").parse().unwrap()),
        region: region.map(|r| r.parse().unwrap()),
    }
}

fn on_demand_report(
    bytes: u64,
    count: u64,
    shared: u32,
    peak: Option<u64>,
    region: Option<&str>,
) -> OnDemand {
    on_demand(
        &on_demand_request(bytes, count, shared, peak, region),
        &mut book(),
    )
    .expect("a valid workload")
}

fn fits(answer: &OnDemand) -> bool {
    answer.fits
}

fn failed_rule(answer: &OnDemand) -> Option<String> {
    answer.failed_rule.map(|r| r.id().to_string())
}

/// The first failing rule under the reference (see the module docs), or `None`.
fn on_demand_reference(
    bytes: u64,
    count: u64,
    shared: u32,
    peak: Option<u64>,
    major: bool,
) -> Option<&'static str> {
    let write = u128::from(bytes).div_ceil(1024) * 1024 * u128::from(count);
    let read = write * u128::from(shared);
    let max_write = if major { 10_240 * M } else { 200 * M };
    let mut rules: Vec<(&'static str, bool)> = vec![
        ("region-max-write", write <= max_write),
        ("region-max-read", read <= 2 * max_write),
    ];
    match peak {
        None => {
            rules.push(("new-stream-write", write <= 4 * M));
            rules.push(("new-stream-records", u128::from(count) <= 4000));
            rules.push(("new-stream-read", read <= 8 * M));
        }
        Some(p) => {
            let capacity = (4 * M).max(2 * u128::from(p));
            rules.push(("previous-peak-write", write <= capacity));
            rules.push(("previous-peak-read", read <= (8 * M).max(2 * capacity)));
        }
    }
    rules.into_iter().find(|(_, ok)| !ok).map(|(id, _)| id)
}

fn regions() -> impl Strategy<Value = Option<&'static str>> {
    prop_oneof![
        Just(None),
        Just(Some("us-east-1")),
        Just(Some("eu-west-1")),
        Just(Some("ap-southeast-2")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// The decision is the first rule that fails, in the documented order, and matches the
    /// reference; it fits exactly when no rule fails; `rules[]` agrees with both.
    #[test]
    fn prop_on_demand_decision_is_the_first_rule_that_fails(
        bytes in 1u64..=MAX_RECORD_BYTES,
        count in 1u64..=500_000,
        shared in 0u32..=5,
        peak in prop::option::of(1u64..=12_000_000_000),
        region in regions(),
    ) {
        let r = on_demand_report(bytes, count, shared, peak, region);
        let major = region.is_some_and(|c| c.parse::<Region>().unwrap().is_major());
        let expected = on_demand_reference(bytes, count, shared, peak, major);
        let failed = failed_rule(&r);
        prop_assert_eq!(failed.as_deref(), expected);
        prop_assert_eq!(fits(&r), expected.is_none());
        let first_failing = r
            .rules
            .iter()
            .find(|rule| !rule.passes)
            .map(|rule| rule.rule.id().to_string());
        prop_assert_eq!(first_failing, failed_rule(&r));
    }

    /// More write throughput, more records, more consumers or a lower previous peak never
    /// fit when less did not.
    #[test]
    fn prop_on_demand_fits_is_monotone(
        b1 in 1u64..=MAX_RECORD_BYTES,
        b2 in 1u64..=MAX_RECORD_BYTES,
        c1 in 1u64..=300_000,
        c2 in 1u64..=300_000,
        n1 in 0u32..=4,
        n2 in 0u32..=4,
        p1 in prop::option::of(1u64..=600_000_000),
        p2 in 1u64..=600_000_000,
        region in regions(),
    ) {
        let (small_b, big_b) = (b1.min(b2), b1.max(b2));
        let (small_c, big_c) = (c1.min(c2), c1.max(c2));
        let (small_n, big_n) = (n1.min(n2), n1.max(n2));
        let less = on_demand_report(small_b, small_c, small_n, p1, region);
        for more in [
            on_demand_report(big_b, small_c, small_n, p1, region),
            on_demand_report(small_b, big_c, small_n, p1, region),
            on_demand_report(small_b, small_c, big_n, p1, region),
            on_demand_report(big_b, big_c, big_n, p1, region),
        ] {
            prop_assert!(!fits(&more) || fits(&less));
        }
        // A higher previous peak never makes an existing stream take less.
        if let Some(p) = p1 {
            let (low, high) = (p.min(p2), p.max(p2));
            let low_fits = fits(&on_demand_report(small_b, small_c, small_n, Some(low), region));
            let high_fits = fits(&on_demand_report(small_b, small_c, small_n, Some(high), region));
            prop_assert!(!low_fits || high_fits);
        }
        // The larger Region maximum never refuses what the smaller one takes.
        let other = fits(&on_demand_report(small_b, small_c, small_n, p1, None));
        let major = fits(&on_demand_report(small_b, small_c, small_n, p1, Some("us-west-2")));
        prop_assert!(!other || major);
    }

    /// No input, however odd, panics: region and previous-peak text, extreme throughputs
    /// and consumer counts, any date.
    #[test]
    fn prop_on_demand_no_panic_on_any_input(
        region in prop_oneof![".{0,16}", "[a-zA-Z]{1,5}(-[a-z]{0,9}){0,3}-[0-9]{0,3}"],
        peak in prop_oneof![".{0,14}", "[0-9]{1,14}(\\.[0-9]{1,3})?(b|kb|mb|gb|tb)?(/s|/h|/day)"],
        write in "[0-9]{1,14}(\\.[0-9])?(b|kb|mb|gb|tb)?(/s|/min|/h)",
        records in prop_oneof![Just("0.000001/day"), Just("1/s"), Just("1000000000000/s")],
        shared in any::<u32>(),
        efo in 0u32..=60,
        advantage in any::<bool>(),
        days in 0i32..=9_000,
    ) {
        let region: Option<Region> = region.parse().ok();
        let previous_peak: Option<Throughput> = peak.parse().ok();
        let (Ok(write), Ok(records)) = (write.parse(), records.parse()) else {
            return Ok(());
        };
        let request = OnDemandRequest {
            stream: StreamRequest {
                workload: Workload::Throughput { write, records },
                shared_consumers: Some(shared),
                efo_consumers: efo,
                advantage,
                parallelization: None,
                max_record_size: Some("10mb".parse().unwrap()),
                partition_key: None,
                retention: None,
            },
            previous_peak,
            region,
        };
        let date = jiff::civil::date(2001, 1, 1)
            .checked_add(jiff::Span::new().days(days))
            .unwrap();
        let mut book = FactBook::new(Registry::builtin(), date);
        if let Ok(r) = on_demand(&request, &mut book) {
            prop_assert_eq!(r.fits, r.failed_rule.is_none());
        }
        let _ = awscalc::explain::kinesis::on_demand_with(
            &request,
            &mut FactBook::new(Registry::builtin(), date),
            awscalc::report::Detail::Answer,
        );
    }
}

proptest! {
    /// UpdateShardCount's 10,000-shard limits as a verdict: a resharding is refused exactly
    /// when its target is above 10,000, or when from above 10,000 the target or the first
    /// call (at most halving) is not below 10,000; a refused one counts no calls, and an
    /// allowed one never sets more than 10,000 shards, and from above 10,000 its first call
    /// goes below 10,000.
    #[test]
    fn prop_resharding_above_ten_thousand_is_a_verdict(
        from in 1u64..=40_000,
        to in 1u64..=40_000,
    ) {
        let r = reshard(&ReshardRequest { from, to, parallelization: None }, &mut book())
            .expect("a verdict, not an error");
        let refused = from != to
            && (to > 10_000 || (from > 10_000 && (to == 10_000 || from.div_ceil(2) >= 10_000)));
        prop_assert_eq!(r.blocked.is_some(), refused);
        if refused {
            prop_assert_eq!(whole(r.calls), 0);
            prop_assert!(r.sequence.is_empty());
        } else {
            for &next in &r.sequence {
                prop_assert!(whole(next) <= 10_000);
            }
            if from > 10_000 {
                if let Some(&first) = r.sequence.first() {
                    prop_assert!(whole(first) < 10_000);
                }
            }
        }
    }
}

proptest! {
    /// `--retention`: a bare number is hours, the alias of `Nh`; `Nd` is 24 × N hours and
    /// `N × 60 min` is N hours: the one duration grammar, whatever the unit.
    #[test]
    fn prop_retention_units_agree_and_a_bare_number_is_hours(n in 1u64..=100_000) {
        let hours = |text: String| text.parse::<Retention>().unwrap().hours();
        let n_hours = hours(format!("{n}h"));
        prop_assert_eq!(hours(n.to_string()), n_hours);
        prop_assert_eq!(hours(format!("{} min", n * 60)), n_hours);
        prop_assert_eq!(hours(format!("{n}d")), n_hours * Decimal::from(24));
    }
}
