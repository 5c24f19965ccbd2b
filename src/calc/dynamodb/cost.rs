//! What a workload costs in each capacity mode, from the user's prices: `awscalc modes
//! --reads RATE --writes RATE --size SIZE --price-rcu-hour P --price-wcu-hour P
//! --price-per-million-reads P --price-per-million-writes P`.
//!
//! The units are the ones [`super::read_capacity`] and [`super::write_capacity`] count:
//! an item rounded up to 4 KB read units (×0.5 eventually consistent, ×1 strongly
//! consistent, ×2 transactional) or 1 KB write units (×1, ×2 transactional). On-demand
//! request units follow the same rules: "A strongly consistent read request of up to 4 KB
//! requires one read request unit … an eventually consistent read request requires one-half
//! read request unit, and a transactional read request requires two read request units"; "A
//! standard write request unit can write an item up to 1 KB" and a transactional write takes
//! two (<https://aws.amazon.com/dynamodb/pricing/on-demand/>,
//! <https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html>).
//!
//! ```text
//! units a request   = ceil(item bytes / unit bytes) × factor
//! consumed /s       = units a request × requests per second
//! provisioned       = max(ceil(consumed / target utilization), 1)   (no target: consumed, rounded up)
//! provisioned cost  = provisioned × hours × price per unit-hour
//! request units     = consumed × 3,600 × hours
//! on-demand cost    = request units / 1,000,000 × price per million
//! break-even        = Σ provisioned × price per hour / (3,600 × Σ provisioned × price per million / 1,000,000)
//! ```
//!
//! The break-even is the average utilization of the provisioned capacity at which the two
//! modes cost the same (below it on-demand is cheaper), and the share of the rates given at
//! which they do. awscalc holds no prices.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{
    read_capacity, write_capacity, Demand, Factor, Items, Problem, ReadConsistency, ReadRequest,
    WriteMode, WriteRequest,
};
use crate::calc::s3::network::Utilization;
use crate::error::Error;
use crate::facts::dynamodb as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Step, Unit};
use crate::units::{KbConvention, Price, Rate, Size, SizeUnit, MONTH_HOURS, SECONDS_PER_HOUR};

/// Hours in the period priced when none is given: [`MONTH_HOURS`], a 30-day month.
pub const DEFAULT_HOURS: u32 = MONTH_HOURS;

/// Request units in a million, for the on-demand price.
const MILLION: u32 = 1_000_000;

/// One side of the workload: reads or writes, at a rate, with the user's two prices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Traffic {
    /// Requests per second (or minute, hour).
    pub rate: Rate,
    /// The price of one capacity unit (RCU or WCU) for one hour, provisioned.
    pub price_unit_hour: Price,
    /// The price of one million request units (RRU or WRU), on demand.
    pub price_per_million: Price,
}

/// `awscalc modes --reads … --writes … --size … [prices]`: a workload priced in both modes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModeCostRequest {
    /// The item size every request reads or writes (a bare number is KB).
    pub size: Size,
    /// The reads, where there are any.
    pub reads: Option<Traffic>,
    /// The writes, where there are any.
    pub writes: Option<Traffic>,
    /// The reads' consistency; `None` is DynamoDB's default, eventual.
    pub consistency: Option<ReadConsistency>,
    /// Standard or transactional writes.
    pub write_mode: WriteMode,
    /// Hours in the period priced; `None` for [`DEFAULT_HOURS`].
    pub hours: Option<u64>,
    /// The auto scaling target utilization the provisioned capacity is sized for; `None`
    /// provisions exactly the units consumed.
    pub utilization: Option<Utilization>,
}

/// Reads or writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// Reads: RCU provisioned, RRU on demand.
    Reads,
    /// Writes: WCU provisioned, WRU on demand.
    Writes,
}

