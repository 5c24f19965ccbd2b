//! Capacity changes in a day as a check, `awscalc modes`: switches from provisioned to
//! on-demand mode and decreases of provisioned capacity, against their quotas on a date.
//!
//! From Constraints.html and ServiceQuotas.html: a table may switch from provisioned to
//! on-demand mode 4 times in a rolling 24 hours since 2025-08-12 (once before); switching back
//! is not limited. A provisioned table's capacity may be decreased 4 times at the start of a
//! UTC day and once more each hour after (at most 4 held), up to 27 times a day; increases are
//! not limited.

use rust_decimal::Decimal;
use serde::Serialize;

use super::Problem;
use crate::error::Error;
use crate::facts::dynamodb as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Step, Unit};

/// A plan of changes: `awscalc modes [--switches N] [--decreases N]`, at least one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModesRequest {
    /// Switches from provisioned to on-demand mode planned within 24 hours.
    pub switches: Option<u64>,
    /// Decreases of provisioned capacity planned within one UTC day.
    pub decreases: Option<u64>,
}

/// What each step of the check computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum ModesStep {
    /// Switches left: allowed − planned.
    SwitchesLeft,
    /// Decreases left: allowed − planned.
    DecreasesLeft,
}

/// A plan of changes checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Modes {
    /// Switches to on-demand allowed in a rolling 24 hours, where switches were planned.
    pub switches_allowed: Option<Decimal>,
    /// Decreases allowed in a UTC day, where decreases were planned.
    pub decreases_allowed: Option<Decimal>,
    /// Decreases available at the start of a UTC day, where decreases were planned.
    pub decreases_at_day_start: Option<Decimal>,
    /// Whether every planned change fits its quota.
    pub fits: bool,
    /// The derivation.
    pub steps: Vec<Step<ModesStep>>,
}

/// Whether a plan of mode switches and capacity decreases fits DynamoDB's quotas.
///
/// ```
/// use awscalc::calc::dynamodb::modes::{modes, ModesRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// // 3 switches in 24 hours: 4 allowed since 2025-08-12, 1 before.
/// let plan = ModesRequest { switches: Some(3), decreases: None };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
/// assert!(modes(&plan, &mut book).unwrap().fits);
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2025, 1, 1));
/// assert!(!modes(&plan, &mut book).unwrap().fits);
/// ```
///
/// # Errors
/// A plan with neither switches nor decreases.
pub fn modes(request: &ModesRequest, book: &mut FactBook) -> Result<Modes, Error> {
    if request.switches.is_none() && request.decreases.is_none() {
        return Err(Problem::NoPlan.into());
    }
    let mut answer = Modes {
        switches_allowed: None,
        decreases_allowed: None,
        decreases_at_day_start: None,
        fits: true,
        steps: Vec::new(),
    };
    if let Some(switches) = request.switches {
        let allowed = book.value(fact::MODE_SWITCHES_PER_DAY)?;
        let left = Step::new(
            ModesStep::SwitchesLeft,
            Expr::quantity("allowed", allowed, Unit::Count).minus(Expr::quantity(
                "planned",
                switches.into(),
                Unit::Count,
            )),
        )?;
        answer.fits &= left.value >= Decimal::ZERO;
        answer.switches_allowed = Some(allowed);
        answer.steps.push(left);
    }
    if let Some(decreases) = request.decreases {
        let allowed = book.value(fact::DECREASES_PER_DAY)?;
        answer.decreases_at_day_start = Some(book.value(fact::DECREASES_AT_DAY_START)?);
        let left = Step::new(
            ModesStep::DecreasesLeft,
            Expr::quantity("allowed", allowed, Unit::Count).minus(Expr::quantity(
                "planned",
                decreases.into(),
                Unit::Count,
            )),
        )?;
        answer.fits &= left.value >= Decimal::ZERO;
        answer.decreases_allowed = Some(allowed);
        answer.steps.push(left);
    }
    Ok(answer)
}

#[cfg(test)]
mod tests {
    //! Constraints.html (4 switches a rolling 24 h since 2025-08-12, 1 before; DocumentHistory)
    //! and ServiceQuotas.html (27 decreases a UTC day), checked by hand.
    use super::*;
    use crate::facts::Registry;

    fn ask(switches: Option<u64>, decreases: Option<u64>, on: jiff::civil::Date) -> Modes {
        let mut book = FactBook::new(Registry::builtin(), on);
        modes(
            &ModesRequest {
                switches,
                decreases,
            },
            &mut book,
        )
        .unwrap()
    }

    #[test]
    fn four_switches_fit_since_2025_08_12_and_one_before() {
        let today = jiff::civil::date(2026, 12, 1);
        assert!(ask(Some(4), None, today).fits);
        assert!(!ask(Some(5), None, today).fits);
        let before = jiff::civil::date(2025, 8, 11);
        assert!(ask(Some(1), None, before).fits);
        assert!(!ask(Some(2), None, before).fits);
        assert!(ask(Some(4), None, jiff::civil::date(2025, 8, 12)).fits);
    }

    #[test]
    fn twenty_seven_decreases_fit_in_a_day() {
        let today = jiff::civil::date(2026, 12, 1);
        assert!(ask(None, Some(27), today).fits);
        let over = ask(Some(1), Some(28), today);
        assert!(!over.fits);
        assert_eq!(over.steps[1].value, Decimal::from(-1));
    }
}
