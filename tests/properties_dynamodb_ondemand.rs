//! Property tests (`prop_*`) of DynamoDB on-demand growth (`awscalc ondemand`) against the
//! rule of on-demand-capacity-mode.html: a table serves up to double its previous peak at
//! once (a new table 12,000 reads or 4,000 writes a second); more within 30 minutes may
//! throttle.
//!
//! - served at once exactly when the traffic is within double the peak;
//! - the doublings are the fewest that reach the traffic (one fewer would not);
//! - the minutes are 30 per doubling; more traffic never takes less time.

use awscalc::calc::dynamodb::ondemand::{on_demand, OnDemand, OnDemandRequest, Traffic};
use awscalc::facts::{FactBook, Registry};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn ask(rate: u64, peak: Option<u64>) -> OnDemand {
    let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
    on_demand(
        &OnDemandRequest {
            traffic: Traffic::Writes,
            rate: format!("{rate}/s").parse().unwrap(),
            previous_peak: peak.map(|p| format!("{p}/s").parse().unwrap()),
        },
        &mut book,
    )
    .unwrap()
}

proptest! {
    #[test]
    fn prop_doublings_are_the_fewest_that_reach_the_traffic(
        rate in 1u64..=1_000_000_000,
        peak in 1u64..=1_000_000,
    ) {
        let a = ask(rate, Some(peak));
        let at_once = 2 * peak;
        prop_assert_eq!(a.at_once, Decimal::from(at_once));
        prop_assert_eq!(a.served_at_once, rate <= at_once);
        let reached = u128::from(at_once) << a.doublings;
        prop_assert!(reached >= u128::from(rate));
        if a.doublings > 0 {
            prop_assert!((reached >> 1) < u128::from(rate));
        }
        prop_assert_eq!(a.minutes, Decimal::from(30 * a.doublings));
    }

    #[test]
    fn prop_more_traffic_never_takes_less_time(
        rate in 1u64..=1_000_000_000,
        more in 0u64..=1_000_000_000,
    ) {
        // A new table: 4,000 writes a second at once.
        let a = ask(rate, None);
        let b = ask(rate + more, None);
        prop_assert_eq!(a.at_once, Decimal::from(4000));
        prop_assert!(b.minutes >= a.minutes);
    }
}