/// What each step computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum ModeCostStep {
    /// Units one request takes: ceil(bytes / unit bytes) × factor.
    UnitsPerRequest {
        /// Reads or writes.
        side: Side,
    },
    /// Units consumed a second: units a request × requests a second.
    Consumed {
        /// Reads or writes.
        side: Side,
    },
    /// Units to provision: consumed / target, rounded up, at least the minimum.
    Provisioned {
        /// Reads or writes.
        side: Side,
    },
    /// Provisioned cost: units × hours × price per unit-hour.
    ProvisionedCost {
        /// Reads or writes.
        side: Side,
    },
    /// Request units in the period: consumed × 3,600 × hours.
    RequestUnits {
        /// Reads or writes.
        side: Side,
    },
    /// On-demand cost: request units / 1,000,000 × price per million.
    OnDemandCost {
        /// Reads or writes.
        side: Side,
    },
    /// Provisioned, reads and writes together.
    ProvisionedTotal,
    /// On demand, reads and writes together.
    OnDemandTotal,
    /// The average utilization of the provisioned units at which both cost the same, in %.
    BreakEvenUtilization,
    /// The share of the rates given at which both cost the same, in %.
    BreakEvenShare,
}

/// Which mode costs less.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    /// Provisioned capacity.
    Provisioned,
    /// On-demand capacity.
    OnDemand,
    /// Both cost the same.
    Either,
}

impl Mode {
    /// The word `--quiet` prints and `--expect` compares: `provisioned`, `on-demand`, `either`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Provisioned => "provisioned",
            Mode::OnDemand => "on-demand",
            Mode::Either => "either",
        }
    }
}

/// One side priced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SideCost {
    /// Reads or writes.
    pub side: Side,
    /// The consistency or write mode.
    pub factor: Factor,
    /// Units one request takes.
    pub units_per_request: Decimal,
    /// Units consumed a second, exactly.
    pub consumed_per_second: Decimal,
    /// Units to provision.
    pub provisioned: Decimal,
    /// Provisioned cost over the period.
    pub provisioned_cost: Decimal,
    /// Request units over the period.
    pub request_units: Decimal,
    /// On-demand cost over the period.
    pub on_demand_cost: Decimal,
    /// The default per-table quota of provisioned units (RCU or WCU), adjustable.
    pub table_quota: Decimal,
    /// The default per-table quota of on-demand request units a second, adjustable.
    pub on_demand_quota: Decimal,
}

/// A workload priced in both modes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModeCost {
    /// The cheaper mode.
    pub cheaper: Mode,
    /// Provisioned cost of reads and writes over the period.
    pub provisioned_cost: Decimal,
    /// On-demand cost of reads and writes over the period.
    pub on_demand_cost: Decimal,
    /// Hours priced.
    pub hours: Decimal,
    /// The target utilization used, in %; `None` when the units consumed are provisioned.
    pub utilization_percent: Option<Decimal>,
    /// The average utilization of the provisioned units at which both modes cost the same,
    /// in % (6 places); `None` when on-demand is free at the prices given.
    pub break_even_utilization_percent: Option<Decimal>,
    /// The share of the rates given at which both cost the same, in % (6 places); `None`
    /// when on-demand is free at the prices given.
    pub break_even_share_percent: Option<Decimal>,
    /// Reads, then writes, where given.
    pub sides: Vec<SideCost>,
    /// The derivation.
    pub steps: Vec<Step<ModeCostStep>>,
}

/// Records a step; its value and a reference to it for later steps.
fn push(
    steps: &mut Vec<Step<ModeCostStep>>,
    name: &'static str,
    step: Step<ModeCostStep>,
) -> (Decimal, Expr) {
    let value = step.value;
    let earlier = Expr::earlier(name, &step);
    steps.push(step);
    (value, earlier)
}

