//! Property tests (`prop_*`) of the library's public API: the DynamoDB capacity formulas,
//! the size and rate parsers, exact division, and `--expect` checking.
//!
//! Expected values come from a small integer reference implementation in this file,
//! written from the AWS rules (read-write-operations.html): item bytes rounded up to
//! 4,096 (reads) or 1,024 (writes), × 1 strong / 0.5 eventual / 2 transactional (reads) or
//! × 1 standard / 2 transactional (writes), × the rate, rounded up once at the end,
//! minimum 1. To stay exact, the reference counts in half-units (`u128`).

use awscalc::calc::dynamodb::{
    read_capacity, write_capacity, Capacity, Demand, Items, ReadConsistency, ReadRequest,
    WriteMode, WriteRequest,
};
use awscalc::facts::{FactBook, Registry};
use awscalc::units::{ceil_div, floor_div, KbConvention, Rate, Size, SizeUnit};
use awscalc::Error;
use proptest::prelude::*;
use rust_decimal::Decimal;

// ---------------------------------------------------------------------------------------
// The reference implementation, in half-units.
// ---------------------------------------------------------------------------------------

/// A read unit covers 4 KB, and DynamoDB's KB is 1,024 bytes.
const READ_UNIT_BYTES: u128 = 4096;
/// A write unit covers 1 KB.
const WRITE_UNIT_BYTES: u128 = 1024;
/// The largest DynamoDB item: 400 KB.
const MAX_ITEM_BYTES: u64 = 409_600;
/// One Query or Scan call returns at most 1 MB.
const PAGE_BYTES: u128 = 1_048_576;
/// The largest size the parser accepts: 1 EiB.
const MAX_SIZE_BYTES: u128 = 1 << 60;
/// The largest rate the parser accepts, per second.
const MAX_RATE_PER_SECOND: u128 = 1_000_000_000_000;

/// Half-units per rounded 4 KB: eventual 0.5 = 1, strong 1 = 2, transactional 2 = 4.
fn read_halves(consistency: ReadConsistency) -> u128 {
    match consistency {
        ReadConsistency::Eventual => 1,
        ReadConsistency::Strong => 2,
        ReadConsistency::Transactional => 4,
    }
}

/// Half-units per rounded 1 KB: standard 1 = 2, transactional 2 = 4.
fn write_halves(mode: WriteMode) -> u128 {
    match mode {
        WriteMode::Standard => 2,
        WriteMode::Transactional => 4,
    }
}

/// Half-units one request costs when each item is rounded up separately.
fn halves_per_item_rounded(bytes: &[u64], unit: u128, factor_halves: u128) -> u128 {
    bytes
        .iter()
        .map(|&b| u128::from(b).div_ceil(unit))
        .sum::<u128>()
        * factor_halves
}

/// Units to provision: ⌈half-units × count ÷ (2 × span)⌉, at least 1.
fn provisioned(halves_per_request: u128, rate: &TestRate) -> u128 {
    (halves_per_request * rate.count)
        .div_ceil(2 * rate.span)
        .max(1)
}

// ---------------------------------------------------------------------------------------
// Inputs.
// ---------------------------------------------------------------------------------------

/// A rate as typed, with its exact meaning: `count` per `span` seconds.
#[derive(Debug, Clone)]
struct TestRate {
    count: u128,
    span: u128,
    text: String,
}

impl TestRate {
    fn demand(&self) -> Demand {
        Demand::Rate(self.text.parse().expect("generated rates are valid"))
    }

    /// Whether `self` is at most `other`, compared exactly as fractions.
    fn le(&self, other: &TestRate) -> bool {
        self.count * other.span <= other.count * self.span
    }
}

/// Rates of 1 to 100,000 per second, written bare, `/s`, `/min`, `/h` or `/day`.
fn rate() -> impl Strategy<Value = TestRate> {
    let make = |count: u64, span: u128, suffix: &'static str| TestRate {
        count: u128::from(count),
        span,
        text: format!("{count}{suffix}"),
    };
    prop_oneof![
        (1u64..=100_000).prop_map(move |n| make(n, 1, "")),
        (1u64..=100_000).prop_map(move |n| make(n, 1, "/s")),
        (1u64..=6_000_000).prop_map(move |n| make(n, 60, "/min")),
        (1u64..=100_000).prop_map(move |n| make(n * 60, 60, "/min")),
        (1u64..=360_000_000).prop_map(move |n| make(n, 3600, "/h")),
        (1u64..=100_000).prop_map(move |n| make(n * 3600, 3600, "/h")),
        (1u64..=8_640_000_000).prop_map(move |n| make(n, 86_400, "/day")),
        // Fractional counts: `12.5` is 125 per 10 s, `0.25/min` is 25 per 6,000 s.
        (1u64..=1_000_000).prop_map(|n| TestRate {
            count: u128::from(n),
            span: 10,
            text: format!("{}.{}", n / 10, n % 10),
        }),
        (1u64..=10_000_000).prop_map(|n| TestRate {
            count: u128::from(n),
            span: 6000,
            text: format!("{}.{:02}/min", n / 100, n % 100),
        }),
    ]
}

fn item_bytes() -> impl Strategy<Value = u64> {
    1u64..=MAX_ITEM_BYTES
}

fn consistency() -> impl Strategy<Value = ReadConsistency> {
    prop_oneof![
        Just(ReadConsistency::Eventual),
        Just(ReadConsistency::Strong),
        Just(ReadConsistency::Transactional),
    ]
}

