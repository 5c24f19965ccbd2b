//! Concurrency: the concurrent executions a request rate needs at a duration, against the
//! account's quota, the function's reserved concurrency and its provisioned concurrency;
//! and the inverse, the request rate a concurrency sustains.

use rust_decimal::Decimal;
use serde::Serialize;

use super::FunctionDuration;
use crate::error::Error;
use crate::facts::lambda as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Rounding, Step, Unit};
use crate::units::Rate;

/// `awscalc lambda --rate RATE --duration D`: what a workload needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConcurrencyRequest {
    /// Requests per second (or /min, /h).
    pub rate: Rate,
    /// Average duration of one invocation.
    pub duration: FunctionDuration,
    /// The account's concurrency quota, where it is not AWS's default.
    pub quota: Option<u64>,
    /// Concurrency reserved for this function.
    pub reserved: Option<u64>,
    /// Provisioned concurrency of this function.
    pub provisioned: Option<u64>,
}

/// `awscalc lambda --concurrency N --duration D`: what a concurrency sustains.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateRequest {
    /// Concurrent executions available to the function.
    pub concurrency: u64,
    /// Average duration of one invocation.
    pub duration: FunctionDuration,
    /// The account's concurrency quota, where it is not AWS's default.
    pub quota: Option<u64>,
}

/// What a step of [`concurrency`] computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConcurrencyStep {
    /// Concurrent executions needed: rate × duration, rounded up.
    Needed,
    /// The most concurrency one function may reserve: quota − the unreserved minimum.
    MaxReservable,
    /// The needed concurrency against the limit the function runs under.
    AgainstLimit,
    /// Invocations above the provisioned concurrency, served by on-demand environments.
    OnDemand,
}

/// Something the concurrency check found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "finding", rename_all = "snake_case")]
pub enum Finding {
    /// The function needs more than the account's quota: ask AWS for an increase.
    AboveQuota {
        /// Concurrent executions needed.
        needed: Decimal,
        /// The account's quota.
        quota: Decimal,
    },
    /// The function needs more than its reserved concurrency: the rest is throttled.
    AboveReserved {
        /// Concurrent executions needed.
        needed: Decimal,
        /// Its reserved concurrency.
        reserved: Decimal,
    },
    /// The reserved concurrency leaves less than the unreserved minimum: AWS refuses it.
    ReservedAboveMax {
        /// The reserved concurrency asked for.
        reserved: Decimal,
        /// The most that may be reserved.
        max: Decimal,
    },
    /// More provisioned concurrency than the function may have: AWS refuses it.
    ProvisionedAboveLimit {
        /// The provisioned concurrency asked for.
        provisioned: Decimal,
        /// Its reserved concurrency, or the most that may be reserved.
        limit: Decimal,
        /// Whether `limit` is the reserved concurrency (else the most reservable).
        reserved: bool,
    },
    /// Invocations above the provisioned concurrency run on on-demand environments
    /// (initialised on demand: cold starts).
    AboveProvisioned {
        /// Concurrent executions beyond the provisioned ones.
        on_demand: Decimal,
    },
}

impl Finding {
    /// Whether the finding means the workload does not run as configured.
    #[must_use]
    pub fn is_problem(&self) -> bool {
        !matches!(self, Finding::AboveProvisioned { .. })
    }
}

/// The concurrency a workload needs, and what the account and function allow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Concurrency {
    /// Concurrent executions needed: ceil(rate × duration).
    pub needed: Decimal,
    /// The exact product rate × duration, before rounding up.
    pub exact: Decimal,
    /// The account's concurrency quota used.
    pub quota: Decimal,
    /// Whether the quota is AWS's default (else `--quota`).
    pub quota_is_default: bool,
    /// The function's reserved concurrency, if any.
    pub reserved: Option<Decimal>,
    /// The function's provisioned concurrency, if any.
    pub provisioned: Option<Decimal>,
    /// Concurrent executions the account must leave unreserved (read only with reserved
    /// or provisioned concurrency).
    pub unreserved_min: Option<Decimal>,
    /// The most one function may reserve: quota − unreserved minimum.
    pub max_reservable: Option<Decimal>,
    /// The limit the function runs under: its reserved concurrency, else the quota.
    pub limit: Decimal,
    /// Whether the account's quota must be raised to serve the workload.
    pub quota_increase_needed: bool,
    /// The smallest quota that serves the workload (with the unreserved minimum on top
    /// where the function reserves its concurrency).
    pub quota_needed: Decimal,
    /// What the check found, problems first.
    pub findings: Vec<Finding>,
    /// The derivation.
    pub steps: Vec<Step<ConcurrencyStep>>,
}

