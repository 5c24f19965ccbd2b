//! Property tests (`prop_*`) of EBS burst over time (`awscalc ebs --type gp2|st1|sc1 --size S
//! --iops N|--throughput T [--for D] [--credits C]`), against integer references written
//! from AWS's rules (general-purpose.html: "Burst duration = (Credit balance) / (Burst IOPS −
//! Baseline IOPS)", a 5.4 million credit bucket earned at the baseline; hdd-vols.html: a
//! bucket of 1 TiB of credits per TiB, filling at the baseline):
//!
//! - the balance after any period is within empty and full;
//! - above the baseline, the time to empty shrinks as the load grows, and equals the
//!   integer reference `bucket / (min(load, 3,000) − baseline)`;
//! - at or below the baseline the bucket never empties;
//! - no input panics.

use awscalc::calc::ebs::{burst, BurstRequest, Credits, Load, Trend, VolumeType};
use awscalc::facts::{FactBook, Registry};
use awscalc::units::{Duration, DurationGrammar};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn book() -> FactBook {
    FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1))
}

fn period(seconds: u64) -> Duration {
    Duration::parse(
        &format!("{seconds}s"),
        &DurationGrammar {
            what: "period",
            bare_seconds: None,
            smallest_unit_seconds: 1,
            accepted: "a duration",
        },
    )
    .unwrap()
}

fn gp2(size: u64, iops: u64, seconds: Option<u64>, percent: Option<u64>) -> BurstRequest {
    BurstRequest {
        volume_type: VolumeType::Gp2,
        size: size.to_string().parse().unwrap(),
        load: Load::Iops(iops.into()),
        period: seconds.map(period),
        credits: percent.map(|p| Credits::Percent(p.into())),
    }
}

/// gp2 baseline by AWS's rule: 3 IOPS per GiB, at least 100, at most 16,000.
fn baseline(size: u64) -> u64 {
    (3 * size).clamp(100, 16_000)
}

proptest! {
    #[test]
    fn prop_balance_stays_within_empty_and_full(
        size in 1u64..=16_384,
        iops in 1u64..=20_000,
        seconds in 1u64..=10_000_000,
        percent in 0u64..=100,
    ) {
        let b = burst(&gp2(size, iops, Some(seconds), Some(percent)), &mut book()).unwrap();
        let after = b.after.unwrap();
        prop_assert!(after.balance >= Decimal::ZERO);
        prop_assert!(after.balance <= Decimal::from(5_400_000));
        prop_assert!(after.percent <= Decimal::ONE_HUNDRED);
    }

    #[test]
    fn prop_time_to_empty_matches_the_reference_and_shrinks_with_load(
        size in 1u64..=999,
        a in 1u64..=3_000,
        b in 1u64..=3_000,
    ) {
        let (low, high) = (a.min(b), a.max(b));
        let base = baseline(size);
        prop_assume!(low > base);
        let seconds = |iops: u64| match burst(&gp2(size, iops, None, None), &mut book()).unwrap().trend {
            Trend::Drains { seconds, .. } => seconds,
            other => panic!("{other:?}"),
        };
        let (slow, fast) = (seconds(low), seconds(high));
        prop_assert!(fast <= slow);
        // The reference, to 0.01 s rounded down: 5,400,000 × 100 / (load − baseline), floored.
        let reference = Decimal::from(540_000_000 / (high - base)) / Decimal::ONE_HUNDRED;
        prop_assert_eq!(fast, reference);
    }

    #[test]
    fn prop_at_or_below_the_baseline_the_bucket_never_empties(
        size in 1u64..=16_384,
        fraction in 1u64..=100,
        seconds in 1u64..=10_000_000,
    ) {
        let base = baseline(size);
        let iops = (base * fraction / 100).max(1);
        let b = burst(&gp2(size, iops, Some(seconds), None), &mut book()).unwrap();
        let drains = matches!(b.trend, Trend::Drains { .. });
        prop_assert!(!drains);
        prop_assert_eq!(b.after.unwrap().balance, Decimal::from(5_400_000));
    }

    #[test]
    fn prop_hdd_balance_within_bucket_and_no_panic(
        hdd in prop::bool::ANY,
        gib in 1u64..=20_000,
        mibps in 1u64..=1_000,
        seconds in 1u64..=100_000_000,
    ) {
        let request = BurstRequest {
            volume_type: if hdd { VolumeType::St1 } else { VolumeType::Sc1 },
            size: gib.to_string().parse().unwrap(),
            load: Load::Throughput(mibps.to_string().parse().unwrap()),
            period: Some(period(seconds)),
            credits: None,
        };
        if let Ok(b) = burst(&request, &mut book()) {
            let after = b.after.unwrap();
            prop_assert!(after.balance >= Decimal::ZERO && after.balance <= b.bucket);
            // AWS: the bucket holds 1 TiB of credits per TiB: size GiB × 1,024 MiB.
            prop_assert_eq!(b.bucket, Decimal::from(gib * 1024));
        } else {
            // Only sizes outside 125 GiB to 16 TiB are refused.
            prop_assert!(!(125..=16_384).contains(&gib));
        }
    }

    #[test]
    fn prop_no_input_panics(
        size in ".{0,12}",
        credits in ".{0,12}",
        iops in 0u64..=u64::MAX,
        seconds in 1u64..=u64::MAX / 1_000_000,
    ) {
        if let (Ok(size), Ok(credits)) = (size.parse(), credits.parse::<Credits>()) {
            let request = BurstRequest {
                volume_type: VolumeType::Gp2,
                size,
                load: Load::Iops(iops.into()),
                period: Some(period(seconds)),
                credits: Some(credits),
            };
            let _ = burst(&request, &mut book());
        }
    }
}

fn gp2_volume(size: u64) -> awscalc::calc::ebs::VolumeRequest {
    awscalc::calc::ebs::VolumeRequest {
        volume_type: VolumeType::Gp2,
        size: size.to_string().parse().unwrap(),
        iops: None,
        throughput: None,
        scan: false,
    }
}

proptest! {
    /// ModifyVolume: "The target volume size must be greater than or equal to the existing
    /// size of the volume": a smaller target is refused, a larger one (within gp2's 1 to
    /// 16,384 GiB) allowed, and grows by the difference.
    #[test]
    fn prop_a_volume_only_grows(from in 1u64..=16_384, to in 1u64..=16_384) {
        use awscalc::calc::ebs::{modify, ModifyRequest};
        prop_assume!(from != to);
        let request = ModifyRequest {
            from: gp2_volume(from),
            to_type: None,
            to_size: Some(to.to_string().parse().unwrap()),
            to_iops: None,
            to_throughput: None,
        };
        match modify(&request, &mut book()) {
            Ok(m) => {
                prop_assert!(to > from);
                prop_assert_eq!(m.grows_gib, Decimal::from(to - from));
            }
            Err(e) => {
                prop_assert!(to < from);
                prop_assert!(e.to_string().contains("only grows"));
            }
        }
    }
}