/// The consistencies a Query or Scan allows.
fn query_consistency() -> impl Strategy<Value = ReadConsistency> {
    prop_oneof![
        Just(ReadConsistency::Eventual),
        Just(ReadConsistency::Strong)
    ]
}

fn write_mode() -> impl Strategy<Value = WriteMode> {
    prop_oneof![Just(WriteMode::Standard), Just(WriteMode::Transactional)]
}

/// Between 1 and `max_items` item sizes adding up to at most `max_total` bytes.
fn batch(max_items: usize, max_total: u64) -> impl Strategy<Value = Vec<u64>> {
    (1..=max_items).prop_flat_map(move |n| {
        let each = (max_total / n as u64).min(MAX_ITEM_BYTES);
        proptest::collection::vec(1..=each, n)
    })
}

/// A read batch within the limits of BatchGetItem (100 items, 16 MB) or, transactional,
/// TransactGetItems (100 items, 4 MB).
fn read_batch() -> impl Strategy<Value = (ReadConsistency, Vec<u64>)> {
    consistency().prop_flat_map(|c| {
        let total = if c == ReadConsistency::Transactional {
            4_194_304
        } else {
            16_777_216
        };
        (Just(c), batch(100, total))
    })
}

/// A write batch within the limits of BatchWriteItem (25 items, 16 MB) or
/// TransactWriteItems (100 items, 4 MB).
fn write_batch() -> impl Strategy<Value = (WriteMode, Vec<u64>)> {
    write_mode().prop_flat_map(|m| {
        let (items, total) = match m {
            WriteMode::Standard => (25, 16_777_216),
            WriteMode::Transactional => (100, 4_194_304),
        };
        (Just(m), batch(items, total))
    })
}

// ---------------------------------------------------------------------------------------
// Calling the library.
// ---------------------------------------------------------------------------------------

fn book() -> FactBook {
    FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 22))
}

fn bytes_size(bytes: u64) -> Size {
    format!("{bytes}b").parse().expect("whole bytes parse")
}

fn rcu(items: Items, consistency: Option<ReadConsistency>, demand: Demand) -> Capacity {
    try_rcu(items, consistency, demand).expect("a valid read request")
}

fn try_rcu(
    items: Items,
    consistency: Option<ReadConsistency>,
    demand: Demand,
) -> Result<Capacity, Error> {
    read_capacity(
        &ReadRequest {
            items,
            consistency,
            demand,
        },
        &mut book(),
    )
}

fn wcu(items: Items, mode: WriteMode, demand: Demand) -> Capacity {
    try_wcu(items, mode, demand).expect("a valid write request")
}

fn try_wcu(items: Items, mode: WriteMode, demand: Demand) -> Result<Capacity, Error> {
    write_capacity(
        &WriteRequest {
            items,
            mode,
            demand,
            indexes: Vec::new(),
            collection: None,
        },
        &mut book(),
    )
}

/// A whole, non-negative decimal as an integer; fails the test otherwise.
fn whole(value: Decimal) -> u128 {
    let n = value.normalize();
    assert!(
        n.scale() == 0 && !n.is_sign_negative(),
        "{value} is not a whole number"
    );
    u128::try_from(n.mantissa()).expect("non-negative")
}

/// A decimal that is a multiple of 0.5, counted in halves.
fn halves(value: Decimal) -> u128 {
    whole(value * Decimal::TWO)
}

fn dec(value: u128) -> Decimal {
    Decimal::from_i128_with_scale(i128::try_from(value).expect("fits i128"), 0)
}

fn units(n: u64) -> Demand {
    Demand::Units {
        text: n.to_string(),
        units: Decimal::from(n),
    }
}

fn fast(cases: u32) -> ProptestConfig {
    ProptestConfig::with_cases(cases)
}

// ---------------------------------------------------------------------------------------
// DynamoDB formulas.
// ---------------------------------------------------------------------------------------