/// The workload priced in both modes, the cheaper, and the break-even.
///
/// ```
/// use awscalc::calc::dynamodb::cost::{mode_cost, Mode, ModeCostRequest, Traffic};
/// use awscalc::calc::dynamodb::{ReadConsistency, WriteMode};
/// use awscalc::facts::{FactBook, Registry};
///
/// // 100 strong reads/s of 6 KB: ceil(6 / 4) = 2 units each, 200 RCU = 200 RRU a second.
/// // 720 hours: 200 × 720 × 0.00013 = 18.72 provisioned; 200 × 3,600 × 720 = 518,400,000
/// // RRU, × 0.125 / 1,000,000 = 64.8 on demand.
/// let request = ModeCostRequest {
///     size: "6kb".parse().unwrap(),
///     reads: Some(Traffic {
///         rate: "100/s".parse().unwrap(),
///         price_unit_hour: "0.00013".parse().unwrap(),
///         price_per_million: "0.125".parse().unwrap(),
///     }),
///     writes: None,
///     consistency: Some(ReadConsistency::Strong),
///     write_mode: WriteMode::Standard,
///     hours: None,
///     utilization: None,
/// };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
/// let answer = mode_cost(&request, &mut book).unwrap();
/// assert_eq!(answer.provisioned_cost, "18.72".parse().unwrap());
/// assert_eq!(answer.on_demand_cost, "64.8".parse().unwrap());
/// assert_eq!(answer.cheaper, Mode::Provisioned);
///
/// // A 70% target is AWS's range (20% to 90%); 95% is not.
/// let too_high = ModeCostRequest { utilization: Some("95%".parse().unwrap()), ..request };
/// assert!(mode_cost(&too_high, &mut book).is_err());
/// ```
///
/// # Errors
/// No reads or writes; a target outside AWS's auto scaling range; an item DynamoDB refuses
/// (over 400 KB, transactions before they existed); numbers too large to compute.
pub fn mode_cost(request: &ModeCostRequest, book: &mut FactBook) -> Result<ModeCost, Error> {
    if request.reads.is_none() && request.writes.is_none() {
        return Err(Problem::NoTraffic.into());
    }
    let utilization = target(request, book)?;
    let hours = Decimal::from(request.hours.unwrap_or(DEFAULT_HOURS.into()));
    let mut steps = Vec::new();
    let mut sides = Vec::new();
    let mut provisioned_terms = Vec::new();
    let mut on_demand_terms = Vec::new();
    let mut hourly_terms = Vec::new();
    let mut unit_price_terms = Vec::new();
    for (side, traffic) in [
        (Side::Reads, &request.reads),
        (Side::Writes, &request.writes),
    ] {
        let Some(traffic) = traffic else { continue };
        let priced = price_side(request, side, traffic, utilization, hours, book, &mut steps)?;
        provisioned_terms.push(priced.provisioned_cost_expr);
        on_demand_terms.push(priced.on_demand_cost_expr);
        hourly_terms.push(priced.hourly);
        unit_price_terms.push(priced.per_unit_second);
        sides.push(priced.cost);
    }
    let (provisioned_cost, provisioned_total) = total(
        &mut steps,
        ModeCostStep::ProvisionedTotal,
        "provisioned_cost",
        provisioned_terms,
    )?;
    let (on_demand_cost, on_demand_total) = total(
        &mut steps,
        ModeCostStep::OnDemandTotal,
        "on_demand_cost",
        on_demand_terms,
    )?;
    let cheaper = match provisioned_cost.cmp(&on_demand_cost) {
        std::cmp::Ordering::Less => Mode::Provisioned,
        std::cmp::Ordering::Greater => Mode::OnDemand,
        std::cmp::Ordering::Equal => Mode::Either,
    };
    let (break_even_utilization_percent, break_even_share_percent) = if on_demand_cost.is_zero() {
        (None, None)
    } else {
        let hundred = || Expr::quantity("percent", Decimal::ONE_HUNDRED, Unit::Count);
        let utilization_step = Step::rounded(
            ModeCostStep::BreakEvenUtilization,
            Expr::derived("provisioned_per_hour", Expr::sum(hourly_terms))
                .over(Expr::derived(
                    "on_demand_per_hour_at_full_use",
                    Expr::sum(unit_price_terms),
                ))
                .times(hundred()),
            crate::steps::Rounding::Nearest6,
        )?;
        let share_step = Step::rounded(
            ModeCostStep::BreakEvenShare,
            provisioned_total.over(on_demand_total).times(hundred()),
            crate::steps::Rounding::Nearest6,
        )?;
        let values = (
            Some(utilization_step.value.normalize()),
            Some(share_step.value.normalize()),
        );
        steps.push(utilization_step);
        steps.push(share_step);
        values
    };
    Ok(ModeCost {
        cheaper,
        provisioned_cost: provisioned_cost.normalize(),
        on_demand_cost: on_demand_cost.normalize(),
        hours,
        utilization_percent: utilization,
        break_even_utilization_percent,
        break_even_share_percent,
        sides,
        steps,
    })
}

/// The target utilization in %, checked against AWS's auto scaling range.
fn target(request: &ModeCostRequest, book: &mut FactBook) -> Result<Option<Decimal>, Error> {
    let Some(utilization) = &request.utilization else {
        return Ok(None);
    };
    let min = book.value(fact::AUTOSCALING_MIN_TARGET_PERCENT)?;
    let max = book.value(fact::AUTOSCALING_MAX_TARGET_PERCENT)?;
    let percent = utilization.percent();
    if percent < min || percent > max {
        return Err(Problem::UtilizationOutsideTarget {
            input: utilization.text().to_string(),
            min,
            max,
        }
        .into());
    }
    Ok(Some(percent))
}

