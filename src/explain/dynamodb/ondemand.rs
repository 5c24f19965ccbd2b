//! `awscalc ondemand` in words: what an on-demand table serves at once, and how long
//! higher traffic takes to reach.

use crate::calc::dynamodb::ondemand::{
    on_demand as calc_on_demand, OnDemandRequest, OnDemandStep, Traffic,
};
use crate::error::Error;
use crate::explain::formula;
use crate::facts::dynamodb as fact;
use crate::facts::FactBook;
use crate::report::{Report, Value};
use crate::units::group;

/// The report for `awscalc ondemand`.
///
/// # Errors
/// As [`calc_on_demand`].
pub(super) fn on_demand(request: &OnDemandRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc_on_demand(request, book)?;
    let mut report = Report::new("ondemand", book.as_of());
    let (kind, flag) = match request.traffic {
        Traffic::Reads => ("reads", "reads"),
        Traffic::Writes => ("writes", "writes"),
    };
    let span = match answer.span_seconds {
        1 => "/s".to_string(),
        60 => "/min".to_string(),
        3600 => "/h".to_string(),
        n => format!(" per {n} s"),
    };
    let per_second = |n| format!("{} {kind}{span}", group(n));
    report.input(
        flag,
        request.rate.text(),
        format!("{} asked for", per_second(answer.target)),
        Value::from(answer.target),
    );
    if let Some(peak) = &request.previous_peak {
        report.input(
            "previous-peak",
            peak.text(),
            format!(
                "{} {kind} per {}: the table's previous peak",
                group(peak.count()),
                peak.span_name()
            ),
            Value::from(peak.count()),
        );
    }
    if let Some(warm) = &request.warm {
        report.input(
            &format!("warm-{flag}"),
            warm.text(),
            format!(
                "{} {kind} per {}: the table's warm throughput",
                group(warm.count()),
                warm.span_name()
            ),
            Value::from(warm.count()),
        );
    }
    for step in &answer.steps {
        let (label, unit) = match (step.what, &request.previous_peak) {
            (OnDemandStep::AtOnce, Some(_)) => {
                ("served at once: double the previous peak", span.as_str())
            }
            (OnDemandStep::AtOnce, None) => {
                ("served at once by a new on-demand table", span.as_str())
            }
            (OnDemandStep::Warm, _) => (
                "served at once: the larger with warm throughput",
                span.as_str(),
            ),
            (OnDemandStep::Doublings, _) => ("doublings needed: the fewest that reach it", ""),
            (OnDemandStep::Reached, _) => ("served after those doublings", span.as_str()),
            (OnDemandStep::Minutes, _) => ("minutes, one window per doubling", "min"),
        };
        report.step(label, formula::text(&step.formula), step.value, unit);
    }
    report.field("at_once", Value::from(answer.at_once), &span);
    report.field(
        "doublings",
        Value::from(rust_decimal::Decimal::from(answer.doublings)),
        "",
    );
    report.field("minutes", Value::from(answer.minutes), "min");
    report.answer.push("minutes".into());
    report.headline = if answer.served_at_once {
        format!(
            "served at once: {} is within the {} the table serves at once",
            per_second(answer.target),
            per_second(answer.at_once)
        )
    } else {
        format!(
            "{} minutes of growth: {} doubling{} from {} to reach {}",
            group(answer.minutes),
            answer.doublings,
            if answer.doublings == 1 { "" } else { "s" },
            per_second(answer.at_once),
            per_second(answer.target)
        )
    };
    report.summary = format!(
        "DynamoDB on-demand: up to {} times the previous peak at once; more within {} minutes \
         may throttle",
        group(book.value(fact::ON_DEMAND_PEAK_FACTOR)?),
        group(answer.window_minutes)
    );
    notes(&mut report, request, &answer, book)?;
    report.attach_facts(book);
    Ok(report)
}

/// The notes of `awscalc ondemand`: the reading of the minutes, the new table's combined
/// figures, warm throughput.
fn notes(
    report: &mut Report,
    request: &OnDemandRequest,
    answer: &crate::calc::dynamodb::ondemand::OnDemand,
    book: &mut FactBook,
) -> Result<(), Error> {
    if !answer.served_at_once {
        report.note(format!(
            "the minutes are the soonest without risking throttling: AWS says traffic above \
             double the previous peak within {} minutes can be throttled; hold each level that \
             long",
            group(answer.window_minutes)
        ));
    }
    if request.previous_peak.is_none() {
        report.note(format!(
            "a new table's figures combine linearly: reads/{} + writes/{} at most 1 (AWS \
             knowledge center, on-demand throttling)",
            group(book.value(fact::ON_DEMAND_NEW_TABLE_READS)?),
            group(book.value(fact::ON_DEMAND_NEW_TABLE_WRITES)?)
        ));
    }
    if request.warm.is_some() {
        report.note(
            "warm throughput is what the table serves instantly (warm-throughput.html), in read \
             or write units a second: for items over 4 KB (reads) or 1 KB (writes) compare it \
             with the units, not the requests",
        );
    }
    report.note(format!(
        "warm throughput (DescribeTable) shows what a table serves at once and can pre-warm \
         it; a partition still serves at most {} reads or {} writes a second",
        group(book.value(fact::PARTITION_MAX_RCU)?),
        group(book.value(fact::PARTITION_MAX_WCU)?)
    ));
    Ok(())
}
