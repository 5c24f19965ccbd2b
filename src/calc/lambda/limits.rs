//! The limits check: whether a job's duration, memory, `/tmp`, payload and package fit
//! Lambda on a date, which limit each breaks and by how much, and the vCPU its memory brings.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{FunctionDuration, Problem};
use crate::error::Error;
use crate::facts::lambda as fact;
use crate::facts::resilience as apigw;
use crate::facts::{FactBook, FactId};
use crate::steps::{Expr, Rounding, Step, Unit};
use crate::units::{KbConvention, Size, SizeUnit};

/// `awscalc lambda --duration D --memory SIZE …` (no --rate): does the job fit Lambda?
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LimitsRequest {
    /// How long one invocation runs.
    pub duration: Option<FunctionDuration>,
    /// Memory the function needs (a bare number is MB).
    pub memory: Option<Size>,
    /// Ephemeral storage (`/tmp`) it needs (a bare number is MB).
    pub tmp: Option<Size>,
    /// Invocation payload (a bare number is KB).
    pub payload: Option<Size>,
    /// Whether the payload is sent asynchronously (else synchronously).
    pub asynchronous: bool,
    /// Unzipped deployment package with its layers (a bare number is MB).
    pub package: Option<Size>,
    /// What invokes the function, whose own limits the job must meet too.
    pub front: Option<FrontDoor>,
}

/// What sits in front of the function: `--front apigw` or `--front async`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FrontDoor {
    /// A REST API in API Gateway invokes it synchronously: the run must end within the
    /// integration timeout.
    ApiGateway,
    /// It is invoked asynchronously (an event): retries and the maximum event age.
    Async {
        /// MaximumRetryAttempts as set (default: AWS's default).
        retries: Option<u64>,
        /// MaximumEventAgeInSeconds as set (default: AWS's maximum, also its default).
        event_age: Option<FunctionDuration>,
    },
}

/// A limit checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LimitKind {
    /// The 15-minute (900 s) maximum timeout.
    Timeout,
    /// The 128 MB minimum memory.
    MemoryMin,
    /// The 10,240 MB maximum memory.
    MemoryMax,
    /// The maximum `/tmp`.
    Tmp,
    /// The synchronous payload maximum.
    PayloadSync,
    /// The asynchronous payload maximum.
    PayloadAsync,
    /// The unzipped package maximum.
    Package,
    /// The vCPU a memory size brings (not a limit: a step).
    Vcpu,
    /// API Gateway's integration timeout (a synchronous front door).
    ApiTimeout,
    /// The most retries of an asynchronous invocation.
    Retries,
    /// The least maximum event age of an asynchronous invocation.
    EventAgeMin,
    /// The longest maximum event age of an asynchronous invocation.
    EventAgeMax,
    /// Attempts of an asynchronous event: retries + 1 (not a limit: a step).
    Attempts,
}

/// One limit checked: what was given and the limit, in the limit's unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LimitCheck {
    /// Which limit.
    pub limit: LimitKind,
    /// What the job needs, in `unit`.
    pub given: Decimal,
    /// The limit in force, in `unit`.
    pub max: Decimal,
    /// `seconds`, `MB`, `KB` or `retries`.
    pub unit: &'static str,
    /// Whether the job is within the limit.
    pub fits: bool,
    /// How far outside the limit it is, in `unit` (0 when it fits).
    pub by: Decimal,
}

/// The limits check's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Limits {
    /// Whether every limit checked holds.
    pub fits: bool,
    /// Each limit checked.
    pub checks: Vec<LimitCheck>,
    /// The vCPU equivalent the memory brings, rounded down at 2 places (with --memory).
    pub vcpu: Option<Decimal>,
    /// `--front apigw`: whether the integration timeout could be raised past its default on
    /// the date (Regional and private REST APIs).
    pub timeout_raisable: Option<bool>,
    /// `--front async`: attempts an event gets (retries + 1).
    pub attempts: Option<Decimal>,
    /// The derivation.
    pub steps: Vec<Step<LimitKind>>,
}

const MB: u32 = 1_048_576;
const KB: u32 = 1024;

