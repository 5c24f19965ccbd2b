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
            warm: None,
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

/// Warm throughput (warm-throughput.html, since 2024-11-13): a table serves the larger of its
/// warm throughput and what it would serve otherwise at once; before that date the option is
/// refused.
mod warm {
    use awscalc::calc::dynamodb::ondemand::{on_demand, OnDemandRequest, Traffic};
    use awscalc::facts::{FactBook, Registry};
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    proptest! {
        #[test]
        fn prop_warm_throughput_raises_what_is_served_at_once(
            rate in 1u64..=1_000_000,
            warm in 1u64..=1_000_000,
            reads in any::<bool>(),
            day in 0i32..=1500,
        ) {
            let on = jiff::civil::date(2023, 1, 1).checked_add(jiff::Span::new().days(day)).unwrap();
            let mut book = FactBook::new(Registry::builtin(), on);
            let answer = on_demand(
                &OnDemandRequest {
                    traffic: if reads { Traffic::Reads } else { Traffic::Writes },
                    rate: format!("{rate}/s").parse().unwrap(),
                    previous_peak: None,
                    warm: Some(format!("{warm}/s").parse().unwrap()),
                },
                &mut book,
            );
            if on < jiff::civil::date(2024, 11, 13) {
                prop_assert!(answer.is_err());
                return Ok(());
            }
            let answer = answer.unwrap();
            let new_table: u64 = if reads { 12_000 } else { 4000 };
            let at_once = warm.max(new_table);
            prop_assert_eq!(answer.at_once, Decimal::from(at_once));
            prop_assert_eq!(answer.served_at_once, rate <= at_once);
            // Doublings: the fewest k with at_once × 2^k >= rate.
            let mut k = 0u32;
            while at_once << k < rate {
                k += 1;
            }
            prop_assert_eq!(answer.doublings, k);
        }
    }
}