/// One side's costs and the terms the totals and the break-even take from it.
struct Priced {
    cost: SideCost,
    provisioned_cost_expr: Expr,
    on_demand_cost_expr: Expr,
    /// Provisioned units × price per unit-hour.
    hourly: Expr,
    /// Provisioned units × 3,600 × price per million / 1,000,000: what those units cost an
    /// hour on demand at full use.
    per_unit_second: Expr,
}

/// The units one request takes, checked by the rcu or wcu calculator (item size limit,
/// transactions on the date) and derived here as a step.
fn units_per_request(
    request: &ModeCostRequest,
    side: Side,
    rate: &Rate,
    book: &mut FactBook,
) -> Result<(Factor, Expr), Error> {
    let items = Items::Single(request.size.clone());
    let demand = Demand::Rate(rate.clone());
    let capacity = match side {
        Side::Reads => read_capacity(
            &ReadRequest {
                items,
                consistency: request.consistency,
                demand,
            },
            book,
        )?,
        Side::Writes => write_capacity(
            &WriteRequest {
                items,
                mode: request.write_mode,
                demand,
                indexes: Vec::new(),
                collection: None,
            },
            book,
        )?,
    };
    let unit_fact = match side {
        Side::Reads => fact::READ_UNIT_BYTES,
        Side::Writes => fact::WRITE_UNIT_BYTES,
    };
    let unit_bytes = book.value(unit_fact)?;
    let factor = book.value(capacity.factor.fact())?;
    let bytes = request.size.bytes(SizeUnit::Kilo, KbConvention::Binary)?;
    Ok((
        capacity.factor,
        Expr::quantity("item_bytes", bytes, Unit::Bytes)
            .over(Expr::quantity("unit_bytes", unit_bytes, Unit::Bytes))
            .ceil()
            .times(Expr::quantity("factor", factor, Unit::Count)),
    ))
}

/// The default per-table quotas of one side: provisioned units, on-demand units a second.
fn quotas(side: Side, book: &mut FactBook) -> Result<(Decimal, Decimal), Error> {
    Ok(match side {
        Side::Reads => (
            book.value(fact::TABLE_QUOTA_RCU)?,
            book.value(fact::TABLE_QUOTA_RRU)?,
        ),
        Side::Writes => (
            book.value(fact::TABLE_QUOTA_WCU)?,
            book.value(fact::TABLE_QUOTA_WRU)?,
        ),
    })
}

