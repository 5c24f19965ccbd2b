//! Property tests of `kinesis --shards N --consumers C --efo E` against the AWS rules
//! (building-consumers.html and the quota page), in integer KiB/s: a shard reads 2,048 KiB/s
//! shared by the standard consumers; each enhanced fan-out consumer has its own 2,048 KiB/s
//! per shard; a shard takes 5 GetRecords calls per second, shared by the standard consumers.

use awscalc::calc::kinesis::{reads, ReadsRequest};
use awscalc::facts::{FactBook, Registry};
use proptest::prelude::*;
use rust_decimal::Decimal;

const SHARD_KIB: u64 = 2048;

fn book() -> FactBook {
    FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30))
}

fn request(shards: u64, shared: u32, efo: u32) -> ReadsRequest {
    ReadsRequest {
        shards,
        shared_consumers: shared,
        efo_consumers: efo,
        advantage: false,
    }
}

proptest! {
    /// A consumer never gets more than the shards allow: a standard consumer at most
    /// shards × 2,048 ÷ C (and never more than shards × 2,048), all standard consumers
    /// together at most shards × 2,048, and the promise is within 0.0001 KiB/s of the share.
    #[test]
    fn prop_a_consumer_never_gets_more_than_the_shard_allows(
        shards in 1u64..=20_000,
        shared in 1u32..=1000,
        efo in 0u32..=20,
    ) {
        let r = reads(&request(shards, shared, efo), &mut book()).unwrap();
        let s = r.shared.unwrap();
        let all = Decimal::from(shards * SHARD_KIB);
        let c = Decimal::from(shared);
        prop_assert!(s.per_consumer_kib_per_second * c <= all);
        prop_assert!(s.per_consumer_kib_per_second <= all);
        prop_assert!(all / c - s.per_consumer_kib_per_second < Decimal::new(1, 4));
        prop_assert!(s.per_shard_kib_per_second <= Decimal::from(SHARD_KIB));
        // The GetRecords budget: C consumers × calls each ≤ 5; interval = C ÷ 5 exactly.
        prop_assert!(s.calls_per_consumer_per_second * c <= Decimal::from(5));
        prop_assert_eq!(s.min_poll_interval_seconds * Decimal::from(5), c);
        // Everything read: the shared 2,048 once, plus each enhanced fan-out consumer's own.
        prop_assert_eq!(
            r.total_kib_per_second,
            Decimal::from(shards * SHARD_KIB * (1 + u64::from(efo)))
        );
    }

    /// An enhanced fan-out consumer's throughput does not fall as consumers are added, of
    /// either kind: it stays shards × 2,048 KiB/s.
    #[test]
    fn prop_efo_throughput_does_not_fall_as_consumers_are_added(
        shards in 1u64..=20_000,
        shared in 0u32..=1000,
        efo in 1u32..=19,
    ) {
        let before = reads(&request(shards, shared, efo), &mut book()).unwrap();
        let more_efo = reads(&request(shards, shared, efo + 1), &mut book()).unwrap();
        let more_shared = reads(&request(shards, shared + 1, efo), &mut book()).unwrap();
        let want = Decimal::from(shards * SHARD_KIB);
        for r in [&before, &more_efo, &more_shared] {
            prop_assert_eq!(r.efo.as_ref().unwrap().per_consumer_kib_per_second, want);
        }
    }

    /// A standard consumer's share never grows as standard consumers are added.
    #[test]
    fn prop_standard_share_falls_with_consumers(
        shards in 1u64..=20_000,
        shared in 1u32..=1000,
    ) {
        let a = reads(&request(shards, shared, 0), &mut book()).unwrap().shared.unwrap();
        let b = reads(&request(shards, shared + 1, 0), &mut book()).unwrap().shared.unwrap();
        prop_assert!(b.per_consumer_kib_per_second <= a.per_consumer_kib_per_second);
        prop_assert!(b.min_poll_interval_seconds > a.min_poll_interval_seconds);
    }

    /// Any counts compute or fail with an error, never a panic.
    #[test]
    fn prop_reads_do_not_panic(
        shards in 0u64..=1_000_000_000,
        shared in 0u32..=1_000_000,
        efo in 0u32..=1_000_000,
        advantage: bool,
    ) {
        let request = ReadsRequest { shards, shared_consumers: shared, efo_consumers: efo, advantage };
        let _ = reads(&request, &mut book());
        let _ = awscalc::explain::kinesis::reads(&request, &mut book());
    }
}

proptest! {
    /// Batching never needs more requests than records, nor more than records ÷ batch
    /// rounded up; aggregation never needs more shards for records.
    #[test]
    fn prop_batching_never_needs_more_requests_than_records(
        kib in 1u32..=1024,
        rate in 1u64..=1_000_000,
        put in 1u32..=500,
        aggregate in 1u32..=1000,
    ) {
        use awscalc::calc::kinesis::{batches, BatchRequest};
        let request = BatchRequest {
            size: format!("{kib}kb").parse().unwrap(),
            rate: format!("{rate}/s").parse().unwrap(),
            put_records: put,
            aggregate,
        };
        match batches(&request, &mut book()) {
            Ok(b) => {
                prop_assert!(b.requests_per_second <= b.records_per_second);
                prop_assert!(b.records_per_second <= Decimal::from(rate));
                prop_assert!(b.records_per_request <= Decimal::from(put));
                prop_assert!(b.records_per_request * b.record_bytes <= b.max_request_bytes);
                prop_assert!(b.requests_per_second * b.records_per_request >= b.records_per_second);
                prop_assert!(b.shards_for_records <= b.shards_for_records_unaggregated);
            }
            // Only an aggregated record over 1 MiB is refused.
            Err(_) => prop_assert!(u64::from(kib) * u64::from(aggregate) > 1024),
        }
    }
}