/// What a step of [`sustained_rate`] computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RateStep {
    /// Requests per second: concurrency / duration, rounded down.
    Rate,
}

/// The request rate a concurrency sustains at a duration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SustainedRate {
    /// Concurrent executions.
    pub concurrency: Decimal,
    /// Requests per second sustained, rounded down at 4 decimal places (never more than
    /// the concurrency serves).
    pub requests_per_second: Decimal,
    /// The account's concurrency quota used.
    pub quota: Decimal,
    /// Whether the quota is AWS's default (else `--quota`).
    pub quota_is_default: bool,
    /// Whether the concurrency is above the quota (an increase is needed to have it).
    pub above_quota: bool,
    /// The derivation.
    pub steps: Vec<Step<RateStep>>,
}

/// The quota used: `--quota`, else AWS's default in force.
pub(super) fn quota(given: Option<u64>, book: &mut FactBook) -> Result<(Decimal, bool), Error> {
    Ok(match given {
        Some(n) => (Decimal::from(n), false),
        None => (book.value(fact::CONCURRENT_EXECUTIONS_QUOTA)?, true),
    })
}

/// `rate × duration` as a formula: `50 × 100 s`, or `600 / 60 s × 100 s` for a rate per
/// minute.
pub(super) fn demand(rate: &Rate, duration: &FunctionDuration) -> Expr {
    let per_second = if rate.per_seconds() == 1 {
        Expr::quantity("requests_per_second", rate.count(), Unit::PerSecond)
    } else {
        Expr::quantity("requests", rate.count(), Unit::Count).over(Expr::quantity(
            "span_seconds",
            Decimal::from(rate.per_seconds()),
            Unit::Seconds,
        ))
    };
    per_second.times(Expr::quantity(
        "duration_seconds",
        duration.seconds(),
        Unit::Seconds,
    ))
}