proptest! {
    /// RCU = max(1, ⌈⌈bytes ÷ 4,096⌉ × factor × rate⌉) with factor 0.5 eventual, 1 strong,
    /// 2 transactional, and units_per_read = ⌈bytes ÷ 4,096⌉ × factor, for whole-byte sizes
    /// up to 400 KB and rates per second, minute, hour or day.
    #[test]
    fn prop_rcu_matches_the_reference(
        bytes in item_bytes(),
        rate in rate(),
        consistency in consistency(),
    ) {
        let report = rcu(Items::Single(bytes_size(bytes)), Some(consistency), rate.demand());
        let per_read = halves_per_item_rounded(&[bytes], READ_UNIT_BYTES, read_halves(consistency));
        prop_assert_eq!(halves(report.answer.units_per_request()), per_read);
        prop_assert_eq!(whole(report.answer.value()), provisioned(per_read, &rate));
    }

    /// WCU = max(1, ⌈⌈bytes ÷ 1,024⌉ × factor × rate⌉) with factor 1 standard, 2
    /// transactional, and units_per_write = ⌈bytes ÷ 1,024⌉ × factor.
    #[test]
    fn prop_wcu_matches_the_reference(
        bytes in item_bytes(),
        rate in rate(),
        mode in write_mode(),
    ) {
        let report = wcu(Items::Single(bytes_size(bytes)), mode, rate.demand());
        let per_write = halves_per_item_rounded(&[bytes], WRITE_UNIT_BYTES, write_halves(mode));
        prop_assert_eq!(halves(report.answer.units_per_request()), per_write);
        prop_assert_eq!(whole(report.answer.value()), provisioned(per_write, &rate));
    }

    /// No consistency given means eventually consistent (DynamoDB's default), and no rate
    /// means one request per second.
    #[test]
    fn prop_defaults_are_eventual_and_one_per_second(bytes in item_bytes()) {
        let implicit = rcu(Items::Single(bytes_size(bytes)), None, Demand::OnePerSecond);
        let explicit = rcu(
            Items::Single(bytes_size(bytes)),
            Some(ReadConsistency::Eventual),
            Demand::Rate("1/s".parse().unwrap()),
        );
        prop_assert_eq!(implicit.answer.value(), explicit.answer.value());
        prop_assert_eq!(implicit.answer.units_per_request(), explicit.answer.units_per_request());
        let one = rcu(Items::Single(bytes_size(bytes)), Some(ReadConsistency::Eventual), Demand::OnePerSecond);
        prop_assert_eq!(
            whole(one.answer.value()),
            u128::from(bytes).div_ceil(READ_UNIT_BYTES).div_ceil(2).max(1)
        );
    }

    /// A larger item or a higher rate never needs fewer read or write units.
    #[test]
    fn prop_capacity_is_monotonic_in_size_and_rate(
        a in item_bytes(),
        b in item_bytes(),
        r1 in rate(),
        r2 in rate(),
        consistency in consistency(),
        mode in write_mode(),
    ) {
        let (small, large) = (a.min(b), a.max(b));
        let (slow, fast) = if r1.le(&r2) { (r1, r2) } else { (r2, r1) };
        let low = rcu(Items::Single(bytes_size(small)), Some(consistency), slow.demand());
        let high = rcu(Items::Single(bytes_size(large)), Some(consistency), fast.demand());
        prop_assert!(low.answer.value() <= high.answer.value());
        prop_assert!(low.answer.units_per_request() <= high.answer.units_per_request());
        let low = wcu(Items::Single(bytes_size(small)), mode, slow.demand());
        let high = wcu(Items::Single(bytes_size(large)), mode, fast.demand());
        prop_assert!(low.answer.value() <= high.answer.value());
        prop_assert!(low.answer.units_per_request() <= high.answer.units_per_request());
    }

    /// Reads of any two sizes in the same 4 KB band (4,096k + 1 ..= 4,096(k + 1) bytes) cost
    /// the same, and one byte past the band costs more per read.
    #[test]
    fn prop_sizes_in_one_4kb_band_cost_the_same_to_read(
        band in 0u64..100,
        x in 1u64..=4096,
        y in 1u64..=4096,
        rate in rate(),
        consistency in consistency(),
    ) {
        let cost = |bytes| rcu(Items::Single(bytes_size(bytes)), Some(consistency), rate.demand());
        let (first, second) = (cost(band * 4096 + x), cost(band * 4096 + y));
        prop_assert_eq!(first.answer.units_per_request(), second.answer.units_per_request());
        prop_assert_eq!(first.answer.value(), second.answer.value());
        if band < 99 {
            let next = cost((band + 1) * 4096 + 1);
            prop_assert!(next.answer.units_per_request() > first.answer.units_per_request());
        }
    }

    /// Writes of any two sizes in the same 1 KB band (1,024k + 1 ..= 1,024(k + 1) bytes)
    /// cost the same, and one byte past the band costs more per write.
    #[test]
    fn prop_sizes_in_one_1kb_band_cost_the_same_to_write(
        band in 0u64..400,
        x in 1u64..=1024,
        y in 1u64..=1024,
        rate in rate(),
        mode in write_mode(),
    ) {
        let cost = |bytes| wcu(Items::Single(bytes_size(bytes)), mode, rate.demand());
        let (first, second) = (cost(band * 1024 + x), cost(band * 1024 + y));
        prop_assert_eq!(first.answer.units_per_request(), second.answer.units_per_request());
        prop_assert_eq!(first.answer.value(), second.answer.value());
        if band < 399 {
            let next = cost((band + 1) * 1024 + 1);
            prop_assert!(next.answer.units_per_request() > first.answer.units_per_request());
        }
    }

    /// Per request, a transactional read costs 2 × a strongly consistent one and an
    /// eventually consistent read half of it; a transactional write 2 × a standard one.
    #[test]
    fn prop_consistency_factors_are_half_one_and_two(bytes in item_bytes()) {
        let per_read = |c| {
            rcu(Items::Single(bytes_size(bytes)), Some(c), Demand::OnePerSecond).answer.units_per_request()
        };
        let strong = per_read(ReadConsistency::Strong);
        prop_assert_eq!(per_read(ReadConsistency::Transactional), strong * Decimal::TWO);
        prop_assert_eq!(per_read(ReadConsistency::Eventual), strong / Decimal::TWO);
        let per_write = |m| {
            wcu(Items::Single(bytes_size(bytes)), m, Demand::OnePerSecond).answer.units_per_request()
        };
        prop_assert_eq!(
            per_write(WriteMode::Transactional),
            per_write(WriteMode::Standard) * Decimal::TWO
        );
    }

    /// The inverse (N provisioned units → reads per second) never promises more than the
    /// forward form allows: reads_per_second is N ÷ units_per_read rounded down to 4
    /// places, its whole part is exactly ⌊N ÷ units_per_read⌋, N units cover that many
    /// reads per second (and the reported fractional rate), and one more read per second
    /// would need more than N.
    #[test]
    fn prop_read_inverse_never_promises_more_than_the_units_allow(
        n in 1u64..=1_000_000,
        bytes in item_bytes(),
        consistency in consistency(),
    ) {
        let size = bytes_size(bytes);
        let report = rcu(Items::Single(size.clone()), Some(consistency), units(n));
        let per_read = halves_per_item_rounded(&[bytes], READ_UNIT_BYTES, read_halves(consistency));
        prop_assert_eq!(halves(report.answer.units_per_request()), per_read);
        let r = report.answer.value();
        let exact = Decimal::from(n) * Decimal::TWO; // N ÷ (per_read ÷ 2) = 2N ÷ per_read
        prop_assert!(r * dec(per_read) <= exact, "{} reads/s × {}/2 > {} units", r, per_read, n);
        prop_assert!(
            (r + Decimal::new(1, 4)) * dec(per_read) > exact,
            "{} is more than 0.0001 below the exact rate", r
        );
        let w = r.floor();
        prop_assert_eq!(whole(w), 2 * u128::from(n) / per_read);
        prop_assert_eq!(report.answer.value().floor(), w);
        let forward = |rate: Decimal| {
            let demand = Demand::Rate(format!("{rate}/s").parse().unwrap());
            rcu(Items::Single(size.clone()), Some(consistency), demand).answer.value()
        };
        if w >= Decimal::ONE {
            prop_assert!(forward(w) <= Decimal::from(n));
        }
        if r > Decimal::ZERO {
            prop_assert!(forward(r) <= Decimal::from(n));
        }
        prop_assert!(forward(w + Decimal::ONE) > Decimal::from(n));
    }

    /// The write inverse (N units → writes per second) never promises more than N units
    /// allow, and one more write per second would need more than N.
    #[test]
    fn prop_write_inverse_never_promises_more_than_the_units_allow(
        n in 1u64..=1_000_000,
        bytes in item_bytes(),
        mode in write_mode(),
    ) {
        let size = bytes_size(bytes);
        let report = wcu(Items::Single(size.clone()), mode, units(n));
        let per_write = halves_per_item_rounded(&[bytes], WRITE_UNIT_BYTES, write_halves(mode));
        let r = report.answer.value();
        let exact = Decimal::from(n) * Decimal::TWO;
        prop_assert!(r * dec(per_write) <= exact);
        prop_assert!((r + Decimal::new(1, 4)) * dec(per_write) > exact);
        let w = r.floor();
        prop_assert_eq!(whole(w), 2 * u128::from(n) / per_write);
        let forward = |rate: Decimal| {
            let demand = Demand::Rate(format!("{rate}/s").parse().unwrap());
            wcu(Items::Single(size.clone()), mode, demand).answer.value()
        };
        if w >= Decimal::ONE {
            prop_assert!(forward(w) <= Decimal::from(n));
        }
        prop_assert!(forward(w + Decimal::ONE) > Decimal::from(n));
    }

    /// A Query or Scan of `count` items costs at most what BatchGetItem charges for the
    /// same items (each rounded up to 4 KB), at least the summed size rounded up once
    /// (⌈count × bytes ÷ 4,096⌉ × factor), and exactly that when it fits in one 1 MB page.
    #[test]
    fn prop_query_costs_between_summed_and_per_item_rounding(
        count in 1u64..=3000,
        bytes in item_bytes(),
        consistency in query_consistency(),
        rate in rate(),
    ) {
        let f = read_halves(consistency);
        let report = rcu(
            Items::Query { count, size: bytes_size(bytes) },
            Some(consistency),
            rate.demand(),
        );
        let query = halves(report.answer.units_per_request());
        let total = u128::from(count) * u128::from(bytes);
        let summed = total.div_ceil(READ_UNIT_BYTES) * f;
        let per_item = u128::from(count) * u128::from(bytes).div_ceil(READ_UNIT_BYTES) * f;
        prop_assert!(summed <= query, "query {}/2 < summed {}/2", query, summed);
        prop_assert!(query <= per_item, "query {}/2 > per item {}/2", query, per_item);
        if total <= PAGE_BYTES {
            prop_assert_eq!(query, summed);
            prop_assert_eq!(report.pages.unwrap(), Decimal::ONE);
        }
        prop_assert_eq!(whole(report.answer.value()), provisioned(query, &rate));
        // The same items as a real BatchGetItem (at most 100 items and 16 MB).
        if count <= 100 && total <= 16_777_216 {
            let batch = rcu(
                Items::Batch(vec![bytes_size(bytes); usize::try_from(count).unwrap()]),
                Some(consistency),
                rate.demand(),
            );
            prop_assert!(report.answer.units_per_request() <= batch.answer.units_per_request());
            prop_assert!(report.answer.value() <= batch.answer.value());
        }
    }

    /// A Query or Scan over more items, or over larger items, never costs fewer units,
    /// across 1 MB page boundaries too.
    #[test]
    fn prop_query_is_monotonic_in_count_and_size(
        c1 in 1u64..=3000,
        c2 in 1u64..=3000,
        b1 in item_bytes(),
        b2 in item_bytes(),
        consistency in query_consistency(),
    ) {
        let cost = |count, bytes| {
            let items = Items::Query { count, size: bytes_size(bytes) };
            (rcu(items, Some(consistency), Demand::OnePerSecond)).answer.units_per_request()
        };
        let (few, many) = (c1.min(c2), c1.max(c2));
        let (small, large) = (b1.min(b2), b1.max(b2));
        prop_assert!(cost(few, small) <= cost(many, small));
        prop_assert!(cost(few, small) <= cost(few, large));
        prop_assert!(cost(many, small) <= cost(many, large));
    }

    /// A Query or Scan given by its total size rounds that total up to 4 KB once.
    #[test]
    fn prop_query_total_rounds_the_sum_once(
        total in 1u64..=100_000_000,
        consistency in query_consistency(),
        rate in rate(),
    ) {
        let report = rcu(Items::QueryTotal(bytes_size(total)), Some(consistency), rate.demand());
        let expected = u128::from(total).div_ceil(READ_UNIT_BYTES) * read_halves(consistency);
        prop_assert_eq!(halves(report.answer.units_per_request()), expected);
        prop_assert_eq!(whole(report.answer.value()), provisioned(expected, &rate));
    }

    /// BatchGetItem and TransactGetItems cost the sum of each item's ⌈bytes ÷ 4,096⌉ ×
    /// factor per request, and RCU is that × rate rounded up once.
    #[test]
    fn prop_batch_read_is_the_sum_of_per_item_ceilings(
        (consistency, sizes) in read_batch(),
        rate in rate(),
    ) {
        let items = Items::Batch(sizes.iter().map(|&b| bytes_size(b)).collect());
        let report = rcu(items, Some(consistency), rate.demand());
        let expected = halves_per_item_rounded(&sizes, READ_UNIT_BYTES, read_halves(consistency));
        prop_assert_eq!(halves(report.answer.units_per_request()), expected);
        prop_assert_eq!(whole(report.answer.value()), provisioned(expected, &rate));
    }

    /// BatchWriteItem and TransactWriteItems cost the sum of each item's ⌈bytes ÷ 1,024⌉
    /// × factor per request, and WCU is that × rate rounded up once.
    #[test]
    fn prop_batch_write_is_the_sum_of_per_item_ceilings(
        (mode, sizes) in write_batch(),
        rate in rate(),
    ) {
        let items = Items::Batch(sizes.iter().map(|&b| bytes_size(b)).collect());
        let report = wcu(items, mode, rate.demand());
        let expected = halves_per_item_rounded(&sizes, WRITE_UNIT_BYTES, write_halves(mode));
        prop_assert_eq!(halves(report.answer.units_per_request()), expected);
        prop_assert_eq!(whole(report.answer.value()), provisioned(expected, &rate));
    }

    /// Items over 400 KB (409,600 bytes) are refused with an error, for reads and writes.
    #[test]
    fn prop_items_over_400kb_are_refused(
        bytes in (MAX_ITEM_BYTES + 1)..=(1u64 << 40),
        consistency in consistency(),
        mode in write_mode(),
    ) {
        let read = try_rcu(Items::Single(bytes_size(bytes)), Some(consistency), Demand::OnePerSecond);
        prop_assert!(matches!(&read, Err(e) if e.kind() == "aws_limit"), "{:?}", read.map(|r| r.answer));
        let write = try_wcu(Items::Single(bytes_size(bytes)), mode, Demand::OnePerSecond);
        prop_assert!(matches!(&write, Err(e) if e.kind() == "aws_limit"), "{:?}", write.map(|r| r.answer));
    }
}