/// Prices one side: its steps pushed, its costs returned.
fn price_side(
    request: &ModeCostRequest,
    side: Side,
    traffic: &Traffic,
    utilization: Option<Decimal>,
    hours: Decimal,
    book: &mut FactBook,
    steps: &mut Vec<Step<ModeCostStep>>,
) -> Result<Priced, Error> {
    let (factor, per_request) = units_per_request(request, side, &traffic.rate, book)?;
    let min_units = book.value(fact::MIN_PROVISIONED_UNITS)?;
    let (table_quota, on_demand_quota) = quotas(side, book)?;
    let (units_per_request, per_request) = push(
        steps,
        "units_per_request",
        Step::new(ModeCostStep::UnitsPerRequest { side }, per_request)?,
    );
    let per_second =
        Expr::quantity("requests", traffic.rate.count(), Unit::Count).over(Expr::quantity(
            "span_seconds",
            traffic.rate.per_seconds().into(),
            Unit::Seconds,
        ));
    let (consumed_per_second, consumed) = push(
        steps,
        "consumed",
        Step::new(
            ModeCostStep::Consumed { side },
            per_request.times(per_second),
        )?,
    );
    let needed = match utilization {
        Some(percent) => consumed.clone().over(
            Expr::quantity("target_percent", percent, Unit::Count).over(Expr::quantity(
                "percent",
                Decimal::ONE_HUNDRED,
                Unit::Count,
            )),
        ),
        None => consumed.clone(),
    };
    let (provisioned, units) = push(
        steps,
        "provisioned",
        Step::new(ModeCostStep::Provisioned { side }, needed.ceil())?.at_least(min_units),
    );
    let hours_expr = || Expr::quantity("hours", hours, Unit::Count);
    let unit_hour = || {
        Expr::quantity(
            "price_unit_hour",
            traffic.price_unit_hour.value(),
            Unit::Count,
        )
    };
    let per_million = || {
        Expr::quantity(
            "price_per_million",
            traffic.price_per_million.value(),
            Unit::Count,
        )
    };
    let million = || Expr::quantity("million", MILLION.into(), Unit::Count);
    let seconds = || Expr::quantity("seconds_per_hour", SECONDS_PER_HOUR.into(), Unit::Seconds);
    let (provisioned_cost, provisioned_cost_expr) = push(
        steps,
        "provisioned_cost",
        Step::new(
            ModeCostStep::ProvisionedCost { side },
            units.clone().times(hours_expr()).times(unit_hour()),
        )?,
    );
    let (request_units, request_units_expr) = push(
        steps,
        "request_units",
        Step::new(
            ModeCostStep::RequestUnits { side },
            consumed.times(seconds()).times(hours_expr()),
        )?,
    );
    let (on_demand_cost, on_demand_cost_expr) = push(
        steps,
        "on_demand_cost",
        Step::new(
            ModeCostStep::OnDemandCost { side },
            request_units_expr.over(million()).times(per_million()),
        )?,
    );
    Ok(Priced {
        cost: SideCost {
            side,
            factor,
            units_per_request: units_per_request.normalize(),
            consumed_per_second: consumed_per_second.normalize(),
            provisioned: provisioned.normalize(),
            provisioned_cost: provisioned_cost.normalize(),
            request_units: request_units.normalize(),
            on_demand_cost: on_demand_cost.normalize(),
            table_quota,
            on_demand_quota,
        },
        provisioned_cost_expr,
        on_demand_cost_expr,
        hourly: units.clone().times(unit_hour()),
        per_unit_second: units.times(seconds()).times(per_million()).over(million()),
    })
}

/// The total of one mode: a step when there are two sides, the one side's cost otherwise.
fn total(
    steps: &mut Vec<Step<ModeCostStep>>,
    kind: ModeCostStep,
    name: &'static str,
    mut terms: Vec<Expr>,
) -> Result<(Decimal, Expr), Error> {
    if terms.len() == 1 {
        let only = terms.remove(0);
        return Ok((only.eval()?, only));
    }
    Ok(push(steps, name, Step::new(kind, Expr::sum(terms))?))
}

#[cfg(test)]
mod tests {
    //! Hand-derived from read-write-operations.html (4 KB read units: ×1 strong, ×0.5
    //! eventual, ×2 transactional; 1 KB write units: ×1, ×2 transactional), the on-demand
    //! pricing page (request units by the same rules) and AutoScaling.html (targets 20% to
    //! 90%). Prices are the brief's example prices, not AWS numbers awscalc holds.
    use super::*;
    use crate::facts::Registry;

    fn traffic(rate: &str, hour: &str, million: &str) -> Traffic {
        Traffic {
            rate: rate.parse().unwrap(),
            price_unit_hour: hour.parse().unwrap(),
            price_per_million: million.parse().unwrap(),
        }
    }

    fn workload() -> ModeCostRequest {
        ModeCostRequest {
            size: "6kb".parse().unwrap(),
            reads: Some(traffic("100/s", "0.00013", "0.125")),
            writes: Some(traffic("20/s", "0.00065", "0.625")),
            consistency: Some(ReadConsistency::Strong),
            write_mode: WriteMode::Standard,
            hours: Some(730),
            utilization: Some("70%".parse().unwrap()),
        }
    }

    fn ask(request: &ModeCostRequest) -> Result<ModeCost, Error> {
        let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
        mode_cost(request, &mut book)
    }

