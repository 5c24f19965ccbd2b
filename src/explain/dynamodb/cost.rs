//! `awscalc modes --reads … --writes …` in words: a workload's cost in each capacity mode,
//! from the user's prices.

use rust_decimal::Decimal;

use crate::calc::dynamodb::cost::{
    mode_cost as calc_mode_cost, Mode, ModeCost, ModeCostRequest, ModeCostStep, Side, Traffic,
    DEFAULT_HOURS,
};
use crate::calc::dynamodb::Factor;
use crate::error::Error;
use crate::explain::formula;
use crate::facts::dynamodb as fact;
use crate::facts::FactBook;
use crate::report::{Report, Value};
use crate::units::{group, KbConvention, SizeUnit};

/// A step's label and unit.
fn label(step: ModeCostStep) -> (String, &'static str) {
    match step {
        ModeCostStep::UnitsPerRequest { side } => (format!("units a {}", names(side).2), "units"),
        ModeCostStep::Consumed { side } => {
            let unit = names(side).0;
            (format!("{unit} consumed a second"), unit)
        }
        ModeCostStep::Provisioned { side } => {
            let unit = names(side).0;
            (format!("{unit} provisioned"), unit)
        }
        ModeCostStep::ProvisionedCost { side } => {
            (format!("provisioned {} cost", names(side).0), "")
        }
        ModeCostStep::RequestUnits { side } => {
            let request_unit = names(side).1;
            (format!("{request_unit} in the hours"), request_unit)
        }
        ModeCostStep::OnDemandCost { side } => (format!("on-demand {} cost", names(side).1), ""),
        ModeCostStep::ProvisionedTotal => ("provisioned cost".into(), ""),
        ModeCostStep::OnDemandTotal => ("on-demand cost".into(), ""),
        ModeCostStep::BreakEvenUtilization => ("break-even utilization".into(), "%"),
        ModeCostStep::BreakEvenShare => ("break-even traffic".into(), "%"),
    }
}

/// The names of one side's units: capacity unit, request unit, and the request.
fn names(side: Side) -> (&'static str, &'static str, &'static str) {
    match side {
        Side::Reads => ("RCU", "RRU", "read"),
        Side::Writes => ("WCU", "WRU", "write"),
    }
}

/// The report for `awscalc modes --reads … --writes …`.
///
/// # Errors
/// As [`calc_mode_cost`].
pub(super) fn mode_cost(request: &ModeCostRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc_mode_cost(request, book)?;
    let mut report = Report::new("modes", book.as_of());
    inputs(&mut report, request, &answer)?;
    for step in &answer.steps {
        let (text, unit) = label(step.what);
        report.step(text, formula::text(&step.formula), step.value, unit);
    }
    report.field("cheaper", Value::text(answer.cheaper.as_str()), "");
    report.field("provisioned_cost", Value::from(answer.provisioned_cost), "");
    report.field("on_demand_cost", Value::from(answer.on_demand_cost), "");
    report.answer = vec![
        "cheaper".into(),
        "provisioned_cost".into(),
        "on_demand_cost".into(),
    ];
    if let Some(share) = answer.break_even_share_percent {
        report.field("break_even_share_percent", Value::from(share), "%");
    }
    if let Some(utilization) = answer.break_even_utilization_percent {
        report.field(
            "break_even_utilization_percent",
            Value::from(utilization),
            "%",
        );
    }
    for side in &answer.sides {
        let (unit, request_unit, _) = names(side.side);
        report.detail(
            &format!("{}_provisioned", unit.to_ascii_lowercase()),
            Value::from(side.provisioned),
            unit,
        );
        report.detail(
            &format!("{}_used", request_unit.to_ascii_lowercase()),
            Value::from(side.request_units),
            request_unit,
        );
    }
    report.headline = headline(&answer);
    report.summary = "A DynamoDB workload's cost in provisioned and on-demand mode, from the \
                      prices given"
        .into();
    let targets = (
        book.peek(fact::AUTOSCALING_MIN_TARGET_PERCENT),
        book.peek(fact::AUTOSCALING_MAX_TARGET_PERCENT),
    );
    notes(&mut report, request, &answer, targets);
    report.attach_facts(book);
    Ok(report)
}

/// `provisioned: 108.7554 against 262.8 on demand over 730 hours`.
fn headline(answer: &ModeCost) -> String {
    let hours = group(answer.hours);
    match answer.cheaper {
        Mode::Provisioned => format!(
            "provisioned: {} against {} on demand over {hours} hours at your prices",
            group(answer.provisioned_cost),
            group(answer.on_demand_cost)
        ),
        Mode::OnDemand => format!(
            "on-demand: {} against {} provisioned over {hours} hours at your prices",
            group(answer.on_demand_cost),
            group(answer.provisioned_cost)
        ),
        Mode::Either => format!(
            "either: both {} over {hours} hours at your prices",
            group(answer.provisioned_cost)
        ),
    }
}

