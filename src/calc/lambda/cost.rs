//! Cost from prices the user passes: requests and GB-seconds a month, each times its price.
//! awscalc holds no prices and assumes no free tier.

use rust_decimal::Decimal;
use serde::Serialize;

use super::limits::amount;
use super::FunctionDuration;
use crate::error::Error;
use crate::facts::lambda as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Step, Unit};
use crate::units::{Rate, Size, SizeUnit, MONTH_HOURS, SECONDS_PER_HOUR};

/// Seconds in the month a `--rate` is counted over: 30 days (awscalc's convention, not an
/// AWS number; `--requests` gives a month's count directly).
pub const MONTH_SECONDS: u32 = MONTH_HOURS * SECONDS_PER_HOUR;

/// MB in a GB for GB-seconds: Lambda's pricing counts memory in GB of 1,024 MB.
const MB_PER_GB: u32 = 1024;

/// Requests in a million, for the request price.
const MILLION: u32 = 1_000_000;

/// How much the function is invoked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invocations {
    /// A steady rate, counted over a 30-day month.
    Rate(Rate),
    /// Requests in a month.
    Requests(u64),
}

/// `awscalc lambda --rate R --duration D --memory SIZE --price-gb-second P
/// --price-per-million Q`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostRequest {
    /// Invocations.
    pub invocations: Invocations,
    /// Average duration of one invocation.
    pub duration: FunctionDuration,
    /// The function's memory (a bare number is MB).
    pub memory: Size,
    /// The user's price per GB-second.
    pub price_gb_second: Decimal,
    /// The user's price per million requests.
    pub price_per_million: Decimal,
}

/// A step of the cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CostStep {
    /// Requests a month: rate × seconds in 30 days (with --rate).
    Requests,
    /// The duration billed: rounded up to the billing granularity, in seconds.
    BilledDuration,
    /// Memory in GB: MB / 1,024.
    MemoryGb,
    /// GB-seconds: requests × billed seconds × GB.
    GbSeconds,
    /// GB-seconds × price per GB-second.
    ComputeCost,
    /// Requests / 1,000,000 × price per million.
    RequestCost,
    /// Compute + requests.
    Total,
}

/// The cost's answer, a month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cost {
    /// Requests a month.
    pub requests: Decimal,
    /// Seconds billed per invocation.
    pub billed_seconds: Decimal,
    /// The billing granularity in force, in milliseconds.
    pub granularity_ms: Decimal,
    /// Memory in GB.
    pub memory_gb: Decimal,
    /// GB-seconds a month.
    pub gb_seconds: Decimal,
    /// The compute (duration) charge.
    pub compute_cost: Decimal,
    /// The request charge.
    pub request_cost: Decimal,
    /// Compute + requests, in the prices' currency.
    pub total: Decimal,
    /// The derivation.
    pub steps: Vec<Step<CostStep>>,
}