    fn dec(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    #[test]
    fn strong_reads_and_writes_of_6kb_at_a_70_percent_target() {
        // Reads: ceil(6,144 / 4,096) = 2 units × 1 (strong) × 100/s = 200 RCU consumed;
        // 200 / 0.7 = 285.71 -> 286 RCU; 286 × 730 × 0.00013 = 27.1414.
        // RRU: 200 × 3,600 × 730 = 525,600,000; / 1,000,000 × 0.125 = 65.7.
        // Writes: ceil(6,144 / 1,024) = 6 units × 20/s = 120 WCU; 120 / 0.7 = 171.43 -> 172;
        // 172 × 730 × 0.00065 = 81.614. WRU: 120 × 3,600 × 730 = 315,360,000 × 0.625 / 10^6
        // = 197.1. Provisioned 27.1414 + 81.614 = 108.7554; on demand 65.7 + 197.1 = 262.8.
        let answer = ask(&workload()).unwrap();
        let reads = &answer.sides[0];
        assert_eq!(
            (
                reads.units_per_request,
                reads.consumed_per_second,
                reads.provisioned
            ),
            (2.into(), 200.into(), 286.into())
        );
        assert_eq!(reads.request_units, 525_600_000.into());
        let writes = &answer.sides[1];
        assert_eq!(
            (writes.provisioned, writes.request_units),
            (172.into(), 315_360_000.into())
        );
        assert_eq!(answer.provisioned_cost, dec("108.7554"));
        assert_eq!(answer.on_demand_cost, dec("262.8"));
        assert_eq!(answer.cheaper, Mode::Provisioned);
        // Break-even utilization: (286 × 0.00013 + 172 × 0.00065) / (3,600 × (286 × 0.125
        // + 172 × 0.625) / 10^6) = 0.14898 / 0.5157 = 28.8888…%; traffic share 108.7554 /
        // 262.8 = 41.3833…%.
        assert_eq!(
            answer.break_even_utilization_percent,
            Some(dec("28.888889"))
        );
        assert_eq!(answer.break_even_share_percent, Some(dec("41.383333")));
    }

    #[test]
    fn eventual_and_transactional_reads_take_half_and_twice_the_units() {
        // 6 KB: 2 read units; eventual 1, transactional 4; transactional writes 12.
        let mut request = workload();
        request.consistency = None;
        assert_eq!(ask(&request).unwrap().sides[0].units_per_request, 1.into());
        request.consistency = Some(ReadConsistency::Transactional);
        request.write_mode = WriteMode::Transactional;
        let answer = ask(&request).unwrap();
        assert_eq!(answer.sides[0].units_per_request, 4.into());
        assert_eq!(answer.sides[1].units_per_request, 12.into());
    }

    #[test]
    fn a_quiet_table_is_cheaper_on_demand() {
        // 1 eventual read/s of 1 KB: 0.5 RCU consumed, 1 provisioned (the minimum):
        // 1 × 720 × 0.00013 = 0.0936; RRU 0.5 × 3,600 × 720 = 1,296,000 × 0.125 / 10^6
        // = 0.162: provisioned. At 1/min: 1/120 RCU, still 1 provisioned = 0.0936; RRU
        // 0.5 / 60 × 3,600 × 720 = 21,600 × 0.125 / 10^6 = 0.0027: on demand.
        let request = ModeCostRequest {
            size: "1kb".parse().unwrap(),
            reads: Some(traffic("1/min", "0.00013", "0.125")),
            writes: None,
            consistency: None,
            write_mode: WriteMode::Standard,
            hours: None,
            utilization: None,
        };
        let answer = ask(&request).unwrap();
        assert_eq!(answer.provisioned_cost, dec("0.0936"));
        assert_eq!(answer.on_demand_cost, dec("0.0027"));
        assert_eq!(answer.cheaper, Mode::OnDemand);
        assert_eq!(answer.hours, 720.into());
    }

    #[test]
    fn targets_outside_20_to_90_percent_are_refused() {
        let mut request = workload();
        for (target, ok) in [
            ("19%", false),
            ("20%", true),
            ("90", true),
            ("90.5%", false),
        ] {
            request.utilization = Some(target.parse().unwrap());
            assert_eq!(ask(&request).is_ok(), ok, "{target}");
        }
    }

    #[test]
    fn the_default_table_quotas_come_with_each_side() {
        // ServiceQuotas.html: 40,000 RCU/WCU provisioned and 40,000 RRU/WRU a second on
        // demand per table (default, adjustable).
        let answer = ask(&workload()).unwrap();
        for side in &answer.sides {
            assert_eq!(
                (side.table_quota, side.on_demand_quota),
                (40_000.into(), 40_000.into())
            );
        }
    }

    #[test]
    fn free_on_demand_has_no_break_even() {
        let mut request = workload();
        request.reads = Some(traffic("100/s", "0.00013", "0"));
        request.writes = None;
        let answer = ask(&request).unwrap();
        assert_eq!(answer.break_even_share_percent, None);
        assert_eq!(answer.cheaper, Mode::OnDemand);
    }
}