/// The inputs as understood.
fn inputs(report: &mut Report, request: &ModeCostRequest, answer: &ModeCost) -> Result<(), Error> {
    for (side, traffic) in [
        (Side::Reads, &request.reads),
        (Side::Writes, &request.writes),
    ] {
        let Some(traffic) = traffic else { continue };
        let (unit, request_unit, noun) = names(side);
        let name = match side {
            Side::Reads => "reads",
            Side::Writes => "writes",
        };
        let factor = answer
            .sides
            .iter()
            .find(|s| s.side == side)
            .map(|s| s.factor);
        report.input(
            name,
            traffic.rate.text(),
            format!(
                "{}{}",
                super::super::rate_words(&traffic.rate, &format!("{noun}s")),
                match factor {
                    Some(Factor::Strong) => ", strongly consistent",
                    Some(Factor::Eventual) => ", eventually consistent",
                    Some(Factor::Transactional) => ", transactional",
                    Some(Factor::Standard) | None => "",
                }
            ),
            Value::from(traffic.rate.as_per_second()),
        );
        prices(report, side, traffic, unit, request_unit);
    }
    report.size_input(
        "size",
        &request.size,
        SizeUnit::Kilo,
        KbConvention::Binary,
        "",
    )?;
    if let Some(hours) = request.hours {
        report.input(
            "hours",
            &hours.to_string(),
            format!("{} hours priced", group(answer.hours)),
            Value::from(answer.hours),
        );
    }
    if let (Some(utilization), Some(percent)) = (&request.utilization, answer.utilization_percent) {
        report.input(
            "utilization",
            utilization.text(),
            format!("{}% auto scaling target (your input)", group(percent)),
            Value::from(percent),
        );
    }
    Ok(())
}

/// One side's two prices as inputs.
fn prices(report: &mut Report, side: Side, traffic: &Traffic, unit: &str, request_unit: &str) {
    let (hour_name, million_name) = match side {
        Side::Reads => ("price_rcu_hour", "price_per_million_reads"),
        Side::Writes => ("price_wcu_hour", "price_per_million_writes"),
    };
    report.input(
        hour_name,
        &traffic.price_unit_hour.to_string(),
        format!("your price per {unit}-hour"),
        Value::from(traffic.price_unit_hour.value()),
    );
    report.input(
        million_name,
        &traffic.price_per_million.to_string(),
        format!("your price per million {request_unit}"),
        Value::from(traffic.price_per_million.value()),
    );
}

/// What the answer assumes, and the break-even in words.
/// `targets`: the auto scaling target's range in force (facts), for the note on sizing.
fn notes(
    report: &mut Report,
    request: &ModeCostRequest,
    answer: &ModeCost,
    targets: (Option<Decimal>, Option<Decimal>),
) {
    if let (Some(share), Some(utilization)) = (
        answer.break_even_share_percent,
        answer.break_even_utilization_percent,
    ) {
        report.note(format!(
            "the two cost the same when traffic averages {}% of the rates given, that is {}% \
             average use of the provisioned units; below that on-demand costs less",
            group(share.round_dp(2).normalize()),
            group(utilization.round_dp(2).normalize())
        ));
    } else {
        report.note("on-demand costs nothing at the prices given: no break-even");
    }
    match answer.utilization_percent {
        Some(percent) => report.note(format!(
            "provisioned units are sized for your {}% auto scaling target and held all {} \
             hours; auto scaling follows the traffic, so a day of changing traffic costs less",
            group(percent),
            group(answer.hours)
        )),
        None => report.note(match targets {
            (Some(min), Some(max)) => format!(
                "provisioned units are exactly the units consumed, held for every hour: no \
                 auto scaling headroom (give --utilization, {}% to {}%, for a target)",
                group(min),
                group(max)
            ),
            _ => "provisioned units are exactly the units consumed, held for every hour: no \
                  auto scaling headroom (give --utilization for a target)"
                .to_string(),
        }),
    }
    for side in &answer.sides {
        let (unit, request_unit, _) = names(side.side);
        if side.provisioned > side.table_quota {
            report.warn(format!(
                "{} {unit} is over the default per-table quota of {} {unit} \
                 (ServiceQuotas.html, adjustable): ask for an increase first",
                group(side.provisioned),
                group(side.table_quota)
            ));
        }
        if side.consumed_per_second > side.on_demand_quota {
            report.warn(format!(
                "{} {request_unit} a second is over the default per-table on-demand quota of \
                 {} (ServiceQuotas.html, adjustable)",
                group(side.consumed_per_second),
                group(side.on_demand_quota)
            ));
        }
    }
    if request.hours.is_none() {
        report.note(format!(
            "{DEFAULT_HOURS} hours (30 days) priced; give --hours for another period"
        ));
    }
    report.aside(
        "no free tier, reserved capacity, storage, indexes or data transfer is priced: only \
         reads and writes at your prices",
    );
}