impl LimitKind {
    /// Whether the limit is a least value (the job must reach it), not a most.
    #[must_use]
    pub fn is_minimum(self) -> bool {
        matches!(self, LimitKind::MemoryMin | LimitKind::EventAgeMin)
    }
}

/// `size` in `per`-byte units (MB or KB, 1,024-based), a bare number in `bare`.
pub(super) fn amount(size: &Size, bare: SizeUnit, per: u32) -> Result<Decimal, Error> {
    Ok((size.bytes(bare, KbConvention::Binary)? / Decimal::from(per)).normalize())
}

/// Checks `given ≤ max` (or `given ≥ max` for a minimum) and records the step.
fn check(
    kind: LimitKind,
    given: Decimal,
    id: FactId,
    unit: &'static str,
    book: &mut FactBook,
    steps: &mut Vec<Step<LimitKind>>,
) -> Result<LimitCheck, Error> {
    let max = book.value(id)?;
    let minimum = kind.is_minimum();
    let fits = if minimum { given >= max } else { given <= max };
    let unit_of = if unit == "seconds" {
        Unit::Seconds
    } else {
        Unit::Count
    };
    let (demand, limit) = if minimum {
        (
            Expr::quantity("limit", max, unit_of),
            Expr::quantity("given", given, unit_of),
        )
    } else {
        (
            Expr::quantity("given", given, unit_of),
            Expr::quantity("limit", max, unit_of),
        )
    };
    steps.push(Step::new(kind, Expr::headroom(demand, limit, fits))?);
    Ok(LimitCheck {
        limit: kind,
        given,
        max,
        unit,
        fits,
        by: if fits {
            Decimal::ZERO
        } else {
            (given - max).abs()
        },
    })
}

/// `awscalc lambda --duration D --memory SIZE --tmp SIZE --payload SIZE [--async] --package
/// SIZE`: each limit in force on the date, whether the job fits it and by how much it does
/// not, and the vCPU its memory brings (`min(memory / 1,769 MB, 6)`).
///
/// ```
/// use awscalc::calc::lambda::{limits, LimitsRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// // A 30-minute job does not fit the 15-minute maximum: 900 s over.
/// let request = LimitsRequest {
///     duration: Some("30min".parse().unwrap()),
///     memory: None, tmp: None, payload: None, asynchronous: false, package: None,
///     front: None,
/// };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let answer = limits(&request, &mut book).unwrap();
/// assert!(!answer.fits);
/// assert_eq!(answer.checks[0].by, 900.into());
/// ```
///
/// With `front`: API Gateway's integration timeout against the duration, or an asynchronous
/// invocation's retries (at most 2) and maximum event age (60 s to 6 h).
///
/// # Errors
/// Sizes too large to compute; `--front apigw` without a duration.
pub fn limits(request: &LimitsRequest, book: &mut FactBook) -> Result<Limits, Error> {
    let mut steps = Vec::new();
    let mut checks = Vec::new();
    if let Some(duration) = &request.duration {
        checks.push(check(
            LimitKind::Timeout,
            duration.seconds(),
            fact::TIMEOUT_MAX_SECONDS,
            "seconds",
            book,
            &mut steps,
        )?);
    }
    let mut vcpu = None;
    if let Some(memory) = &request.memory {
        let mb = amount(memory, SizeUnit::Mega, MB)?;
        checks.push(check(
            LimitKind::MemoryMin,
            mb,
            fact::MEMORY_MIN_MB,
            "MB",
            book,
            &mut steps,
        )?);
        checks.push(check(
            LimitKind::MemoryMax,
            mb,
            fact::MEMORY_MAX_MB,
            "MB",
            book,
            &mut steps,
        )?);
        let per_vcpu = book.value(fact::MEMORY_MB_PER_VCPU)?;
        let max_vcpu = book.value(fact::VCPU_MAX)?;
        let max_mb = book.value(fact::MEMORY_MAX_MB)?;
        // The vCPU of the memory Lambda can give: no more than its maximum.
        let step = Step::rounded(
            LimitKind::Vcpu,
            Expr::min(vec![
                Expr::min(vec![
                    Expr::quantity("memory_mb", mb, Unit::Count),
                    Expr::quantity("memory_max_mb", max_mb, Unit::Count),
                ])
                .over(Expr::quantity("mb_per_vcpu", per_vcpu, Unit::Count)),
                Expr::quantity("vcpu_max", max_vcpu, Unit::Count),
            ]),
            Rounding::Down2,
        )?;
        vcpu = Some(step.value);
        steps.push(step);
    }
    if let Some(tmp) = &request.tmp {
        let mb = amount(tmp, SizeUnit::Mega, MB)?;
        checks.push(check(
            LimitKind::Tmp,
            mb,
            fact::TMP_MAX_MB,
            "MB",
            book,
            &mut steps,
        )?);
    }
    if let Some(payload) = &request.payload {
        let kb = amount(payload, SizeUnit::Kilo, KB)?;
        let (kind, id) = if request.asynchronous {
            (LimitKind::PayloadAsync, fact::PAYLOAD_ASYNC_KB)
        } else {
            (LimitKind::PayloadSync, fact::PAYLOAD_SYNC_KB)
        };
        checks.push(check(kind, kb, id, "KB", book, &mut steps)?);
    }
    if let Some(package) = &request.package {
        let mb = amount(package, SizeUnit::Mega, MB)?;
        checks.push(check(
            LimitKind::Package,
            mb,
            fact::PACKAGE_UNZIPPED_MB,
            "MB",
            book,
            &mut steps,
        )?);
    }
    let (timeout_raisable, attempts) = match &request.front {
        Some(door) => front(
            door,
            request.duration.as_ref(),
            book,
            &mut checks,
            &mut steps,
        )?,
        None => (None, None),
    };
    Ok(Limits {
        fits: checks.iter().all(|c| c.fits),
        checks,
        vcpu,
        timeout_raisable,
        attempts,
        steps,
    })
}

