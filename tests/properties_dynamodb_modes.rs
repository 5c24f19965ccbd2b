//! Property tests (`prop_*`) of `awscalc modes` against Constraints.html (4 switches to
//! on-demand per rolling 24 hours since 2025-08-12, 1 before) and ServiceQuotas.html (27
//! decreases a UTC day): a plan fits exactly when each count is within its quota on the date,
//! and each step is the quota less the plan.

use awscalc::calc::dynamodb::modes::{modes, ModesRequest};
use awscalc::facts::{FactBook, Registry};
use proptest::prelude::*;
use rust_decimal::Decimal;

proptest! {
    #[test]
    fn prop_a_plan_fits_exactly_when_within_each_quota(
        switches in 0u64..=10,
        decreases in 0u64..=60,
        day in 0i32..=3000,
    ) {
        let on = jiff::civil::date(2020, 1, 1).checked_add(jiff::Span::new().days(day)).unwrap();
        let switch_quota = if on >= jiff::civil::date(2025, 8, 12) { 4 } else { 1 };
        let mut book = FactBook::new(Registry::builtin(), on);
        let plan = ModesRequest { switches: Some(switches), decreases: Some(decreases) };
        let answer = modes(&plan, &mut book).unwrap();
        prop_assert_eq!(answer.fits, switches <= switch_quota && decreases <= 27);
        prop_assert_eq!(answer.steps[0].value, Decimal::from(switch_quota) - Decimal::from(switches));
        prop_assert_eq!(answer.steps[1].value, Decimal::from(27) - Decimal::from(decreases));
    }
}