/// `awscalc lambda … --price-gb-second P --price-per-million Q`: the month's cost,
///
/// ```text
/// requests    = rate × 2,592,000 s (30 days), or --requests
/// billed (s)  = ceil(duration in ms / granularity) × granularity / 1,000
/// GB-seconds  = requests × billed (s) × memory (MB) / 1,024
/// cost        = GB-seconds × P + requests / 1,000,000 × Q
/// ```
///
/// ```
/// use awscalc::calc::lambda::{cost, CostRequest, Invocations};
/// use awscalc::facts::{FactBook, Registry};
///
/// // 3,000,000 requests of 1 s at 512 MB: 1,500,000 GB-s; at 0.0000166667 and 0.20:
/// // 25.00005 + 0.6 = 25.60005.
/// let request = CostRequest {
///     invocations: Invocations::Requests(3_000_000),
///     duration: "1s".parse().unwrap(),
///     memory: "512".parse().unwrap(),
///     price_gb_second: "0.0000166667".parse().unwrap(),
///     price_per_million: "0.20".parse().unwrap(),
/// };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
/// let answer = cost(&request, &mut book).unwrap();
/// assert_eq!(answer.gb_seconds, 1_500_000.into());
/// assert_eq!(answer.total, "25.60005".parse().unwrap());
/// ```
///
/// # Errors
/// Numbers too large to compute.
pub fn cost(request: &CostRequest, book: &mut FactBook) -> Result<Cost, Error> {
    let mut steps = Vec::new();
    let requests_expr = match &request.invocations {
        Invocations::Requests(n) => Expr::quantity("requests", Decimal::from(*n), Unit::Count),
        Invocations::Rate(rate) => {
            let per_month = Expr::quantity("requests", rate.count(), Unit::Count)
                .over(Expr::quantity(
                    "span_seconds",
                    Decimal::from(rate.per_seconds()),
                    Unit::Seconds,
                ))
                .times(Expr::quantity(
                    "month_seconds",
                    Decimal::from(MONTH_SECONDS),
                    Unit::Seconds,
                ));
            push(&mut steps, CostStep::Requests, "requests", per_month)?.1
        }
    };
    let requests = requests_expr.eval()?;
    let granularity = book.value(fact::BILLING_GRANULARITY_MS)?;
    let ms = request.duration.seconds() * Decimal::from(super::MS_PER_SECOND);
    let step_ms = || Expr::quantity("granularity_ms", granularity, Unit::Count);
    let (billed_seconds, billed) = push(
        &mut steps,
        CostStep::BilledDuration,
        "billed_seconds",
        Expr::quantity("duration_ms", ms, Unit::Count)
            .over(step_ms())
            .ceil()
            .times(step_ms())
            .over(Expr::quantity(
                "ms_per_second",
                Decimal::from(super::MS_PER_SECOND),
                Unit::Count,
            )),
    )?;
    let mb = amount(&request.memory, SizeUnit::Mega, 1_048_576)?;
    let (memory_gb, gb) = push(
        &mut steps,
        CostStep::MemoryGb,
        "memory_gb",
        Expr::quantity("memory_mb", mb, Unit::Count).over(Expr::quantity(
            "mb_per_gb",
            Decimal::from(MB_PER_GB),
            Unit::Count,
        )),
    )?;
    let (gb_seconds, usage) = push(
        &mut steps,
        CostStep::GbSeconds,
        "gb_seconds",
        requests_expr.clone().times(billed).times(gb),
    )?;
    let price = |name, value| Expr::quantity(name, value, Unit::Count);
    let (compute_cost, compute) = push(
        &mut steps,
        CostStep::ComputeCost,
        "compute_cost",
        usage.times(price("price_gb_second", request.price_gb_second)),
    )?;
    let (request_cost, charge) = push(
        &mut steps,
        CostStep::RequestCost,
        "request_cost",
        requests_expr
            .over(Expr::quantity(
                "million",
                Decimal::from(MILLION),
                Unit::Count,
            ))
            .times(price("price_per_million", request.price_per_million)),
    )?;
    let (total, _) = push(
        &mut steps,
        CostStep::Total,
        "total",
        Expr::sum(vec![compute, charge]),
    )?;
    Ok(Cost {
        requests: requests.normalize(),
        billed_seconds: billed_seconds.normalize(),
        granularity_ms: granularity,
        memory_gb: memory_gb.normalize(),
        gb_seconds: gb_seconds.normalize(),
        compute_cost: compute_cost.normalize(),
        request_cost: request_cost.normalize(),
        total: total.normalize(),
        steps,
    })
}

/// Records a step; its value and a reference to it for later steps.
fn push(
    steps: &mut Vec<Step<CostStep>>,
    kind: CostStep,
    name: &'static str,
    formula: Expr,
) -> Result<(Decimal, Expr), Error> {
    let step = Step::new(kind, formula)?;
    let value = step.value;
    let earlier = Expr::earlier(name, &step);
    steps.push(step);
    Ok((value, earlier))
}