/// `awscalc lambda --rate RATE --duration D`: the concurrent executions needed,
/// `ceil(rate × duration)`, against the account's quota, the function's reserved
/// concurrency (at most the quota less the unreserved minimum) and its provisioned
/// concurrency.
///
/// ```
/// use awscalc::calc::lambda::{concurrency, ConcurrencyRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// // Study notes 002:332: 50 requests a second of 100 s each need 5,000 concurrent
/// // executions, above the default quota of 1,000.
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let request = ConcurrencyRequest {
///     rate: "50/s".parse().unwrap(),
///     duration: "100s".parse().unwrap(),
///     quota: None,
///     reserved: None,
///     provisioned: None,
/// };
/// let c = concurrency(&request, &mut book).unwrap();
/// assert_eq!(c.needed, 5000.into());
/// assert!(c.quota_increase_needed);
///
/// // Reserved concurrency came on 2017-11-30: before, there is none to check.
/// let mut old = FactBook::new(Registry::builtin(), jiff::civil::date(2017, 1, 1));
/// let reserved = ConcurrencyRequest { reserved: Some(100), ..request };
/// assert!(concurrency(&reserved, &mut old).is_err());
/// ```
///
/// # Errors
/// Numbers too large to compute, or reserved concurrency before it existed.
pub fn concurrency(
    request: &ConcurrencyRequest,
    book: &mut FactBook,
) -> Result<Concurrency, Error> {
    let (quota, quota_is_default) = quota(request.quota, book)?;
    let needed_step = Step::new(
        ConcurrencyStep::Needed,
        demand(&request.rate, &request.duration).ceil(),
    )?;
    let exact = demand(&request.rate, &request.duration).eval()?;
    let needed = needed_step.value;
    let mut steps = vec![needed_step];
    let mut findings = Vec::new();
    let reserved = request.reserved.map(Decimal::from);
    let provisioned = request.provisioned.map(Decimal::from);
    let (unreserved_min, max_reservable) = if reserved.is_some() || provisioned.is_some() {
        let min = book.value(fact::UNRESERVED_CONCURRENCY_MIN)?;
        let step = Step::new(
            ConcurrencyStep::MaxReservable,
            Expr::quantity("quota", quota, Unit::Count).minus(Expr::quantity(
                "unreserved_min",
                min,
                Unit::Count,
            )),
        )?;
        // A quota below the minimum leaves nothing to reserve.
        let max = step.value.max(Decimal::ZERO);
        steps.push(step);
        (Some(min), Some(max))
    } else {
        (None, None)
    };
    let limit = reserved.unwrap_or(quota);
    steps.push(Step::new(
        ConcurrencyStep::AgainstLimit,
        Expr::headroom(
            Expr::quantity("needed", needed, Unit::Count),
            Expr::quantity(
                if reserved.is_some() {
                    "reserved"
                } else {
                    "quota"
                },
                limit,
                Unit::Count,
            ),
            needed <= limit,
        ),
    )?);
    if let (Some(reserved), Some(max)) = (reserved, max_reservable) {
        if reserved > max {
            findings.push(Finding::ReservedAboveMax { reserved, max });
        }
        if needed > reserved {
            findings.push(Finding::AboveReserved { needed, reserved });
        }
    }
    // With reserved concurrency the function can have at most the quota less the
    // unreserved minimum; without, the whole quota.
    let ceiling = max_reservable
        .filter(|_| reserved.is_some())
        .unwrap_or(quota);
    let quota_increase_needed = needed > ceiling;
    let quota_needed = match (reserved, unreserved_min) {
        (Some(_), Some(min)) => needed.checked_add(min).ok_or(Error::Overflow)?,
        _ => needed,
    };
    if quota_increase_needed {
        findings.insert(0, Finding::AboveQuota { needed, quota });
    }
    if let Some(provisioned) = provisioned {
        let cap = match (reserved, max_reservable) {
            (Some(r), _) => (r, true),
            (None, Some(max)) => (max, false),
            (None, None) => (quota, false),
        };
        steps.push(check_provisioned(needed, provisioned, cap, &mut findings)?);
    }
    Ok(Concurrency {
        needed,
        exact,
        quota,
        quota_is_default,
        reserved,
        provisioned,
        unreserved_min,
        max_reservable,
        limit,
        quota_increase_needed,
        quota_needed,
        findings,
        steps,
    })
}

/// Provisioned concurrency against its cap (the reserved concurrency, `true`, or the most
/// reservable) and the executions above it, started on demand.
fn check_provisioned(
    needed: Decimal,
    provisioned: Decimal,
    (cap, is_reserved): (Decimal, bool),
    findings: &mut Vec<Finding>,
) -> Result<Step<ConcurrencyStep>, Error> {
    if provisioned > cap {
        findings.push(Finding::ProvisionedAboveLimit {
            provisioned,
            limit: cap,
            reserved: is_reserved,
        });
    }
    let step = Step::new(
        ConcurrencyStep::OnDemand,
        Expr::max(vec![
            Expr::quantity("needed", needed, Unit::Count).minus(Expr::quantity(
                "provisioned",
                provisioned,
                Unit::Count,
            )),
            Expr::number(Decimal::ZERO),
        ]),
    )?;
    if step.value > Decimal::ZERO {
        findings.push(Finding::AboveProvisioned {
            on_demand: step.value,
        });
    }
    Ok(step)
}

/// `awscalc lambda --concurrency N --duration D`: the requests per second N concurrent
/// executions sustain, `N / duration`, rounded down so that the forward form never needs
/// more than N for the rate promised.
///
/// ```
/// use awscalc::calc::lambda::{sustained_rate, RateRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// // 1,000 concurrent executions of 100 s each: 10 requests a second.
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let request = RateRequest {
///     concurrency: 1000,
///     duration: "100s".parse().unwrap(),
///     quota: None,
/// };
/// assert_eq!(sustained_rate(&request, &mut book).unwrap().requests_per_second, 10.into());
/// ```
///
/// # Errors
/// Numbers too large to compute.
pub fn sustained_rate(request: &RateRequest, book: &mut FactBook) -> Result<SustainedRate, Error> {
    let (quota, quota_is_default) = quota(request.quota, book)?;
    let concurrency = Decimal::from(request.concurrency);
    let step = Step::rounded(
        RateStep::Rate,
        Expr::quantity("concurrency", concurrency, Unit::Count).over(Expr::quantity(
            "duration_seconds",
            request.duration.seconds(),
            Unit::Seconds,
        )),
        Rounding::Down4,
    )?;
    Ok(SustainedRate {
        concurrency,
        requests_per_second: step.value,
        quota,
        quota_is_default,
        above_quota: concurrency > quota,
        steps: vec![step],
    })
}
