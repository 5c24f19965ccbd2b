//! Property tests (`prop_*`) of DynamoDB burst capacity (`awscalc burst`) against the rule
//! of burst-adaptive-capacity.html: up to 300 seconds of unused capacity kept.
//!
//! - the units kept are (provisioned − used) × 300, never negative;
//! - the seconds a spike lasts never overspend the kept units, and a hundredth more would;
//! - a larger spike never lasts longer; used above provisioned is refused.

use awscalc::calc::dynamodb::capacity::{burst, Burst, BurstRequest};
use awscalc::error::Error;
use awscalc::facts::{FactBook, Registry};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn ask(provisioned: u64, used: u64, spike: Option<u64>) -> Result<Burst, Error> {
    let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
    burst(
        &BurstRequest {
            provisioned: provisioned.into(),
            used: used.into(),
            spike: spike.map(Decimal::from),
        },
        &mut book,
    )
}

proptest! {
    #[test]
    fn prop_kept_units_and_seconds_follow_the_rule(
        provisioned in 1u64..=1_000_000,
        used_share in 0u64..=100,
        over in 1u64..=1_000_000,
    ) {
        let used = provisioned * used_share / 100;
        let b = ask(provisioned, used, Some(provisioned + over)).unwrap();
        let kept = Decimal::from((provisioned - used) * 300);
        prop_assert_eq!(b.retained_units, kept);
        let seconds = b.seconds.unwrap();
        let over_units = Decimal::from(over);
        prop_assert!(seconds * over_units <= kept);
        prop_assert!((seconds + Decimal::new(1, 2)) * over_units > kept);
        // A larger spike never lasts longer.
        let larger = ask(provisioned, used, Some(provisioned + 2 * over)).unwrap();
        prop_assert!(larger.seconds.unwrap() <= seconds);
    }

    #[test]
    fn prop_used_above_provisioned_is_refused(provisioned in 1u64..=1_000_000, extra in 1u64..=1_000) {
        prop_assert!(ask(provisioned, provisioned + extra, None).is_err());
    }
}
