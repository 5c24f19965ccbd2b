//! `awscalc burst` in words: DynamoDB burst capacity and how long it serves a spike.

use crate::calc::dynamodb::capacity::{burst as calc_burst, BurstRequest, BurstStep};
use crate::error::Error;
use crate::explain::formula;
use crate::facts::FactBook;
use crate::report::{Report, Value};
use crate::units::group;

/// The report for `awscalc burst`.
///
/// # Errors
/// As [`calc_burst`].
pub(super) fn burst(request: &BurstRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc_burst(request, book)?;
    let mut report = Report::new("burst", book.as_of());
    let units = |n| format!("{} units", group(n));
    report.input(
        "units",
        &request.provisioned.normalize().to_string(),
        format!("{} provisioned (RCU or WCU)", units(request.provisioned)),
        Value::from(request.provisioned),
    );
    report.input(
        "used",
        &request.used.normalize().to_string(),
        format!("{} a second used, on average", units(request.used)),
        Value::from(request.used),
    );
    if let Some(spike) = request.spike {
        report.input(
            "spike",
            &spike.normalize().to_string(),
            format!("{} a second asked for", units(spike)),
            Value::from(spike),
        );
    }
    for step in &answer.steps {
        let (label, unit) = match step.what {
            BurstStep::Unused => ("units unused each second", "units/s"),
            BurstStep::Retained => ("burst capacity kept: unused × window", "units"),
            BurstStep::Over => ("spike above the provisioned capacity", "units/s"),
            BurstStep::Lasts => ("seconds the kept units serve the spike", "s"),
        };
        report.step(label, formula::text(&step.formula), step.value, unit);
    }
    report.field(
        "retained_units",
        Value::from(answer.retained_units),
        "units",
    );
    match (answer.seconds, request.spike) {
        (Some(seconds), _) => {
            report.headline = format!(
                "{} seconds of burst: {} kept, {} a second over",
                group(seconds),
                units(answer.retained_units),
                group(answer.over_per_second.unwrap_or_default())
            );
            report.field("burst_seconds", Value::from(seconds), "s");
            report.answer.push("burst_seconds".into());
        }
        (None, Some(spike)) => {
            report.headline = format!(
                "no burst needed: {} a second is within the {} provisioned",
                group(spike),
                group(request.provisioned)
            );
            report.answer.push("retained_units".into());
        }
        (None, None) => {
            report.headline = format!("{} of burst capacity", units(answer.retained_units));
            report.answer.push("retained_units".into());
        }
    }
    report.summary = format!(
        "DynamoDB burst capacity: up to {} seconds of unused capacity kept",
        group(answer.window_seconds)
    );
    report.note(
        "AWS: burst capacity may be used for background maintenance \
         without notice, and its details might change (burst-adaptive-capacity.html): do not \
         plan on it",
    );
    report.attach_facts(book);
    Ok(report)
}