// ---------------------------------------------------------------------------------------
// Parsers.
// ---------------------------------------------------------------------------------------

/// Size units as written, with their bytes under the binary (DynamoDB) reading.
const SIZE_UNITS: &[(&str, u128)] = &[
    ("b", 1),
    ("byte", 1),
    ("bytes", 1),
    ("k", 1 << 10),
    ("kb", 1 << 10),
    ("kib", 1 << 10),
    ("m", 1 << 20),
    ("mb", 1 << 20),
    ("mib", 1 << 20),
    ("g", 1 << 30),
    ("gb", 1 << 30),
    ("gib", 1 << 30),
    ("t", 1 << 40),
    ("tb", 1 << 40),
    ("tib", 1 << 40),
];

/// Rate spans as written: the separator, the time unit, and its seconds.
const RATE_SPANS: &[(&str, &str, u128)] = &[
    ("", "", 1),
    ("/", "s", 1),
    ("/", "sec", 1),
    ("/", "second", 1),
    (" / ", "seconds", 1),
    ("/", "min", 60),
    ("/", "minute", 60),
    (" per ", "minute", 60),
    ("/", "h", 3600),
    ("/", "hr", 3600),
    ("/", "hour", 3600),
    ("/ ", "hours", 3600),
    ("/", "d", 86_400),
    ("/", "day", 86_400),
];

