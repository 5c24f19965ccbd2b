//! Property tests (`prop_*`) of `awscalc modes --reads … --writes …`: a workload's cost in
//! each capacity mode from the user's prices. The rules: units a request = ceil(bytes / 4 KB)
//! × 0.5 or 1 (reads), ceil(bytes / 1 KB) (writes), the same for on-demand request units
//! (read-write-operations.html, the on-demand pricing page); provisioned units = consumed /
//! target, rounded up, at least 1; costs = units × hours × price, request units / 10^6 × price.

use awscalc::calc::dynamodb::cost::{mode_cost, Mode, ModeCostRequest, Traffic};
use awscalc::calc::dynamodb::{ReadConsistency, WriteMode};
use awscalc::facts::{FactBook, Registry};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn request(
    size_bytes: u32,
    reads: u32,
    writes: u32,
    prices: (u32, u32, u32, u32),
    hours: u64,
    target: Option<u32>,
) -> ModeCostRequest {
    let price = |micro: u32| format!("{}", Decimal::new(i64::from(micro), 6));
    ModeCostRequest {
        size: format!("{size_bytes}b").parse().unwrap(),
        reads: Some(Traffic {
            rate: format!("{reads}/s").parse().unwrap(),
            price_unit_hour: price(prices.0).parse().unwrap(),
            price_per_million: price(prices.1).parse().unwrap(),
        }),
        writes: Some(Traffic {
            rate: format!("{writes}/s").parse().unwrap(),
            price_unit_hour: price(prices.2).parse().unwrap(),
            price_per_million: price(prices.3).parse().unwrap(),
        }),
        consistency: Some(ReadConsistency::Strong),
        write_mode: WriteMode::Standard,
        hours: Some(hours),
        utilization: target.map(|t| format!("{t}%").parse().unwrap()),
    }
}

fn book() -> FactBook {
    FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1))
}

proptest! {
    #[test]
    fn prop_costs_follow_the_units_hours_and_prices(
        size in 1u32..=409_600,
        reads in 1u32..=50_000,
        writes in 1u32..=10_000,
        prices in (0u32..=1000, 1u32..=2_000_000, 0u32..=1000, 1u32..=2_000_000),
        hours in 1u64..=10_000,
        target in proptest::option::of(20u32..=90),
    ) {
        let asked = request(size, reads, writes, prices, hours, target);
        let answer = mode_cost(&asked, &mut book()).unwrap();
        let (rcu, wcu) = (&answer.sides[0], &answer.sides[1]);
        // Units a request, by hand: 4,096-byte read units (strong ×1), 1,024-byte write units.
        let read_units = Decimal::from(size.div_ceil(4096));
        let write_units = Decimal::from(size.div_ceil(1024));
        prop_assert_eq!(rcu.units_per_request, read_units);
        prop_assert_eq!(wcu.units_per_request, write_units);
        prop_assert_eq!(rcu.consumed_per_second, read_units * Decimal::from(reads));
        // Provisioned: the smallest whole count holding consumed at the target, at least 1.
        let share = Decimal::from(target.unwrap_or(100)) / Decimal::ONE_HUNDRED;
        for side in [rcu, wcu] {
            prop_assert!(side.provisioned >= Decimal::ONE);
            prop_assert!(side.provisioned * share >= side.consumed_per_second);
            prop_assert!(
                side.provisioned == Decimal::ONE
                    || (side.provisioned - Decimal::ONE) * share < side.consumed_per_second
            );
            prop_assert_eq!(side.request_units, side.consumed_per_second * Decimal::from(3600u64 * hours));
        }
        let micro = |m: u32| Decimal::new(i64::from(m), 6);
        let h = Decimal::from(hours);
        prop_assert_eq!(
            answer.provisioned_cost,
            (rcu.provisioned * h * micro(prices.0) + wcu.provisioned * h * micro(prices.2)).normalize()
        );
        let million = Decimal::from(1_000_000);
        prop_assert_eq!(
            answer.on_demand_cost,
            (rcu.request_units / million * micro(prices.1)
                + wcu.request_units / million * micro(prices.3)).normalize()
        );
        let cheaper = match answer.provisioned_cost.cmp(&answer.on_demand_cost) {
            std::cmp::Ordering::Less => Mode::Provisioned,
            std::cmp::Ordering::Greater => Mode::OnDemand,
            std::cmp::Ordering::Equal => Mode::Either,
        };
        prop_assert_eq!(answer.cheaper, cheaper);
    }

    #[test]
    fn prop_at_the_break_even_share_both_modes_cost_the_same(
        size in 1u32..=20_000,
        reads in 1u32..=5000,
        writes in 1u32..=5000,
        prices in (1u32..=1000, 1u32..=2_000_000, 1u32..=1000, 1u32..=2_000_000),
        hours in 1u64..=2000,
    ) {
        let answer = mode_cost(&request(size, reads, writes, prices, hours, None), &mut book()).unwrap();
        let share = answer.break_even_share_percent.unwrap() / Decimal::ONE_HUNDRED;
        // On-demand cost is linear in the traffic: at the share it equals provisioned, to
        // the 6 places the share is given in.
        let at_share = answer.on_demand_cost * share;
        let tolerance = answer.on_demand_cost * Decimal::new(1, 8) + Decimal::new(1, 10);
        prop_assert!((at_share - answer.provisioned_cost).abs() <= tolerance);
        // And the break-even utilization is independent of the hours priced.
        let longer = mode_cost(&request(size, reads, writes, prices, hours * 2, None), &mut book()).unwrap();
        prop_assert_eq!(longer.break_even_utilization_percent, answer.break_even_utilization_percent);
        prop_assert_eq!(longer.provisioned_cost, (answer.provisioned_cost * Decimal::TWO).normalize());
    }

    #[test]
    fn prop_no_input_panics(
        size in "[0-9]{1,8}(b|kb|mb)?",
        rate in "[0-9]{1,12}(/s|/min|/h)?",
        price in "[0-9]{1,6}(\\.[0-9]{1,8})?",
        hours in 1u64..=10_000_000,
    ) {
        if let (Ok(size), Ok(rate), Ok(p)) = (size.parse(), rate.parse(), price.parse()) {
            let asked = ModeCostRequest {
                size,
                reads: Some(Traffic { rate, price_unit_hour: p, price_per_million: price.parse().unwrap() }),
                writes: None,
                consistency: None,
                write_mode: WriteMode::Standard,
                hours: Some(hours),
                utilization: None,
            };
            let _ = mode_cost(&asked, &mut book());
        }
    }
}