/// The front door's checks: API Gateway's timeout, or asynchronous retries and event age.
fn front(
    door: &FrontDoor,
    duration: Option<&FunctionDuration>,
    book: &mut FactBook,
    checks: &mut Vec<LimitCheck>,
    steps: &mut Vec<Step<LimitKind>>,
) -> Result<(Option<bool>, Option<Decimal>), Error> {
    match door {
        FrontDoor::ApiGateway => {
            let Some(duration) = duration else {
                return Err(Problem::ApiGatewayWithoutDuration.into());
            };
            checks.push(check(
                LimitKind::ApiTimeout,
                duration.seconds(),
                apigw::APIGW_INTEGRATION_TIMEOUT_SECONDS,
                "seconds",
                book,
                steps,
            )?);
            let raisable = match book.value(apigw::APIGW_TIMEOUT_RAISABLE) {
                Ok(_) => true,
                Err(Error::NotYetAvailable { .. }) => false,
                Err(e) => return Err(e),
            };
            Ok((Some(raisable), None))
        }
        FrontDoor::Async { retries, event_age } => {
            let retries = match retries {
                Some(n) => Decimal::from(*n),
                None => book.value(fact::ASYNC_RETRIES_DEFAULT)?,
            };
            checks.push(check(
                LimitKind::Retries,
                retries,
                fact::ASYNC_RETRIES_MAX,
                "retries",
                book,
                steps,
            )?);
            let step = Step::new(
                LimitKind::Attempts,
                Expr::sum(vec![
                    Expr::quantity("retries", retries, Unit::Count),
                    Expr::quantity("first_attempt", Decimal::ONE, Unit::Count),
                ]),
            )?;
            let attempts = step.value;
            steps.push(step);
            let age = match event_age {
                Some(age) => age.seconds(),
                None => book.value(fact::ASYNC_EVENT_AGE_MAX_SECONDS)?,
            };
            for (kind, id) in [
                (LimitKind::EventAgeMin, fact::ASYNC_EVENT_AGE_MIN_SECONDS),
                (LimitKind::EventAgeMax, fact::ASYNC_EVENT_AGE_MAX_SECONDS),
            ] {
                checks.push(check(kind, age, id, "seconds", book, steps)?);
            }
            Ok((None, Some(attempts)))
        }
    }
}