/// Text made of the characters sizes and rates are written with, and a few others.
fn size_like_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9.\\-+_a-zA-Z /]{0,40}",
        "[0-9]{0,40}(\\.[0-9]{0,40})?[ ]?[a-zA-Z]{0,6}(/[a-zA-Z ]{0,8})?",
        "[-+]?[0-9_]{0,30}\\.?[0-9]{0,30} ?(b|kb|KiB|mb|gb|tb|tib|x)? ?(/ ?(s|min|h|day|week)?)?",
    ]
}

/// `kb` as `kB`, `KB`, `Kb` …: each letter's case chosen by a bit of `mask`.
fn mixed_case(word: &str, mask: u32) -> String {
    word.chars()
        .enumerate()
        .map(|(i, c)| {
            if mask >> (i % 32) & 1 == 1 {
                c.to_ascii_uppercase()
            } else {
                c
            }
        })
        .collect()
}

/// Exercises everything a parsed size offers, so that a panic anywhere shows.
fn use_size(size: &Size) {
    for convention in [KbConvention::Binary, KbConvention::Decimal] {
        for default in [SizeUnit::Byte, SizeUnit::Kilo, SizeUnit::Tebi] {
            let _ = size.bytes(default, convention);
            let _ = size.is_ambiguous(default);
        }
    }
    let _ = size.to_string();
}

