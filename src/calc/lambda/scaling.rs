//! Scaling: how long a function takes to reach a concurrency from zero, by the rule in force
//! on the date (per function since 2023-11-27; the per-Region burst and +500 per minute
//! before), and what it serves meanwhile.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{FunctionDuration, Problem};
use crate::error::Error;
use crate::facts::lambda as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Rounding, Step, Unit};

/// Seconds in a minute (the old rule added concurrency per minute).
const SECONDS_PER_MINUTE: u32 = 60;

/// `awscalc lambda --scale-to N`: the time to reach N concurrent executions from zero.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScalingRequest {
    /// Concurrent executions to reach.
    pub to: u64,
    /// The Region's initial burst, for a date before per-function scaling.
    pub burst: Option<u64>,
    /// Average duration of one invocation: what the environments serve meanwhile.
    pub duration: Option<FunctionDuration>,
    /// The account's concurrency quota, where it is not AWS's default.
    pub quota: Option<u64>,
}

/// The scaling rule in force on the date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum ScalingRule {
    /// Since 2023-11-27: each function adds up to `per_interval` environments every
    /// `interval_seconds`, the first at once.
    PerFunction {
        /// Environments added per interval.
        per_interval: Decimal,
        /// Seconds of one interval.
        interval_seconds: Decimal,
    },
    /// Before: the account bursts to `burst` at once, then adds `per_minute` each minute.
    RegionBurst {
        /// The initial burst.
        burst: Decimal,
        /// Whether `burst` was given (else the smallest Regional value).
        burst_given: bool,
        /// Concurrency added each minute after the burst.
        per_minute: Decimal,
    },
}

/// What a step of [`scaling`] computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ScalingStep {
    /// Seconds to reach the target from zero.
    Seconds,
    /// Requests per second the first environments serve at the duration.
    ServedAtStart,
}

/// The time to reach a concurrency from zero.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Scaling {
    /// Concurrent executions to reach.
    pub target: Decimal,
    /// The rule used.
    pub rule: ScalingRule,
    /// Seconds from the first request until the target is reached.
    pub seconds: Decimal,
    /// Concurrent executions available at once (the first interval, or the burst).
    pub at_start: Decimal,
    /// Requests per second those serve at `--duration`: more are throttled (429) at first.
    pub served_at_start: Option<Decimal>,
    /// The seconds another reading gives: the first interval (or the burst's minute)
    /// counted as time taken.
    pub first_step_counted: Decimal,
    /// The account's concurrency quota used.
    pub quota: Decimal,
    /// Whether the quota is AWS's default.
    pub quota_is_default: bool,
    /// Whether the target is above the quota (never reached without an increase).
    pub above_quota: bool,
    /// The derivation.
    pub steps: Vec<Step<ScalingStep>>,
}

/// `awscalc lambda --scale-to N`: seconds to reach N concurrent executions from zero.
///
/// Since 2023-11-27 (AWS News Blog; scaling-behavior.html) each function adds up to 1,000
/// execution environments every 10 seconds, the first 1,000 at once:
/// `(ceil(N / 1,000) − 1) × 10 s`. Before, the account burst to 500, 1,000 or 3,000 by
/// Region at once, then added 500 a minute: `max(ceil((N − burst) / 500), 0) × 60 s`.
///
/// ```
/// use awscalc::calc::lambda::{scaling, ScalingRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// // 5,000 environments: 1,000 at once, 4 more intervals of 10 s.
/// let request = ScalingRequest { to: 5000, burst: None, duration: None, quota: Some(10_000) };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// assert_eq!(scaling(&request, &mut book).unwrap().seconds, 40.into());
///
/// // In 2022, with us-east-1's burst of 3,000: 2,000 more at 500 a minute, 4 minutes.
/// let old = ScalingRequest { burst: Some(3000), ..request };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2022, 1, 1));
/// assert_eq!(scaling(&old, &mut book).unwrap().seconds, 240.into());
/// ```
///
/// # Errors
/// `--burst` on a date after the burst rule ended, or numbers too large to compute.
pub fn scaling(request: &ScalingRequest, book: &mut FactBook) -> Result<Scaling, Error> {
    let (quota, quota_is_default) = match request.quota {
        Some(n) => (Decimal::from(n), false),
        None => (book.value(fact::CONCURRENT_EXECUTIONS_QUOTA)?, true),
    };
    let target = Decimal::from(request.to);
    let n = || Expr::quantity("target", target, Unit::Count);
    let minute = || {
        Expr::quantity(
            "seconds_per_minute",
            Decimal::from(SECONDS_PER_MINUTE),
            Unit::Seconds,
        )
    };
    let per_function = book.peek(fact::SCALING_ENVIRONMENTS_PER_INTERVAL).is_some();
    let (rule, formula, other, first) = if per_function {
        if let Some(burst) = request.burst {
            return Err(Problem::BurstAfterPerFunctionScaling {
                burst,
                since: fact::SCALING_SINCE,
                as_of: book.as_of(),
            }
            .into());
        }
        let per_interval = book.value(fact::SCALING_ENVIRONMENTS_PER_INTERVAL)?;
        let interval_seconds = book.value(fact::SCALING_INTERVAL_SECONDS)?;
        let intervals = || {
            n().over(Expr::quantity("per_interval", per_interval, Unit::Count))
                .ceil()
        };
        let interval = || Expr::quantity("interval_seconds", interval_seconds, Unit::Seconds);
        (
            ScalingRule::PerFunction {
                per_interval,
                interval_seconds,
            },
            intervals()
                .minus(Expr::number(Decimal::ONE))
                .times(interval()),
            intervals().times(interval()),
            per_interval,
        )
    } else {
        let per_minute = book.value(fact::BURST_INCREASE_PER_MINUTE)?;
        let burst = match request.burst {
            Some(b) => Decimal::from(b),
            None => book.value(fact::BURST_CONCURRENCY_OTHER_REGIONS)?,
        };
        let minutes = || {
            Expr::max(vec![
                n().minus(Expr::quantity("burst", burst, Unit::Count))
                    .over(Expr::quantity("per_minute", per_minute, Unit::Count))
                    .ceil(),
                Expr::number(Decimal::ZERO),
            ])
        };
        (
            ScalingRule::RegionBurst {
                burst,
                burst_given: request.burst.is_some(),
                per_minute,
            },
            minutes().times(minute()),
            Expr::sum(vec![minutes(), Expr::number(Decimal::ONE)]).times(minute()),
            burst,
        )
    };
    let seconds_step = Step::new(ScalingStep::Seconds, formula)?;
    let first_step_counted = other.eval()?;
    let at_start = first.min(target);
    let mut steps = vec![seconds_step];
    let served_at_start = match &request.duration {
        Some(duration) => {
            let step = served(at_start, duration)?;
            let value = step.value;
            steps.push(step);
            Some(value)
        }
        None => None,
    };
    Ok(Scaling {
        target,
        rule,
        seconds: steps[0].value,
        at_start,
        served_at_start,
        first_step_counted,
        quota,
        quota_is_default,
        above_quota: target > quota,
        steps,
    })
}

/// Requests per second `at_start` environments serve at `duration`, rounded down.
fn served(at_start: Decimal, duration: &FunctionDuration) -> Result<Step<ScalingStep>, Error> {
    Step::rounded(
        ScalingStep::ServedAtStart,
        Expr::quantity("at_start", at_start, Unit::Count).over(Expr::quantity(
            "duration_seconds",
            duration.seconds(),
            Unit::Seconds,
        )),
        Rounding::Down4,
    )
}
