//! Property tests of the Kinesis lag in records (`kinesis --size S --rate R --consume-rate
//! C`) and of a backlog's catch-up (`--backlog B`): awscalc's arithmetic on AWS's shard
//! limits (1 MiB/s and 1,000 records/s of writes, 2 MiB/s of reads per shard) and the
//! retention window.

use awscalc::calc::kinesis::{lag, ConsumeRate, ConsumerKind, LagInput, LagRequest};
use awscalc::facts::{FactBook, Registry};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn book() -> FactBook {
    FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1))
}

/// `--throughput W kib/s --consume-rate C kib/s` on `shards` shards, one polling consumer.
fn in_kib(write: u64, consume: u64, shards: u64, backlog: Option<String>) -> LagRequest {
    LagRequest {
        write: LagInput::Data(format!("{write}kib/s").parse().unwrap()),
        consume: ConsumeRate::Data(format!("{consume}kib/s").parse().unwrap()),
        shards: Some(shards),
        consumer: ConsumerKind::Shared(1),
        parallelization: None,
        retention: None,
        backlog: backlog.map(|b| b.parse().unwrap()),
    }
}

/// The same workload in records of `kib` KiB.
fn in_records(kib: u64, rate: u64, consume: u64, shards: u64) -> LagRequest {
    LagRequest {
        write: LagInput::Records {
            size: format!("{kib}kib").parse().unwrap(),
            rate: format!("{rate}/s").parse().unwrap(),
        },
        consume: ConsumeRate::Records(format!("{consume}/s").parse().unwrap()),
        ..in_kib(1, 1, shards, None)
    }
}

proptest! {
    /// The unit does not change the answer: a lag worked in records gives the age growth
    /// of the same lag worked in KiB, while processing limits the consumer.
    #[test]
    fn prop_records_and_kib_give_the_same_age_growth(
        kib in 1u64..=64,
        rate in 1u64..=20_000,
        consume in 1u64..=20_000,
    ) {
        // Enough shards that the reads never limit: a shard reads 2,048 KiB/s.
        let shards = rate * kib / 1024 + 1 + consume * kib / 1024;
        let r = lag(&in_records(kib, rate, consume, shards), &mut book()).unwrap();
        let k = lag(&in_kib(rate * kib, consume * kib, shards, None), &mut book()).unwrap();
        prop_assert_eq!(r.age_growth, k.age_growth);
        prop_assert_eq!(r.bound, k.bound);
        prop_assert_eq!(r.loss_after_seconds, k.loss_after_seconds);
        prop_assert!(r.backlog_per_second >= Decimal::ZERO);
    }

    /// A faster consumer works off its backlog: catch-up × (read − input) is the backlog
    /// (age × input, within the retention), a faster consumer never takes longer, and
    /// nothing expires when the age is within the 24-hour retention.
    #[test]
    fn prop_catch_up_is_backlog_over_the_net_rate(
        write in 1u64..=100_000,
        extra in 1u64..=100_000,
        faster in 0u64..=100_000,
        age_minutes in 1u64..=3_000,
    ) {
        let shards = (write + extra + faster) / 1024 + 1;
        let backlog = Some(format!("{age_minutes}min"));
        let l = lag(&in_kib(write, write + extra, shards, backlog.clone()), &mut book()).unwrap();
        let quicker = lag(&in_kib(write, write + extra + faster, shards, backlog), &mut book())
            .unwrap();
        let drain = l.drain.unwrap();
        let seconds = drain.catch_up_seconds.unwrap();
        let age = Decimal::from(age_minutes * 60);
        let readable = age.min(Decimal::from(86_400)) * Decimal::from(write);
        let net = Decimal::from(extra);
        prop_assert!((seconds * net - readable).abs() <= net);
        prop_assert!(quicker.drain.unwrap().catch_up_seconds.unwrap() <= seconds);
        prop_assert_eq!(drain.within_retention, age <= Decimal::from(86_400));
    }

    /// A consumer no faster than the input never catches up, and a backlog only brings
    /// the loss of records closer.
    #[test]
    fn prop_a_slow_consumer_never_catches_up(
        consume in 1u64..=100_000,
        more in 0u64..=100_000,
        age_minutes in 1u64..=3_000,
    ) {
        let write = consume + more;
        let shards = write / 1024 + 1;
        let with = lag(
            &in_kib(write, consume, shards, Some(format!("{age_minutes}min"))),
            &mut book(),
        )
        .unwrap();
        let without = lag(&in_kib(write, consume, shards, None), &mut book()).unwrap();
        prop_assert!(with.drain.unwrap().catch_up_seconds.is_none());
        prop_assert!(with.loss_after_seconds <= without.loss_after_seconds);
    }
}

proptest! {
    /// No input panics: any backlog text parses or is refused, and any lag in records with
    /// any backlog, retention and consumers answers or is refused.
    #[test]
    fn prop_lag_in_records_with_a_backlog_never_panics(
        backlog in prop_oneof![".{0,12}", "[0-9]{1,30}(\\.[0-9])? ?(h|min|s|d|gib|mb|kb|records)?"],
        kib in "[0-9]{1,12}(kb|b|mib)?",
        rate in "[0-9]{1,12}(/s|/min|/h)?",
        consume in "[0-9]{1,12}(/s|/min|mb/s)?",
        shards in proptest::option::of(0u64..=1_000_000_000),
        consumers in 0u32..=1_000_000,
        retention in "[0-9]{1,6}(h|d)?",
    ) {
        let parsed = backlog.parse::<awscalc::calc::kinesis::Backlog>();
        if let (Ok(size), Ok(rate), Ok(consume)) =
            (kib.parse(), rate.parse(), consume.parse::<awscalc::units::Rate>())
        {
            let request = LagRequest {
                write: LagInput::Records { size, rate },
                consume: ConsumeRate::Records(consume),
                shards,
                consumer: ConsumerKind::Shared(consumers),
                parallelization: None,
                retention: retention.parse().ok(),
                backlog: parsed.ok(),
            };
            let _ = lag(&request, &mut book());
            let _ = awscalc::explain::kinesis_lag::lag(&request, &mut book());
        }
    }
}