/// Exercises everything a parsed rate offers.
fn use_rate(rate: &Rate) {
    let _ = rate.as_per_second();
    let _ = rate.is_exact_per_second();
    let _ = rate.span_name();
    for factor in [Decimal::new(5, 1), Decimal::from(400), Decimal::MAX] {
        let _ = rate.ceil_times(factor);
    }
    let _ = rate.to_string();
}

proptest! {
    /// Parsing any string as a size or a rate returns a value or an error, never panics.
    #[test]
    fn prop_parsers_never_panic_on_any_string(text in ".*") {
        if let Ok(size) = text.parse::<Size>() {
            use_size(&size);
        }
        if let Ok(rate) = text.parse::<Rate>() {
            use_rate(&rate);
        }
    }

    /// Parsing strings built from digits, `.`, `-`, `+`, `_`, letters, spaces and `/`
    /// never panics, nor does using what parsed.
    #[test]
    fn prop_parsers_never_panic_on_number_like_strings(text in size_like_text()) {
        if let Ok(size) = text.parse::<Size>() {
            use_size(&size);
        }
        if let Ok(rate) = text.parse::<Rate>() {
            use_rate(&rate);
        }
    }

    /// `{n}{unit}` in any letter case, with or without a space, is n × the unit's bytes
    /// (KB = 1,024, MB = 1,024², …) exactly, and is refused, not wrapped, above 1 EiB.
    #[test]
    fn prop_size_bytes_round_trip(
        n in prop_oneof![1u64..=1_000_000, 1u64..=u64::MAX],
        unit in 0..SIZE_UNITS.len(),
        mask in any::<u32>(),
        space in any::<bool>(),
    ) {
        let (word, multiplier) = SIZE_UNITS[unit];
        let text = format!("{n}{}{}", if space { " " } else { "" }, mixed_case(word, mask));
        let exact = u128::from(n) * multiplier;
        let got = text
            .parse::<Size>()
            .and_then(|s| s.bytes(SizeUnit::Kilo, KbConvention::Binary));
        if exact <= MAX_SIZE_BYTES {
            prop_assert_eq!(got, Ok(dec(exact)), "{}", text);
        } else {
            prop_assert!(matches!(got, Err(Error::TooLarge { .. })), "{}: {:?}", text, got);
        }
    }

    /// A bare number is in the default unit (DynamoDB: KB), and `n.5kb` is n × 1,024 + 512
    /// bytes (n × 1,000 + 500 when KB is read as 1,000 bytes).
    #[test]
    fn prop_bare_and_fractional_sizes(n in 0u64..=1_000_000_000) {
        if n > 0 {
            let bare: Size = n.to_string().parse().unwrap();
            prop_assert_eq!(
                bare.bytes(SizeUnit::Kilo, KbConvention::Binary),
                Ok(Decimal::from(n) * Decimal::from(1024))
            );
            prop_assert_eq!(bare.unit(), None);
        }
        let half: Size = format!("{n}.5kb").parse().unwrap();
        prop_assert_eq!(
            half.bytes(SizeUnit::Kilo, KbConvention::Binary),
            Ok(Decimal::from(n) * Decimal::from(1024) + Decimal::from(512))
        );
        prop_assert_eq!(
            half.bytes(SizeUnit::Kilo, KbConvention::Decimal),
            Ok(Decimal::from(n) * Decimal::from(1000) + Decimal::from(500))
        );
    }

    /// `{n}{span}` is n per span seconds exactly (`600/min` = 600 per 60 s = 10/s), and is
    /// refused above 10^12 per second.
    #[test]
    fn prop_rate_round_trip(
        n in prop_oneof![1u64..=1_000_000, 1u64..=u64::MAX],
        span in 0..RATE_SPANS.len(),
        mask in any::<u32>(),
    ) {
        let (separator, word, seconds) = RATE_SPANS[span];
        let text = format!("{n}{separator}{}", mixed_case(word, mask));
        let got = text.parse::<Rate>();
        if u128::from(n) <= MAX_RATE_PER_SECOND * seconds {
            let rate = got.unwrap_or_else(|e| panic!("{text}: {e}"));
            prop_assert_eq!(rate.count(), Decimal::from(n));
            prop_assert_eq!(u128::from(rate.per_seconds()), seconds);
            if u128::from(n) % seconds == 0 {
                prop_assert_eq!(rate.as_per_second(), dec(u128::from(n) / seconds));
                prop_assert!(rate.is_exact_per_second());
            }
            prop_assert_eq!(
                rate.ceil_times(Decimal::ONE),
                Ok(dec(u128::from(n).div_ceil(seconds)))
            );
        } else {
            prop_assert!(matches!(got, Err(Error::TooLarge { .. })), "{}: {:?}", text, got);
        }
    }

    /// Rate spellings are case-insensitive (ARCHITECTURE.md, Units), so the accepted
    /// `N per minute` form is accepted as `N Per Minute` and `N PER MINUTE` too.
    #[test]
    fn prop_rate_per_word_is_case_insensitive(
        n in 1u64..=1_000_000,
        word in prop::sample::select(vec!["per", "Per", "PER", "pEr"]),
    ) {
        let text = format!("{n} {word} minute");
        let rate = text.parse::<Rate>();
        prop_assert!(
            matches!(&rate, Ok(r) if r.count() == Decimal::from(n) && r.per_seconds() == 60),
            "{}: {:?}", text, rate
        );
    }
}

// ---------------------------------------------------------------------------------------
// Exact division.
// ---------------------------------------------------------------------------------------

