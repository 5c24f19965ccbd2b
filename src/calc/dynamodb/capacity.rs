//! Capacity over time: DynamoDB burst capacity, `awscalc burst`.
//!
//! From "Burst capacity" (<https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/burst-adaptive-capacity.html>):
//! "DynamoDB currently retains up to five minutes (300 seconds) of unused read and write
//! capacity", to be consumed by a burst above the provisioned capacity. So a table
//! provisioned at `P` units that has used `U` a second for five minutes holds
//! `(P − U) × 300` units, and a spike to `S > P` units a second drains them in
//! `(P − U) × 300 / (S − P)` seconds. AWS adds that it may use burst capacity for
//! background maintenance without notice and that the details might change.

use rust_decimal::Decimal;
use serde::Serialize;

use super::Problem;
use crate::error::Error;
use crate::facts::dynamodb as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Rounding, Step, Unit};

/// A burst question: `awscalc burst --units P --used U [--spike S]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BurstRequest {
    /// Provisioned capacity units (RCU or WCU).
    pub provisioned: Decimal,
    /// Units consumed per second over the last five minutes, on average.
    pub used: Decimal,
    /// Units per second a spike asks for, where one is asked about.
    pub spike: Option<Decimal>,
}

/// What each step of a burst derivation computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum BurstStep {
    /// Units unused each second.
    Unused,
    /// Units retained: the unused units of the last 300 seconds.
    Retained,
    /// Units per second the spike asks above the provisioned capacity.
    Over,
    /// Seconds the retained units serve the spike.
    Lasts,
}

/// A burst question answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Burst {
    /// Seconds of unused capacity DynamoDB retains.
    pub window_seconds: Decimal,
    /// Units unused each second.
    pub unused_per_second: Decimal,
    /// Burst capacity retained, in units.
    pub retained_units: Decimal,
    /// Units per second above the provisioned capacity, where a spike was given.
    pub over_per_second: Option<Decimal>,
    /// Seconds the burst capacity serves the spike (rounded down to 2 places), where the
    /// spike is above the provisioned capacity.
    pub seconds: Option<Decimal>,
    /// The derivation.
    pub steps: Vec<Step<BurstStep>>,
}

/// The burst capacity a table holds, and how long it serves a spike.
///
/// ```
/// use awscalc::calc::dynamodb::capacity::{burst, BurstRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// // 100 WCU provisioned, 40 used: 60 unused a second, × 300 s = 18,000 units kept; a
/// // spike to 250 a second is 150 over: 18,000 / 150 = 120 seconds.
/// let request = BurstRequest { provisioned: 100.into(), used: 40.into(), spike: Some(250.into()) };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
/// let answer = burst(&request, &mut book).unwrap();
/// assert_eq!(answer.retained_units, 18_000.into());
/// assert_eq!(answer.seconds, Some(120.into()));
///
/// // More used than provisioned cannot be: refused.
/// let over = BurstRequest { used: 150.into(), ..request };
/// assert!(burst(&over, &mut book).is_err());
/// ```
///
/// # Errors
/// `used` above `provisioned`, or numbers too large to compute.
pub fn burst(request: &BurstRequest, book: &mut FactBook) -> Result<Burst, Error> {
    if request.used > request.provisioned {
        return Err(Problem::UsedAboveProvisioned {
            input: request.used.normalize().to_string(),
            provisioned: request.provisioned.normalize(),
        }
        .into());
    }
    let window = book.value(fact::BURST_SECONDS)?;
    let provisioned = || Expr::quantity("provisioned", request.provisioned, Unit::Units);
    let unused = Step::new(
        BurstStep::Unused,
        provisioned().minus(Expr::quantity("used", request.used, Unit::Units)),
    )?;
    let retained = Step::new(
        BurstStep::Retained,
        Expr::earlier("unused", &unused).times(Expr::quantity("window", window, Unit::Seconds)),
    )?;
    let mut answer = Burst {
        window_seconds: window,
        unused_per_second: unused.value,
        retained_units: retained.value,
        over_per_second: None,
        seconds: None,
        steps: Vec::new(),
    };
    let mut steps = vec![unused];
    if let Some(spike) = request.spike {
        let over = Step::new(
            BurstStep::Over,
            Expr::quantity("spike", spike, Unit::Units).minus(provisioned()),
        )?;
        answer.over_per_second = Some(over.value);
        if over.value > Decimal::ZERO {
            let lasts = Step::rounded(
                BurstStep::Lasts,
                Expr::earlier("retained", &retained).over(Expr::earlier("over", &over)),
                Rounding::Down2,
            )?;
            answer.seconds = Some(lasts.value);
            steps.extend([retained, over, lasts]);
        } else {
            steps.extend([retained, over]);
        }
    } else {
        steps.push(retained);
    }
    answer.steps = steps;
    Ok(answer)
}

#[cfg(test)]
mod tests {
    //! Worked examples of "Burst capacity" (burst-adaptive-capacity.html): 300 seconds of
    //! unused capacity retained, derived by hand.
    use super::*;
    use crate::facts::Registry;

    fn ask(provisioned: u32, used: u32, spike: Option<u32>) -> Result<Burst, Error> {
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

    #[test]
    fn an_idle_table_keeps_300_seconds_of_its_capacity() {
        // 100 RCU unused for five minutes: 100 × 300 = 30,000 units.
        assert_eq!(ask(100, 0, None).unwrap().retained_units, 30_000.into());
    }

    #[test]
    fn a_spike_drains_the_kept_units_at_the_rate_above_provisioned() {
        // (100 − 40) × 300 = 18,000 units; 250 − 100 = 150 over: 120 s.
        let b = ask(100, 40, Some(250)).unwrap();
        assert_eq!(b.seconds, Some(120.into()));
        // (10 − 3) × 300 = 2,100; 13 − 10 = 3 over: 700 s.
        assert_eq!(ask(10, 3, Some(13)).unwrap().seconds, Some(700.into()));
        // 2,100 / 7 = 300 s; 2,100 / 9 = 233.333… → 233.33 s (rounded down).
        assert_eq!(
            ask(10, 3, Some(19)).unwrap().seconds,
            Some("233.33".parse().unwrap())
        );
    }

    #[test]
    fn a_spike_within_the_provisioned_capacity_needs_no_burst() {
        let b = ask(100, 40, Some(80)).unwrap();
        assert_eq!(b.seconds, None);
        assert_eq!(b.over_per_second, Some((-20).into()));
    }

    #[test]
    fn a_fully_used_table_keeps_nothing() {
        let b = ask(100, 100, Some(150)).unwrap();
        assert_eq!(b.retained_units, Decimal::ZERO);
        assert_eq!(b.seconds, Some(Decimal::ZERO));
    }

    #[test]
    fn more_used_than_provisioned_is_refused() {
        let error = ask(100, 150, None).unwrap_err().to_string();
        assert!(error.starts_with("invalid used capacity `150`: it is above the 100 units"));
    }
}
