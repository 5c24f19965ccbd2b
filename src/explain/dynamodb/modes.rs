//! `awscalc modes` in words: whether a day's mode switches and capacity decreases fit
//! DynamoDB's quotas.

use rust_decimal::Decimal;

use crate::calc::dynamodb::modes::{modes as calc_modes, ModesRequest, ModesStep};
use crate::error::Error;
use crate::explain::formula;
use crate::facts::FactBook;
use crate::report::{Report, Value};
use crate::units::group;

/// The report for `awscalc modes`.
///
/// # Errors
/// As [`calc_modes`].
pub(super) fn modes(request: &ModesRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc_modes(request, book)?;
    let mut report = Report::new("modes", book.as_of());
    if let Some(n) = request.switches {
        report.input(
            "switches",
            &n.to_string(),
            format!(
                "{} switches to on-demand mode in 24 hours",
                group(Decimal::from(n))
            ),
            Value::from(Decimal::from(n)),
        );
    }
    if let Some(n) = request.decreases {
        report.input(
            "decreases",
            &n.to_string(),
            format!(
                "{} decreases of provisioned capacity in a UTC day",
                group(Decimal::from(n))
            ),
            Value::from(Decimal::from(n)),
        );
    }
    for step in &answer.steps {
        let label = match step.what {
            ModesStep::SwitchesLeft => "switches left: allowed − planned",
            ModesStep::DecreasesLeft => "decreases left: allowed − planned",
        };
        report.step(label, formula::text(&step.formula), step.value, "");
    }
    report.field("fits", Value::Bool(answer.fits), "");
    report.answer.push("fits".into());
    let mut parts = Vec::new();
    if let (Some(n), Some(allowed)) = (request.switches, answer.switches_allowed) {
        parts.push(format!(
            "{} switch{} {} {} to on-demand per rolling 24 hours",
            group(Decimal::from(n)),
            if n == 1 { "" } else { "es" },
            if Decimal::from(n) <= allowed {
                "within"
            } else {
                "over"
            },
            group(allowed)
        ));
    }
    if let (Some(n), Some(allowed)) = (request.decreases, answer.decreases_allowed) {
        parts.push(format!(
            "{} decrease{} {} {} per UTC day",
            group(Decimal::from(n)),
            if n == 1 { "" } else { "s" },
            if Decimal::from(n) <= allowed {
                "within"
            } else {
                "over"
            },
            group(allowed)
        ));
    }
    report.headline = format!(
        "{}: {}",
        if answer.fits { "yes" } else { "no" },
        parts.join("; ")
    );
    report.summary =
        "DynamoDB capacity changes: mode switches and decreases against their quotas".into();
    if request.switches.is_some() {
        report.note(
            "switching from on-demand back to provisioned mode is not limited; only switches \
             to on-demand count (Constraints.html)",
        );
    }
    if let Some(start) = answer.decreases_at_day_start {
        report.note(format!(
            "decreases come {} at the start of the UTC day and one more each hour after, at \
             most {} held: a plan must spread them through the day; increases are not limited \
             (ServiceQuotas.html)",
            group(start),
            group(start)
        ));
    }
    report.attach_facts(book);
    Ok(report)
}