/// A positive decimal from any 96-bit mantissa and scale, with the extremes weighted in.
fn positive_decimal() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (any::<u32>(), any::<u32>(), any::<u32>(), 0u32..=28)
            .prop_map(|(lo, mid, hi, scale)| Decimal::from_parts(lo, mid, hi, false, scale)),
        (1u64..=u64::MAX, 0u32..=28).prop_map(|(m, s)| Decimal::from_i128_with_scale(m.into(), s)),
        Just(Decimal::ONE),
        Just(Decimal::new(1, 28)),
        Just(Decimal::from(3)),
        Just(Decimal::new(5, 1)),
    ]
    .prop_filter("positive", |d| *d > Decimal::ZERO)
}

proptest! {
    /// ceil_div and floor_div of two u64 values equal integer ⌈a ÷ b⌉ and ⌊a ÷ b⌋.
    #[test]
    fn prop_division_of_u64_pairs_is_exact(a in 1u64..=u64::MAX, b in 1u64..=u64::MAX) {
        let (n, d) = (Decimal::from(a), Decimal::from(b));
        prop_assert_eq!(ceil_div(n, d), Ok(Decimal::from(a.div_ceil(b))));
        prop_assert_eq!(floor_div(n, d), Ok(Decimal::from(a / b)));
    }

    /// ceil_div and floor_div of q·b ± r by b (0 ≤ r < b) are the exact integer ⌈⌉ and ⌊⌋,
    /// even where the 28-digit decimal quotient rounds onto a whole number (large q, r tiny
    /// next to b), the case their correction steps exist for.
    #[test]
    fn prop_division_near_whole_quotients_is_exact(
        q in 0u64..=(1u64 << 62),
        b in 1u32..=u32::MAX,
        r_pick in prop_oneof![Just(0u32), Just(1u32), any::<u32>()],
        down in any::<bool>(),
    ) {
        let r = r_pick % b;
        // n = q·b + r, or q·b − r (when q > 0) to approach the whole quotient from below.
        let base = u128::from(q) * u128::from(b);
        let n = if down && base > u128::from(r) { base - u128::from(r) } else { base + u128::from(r) };
        prop_assume!(n > 0);
        let (nd, bd) = (dec(n), Decimal::from(b));
        prop_assert_eq!(ceil_div(nd, bd), Ok(dec(n.div_ceil(u128::from(b)))), "{} / {}", n, b);
        prop_assert_eq!(floor_div(nd, bd), Ok(dec(n / u128::from(b))), "{} / {}", n, b);
    }

    /// ceil_div and floor_div of decimals a·10^−s ÷ b·10^−t equal the exact ⌈⌉ and ⌊⌋ of
    /// (a·10^t) ÷ (b·10^s), terminating (1/4) or not (1/3, 2/7).
    #[test]
    fn prop_division_of_scaled_decimals_is_exact(
        a in prop_oneof![1u64..=100, 1u64..=u64::MAX],
        b in prop_oneof![1u64..=100, 1u64..=u64::MAX],
        s in 0u32..=8,
        t in 0u32..=8,
    ) {
        let n = Decimal::from_i128_with_scale(a.into(), s);
        let d = Decimal::from_i128_with_scale(b.into(), t);
        let num = u128::from(a) * 10u128.pow(t);
        let den = u128::from(b) * 10u128.pow(s);
        prop_assert_eq!(ceil_div(n, d), Ok(dec(num.div_ceil(den))), "{} / {}", n, d);
        prop_assert_eq!(floor_div(n, d), Ok(dec(num / den)), "{} / {}", n, d);
    }

    /// For any positive decimals, ceil_div and floor_div return an error or a whole number
    /// q with (q − 1)·d < n ≤ q·d (ceil) or q·d ≤ n < (q + 1)·d (floor); they never panic.
    #[test]
    fn prop_division_never_panics_and_brackets_the_quotient(
        n in positive_decimal(),
        d in positive_decimal(),
    ) {
        // The bracket checks multiply back; Decimal rounds a product past 28 significant
        // digits instead of failing, so they only run where the products are exact.
        let exact = n.mantissa().abs() < 10i128.pow(18) && d.mantissa().abs() < 10i128.pow(9);
        if let Ok(q) = ceil_div(n, d) {
            prop_assert!(q.fract().is_zero());
            if let (true, Some(hi), Some(lo)) =
                (exact, q.checked_mul(d), (q - Decimal::ONE).checked_mul(d))
            {
                prop_assert!(lo < n && n <= hi, "ceil({} / {}) = {}", n, d, q);
            }
        }
        if let Ok(q) = floor_div(n, d) {
            prop_assert!(q.fract().is_zero());
            if let (true, Some(lo), Some(hi)) = (
                exact,
                q.checked_mul(d),
                q.checked_add(Decimal::ONE).and_then(|q1| q1.checked_mul(d)),
            ) {
                prop_assert!(lo <= n && n < hi, "floor({} / {}) = {}", n, d, q);
            }
        }
    }

    /// At the top of the decimal range, n = Decimal::MAX divided by 1 (at any scale),
    /// floor_div and ceil_div return a result or an error, not a panic.
    #[test]
    fn prop_division_at_decimal_max_never_panics(scale in 0u32..=28) {
        let one = Decimal::from_i128_with_scale(10i128.pow(scale), scale);
        prop_assert_eq!(ceil_div(Decimal::MAX, one), Ok(Decimal::MAX));
        prop_assert_eq!(floor_div(Decimal::MAX, one), Ok(Decimal::MAX));
    }
}

