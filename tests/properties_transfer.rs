//! Property tests of `s3 transfer` (time = bytes × 8 ÷ (bits/s × utilization)) and of the
//! Kinesis lag (`kinesis --throughput W --consume-rate C`): awscalc's arithmetic on AWS's
//! shard limits (1 MiB/s of writes, 2 MiB/s of reads per shard).

use awscalc::calc::kinesis::{lag, ConsumerKind, LagRequest};
use awscalc::calc::s3::network::{transfer, TransferRequest};
use awscalc::facts::{FactBook, Registry};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn book() -> FactBook {
    FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1))
}

fn moving(gb: u64, mbps: u64, percent: u32) -> TransferRequest {
    TransferRequest {
        size: format!("{gb}gb").parse().unwrap(),
        bandwidth: format!("{mbps}mbps").parse().unwrap(),
        utilization: Some(format!("{percent}%").parse().unwrap()),
        streams: None,
        per_stream: None,
        device_capacity: None,
        turnaround: None,
    }
}

fn slow(write_kib: u64, consume_kib: u64, shards: Option<u64>, consumers: u32) -> LagRequest {
    LagRequest {
        write: format!("{write_kib}kib/s").parse().unwrap(),
        consume: format!("{consume_kib}kib/s").parse().unwrap(),
        shards,
        consumer: ConsumerKind::Shared(consumers),
        parallelization: None,
        retention: None,
        backlog: None,
    }
}

proptest! {
    /// More data never takes less time; a faster link never takes more; and the time is
    /// bytes × 8 ÷ (bits/s × utilization) within the 6 places shown.
    #[test]
    fn prop_transfer_time_is_monotonic_in_size_and_falls_with_bandwidth(
        gb in 1u64..=1_000_000,
        more in 0u64..=1_000_000,
        mbps in 1u64..=400_000,
        faster in 0u64..=400_000,
        percent in 1u32..=100,
    ) {
        let t = transfer(&moving(gb, mbps, percent), &mut book()).unwrap();
        let bigger = transfer(&moving(gb + more, mbps, percent), &mut book()).unwrap();
        let quicker = transfer(&moving(gb, mbps + faster, percent), &mut book()).unwrap();
        prop_assert!(bigger.seconds >= t.seconds);
        prop_assert!(quicker.seconds <= t.seconds);
        let exact = Decimal::from(gb) * Decimal::from(8_000_000_000_u64)
            / (Decimal::from(mbps) * Decimal::from(1_000_000) * Decimal::from(percent)
                / Decimal::ONE_HUNDRED);
        prop_assert!((exact - t.seconds).abs() <= Decimal::new(5, 7));
    }

    /// The backlog is never negative, the age grows by less than a second a second, and a
    /// consumer reading at least the input has no backlog and loses nothing.
    #[test]
    fn prop_backlog_never_negative(
        write in 1u64..=1_000_000,
        consume in 1u64..=1_000_000,
        shards in proptest::option::of(1u64..=10_000),
        consumers in 1u32..=50,
    ) {
        let l = lag(&slow(write, consume, shards, consumers), &mut book()).unwrap();
        prop_assert!(l.backlog_per_second >= Decimal::ZERO);
        prop_assert!(l.age_growth >= Decimal::ZERO);
        prop_assert!(l.age_growth <= Decimal::ONE);
        prop_assert!(l.consumed_per_second <= l.read_share_per_second);
        prop_assert!(l.consumed_per_second <= Decimal::from(consume));
        if l.consumed_per_second >= Decimal::from(write) {
            prop_assert!(l.backlog_per_second.is_zero());
            prop_assert!(l.loss_after_seconds.is_none());
        } else {
            // The shards it needs give its processing and its read share the input.
            let needed = l.shards_needed.unwrap();
            prop_assert!(needed * Decimal::from(2048) / Decimal::from(consumers) >= Decimal::from(write));
            prop_assert!(needed * Decimal::from(consume) / l.shards >= Decimal::from(write));
        }
    }
}