// ---------------------------------------------------------------------------------------
// No panic for any request.
// ---------------------------------------------------------------------------------------

/// Sizes as a person might type them, up to `1000000tb` and 24-digit numbers.
fn size_text() -> impl Strategy<Value = String> {
    (
        prop_oneof![
            "[1-9][0-9]{0,6}",
            "[0-9]{1,24}",
            "[0-9]{1,12}\\.[0-9]{1,30}",
            Just("1000000".to_string()),
        ],
        prop::sample::select(vec![
            "", "b", "kb", "KiB", "mb", "mib", "gb", "gib", "tb", "tib",
        ]),
    )
        .prop_map(|(number, unit)| format!("{number}{unit}"))
}

/// Rates as a person might type them, including 30-digit counts.
fn rate_text() -> impl Strategy<Value = String> {
    (
        prop_oneof![
            "[1-9][0-9]{0,5}",
            "[0-9]{1,30}",
            "[0-9]{1,6}\\.[0-9]{1,28}",
            Just("1000000000000000000000000000000".to_string()),
        ],
        prop::sample::select(vec!["", "/s", "/min", "/h", "/day"]),
    )
        .prop_map(|(number, span)| format!("{number}{span}"))
}

fn any_size() -> impl Strategy<Value = Size> {
    size_text().prop_filter_map("parses", |t| t.parse().ok())
}

/// Requests within DynamoDB's limits, in the units people write.
fn plausible_items() -> impl Strategy<Value = Items> {
    let size = prop_oneof![
        item_bytes().prop_map(bytes_size),
        (1u32..=400).prop_map(|n| format!("{n}kb").parse().unwrap()),
        (1u32..=4000).prop_map(|n| format!("{}.{}KB", n / 10, n % 10).parse().unwrap()),
    ];
    prop_oneof![
        size.clone().prop_map(Items::Single),
        (1u64..=5000, size.clone()).prop_map(|(count, size)| Items::Query { count, size }),
        (1u64..=100_000_000).prop_map(|b| Items::QueryTotal(bytes_size(b))),
        proptest::collection::vec(size, 1..=25).prop_map(Items::Batch),
    ]
}

/// Any requests: plausible ones, and wild ones mostly refused.
fn any_items() -> impl Strategy<Value = Items> {
    prop_oneof![plausible_items(), wild_items()]
}

/// Sizes and counts as large as the types allow, batches of any length.
fn wild_items() -> impl Strategy<Value = Items> {
    prop_oneof![
        any_size().prop_map(Items::Single),
        (
            prop_oneof![0u64..=10, any::<u64>(), Just(u64::MAX)],
            any_size()
        )
            .prop_map(|(count, size)| Items::Query { count, size }),
        any_size().prop_map(Items::QueryTotal),
        proptest::collection::vec(any_size(), 0..=120).prop_map(Items::Batch),
    ]
}

fn any_demand() -> impl Strategy<Value = Demand> {
    prop_oneof![
        rate().prop_map(|r| r.demand()),
        (1u64..=1_000_000).prop_map(units),
        rate_text().prop_filter_map("parses", |t| t.parse().ok().map(Demand::Rate)),
        (
            any::<u32>(),
            any::<u32>(),
            any::<u32>(),
            any::<bool>(),
            0u32..=28
        )
            .prop_map(|(lo, mid, hi, negative, scale)| {
                let units = Decimal::from_parts(lo, mid, hi, negative, scale);
                Demand::Units {
                    text: units.to_string(),
                    units,
                }
            }),
        (0u64..=1_000_000_000_000).prop_map(units),
        Just(Demand::OnePerSecond),
    ]
}

fn any_consistency() -> impl Strategy<Value = Option<ReadConsistency>> {
    prop_oneof![Just(None), consistency().prop_map(Some)]
}

proptest! {
    #![proptest_config(fast(200))]

    /// read_capacity and write_capacity return a report or an error for any items, sizes,
    /// rates, units and modes; they never panic.
    #[test]
    fn prop_capacity_never_panics(
        items in any_items(),
        demand in any_demand(),
        consistency in any_consistency(),
        mode in write_mode(),
    ) {
        let _ = try_rcu(items.clone(), consistency, demand.clone());
        let _ = try_wcu(items, mode, demand);
    }

    /// `--expect` with the report's own primary answer always matches: as plain text
    /// (`1200`), grouped (`1,200`), and followed by the unit (`1200 RCU`).
    #[test]
    fn prop_check_matches_the_reports_own_answer(
        items in any_items(),
        demand in any_demand(),
        consistency in any_consistency(),
        mode in write_mode(),
    ) {
        let reports = [
            awscalc::explain::dynamodb::read_capacity(
                &ReadRequest { items: items.clone(), consistency, demand: demand.clone() },
                &mut book(),
            ),
            awscalc::explain::dynamodb::write_capacity(
                &WriteRequest {
                    items,
                    mode,
                    demand,
                    indexes: Vec::new(),
                    collection: None,
                },
                &mut book(),
            ),
        ];
        for report in reports.into_iter().flatten() {
            let primary = report.primary().expect("a primary answer").clone();
            let plain = primary.value.plain();
            for expected in [plain.clone(), primary.value.display(), format!("{plain} {}", primary.unit)] {
                let check = report.check(&expected);
                prop_assert!(
                    matches!(&check, Ok(e) if e.matches),
                    "{} = {:?}: --expect {:?} gave {:?}",
                    primary.name, primary.value, expected, check
                );
            }
        }
    }
}
